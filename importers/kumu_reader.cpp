// A Kumu blueprint read as a map: elements become bodies (and responsibilities, and the
// map element govgraph writes), connections links and owners. Positions come from the
// shared JSON tree (importers/json_tree.hpp); values are checked by the rules every
// reader shares (importers/field_rules.hpp).

#include <algorithm>
#include <cctype>
#include <map>
#include <set>

#include <rapidjson/memorystream.h>
#include <rapidjson/reader.h>

#include "graph/check.hpp"
#include "graph/schema.hpp"
#include "graph/text.hpp"
#include "importers/field_rules.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_tree.hpp"
#include "importers/kumu.hpp"

namespace govgraph {
namespace {

using Type = JsonNode::Type;

/// Stops at the first top-level key that tells a blueprint from a govgraph map.
struct Sniffer : rapidjson::BaseReaderHandler<rapidjson::UTF8<>, Sniffer> {
  int depth = 0;
  bool elements = false;
  bool map = false;
  bool StartObject() { return ++depth, true; }
  bool EndObject(rapidjson::SizeType) { return --depth, true; }
  bool StartArray() { return ++depth, true; }
  bool EndArray(rapidjson::SizeType) { return --depth, true; }
  bool Key(const char* text, rapidjson::SizeType length, bool) {
    if (depth != 1) return true;
    const std::string_view key(text, length);
    map = key == "bodies" || key == "govgraph";
    elements = elements || key == "elements";
    return !map;
  }
};

/// A vocabulary read by its Kumu spelling: "Local Authority", "local-authority".
template <typename Enum, typename Names>
struct KumuVocabulary {
  explicit KumuVocabulary(const Names& names) {
    for (std::size_t i = 0; i < names.size(); ++i) {
      by_key.emplace(kumu_type_key(names[i]), static_cast<Enum>(i));
      shown.push_back(kumu_readable(names[i]));
      keys.push_back(kumu_type_key(names[i]));
    }
  }
  std::map<std::string, Enum> by_key;
  std::vector<std::string> shown;
  std::vector<std::string> keys;
};

const auto& body_types() {
  static const KumuVocabulary<BodyType, decltype(body_type_names)> v(body_type_names);
  return v;
}
const auto& link_kinds() {
  static const KumuVocabulary<LinkKind, decltype(link_kind_names)> v(link_kind_names);
  return v;
}
const auto& roles() {
  static const KumuVocabulary<Role, decltype(role_names)> v(role_names);
  return v;
}

enum class ElementKind { body, responsibility, map };

/// One element or connection: where its fields are (itself, or its `attributes` in the
/// form Kumu exports a project) and its path for messages.
struct Item {
  const JsonNode* node = nullptr;
  const JsonNode* fields = nullptr;
  std::string path;  // of `fields`: elements[2] or elements[2].attributes
  std::string label;
  std::string ref;   // what connections name it by besides its label: id, or Kumu's _id
  ElementKind kind = ElementKind::body;
  BodyType type = BodyType::other;
  const JsonNode* declared = nullptr;  // a type not built in, which the map's header may declare
  std::string declared_field;
  std::size_t problems = 0;  // how many the reader had found when it met `declared`
  std::string id;  // the govgraph id
};

class KumuReader {
 public:
  KumuReader(std::string_view text, const std::string& file, Diagnostics& out)
      : text_(text), file_(file), locator_(text), out_(out) {}

  MapData read() {
    MapData map;
    const JsonNode root = parse_json_tree(text_, file_, max_json_depth);
    if (root.type != Type::object) {
      error(root.offset, "the document: expected an object holding a Kumu blueprint (elements and connections), found " +
                             std::string(describe(root.type)));
      return map;
    }
    const JsonNode* elements = array(root, "elements", true);
    const JsonNode* connections = array(root, "connections", false);
    if (elements == nullptr) return map;
    std::vector<Item> items;
    for (std::size_t i = 0; i < elements->items.size(); ++i)
      if (auto item = element(elements->items[i], "elements[" + std::to_string(i) + "]")) items.push_back(*item);
    assign_ids(items, *elements);
    for (const Item& item : items) take(map, item);
    resolve_declared_types(map, items);
    map.origins = Origins{file_, file_, file_, file_, file_, file_};
    if (connections != nullptr)
      for (std::size_t i = 0; i < connections->items.size(); ++i)
        connection(map, items, connections->items[i], "connections[" + std::to_string(i) + "]");
    return map;
  }

 private:
  Location here(std::size_t offset) {
    const Position p = locator_.position(offset);
    return Location{file_, p.line, p.column};
  }
  void error(std::size_t offset, std::string message) { out_.error(here(offset), std::move(message)); }

  const JsonNode* array(const JsonNode& root, std::string_view key, bool required) {
    const JsonMember* m = root.find(key);
    if (m == nullptr) {
      if (required) error(root.offset, std::string(key) + ": missing; expected the blueprint's array of " + std::string(key));
      return nullptr;
    }
    if (m->value.type == Type::array) return &m->value;
    error(m->value.offset, std::string(key) + ": expected an array, found " + std::string(describe(m->value.type)));
    return nullptr;
  }

  /// A string member of `item`'s fields, or nullptr (an error when it is not a string).
  const JsonNode* text(const Item& item, std::string_view key) {
    const JsonMember* m = item.fields->find(key);
    if (m == nullptr) return nullptr;
    if (m->value.type == Type::string) return &m->value;
    error(m->value.offset, item.path + "." + std::string(key) + ": expected a string, found " +
                               std::string(describe(m->value.type)));
    return nullptr;
  }

  /// The element's fields, in either form; nullptr fields when it is not an object.
  std::optional<Item> open(const JsonNode& node, std::string path) {
    if (node.type != Type::object) {
      error(node.offset, path + ": expected an object, found " + std::string(describe(node.type)));
      return std::nullopt;
    }
    Item item;
    item.node = &node;
    item.fields = &node;
    item.path = std::move(path);
    if (const JsonMember* attributes = node.find("attributes")) {
      if (attributes->value.type != Type::object) {
        error(attributes->value.offset, item.path + ".attributes: expected an object, found " +
                                            std::string(describe(attributes->value.type)));
        return std::nullopt;
      }
      item.fields = &attributes->value;
      item.path += ".attributes";
    }
    return item;
  }

  /// The type member: `type`, or in Kumu's export, `element type` / `connection type`.
  const JsonNode* type_of(const Item& item, std::string_view exported) {
    const JsonNode* type = text(item, "type");
    return type != nullptr ? type : text(item, exported);
  }

  std::optional<Item> element(const JsonNode& node, std::string path) {
    auto item = open(node, std::move(path));
    if (!item) return std::nullopt;
    const JsonNode* label = text(*item, "label");
    if (label == nullptr || label->text.empty()) {
      error(node.offset, item->path + ".label: missing; expected the element's name");
      return std::nullopt;
    }
    item->label = label->text;
    if (const JsonNode* id = text(*item, "id")) item->ref = id->text;
    else if (const JsonMember* kumu_id = node.find("_id"); kumu_id && kumu_id->value.type == Type::string)
      item->ref = kumu_id->value.text;
    const JsonNode* type = type_of(*item, "element type");
    const std::string key = type ? kumu_type_key(type->text) : std::string();
    if (key == kumu_type_key(kumu_map_type)) item->kind = ElementKind::map;
    else if (key == kumu_type_key(kumu_responsibility_type)) item->kind = ElementKind::responsibility;
    else if (type == nullptr) out_.warning(here(node.offset), item->path + ": no type, read as the body type 'Other'");
    else if (auto found = body_types().by_key.find(key); found != body_types().by_key.end()) item->type = found->second;
    else {
      item->declared = type;
      item->problems = out_.all().size();
      item->declared_field = item->path + "." + (item->fields->find("type") ? "type" : "element type");
    }
    return item;
  }

  /// Gives each body of a type not built in the type the header declares by that name
  /// as Kumu spells it ("Select committee" for select-committee); another is an error.
  void resolve_declared_types(MapData& map, const std::vector<Item>& items) {
    std::vector<std::pair<std::size_t, Diagnostic>> late;
    std::size_t next = 0;
    for (const Item& item : items) {
      if (item.kind != ElementKind::body) continue;
      Body& body = map.bodies.at(next++);
      if (item.declared == nullptr) continue;
      const std::string key = kumu_type_key(item.declared->text);
      const auto declared = std::find_if(map.body_types.begin(), map.body_types.end(),
                                         [&](const DeclaredType& t) { return kumu_type_key(t.name) == key; });
      if (declared == map.body_types.end()) {
        late.emplace_back(item.problems, unknown_type(*item.declared, item.declared_field));
        continue;
      }
      body.declared_type = declared->name;
      body.type = declared->like;
    }
    fields::insert_problems(out_, late);
  }

  Diagnostic unknown_type(const JsonNode& type, const std::string& field) {
    std::vector<std::string_view> keys(body_types().keys.begin(), body_types().keys.end());
    const std::string nearest = nearest_id(kumu_type_key(type.text), keys);
    const auto at = std::find(body_types().keys.begin(), body_types().keys.end(), nearest) - body_types().keys.begin();
    std::vector<std::string> known = body_types().shown;
    known.emplace_back(kumu_responsibility_type);
    known.emplace_back(kumu_map_type);
    return Diagnostic{Diagnostic::Level::error, here(type.offset),
                      field + ": '" + type.text + "' is not a body type; expected one of " + one_of(known) +
                          "; nearest is '" + body_types().shown[static_cast<std::size_t>(at)] + "'"};
  }

  /// Ids as given (checked as govgraph ids), else made from labels, each once.
  void assign_ids(std::vector<Item>& items, const JsonNode& elements) {
    std::set<std::string> taken;
    for (Item& item : items) {
      const JsonNode* id = item.fields->find("id") ? &item.fields->find("id")->value : nullptr;
      if (id == nullptr || id->type != Type::string || item.kind == ElementKind::map) continue;
      std::string value = id->text;
      if (item.kind == ElementKind::responsibility && value.starts_with(kumu_responsibility_id(""))) value.erase(0, kumu_responsibility_id("").size());
      const std::string field = item.path + ".id";
      item.id = fields::slug(value, fields::Place(here(id->offset), field), out_).value_or("");
      taken.insert(item.id);
    }
    std::vector<std::string> made;
    for (Item& item : items) {
      if (!item.id.empty() || item.fields->find("id") || item.kind == ElementKind::map) continue;
      const std::string base = slug_of(item.label).empty() ? "element" : slug_of(item.label);
      item.id = base;
      for (int n = 2; taken.contains(item.id); ++n) item.id = base + "-" + std::to_string(n);
      taken.insert(item.id);
      made.push_back(item.id + " ('" + item.label + "')");
    }
    if (!made.empty())
      out_.warning(here(elements.offset), "elements: " + std::to_string(made.size()) +
                                              (made.size() == 1 ? " element has" : " elements have") +
                                              (made.size() == 1 ? " no id, so its id was made from its label: " : " no id, so their ids were made from their labels: ") +
                                              join(made, ", "));
  }

  void take(MapData& map, const Item& item) {
    if (item.kind == ElementKind::map) return header(map, item);
    if (item.kind == ElementKind::responsibility) {
      map.responsibilities.push_back(record<Responsibility>(item, {"id", "name", "note", "owners"}));
      return;
    }
    Body body = record<Body>(item, {"id", "name", "type", "note"});
    body.type = item.type;
    map.bodies.push_back(std::move(body));
  }

  /// A record with the id, name (the label), note (the description) and place every
  /// element gives, then its other fields; `given` are those not read from attributes.
  template <typename R>
  R record(const Item& item, std::initializer_list<std::string_view> given) {
    R r;
    r.id = item.id;
    r.name = item.label;
    if (const JsonNode* description = text(item, "description")) r.note = description->text;
    r.at = locator_.position(item.node->offset);
    fields(item, r, given);
    return r;
  }

  /// The map element's header, sources and policy areas: a govgraph map of its own.
  void header(MapData& map, const Item& item) {
    const JsonNode* value = text(item, kumu_map_attribute);
    if (value == nullptr) return;
    Diagnostics inner;
    try {
      MapData head = parse_json_map(value->text, file_, inner);
      head.bodies = std::move(map.bodies);
      head.responsibilities = std::move(map.responsibilities);
      map = std::move(head);
    } catch (const InputError& e) {
      inner = e.diagnostics();
    }
    for (const auto& d : inner.all()) {
      std::string message = item.path + "." + std::string(kumu_map_attribute) + ", line " +
                            std::to_string(d.where.line) + " column " + std::to_string(d.where.column) + ": " +
                            d.message;
      if (d.level == Diagnostic::Level::error) out_.error(here(value->offset), std::move(message));
      else out_.warning(here(value->offset), std::move(message));
    }
  }

  /// The item's fields but its Kumu ones: schema fields of R by name (but `mapped`, which
  /// Kumu's own keys carry), other tags kept, anything else kept with a warning.
  template <typename R>
  void fields(const Item& item, R& record, std::initializer_list<std::string_view> mapped) {
    static const std::set<std::string_view> kumu_keys = {"id", "label", "type", "element type", "connection type",
                                                         "description", "from", "to", "direction", "findings",
                                                         kumu_map_attribute};
    for (const JsonMember& m : item.fields->members) {
      if (kumu_keys.contains(m.key)) continue;
      if (m.key == "tags") {
        tags(m.value, record.extras);
        continue;
      }
      const FieldInfo<R>* field = find_field<R>(m.key);
      if (field != nullptr && std::find(mapped.begin(), mapped.end(), field->name) == mapped.end()) {
        with_value(*field, record, [&](auto& value) { read_value(*field, m.value, item.path + "." + m.key, value, record); });
        continue;
      }
      out_.warning(here(m.key_offset), item.path + "." + m.key + ": not a govgraph field, kept as it is");
      record.extras.push_back(ExtraField{m.key, to_json_text(m.value)});
    }
  }

  /// Tags but the findings govgraph wrote, which a new analysis makes again.
  static void tags(const JsonNode& value, std::vector<ExtraField>& extras) {
    if (value.type != Type::array) return extras.push_back(ExtraField{"tags", to_json_text(value)});
    JsonNode kept = value;
    std::erase_if(kept.items, [](const JsonNode& t) { return t.type == Type::string && t.text.starts_with(kumu_finding_tag); });
    if (!kept.items.empty()) extras.push_back(ExtraField{"tags", to_json_text(kept)});
  }

  template <typename R>
  void read_value(const FieldInfo<R>& field, const JsonNode& node, const std::string& path, std::string& value, R& record) {
    if (!expect(node, Type::string, path)) return;
    const fields::Place place(here(node.offset), path);
    if (field.type == ValueType::id) value = fields::slug(node.text, place, out_).value_or("");
    else if (field.type == ValueType::date) value = fields::date(node.text, place, out_).value_or("");
    else value = node.text;
    if (field.type == ValueType::term) fields::term(node.text, field.vocabulary, place, out_);
    if (field.at != nullptr) record.*field.at = locator_.position(node.offset);
  }
  template <typename R>
  void read_value(const FieldInfo<R>& field, const JsonNode& node, const std::string& path,
                  std::vector<std::string>& values, R& record) {
    if (!expect(node, Type::array, path)) return;
    if (field.at != nullptr) record.*field.at = locator_.position(node.offset);
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const JsonNode& item = node.items[i];
      const std::string at = path + "[" + std::to_string(i) + "]";
      if (!expect(item, Type::string, at)) continue;
      if (field.type != ValueType::ids) values.push_back(item.text);
      else if (auto id = fields::slug(item.text, fields::Place(here(item.offset), at), out_)) values.push_back(*id);
    }
  }
  template <typename R, typename Enum>
    requires std::is_enum_v<Enum>
  void read_value(const FieldInfo<R>&, const JsonNode& node, const std::string& path, Enum& value, R&) {
    if (expect(node, Type::string, path))
      if (auto parsed = fields::vocabulary<Enum>(node.text, fields::Place(here(node.offset), path), out_)) value = *parsed;
  }
  template <typename R>
  void read_value(const FieldInfo<R>&, const JsonNode& node, const std::string& path, std::optional<long long>& value, R&) {
    if (node.type == Type::integer && node.integer >= 1) value = node.integer;
    else error(node.offset, path + ": expected a whole number of bodies, 1 or more");
  }
  template <typename R>
  void read_value(const FieldInfo<R>&, const JsonNode& node, const std::string& path, std::optional<double>& value, R&) {
    if (expect(node, Type::number, path) && fields::amount(node.number, fields::Place(here(node.offset), path), out_))
      value = node.number;
  }
  template <typename R, typename Other>
  void read_value(const FieldInfo<R>&, const JsonNode&, const std::string&, Other&, R&) {}  // not a record's field

  bool expect(const JsonNode& node, Type type, const std::string& path) {
    if (node.type == type || (type == Type::number && node.type == Type::integer)) return true;
    error(node.offset, path + ": expected " + std::string(describe(type)) + ", found " + std::string(describe(node.type)));
    return false;
  }

  /// The element `end` (a connection's from or to) names: by id first, then by label.
  const Item* resolve(const std::vector<Item>& items, const Item& conn, std::string_view end) {
    const JsonMember* m = conn.node->find(end);
    if (m == nullptr) {
      error(conn.node->offset, conn.path + "." + std::string(end) + ": missing; expected an element's id or label");
      return nullptr;
    }
    const std::string path = conn.path + "." + std::string(end);
    if (!expect(m->value, Type::string, path)) return nullptr;
    for (const Item& item : items)
      if (!item.ref.empty() && item.ref == m->value.text) return &item;
    for (const Item& item : items)
      if (item.label == m->value.text) return &item;
    std::vector<std::string_view> names;
    for (const Item& item : items) names.push_back(item.label);
    error(m->value.offset, path + ": no element has the id or label '" + m->value.text + "'; nearest is '" +
                               nearest_id(m->value.text, names) + "'");
    return nullptr;
  }

  template <typename Enum, typename Vocabulary>
  std::optional<Enum> connection_type(const Item& conn, const Vocabulary& vocabulary, std::string_view what) {
    const JsonNode* type = type_of(conn, "connection type");
    if (type != nullptr)
      if (auto found = vocabulary.by_key.find(kumu_type_key(type->text)); found != vocabulary.by_key.end())
        return found->second;
    const std::string expected = "expected " + std::string(what) + ", one of " + one_of(vocabulary.shown);
    if (type == nullptr) {
      error(conn.node->offset, conn.path + ".type: missing; " + expected);
      return std::nullopt;
    }
    std::vector<std::string_view> keys(vocabulary.keys.begin(), vocabulary.keys.end());
    const std::string nearest = nearest_id(kumu_type_key(type->text), keys);
    const auto at = static_cast<std::size_t>(std::find(vocabulary.keys.begin(), vocabulary.keys.end(), nearest) -
                                             vocabulary.keys.begin());
    error(type->offset, conn.path + ".type: '" + type->text + "' is not " + std::string(what) + "; " + expected +
                            "; nearest is '" + vocabulary.shown[at] + "'");
    return std::nullopt;
  }

  void connection(MapData& map, const std::vector<Item>& items, const JsonNode& node, std::string path) {
    auto conn = open(node, std::move(path));
    if (!conn) return;
    const Item* from = resolve(items, *conn, "from");
    const Item* to = resolve(items, *conn, "to");
    if (from == nullptr || to == nullptr) return;
    if (from->kind == ElementKind::responsibility && to->kind == ElementKind::body) std::swap(from, to);
    if (from->kind != ElementKind::body || to->kind == ElementKind::map) {
      error(node.offset, conn->path + ": connects '" + from->label + "' and '" + to->label +
                             "'; expected two bodies, or a body and a responsibility");
      return;
    }
    if (to->kind == ElementKind::responsibility) return owner(map, *conn, from->id, to->id);
    const auto kind = connection_type<LinkKind>(*conn, link_kinds(), "a link kind");
    if (!kind) return;
    Link link;
    link.from = from->id;
    link.to = to->id;
    link.from_at = locator_.position(conn->node->find("from")->value.offset);
    link.to_at = locator_.position(conn->node->find("to")->value.offset);
    link.kind = *kind;
    if (const JsonNode* note = text(*conn, "description")) link.note = note->text;
    link.at = locator_.position(node.offset);
    fields(*conn, link, {"from", "to", "kind", "note"});
    map.links.push_back(std::move(link));
  }

  void owner(MapData& map, const Item& conn, const std::string& body, const std::string& duty_id) {
    const auto role = connection_type<Role>(conn, roles(), "an owner's role");
    if (!role) return;
    const auto duty = std::find_if(map.responsibilities.begin(), map.responsibilities.end(),
                                   [&](const Responsibility& r) { return r.id == duty_id; });
    Owner owner{body, *role, {}, locator_.position(conn.node->offset)};
    fields(conn, owner, {"body", "role"});
    duty->owners.push_back(std::move(owner));
  }

  std::string_view text_;
  std::string file_;
  TextLocator locator_;
  Diagnostics& out_;
};

}  // namespace

bool is_kumu_blueprint(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  Sniffer sniffer;
  rapidjson::Reader reader;
  rapidjson::MemoryStream stream(text.data(), text.size());
  reader.Parse<rapidjson::kParseIterativeFlag>(stream, sniffer);
  return sniffer.elements && !sniffer.map;
}

MapData parse_kumu_map(std::string_view text, const std::string& file_name, Diagnostics& out) {
  KumuReader reader(text, file_name, out);
  return reader.read();
}

}  // namespace govgraph
