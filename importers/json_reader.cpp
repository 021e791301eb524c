#include "importers/json_reader.hpp"

#include <span>

#include "importers/field_rules.hpp"
#include "importers/json_tree.hpp"

namespace govgraph {
namespace {

using Type = JsonNode::Type;

class MapReader {
 public:
  MapReader(std::string_view text, const std::string& file, Diagnostics& out)
      : file_(file), locator_(text), out_(out) {}

  MapData read(const JsonNode& root) {
    MapData map;
    map.origins = Origins{file_, file_, file_, file_, file_, file_};
    if (root.type != Type::object) {
      error(root.offset, "the document: expected an object holding a govgraph map, found " + std::string(describe(root.type)));
      return map;
    }
    Fields top(*this, root, "");
    if (const JsonNode* version = top.get("govgraph")) {
      if (version->type != Type::integer || version->integer != fields::format_version)
        error(version->offset, "govgraph: expected the format version " + std::to_string(fields::format_version) +
                                   ", found " + to_json_text(*version));
    } else {
      error(root.offset, "govgraph: missing; expected the format version, \"govgraph\": 1");
    }
    map.name = top.string("name");
    if (auto as_of = top.string("as_of"); !as_of.empty())
      map.as_of = fields::date(as_of, here(top.get("as_of")->offset), "as_of", out_).value_or("");
    map.currency = top.string("currency");
    if (const JsonNode* apex = top.array("apex")) {
      for (std::size_t i = 0; i < apex->items.size(); ++i) {
        const JsonNode& item = apex->items[i];
        if (auto id = slug_value(item, "apex[" + std::to_string(i) + "]")) {
          map.apex.push_back(*id);
          map.apex_at.push_back(locator_.position(item.offset));
        }
      }
    }
    each(top.array("sources"), "sources", [&](Fields& f) { map.sources.push_back(source(f)); });
    each(top.array("policy_areas"), "policy_areas", [&](Fields& f) { map.policy_areas.push_back(policy_area(f)); });
    each(top.array("bodies"), "bodies", [&](Fields& f) { map.bodies.push_back(body(f)); });
    each(top.array("links"), "links", [&](Fields& f) { map.links.push_back(link(f)); });
    each(top.array("responsibilities"), "responsibilities",
         [&](Fields& f) { map.responsibilities.push_back(responsibility(f)); });
    top.finish(fields::map_fields, map.extras);
    return map;
  }

 private:
  /// The members of one object, read by name; what is never read is an unknown field.
  class Fields {
   public:
    Fields(MapReader& reader, const JsonNode& node, std::string path)
        : reader_(reader), node_(node), path_(std::move(path)), used_(node.members.size(), false) {}

    [[nodiscard]] const JsonNode& node() const { return node_; }
    [[nodiscard]] std::string field(std::string_view key) const {
      return path_.empty() ? std::string(key) : path_ + "." + std::string(key);
    }

    const JsonNode* get(std::string_view key) {
      for (std::size_t i = 0; i < node_.members.size(); ++i) {
        if (node_.members[i].key == key) {
          used_[i] = true;
          return &node_.members[i].value;
        }
      }
      return nullptr;
    }

    const JsonNode* typed(std::string_view key, Type type, bool required) {
      const JsonNode* value = get(key);
      if (value == nullptr) {
        if (required) reader_.error(node_.offset, field(key) + ": missing; expected " + std::string(describe(type)));
        return nullptr;
      }
      if (value->type != type && !(type == Type::number && value->type == Type::integer)) {
        reader_.error(value->offset, field(key) + ": expected " + std::string(describe(type)) + ", found " +
                                         std::string(describe(value->type)));
        return nullptr;
      }
      return value;
    }

    std::string string(std::string_view key, bool required = false) {
      const JsonNode* value = typed(key, Type::string, required);
      if (value == nullptr) return {};
      if (required && value->text.empty()) reader_.error(value->offset, field(key) + ": must not be empty");
      return value->text;
    }
    const JsonNode* array(std::string_view key) { return typed(key, Type::array, false); }

    /// Reports the members never read, and keeps them verbatim.
    void finish(std::span<const std::string_view> known, std::vector<ExtraField>& extras) {
      for (std::size_t i = 0; i < node_.members.size(); ++i) {
        if (used_[i]) continue;
        const JsonMember& m = node_.members[i];
        reader_.out_.warning(reader_.here(m.key_offset),
                             field(m.key) + ": unknown field, kept as it is; known fields are " + list(known));
        extras.push_back(ExtraField{m.key, to_json_text(m.value)});
      }
    }

   private:
    static std::string list(std::span<const std::string_view> names) {
      std::string text;
      for (std::size_t i = 0; i < names.size(); ++i) text += (i ? ", " : "") + std::string(names[i]);
      return text;
    }
    MapReader& reader_;
    const JsonNode& node_;
    std::string path_;
    std::vector<bool> used_;
  };

  Location here(std::size_t offset) {
    const Position p = locator_.position(offset);
    return Location{file_, p.line, p.column};
  }
  void error(std::size_t offset, std::string message) { out_.error(here(offset), std::move(message)); }

  template <typename ReadOne>
  void each(const JsonNode* array, const std::string& name, ReadOne read_one) {
    if (array == nullptr) return;
    for (std::size_t i = 0; i < array->items.size(); ++i) {
      const JsonNode& item = array->items[i];
      const std::string path = name + "[" + std::to_string(i) + "]";
      if (item.type != Type::object) {
        error(item.offset, path + ": expected an object, found " + std::string(describe(item.type)));
        continue;
      }
      Fields f(*this, item, path);
      read_one(f);
    }
  }

  std::optional<std::string> slug_value(const JsonNode& node, const std::string& field) {
    if (node.type != Type::string) {
      error(node.offset, field + ": expected an id (a string), found " + std::string(describe(node.type)));
      return std::nullopt;
    }
    return fields::slug(node.text, here(node.offset), field, out_);
  }

  std::string id(Fields& f, std::string_view key = "id") {
    const JsonNode* value = f.typed(key, Type::string, true);
    if (value == nullptr) return {};
    return slug_value(*value, f.field(key)).value_or("");
  }

  /// A list of ids; records the list's position for reference errors.
  std::vector<std::string> id_list(Fields& f, std::string_view key, Position& at) {
    std::vector<std::string> ids;
    const JsonNode* list = f.array(key);
    if (list == nullptr) return ids;
    at = locator_.position(list->offset);
    for (std::size_t i = 0; i < list->items.size(); ++i)
      if (auto value = slug_value(list->items[i], f.field(key) + "[" + std::to_string(i) + "]")) ids.push_back(*value);
    return ids;
  }

  std::vector<std::string> string_list(Fields& f, std::string_view key) {
    std::vector<std::string> values;
    const JsonNode* list = f.array(key);
    if (list == nullptr) return values;
    for (std::size_t i = 0; i < list->items.size(); ++i) {
      const JsonNode& item = list->items[i];
      if (item.type == Type::string) values.push_back(item.text);
      else error(item.offset, f.field(key) + "[" + std::to_string(i) + "]: expected a string, found " +
                                  std::string(describe(item.type)));
    }
    return values;
  }

  std::string date(Fields& f, std::string_view key) {
    const JsonNode* value = f.typed(key, Type::string, false);
    if (value == nullptr) return {};
    return fields::date(value->text, here(value->offset), f.field(key), out_).value_or("");
  }

  void common(Fields& f, RecordBase& record) {
    record.at = locator_.position(f.node().offset);
    record.source = f.string("source");
    record.note = f.string("note");
  }

  SourceDoc source(Fields& f) {
    SourceDoc s;
    common(f, s);
    s.id = id(f);
    s.title = f.string("title", true);
    s.file = f.string("file");
    s.url = f.string("url");
    f.finish(fields::source_fields, s.extras);
    return s;
  }

  PolicyArea policy_area(Fields& f) {
    PolicyArea a;
    common(f, a);
    a.id = id(f);
    a.name = f.string("name", true);
    if (const JsonNode* parent = f.typed("parent", Type::string, false)) {
      a.parent = slug_value(*parent, f.field("parent")).value_or("");
      a.parent_at = locator_.position(parent->offset);
    }
    f.finish(fields::policy_area_fields, a.extras);
    return a;
  }

  Body body(Fields& f) {
    Body b;
    common(f, b);
    b.id = id(f);
    b.name = f.string("name", true);
    b.aliases = string_list(f, "aliases");
    if (const JsonNode* type = f.typed("type", Type::string, true))
      b.type = fields::body_type(type->text, here(type->offset), f.field("type"), out_).value_or(BodyType::other);
    if (const JsonNode* sector = f.typed("sector", Type::string, false))
      b.sector = fields::slug(sector->text, here(sector->offset), f.field("sector"), out_).value_or("");
    b.policy_areas = id_list(f, "policy_areas", b.policy_areas_at);
    if (const JsonNode* status = f.typed("status", Type::string, false))
      b.status = fields::body_status(status->text, here(status->offset), f.field("status"), out_)
                     .value_or(BodyStatus::active);
    if (const JsonNode* represents = f.get("represents")) {
      if (represents->type == Type::integer && represents->integer >= 1) b.represents = represents->integer;
      else error(represents->offset, f.field("represents") + ": expected a whole number of bodies, 1 or more");
    }
    b.start = date(f, "start");
    b.end = date(f, "end");
    f.finish(fields::body_fields, b.extras);
    return b;
  }

  Link link(Fields& f) {
    Link l;
    common(f, l);
    if (const JsonNode* from = f.typed("from", Type::string, true)) {
      l.from = slug_value(*from, f.field("from")).value_or("");
      l.from_at = locator_.position(from->offset);
    }
    if (const JsonNode* to = f.typed("to", Type::string, true)) {
      l.to = slug_value(*to, f.field("to")).value_or("");
      l.to_at = locator_.position(to->offset);
    }
    if (const JsonNode* kind = f.typed("kind", Type::string, true))
      l.kind = fields::link_kind(kind->text, here(kind->offset), f.field("kind"), out_).value_or(LinkKind::accountable_to);
    l.basis = f.string("basis");
    if (const JsonNode* amount = f.typed("amount", Type::number, false))
      if (fields::amount(amount->number, here(amount->offset), f.field("amount"), out_)) l.amount = amount->number;
    l.currency = f.string("currency");
    l.period = f.string("period");
    l.policy_areas = id_list(f, "policy_areas", l.policy_areas_at);
    l.start = date(f, "start");
    l.end = date(f, "end");
    f.finish(fields::link_fields, l.extras);
    return l;
  }

  Responsibility responsibility(Fields& f) {
    Responsibility r;
    common(f, r);
    r.id = id(f);
    r.name = f.string("name", true);
    if (const JsonNode* area = f.typed("policy_area", Type::string, false)) {
      r.policy_area = slug_value(*area, f.field("policy_area")).value_or("");
      r.policy_area_at = locator_.position(area->offset);
    }
    r.status = f.string("status");
    each(f.array("owners"), f.field("owners"), [&](Fields& o) {
      Owner owner;
      owner.at = locator_.position(o.node().offset);
      owner.body = id(o, "body");
      if (const JsonNode* role = o.typed("role", Type::string, true))
        owner.role = fields::role(role->text, here(role->offset), o.field("role"), out_).value_or(Role::supports);
      o.finish(fields::owner_fields, owner.extras);
      r.owners.push_back(std::move(owner));
    });
    f.finish(fields::responsibility_fields, r.extras);
    return r;
  }

  std::string file_;
  TextLocator locator_;
  Diagnostics& out_;
};

}  // namespace

MapData parse_json_map(std::string_view text, const std::string& file_name, Diagnostics& out) {
  const JsonNode root = parse_json_tree(text, file_name, max_json_depth);
  MapReader reader(text, file_name, out);
  return reader.read(root);
}

}  // namespace govgraph
