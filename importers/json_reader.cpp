#include "importers/json_reader.hpp"

#include <algorithm>
#include <array>
#include <span>

#include "graph/schema.hpp"
#include "importers/field_rules.hpp"
#include "importers/json_tree.hpp"

namespace govgraph {
namespace {

using Type = JsonNode::Type;

class MapReader {
 public:
  MapReader(std::string_view text, const std::string& file, Diagnostics& out)
      : text_(text), file_(file), locator_(text), found_(out), out_(&out) {}

  MapData read() {
    MapData map;
    map.origins = Origins{file_, file_, file_, file_, file_, file_};
    // The records are read as the parser meets them; their diagnostics wait in `streamed_`
    // so they come out in the order a whole-tree reading gives, after the header's.
    const JsonNode root = parse_json_tree(text_, file_, max_json_depth,
                                          [&](std::string_view member, std::size_t index, const JsonNode& item) {
                                            return take(map, member, index, item);
                                          });
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
      map.as_of = fields::date(as_of, here(top.get("as_of")->offset), "as_of", *out_).value_or("");
    if (auto horizon = top.string("horizon"); !horizon.empty())
      map.horizon = fields::date(horizon, here(top.get("horizon")->offset), "horizon", *out_).value_or("");
    map.currency = top.string("currency");
    if (const JsonNode* universe = top.typed("universe", Type::object, false)) map.universe = denominators(*universe);
    if (const JsonNode* apex = top.array("apex")) {
      for (std::size_t i = 0; i < apex->items.size(); ++i) {
        const JsonNode& item = apex->items[i];
        if (auto id = slug_value(item, "apex[" + std::to_string(i) + "]")) {
          map.apex.push_back(*id);
          map.apex_at.push_back(locator_.position(item.offset));
        }
      }
    }
    for (std::size_t c = 0; c < collections.size(); ++c)
      if (top.array(collections[c])) found_.append(streamed_[c]);
    top.finish(json_keys<MapData>(), map.extras);
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
        reader_.out_->warning(reader_.here(m.key_offset),
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
  void error(std::size_t offset, std::string message) { out_->error(here(offset), std::move(message)); }

  /// The root's arrays of records, in the order their diagnostics are reported.
  static constexpr std::array<std::string_view, 5> collections = {"sources", "policy_areas", "bodies", "links",
                                                                   "responsibilities"};

  /// Reads `item` of root member `member` into `map` if it is a record; whether it was.
  bool take(MapData& map, std::string_view member, std::size_t index, const JsonNode& item) {
    const auto c = static_cast<std::size_t>(std::find(collections.begin(), collections.end(), member) - collections.begin());
    if (c == collections.size()) return false;
    out_ = &streamed_[c];
    const std::string name(member);
    switch (c) {
      case 0: read_item(item, name, index, [&](Fields& f) { map.sources.push_back(record<SourceDoc>(f)); }); break;
      case 1: read_item(item, name, index, [&](Fields& f) { map.policy_areas.push_back(record<PolicyArea>(f)); }); break;
      case 2: read_item(item, name, index, [&](Fields& f) { map.bodies.push_back(record<Body>(f)); }); break;
      case 3: read_item(item, name, index, [&](Fields& f) { map.links.push_back(record<Link>(f)); }); break;
      default: read_item(item, name, index, [&](Fields& f) { map.responsibilities.push_back(record<Responsibility>(f)); });
    }
    out_ = &found_;
    return true;
  }

  template <typename ReadOne>
  void each(const JsonNode* array, const std::string& name, ReadOne read_one) {
    if (array == nullptr) return;
    for (std::size_t i = 0; i < array->items.size(); ++i) read_item(array->items[i], name, i, read_one);
  }

  /// Item `index` of the array `name`, which must be an object.
  template <typename ReadOne>
  void read_item(const JsonNode& item, const std::string& name, std::size_t index, ReadOne read_one) {
    const std::string path = name + "[" + std::to_string(index) + "]";
    if (item.type != Type::object) {
      error(item.offset, path + ": expected an object, found " + std::string(describe(item.type)));
      return;
    }
    Fields f(*this, item, path);
    read_one(f);
  }

  /// The universe's counts, in the order written.
  std::vector<Denominator> denominators(const JsonNode& object) {
    std::vector<Denominator> counts;
    for (const JsonMember& m : object.members) {
      const std::string field = "universe." + m.key;
      if (!fields::denominator(m.key, here(m.key_offset), field, *out_)) continue;
      if (m.value.type != Type::integer || m.value.integer < 1) {
        error(m.value.offset, field + ": expected a whole number, 1 or more, found " + to_json_text(m.value));
        continue;
      }
      counts.push_back(Denominator{m.key, m.value.integer, locator_.position(m.key_offset)});
    }
    return counts;
  }

  std::optional<std::string> slug_value(const JsonNode& node, const std::string& field) {
    if (node.type != Type::string) {
      error(node.offset, field + ": expected an id (a string), found " + std::string(describe(node.type)));
      return std::nullopt;
    }
    return fields::slug(node.text, here(node.offset), field, *out_);
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
    return fields::date(value->text, here(value->offset), f.field(key), *out_).value_or("");
  }

  /// Reads every field the schema lists for R, then keeps the unknown ones.
  template <typename R>
  R record(Fields& f) {
    R r;
    r.at = locator_.position(f.node().offset);
    for (const auto& field : schema<R>()) {
      Position ignored;
      Position& at = field.at ? r.*field.at : ignored;
      with_value(field, r, [&](auto& value) { read_value(f, field.name, field.type, field.required, value, at); });
      if (field.type != ValueType::term) continue;
      if (const JsonNode* node = f.get(field.name); node != nullptr && node->type == Type::string)
        fields::term(node->text, field.vocabulary, here(node->offset), f.field(field.name), *out_);
    }
    f.finish(json_keys<R>(), r.extras);
    return r;
  }

  void read_value(Fields& f, std::string_view key, ValueType type, bool required, std::string& value, Position& at) {
    if (type == ValueType::text || type == ValueType::term) {
      value = f.string(key, required);
    } else if (type == ValueType::date) {
      value = date(f, key);
    } else if (const JsonNode* node = f.typed(key, Type::string, required)) {  // an id
      value = slug_value(*node, f.field(key)).value_or("");
      at = locator_.position(node->offset);
    }
  }
  void read_value(Fields& f, std::string_view key, ValueType type, bool, std::vector<std::string>& value, Position& at) {
    value = type == ValueType::ids ? id_list(f, key, at) : string_list(f, key);
  }
  template <typename Enum>
    requires std::is_enum_v<Enum>
  void read_value(Fields& f, std::string_view key, ValueType, bool required, Enum& value, Position&) {
    if (const JsonNode* node = f.typed(key, Type::string, required))
      if (auto parsed = fields::vocabulary<Enum>(node->text, here(node->offset), f.field(key), *out_)) value = *parsed;
  }
  void read_value(Fields& f, std::string_view key, ValueType, bool, std::optional<long long>& value, Position&) {
    if (const JsonNode* node = f.get(key)) {
      if (node->type == Type::integer && node->integer >= 1) value = node->integer;
      else error(node->offset, f.field(key) + ": expected a whole number of bodies, 1 or more");
    }
  }
  void read_value(Fields& f, std::string_view key, ValueType, bool, std::optional<double>& value, Position&) {
    if (const JsonNode* node = f.typed(key, Type::number, false))
      if (fields::amount(node->number, here(node->offset), f.field(key), *out_)) value = node->number;
  }
  void read_value(Fields& f, std::string_view key, ValueType, bool, std::vector<Owner>& owners, Position&) {
    each(f.array(key), f.field(key), [&](Fields& o) { owners.push_back(record<Owner>(o)); });
  }
  void read_value(Fields&, std::string_view, ValueType, bool, int&, Position&) {}  // the header's version, read by read()
  void read_value(Fields&, std::string_view, ValueType, bool, std::vector<Denominator>&, Position&) {}  // likewise

  std::string_view text_;
  std::string file_;
  TextLocator locator_;
  Diagnostics& found_;
  Diagnostics* out_;  // found_, or while a record is read, its collection's streamed_
  std::array<Diagnostics, collections.size()> streamed_;
};

}  // namespace

MapData parse_json_map(std::string_view text, const std::string& file_name, Diagnostics& out) {
  MapReader reader(text, file_name, out);
  return reader.read();
}

}  // namespace govgraph
