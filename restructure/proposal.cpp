#include "restructure/proposal.hpp"

#include <algorithm>

#include "graph/check.hpp"
#include "graph/diagnostic.hpp"
#include "graph/schema.hpp"
#include "importers/field_rules.hpp"
#include "importers/json_tree.hpp"
#include "graph/input_file.hpp"

namespace govgraph {
namespace {

/// The body fields update_body may set, in schema order.
std::vector<std::string_view> settable_body_fields() {
  std::vector<std::string_view> names;
  for (const auto& f : schema<Body>())
    if (f.settable) names.push_back(f.name);
  return names;
}

/// Reads the tree into a Proposal, collecting every shape problem with its place.
class ProposalReader {
 public:
  ProposalReader(std::string_view text, std::string file) : locator_(text), file_(std::move(file)) {}

  Proposal read(const JsonNode& root) {
    Proposal proposal;
    proposal.file = file_;
    if (!expect(root, JsonNode::Type::object, "proposal")) throw InputError(out_);
    allow(root, "", {"name", "rationale", "source", "operations"});
    proposal.name = required_string(root, "", "name");
    proposal.rationale = optional_string(root, "", "rationale");
    proposal.source = optional_string(root, "", "source");
    const JsonMember* ops = root.find("operations");
    if (ops == nullptr) {
      error(root.offset, "operations: missing; a proposal lists at least one operation");
    } else if (expect(ops->value, JsonNode::Type::array, "operations")) {
      if (ops->value.items.empty()) error(ops->value.offset, "operations: empty; a proposal lists at least one operation");
      for (std::size_t i = 0; i < ops->value.items.size(); ++i)
        proposal.operations.push_back(read_operation(ops->value.items[i], "operations[" + std::to_string(i) + "]"));
    }
    if (out_.has_errors()) throw InputError(out_);
    return proposal;
  }

 private:
  Position pos(std::size_t offset) { return locator_.position(offset); }
  void error(std::size_t offset, const std::string& message) {
    const Position p = pos(offset);
    out_.error(Location{file_, p.line, p.column}, message);
  }

  bool expect(const JsonNode& node, JsonNode::Type type, const std::string& field) {
    if (node.type == type || (type == JsonNode::Type::number && node.type == JsonNode::Type::integer)) return true;
    error(node.offset, field + ": expected " + std::string(describe(type)) + ", found " + std::string(describe(node.type)));
    return false;
  }

  static std::string path(const std::string& prefix, std::string_view key) {
    return prefix.empty() ? std::string(key) : prefix + "." + std::string(key);
  }

  void allow(const JsonNode& object, const std::string& prefix, const std::vector<std::string_view>& keys) {
    for (const auto& member : object.members)
      if (std::find(keys.begin(), keys.end(), member.key) == keys.end())
        error(member.key_offset, path(prefix, member.key) + ": unknown field; expected one of " + one_of(keys));
  }

  std::string optional_string(const JsonNode& object, const std::string& prefix, std::string_view key) {
    const JsonMember* m = object.find(key);
    if (m == nullptr || !expect(m->value, JsonNode::Type::string, path(prefix, key))) return {};
    return m->value.text;
  }

  std::string required_string(const JsonNode& object, const std::string& prefix, std::string_view key) {
    const JsonMember* m = object.find(key);
    if (m == nullptr) {
      error(object.offset, path(prefix, key) + ": missing; expected text");
      return {};
    }
    if (!expect(m->value, JsonNode::Type::string, path(prefix, key))) return {};
    if (m->value.text.empty()) error(m->value.offset, path(prefix, key) + ": must not be empty");
    return m->value.text;
  }

  std::optional<IdRef> id_ref(const JsonNode& object, const std::string& prefix, std::string_view key, bool required) {
    const JsonMember* m = object.find(key);
    const std::string field = path(prefix, key);
    if (m == nullptr) {
      if (required) error(object.offset, field + ": missing; expected an id such as 'care-inspectorate'");
      return std::nullopt;
    }
    return id_value(m->value, field, std::string(key));
  }

  std::optional<IdRef> id_value(const JsonNode& node, const std::string& field, const std::string& short_field) {
    if (!expect(node, JsonNode::Type::string, field)) return std::nullopt;
    if (const std::string why = why_not_an_id(node.text); !why.empty()) {
      error(node.offset, field + ": '" + node.text + "' is not an id: " + why +
                             "; expected letters, digits, '.', '_' and '-'");
      return std::nullopt;
    }
    return IdRef{node.text, pos(node.offset), short_field};
  }

  std::vector<std::string> string_list(const JsonNode& node, const std::string& field, bool ids) {
    std::vector<std::string> values;
    if (!expect(node, JsonNode::Type::array, field)) return values;
    for (std::size_t i = 0; i < node.items.size(); ++i) {
      const std::string item_field = field + "[" + std::to_string(i) + "]";
      if (!expect(node.items[i], JsonNode::Type::string, item_field)) continue;
      if (ids && !is_id(node.items[i].text)) {
        error(node.items[i].offset, item_field + ": '" + node.items[i].text + "' is not an id");
        continue;
      }
      values.push_back(node.items[i].text);
    }
    return values;
  }

  std::string date(const JsonNode& node, const std::string& field) {
    if (!expect(node, JsonNode::Type::string, field)) return {};
    if (!is_iso_date(node.text)) error(node.offset, field + ": '" + node.text + "' is not a date (YYYY-MM-DD)");
    return node.text;
  }

  template <typename Enum, std::size_t N>
  std::optional<Enum> vocabulary(const JsonNode& node, const std::string& field,
                                 std::optional<Enum> (*parse)(std::string_view),
                                 const std::array<std::string_view, N>& names) {
    if (!expect(node, JsonNode::Type::string, field)) return std::nullopt;
    auto value = parse(node.text);
    if (!value) error(node.offset, field + ": unknown value '" + node.text + "'; expected " + one_of(names));
    return value;
  }

  void record_base(const JsonNode& object, const std::string& prefix, RecordBase& record) {
    record.source = optional_string(object, prefix, "source");
    record.note = optional_string(object, prefix, "note");
  }

  /// A body record, as in a map (docs/format.md); id, name and type are required.
  Body read_body(const JsonNode& node, const std::string& field) {
    Body body;
    if (!expect(node, JsonNode::Type::object, field)) return body;
    allow(node, field, json_keys<Body>());
    if (auto id = id_ref(node, field, "id", true)) body.id = id->id;
    body.name = required_string(node, field, "name");
    BodyUpdate fields = read_body_fields(node, field);
    if (!fields.sets("type") && node.find("type") == nullptr)
      error(node.offset, field + ".type: missing; expected " + one_of(body_type_names));
    for (const auto& f : schema<Body>())
      if (f.name != "name" && fields.sets(f.name)) copy_field(f, fields.values, body);
    body.declared_type = fields.values.declared_type;
    return body;
  }

  /// The settable body fields (schema.hpp) of a body record or of update_body's "set".
  BodyUpdate read_body_fields(const JsonNode& node, const std::string& field) {
    BodyUpdate update;
    for (const auto& m : node.members) {
      const FieldInfo<Body>* info = find_field<Body>(m.key);
      if (info == nullptr || !info->settable) continue;  // allow() has reported it
      // A type not built in may be one the map declares: applying the proposal resolves it.
      if (std::holds_alternative<BodyType Body::*>(info->member) && m.value.type == JsonNode::Type::string &&
          !m.value.text.empty() && !parse_body_type(m.value.text)) {
        update.values.declared_type = m.value.text;
        update.fields.push_back(info->name);
        continue;
      }
      bool read = false;
      with_value(*info, update.values, [&](auto& value) { read = read_value(*info, m.value, path(field, m.key), value); });
      if (read) update.fields.push_back(info->name);
    }
    return update;
  }

  // One settable field's value; false when its type is wrong (reported).
  bool read_value(const FieldInfo<Body>& info, const JsonNode& node, const std::string& f, std::string& value) {
    if (info.type == ValueType::date) {
      value = date(node, f);
      return true;
    }
    if (!expect(node, JsonNode::Type::string, f)) return false;
    // A proposal is written now: a term outside its vocabulary is a mistake, not an old map.
    const auto& names = info.vocabulary;
    if (info.type == ValueType::term && std::find(names.begin(), names.end(), node.text) == names.end()) {
      error(node.offset, f + ": unknown value '" + node.text + "'; expected " + one_of(names));
      return false;
    }
    value = node.text;
    return true;
  }
  bool read_value(const FieldInfo<Body>& info, const JsonNode& node, const std::string& f,
                  std::vector<std::string>& value) {
    value = string_list(node, f, info.type == ValueType::ids);
    return true;
  }
  template <typename Enum>
    requires std::is_enum_v<Enum>
  bool read_value(const FieldInfo<Body>& info, const JsonNode& node, const std::string& f, Enum& value) {
    if (!expect(node, JsonNode::Type::string, f)) return false;
    const auto& names = info.vocabulary;
    const auto found = std::find(names.begin(), names.end(), node.text);
    if (found == names.end()) {
      error(node.offset, f + ": unknown value '" + node.text + "'; expected " + one_of(names));
      return false;
    }
    value = static_cast<Enum>(found - names.begin());  // a vocabulary's names are in its enum's order
    return true;
  }
  bool read_value(const FieldInfo<Body>&, const JsonNode& node, const std::string& f, std::optional<long long>& value) {
    if (!expect(node, JsonNode::Type::integer, f)) return false;
    if (node.integer < 1) error(node.offset, f + ": must be a positive whole number");
    value = node.integer;
    return true;
  }
  template <typename Other>
  bool read_value(const FieldInfo<Body>&, const JsonNode&, const std::string&, Other&) {
    return false;  // no settable body field holds one
  }

  /// A link record, as in a map; from, to and kind are required.
  Link read_link(const JsonNode& node, const std::string& field) {
    Link link;
    if (!expect(node, JsonNode::Type::object, field)) return link;
    allow(node, field, {"from", "to", "kind", "basis", "amount", "currency", "period", "policy_areas", "start", "end",
                        "source", "note"});
    read_link_ends(node, field, link);
    link.basis = optional_string(node, field, "basis");
    if (const JsonMember* m = node.find("amount"); m != nullptr && expect(m->value, JsonNode::Type::number, field + ".amount")) {
      const Position p = pos(m->value.offset);
      if (fields::amount(m->value.number, {Location{file_, p.line, p.column}, field + ".amount"}, out_))
        link.amount = m->value.number;
    }
    link.terms.edit().currency = optional_string(node, field, "currency");
    link.terms.edit().period = optional_string(node, field, "period");
    if (const JsonMember* m = node.find("policy_areas")) link.policy_areas = string_list(m->value, field + ".policy_areas", true);
    if (const JsonMember* m = node.find("start")) link.terms.edit().start = date(m->value, field + ".start");
    if (const JsonMember* m = node.find("end")) link.terms.edit().end = date(m->value, field + ".end");
    record_base(node, field, link);
    return link;
  }

  void read_link_ends(const JsonNode& node, const std::string& prefix, Link& link) {
    if (auto from = id_ref(node, prefix, "from", true)) {
      link.from = from->id;
      link.from_at = from->at;
    }
    if (auto to = id_ref(node, prefix, "to", true)) {
      link.to = to->id;
      link.to_at = to->at;
    }
    const JsonMember* kind = node.find("kind");
    if (kind == nullptr) {
      error(node.offset, path(prefix, "kind") + ": missing; expected " + one_of(link_kind_names));
    } else if (auto k = vocabulary<LinkKind>(kind->value, path(prefix, "kind"), parse_link_kind, link_kind_names)) {
      link.kind = *k;
    }
  }

  /// A responsibility record, as in a map; id and name are required.
  Responsibility read_responsibility(const JsonNode& node, const std::string& field) {
    Responsibility r;
    if (!expect(node, JsonNode::Type::object, field)) return r;
    allow(node, field, {"id", "name", "policy_area", "status", "owners", "source", "note"});
    if (auto id = id_ref(node, field, "id", true)) r.id = id->id;
    r.name = required_string(node, field, "name");
    if (auto area = id_ref(node, field, "policy_area", false)) {
      r.policy_area = area->id;
      r.policy_area_at = area->at;
    }
    r.status = optional_string(node, field, "status");
    if (const JsonMember* owners = node.find("owners"); owners != nullptr &&
                                                        expect(owners->value, JsonNode::Type::array, field + ".owners")) {
      for (std::size_t i = 0; i < owners->value.items.size(); ++i) {
        const JsonNode& o = owners->value.items[i];
        const std::string f = field + ".owners[" + std::to_string(i) + "]";
        if (!expect(o, JsonNode::Type::object, f)) continue;
        allow(o, f, {"body", "role"});
        Owner owner;
        if (auto body = id_ref(o, f, "body", true)) {
          owner.body = body->id;
          owner.at = body->at;
        }
        if (const JsonMember* role = o.find("role")) {
          if (auto value = vocabulary<Role>(role->value, f + ".role", parse_role, role_names)) owner.role = *value;
        }
        r.owners.push_back(owner);
      }
    }
    record_base(node, field, r);
    return r;
  }

  Operation read_operation(const JsonNode& node, const std::string& field) {
    Operation op;
    op.at = pos(node.offset);
    if (!expect(node, JsonNode::Type::object, field)) return op;
    const JsonMember* kind = node.find("op");
    if (kind == nullptr) {
      error(node.offset, field + ".op: missing; expected one of " + one_of(operation_names));
      return op;
    }
    if (!expect(kind->value, JsonNode::Type::string, field + ".op")) return op;
    const auto* found = std::find(operation_names.begin(), operation_names.end(), kind->value.text);
    if (found == operation_names.end()) {
      std::vector<std::string_view> names(operation_names.begin(), operation_names.end());
      error(kind->value.offset, field + ".op: unknown operation '" + kind->value.text + "'; expected one of " +
                                    one_of(operation_names) + " (nearest is '" + nearest_id(kind->value.text, names) + "')");
      return op;
    }
    op.kind = static_cast<OperationKind>(found - operation_names.begin());
    op.note = optional_string(node, field, "note");
    read_operands(node, field, op);
    return op;
  }

  /// The fields each kind of operation takes, into `op`; any other field is an error.
  void read_operands(const JsonNode& node, const std::string& field, Operation& op) {
    switch (op.kind) {
      case OperationKind::add_body:
        allow(node, field, {"op", "note", "body"});
        if (const JsonMember* b = node.find("body")) op.body = read_body(b->value, field + ".body");
        else error(node.offset, field + ".body: missing; expected the new body's record");
        break;
      case OperationKind::update_body:
        read_update(node, field, op);
        break;
      case OperationKind::abolish:
        allow(node, field, {"op", "note", "body", "transfer_to"});
        if (auto id = id_ref(node, field, "body", true)) op.target = *id;
        op.transfer_to = id_ref(node, field, "transfer_to", false);
        break;
      case OperationKind::merge:
        read_merge(node, field, op);
        break;
      case OperationKind::add_link:
        allow(node, field, {"op", "note", "link"});
        if (const JsonMember* l = node.find("link")) op.link = read_link(l->value, field + ".link");
        else error(node.offset, field + ".link: missing; expected the new link's record");
        break;
      case OperationKind::remove_link:
        allow(node, field, {"op", "note", "from", "to", "kind", "period"});
        read_link_ends(node, field, op.link);
        if (node.find("period") != nullptr) {
          op.match_period = true;
          op.link.terms.edit().period = optional_string(node, field, "period");
        }
        break;
      case OperationKind::assign:
      case OperationKind::unassign:
        if (op.kind == OperationKind::assign) allow(node, field, {"op", "note", "responsibility", "body", "role"});
        else allow(node, field, {"op", "note", "responsibility", "body"});
        if (auto id = id_ref(node, field, "responsibility", true)) op.responsibility = *id;
        if (auto id = id_ref(node, field, "body", true)) op.owner = *id;
        if (const JsonMember* role = node.find("role"); role != nullptr && op.kind == OperationKind::assign) {
          if (auto value = vocabulary<Role>(role->value, field + ".role", parse_role, role_names)) op.role = *value;
        }
        break;
      case OperationKind::add_responsibility:
        allow(node, field, {"op", "note", "responsibility"});
        if (const JsonMember* r = node.find("responsibility"))
          op.new_responsibility = read_responsibility(r->value, field + ".responsibility");
        else
          error(node.offset, field + ".responsibility: missing; expected the new responsibility's record");
        break;
      case OperationKind::remove_responsibility:
        allow(node, field, {"op", "note", "responsibility", "merged_into"});
        if (auto id = id_ref(node, field, "responsibility", true)) op.responsibility = *id;
        op.merged_into = id_ref(node, field, "merged_into", false);
        break;
      case OperationKind::retire:
        allow(node, field, {"op", "note", "responsibility", "reason"});
        if (auto id = id_ref(node, field, "responsibility", true)) op.responsibility = *id;
        if (node.find("reason") == nullptr) error(node.offset, field + ".reason: missing; retiring a duty needs a reason");
        else op.reason = required_string(node, field, "reason");
        break;
    }
  }

  void read_update(const JsonNode& node, const std::string& field, Operation& op) {
    allow(node, field, {"op", "note", "body", "set"});
    if (auto id = id_ref(node, field, "body", true)) op.target = *id;
    const JsonMember* set = node.find("set");
    if (set == nullptr) {
      error(node.offset, field + ".set: missing; expected the fields to change");
    } else if (expect(set->value, JsonNode::Type::object, field + ".set")) {
      allow(set->value, field + ".set", settable_body_fields());
      if (set->value.members.empty()) error(set->value.offset, field + ".set: empty; name at least one field to change");
      op.update = read_body_fields(set->value, field + ".set");
    }
  }

  void read_merge(const JsonNode& node, const std::string& field, Operation& op) {
    allow(node, field, {"op", "note", "bodies", "into"});
    if (const JsonMember* b = node.find("bodies"); b == nullptr) {
      error(node.offset, field + ".bodies: missing; expected the ids of the bodies to merge");
    } else if (expect(b->value, JsonNode::Type::array, field + ".bodies")) {
      for (std::size_t i = 0; i < b->value.items.size(); ++i) {
        const std::string f = "bodies[" + std::to_string(i) + "]";
        if (auto id = id_value(b->value.items[i], field + "." + f, f)) op.bodies.push_back(*id);
      }
      if (b->value.items.empty()) error(b->value.offset, field + ".bodies: empty; name the bodies to merge");
    }
    const JsonMember* into = node.find("into");
    if (into == nullptr) {
      error(node.offset, field + ".into: missing; expected an existing body's id or a new body record");
    } else if (into->value.type == JsonNode::Type::object) {
      op.into_new = true;
      op.body = read_body(into->value, field + ".into");
      op.target = IdRef{op.body.id, pos(into->value.offset), "into.id"};
    } else if (auto id = id_value(into->value, field + ".into", "into")) {
      op.target = *id;
    }
  }

  TextLocator locator_;
  std::string file_;
  Diagnostics out_;
};

}  // namespace

std::string_view to_string(OperationKind kind) { return operation_names[static_cast<std::size_t>(kind)]; }

Proposal parse_proposal(std::string_view text, const std::string& file_name) {
  const JsonNode root = parse_json_tree(text, file_name);
  ProposalReader reader(text, file_name);
  return reader.read(root);
}

Proposal load_proposal(const std::filesystem::path& path) {
  const std::string text = read_file(path);
  return parse_proposal(text, path.string());
}

}  // namespace govgraph
