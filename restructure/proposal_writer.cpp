#include "restructure/proposal_writer.hpp"

#include <stdexcept>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "importers/json_writer.hpp"

namespace govgraph {
namespace {

std::string json_string(std::string_view text) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.String(text.data(), static_cast<rapidjson::SizeType>(text.size()));
  return {buffer.GetString(), buffer.GetSize()};
}

/// The members of one operation's object, written in the order docs/restructures.md lists them.
class Members {
 public:
  void text(std::string_view key, std::string_view value) { raw(key, json_string(value)); }
  void raw(std::string_view key, const std::string& json) {
    out_ += out_.empty() ? "{" : ", ";
    out_ += json_string(key) + ": " + json;
  }
  std::string done() { return out_ + "}"; }

 private:
  std::string out_;
};

std::string id_list(const std::vector<IdRef>& refs) {
  std::string out = "[";
  for (std::size_t i = 0; i < refs.size(); ++i) out += (i > 0 ? ", " : "") + json_string(refs[i].id);
  return out + "]";
}

std::string operation_json(const Operation& op) {
  Members m;
  m.text("op", to_string(op.kind));
  switch (op.kind) {
    case OperationKind::add_body: m.raw("body", write_json_record(op.body)); break;
    case OperationKind::update_body: throw std::invalid_argument("write_proposal does not write update_body");
    case OperationKind::abolish:
      m.text("body", op.target.id);
      if (op.transfer_to) m.text("transfer_to", op.transfer_to->id);
      break;
    case OperationKind::merge:
      m.raw("bodies", id_list(op.bodies));
      m.raw("into", op.into_new ? write_json_record(op.body) : json_string(op.target.id));
      break;
    case OperationKind::add_link: m.raw("link", write_json_record(op.link)); break;
    case OperationKind::remove_link:
      m.text("from", op.link.from);
      m.text("to", op.link.to);
      m.text("kind", to_string(op.link.kind));
      if (op.match_period) m.text("period", op.link.terms->period);
      break;
    case OperationKind::assign:
    case OperationKind::unassign:
      m.text("responsibility", op.responsibility.id);
      m.text("body", op.owner.id);
      if (op.kind == OperationKind::assign) m.text("role", to_string(op.role));
      break;
    case OperationKind::add_responsibility: m.raw("responsibility", write_json_record(op.new_responsibility)); break;
    case OperationKind::remove_responsibility:
      m.text("responsibility", op.responsibility.id);
      if (op.merged_into) m.text("merged_into", op.merged_into->id);
      break;
    case OperationKind::retire:
      m.text("responsibility", op.responsibility.id);
      m.text("reason", op.reason);
      break;
  }
  if (!op.note.empty()) m.text("note", op.note);
  return m.done();
}

}  // namespace

std::string write_proposal(const Proposal& proposal) {
  std::string out = "{\n  \"name\": " + json_string(proposal.name);
  if (!proposal.rationale.empty()) out += ",\n  \"rationale\": " + json_string(proposal.rationale);
  if (!proposal.source.empty()) out += ",\n  \"source\": " + json_string(proposal.source);
  out += ",\n  \"operations\": [";
  for (std::size_t i = 0; i < proposal.operations.size(); ++i)
    out += (i == 0 ? "\n    " : ",\n    ") + operation_json(proposal.operations[i]);
  out += "\n  ]\n}\n";
  return out;
}

}  // namespace govgraph
