#pragma once
// A restructure proposal: a named, reasoned list of operations on a map (docs/restructures.md).
// Loading checks the proposal's own shape (fields, types, vocabularies); whether the ids it
// names exist is checked when it is applied (apply.hpp), since earlier operations may
// create or remove them.

#include <algorithm>
#include <array>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/records.hpp"

namespace govgraph {

enum class OperationKind {
  add_body, update_body, abolish, merge, add_link, remove_link, assign, unassign,
  add_responsibility, remove_responsibility, retire
};

inline constexpr std::array<std::string_view, 11> operation_names = {
    "add_body", "update_body", "abolish", "merge", "add_link", "remove_link", "assign",
    "unassign", "add_responsibility", "remove_responsibility", "retire"};

std::string_view to_string(OperationKind kind);

/// The fields an update_body sets: their names (schema.hpp, fields marked settable) and
/// their new values; every other field is left as it was.
struct BodyUpdate {
  std::vector<std::string_view> fields;
  Body values;

  [[nodiscard]] bool sets(std::string_view field) const {
    return std::find(fields.begin(), fields.end(), field) != fields.end();
  }
};

/// An id named by an operation, with where it was written (for messages).
struct IdRef {
  std::string id;
  Position at;
  std::string field;  // "body", "bodies[1]", "link.from", ...
};

/// One operation. Which members are meaningful depends on `kind` (see docs/restructures.md).
struct Operation {
  OperationKind kind = OperationKind::add_body;
  Position at;       // the operation's opening brace
  std::string note;  // why this step, shown in the change log

  Body body;                       // add_body; merge into a new body (when into_new)
  IdRef target;                    // update_body, abolish: the body; merge: the existing body merged into
  BodyUpdate update;               // update_body
  std::optional<IdRef> transfer_to;  // abolish
  std::vector<IdRef> bodies;       // merge: the bodies merged
  bool into_new = false;           // merge: `into` was a new body record
  Link link;                       // add_link; remove_link (from, to, kind, period)
  bool match_period = false;       // remove_link: only links with this period
  IdRef responsibility;            // assign, unassign, remove_responsibility, retire
  IdRef owner;                     // assign, unassign: the body
  Role role = Role::lead;          // assign
  Responsibility new_responsibility;  // add_responsibility
  std::optional<IdRef> merged_into;   // remove_responsibility: the responsibility taking it over
  std::string reason;              // retire
};

struct Proposal {
  std::string file;  // for messages
  std::string name;
  std::string rationale;
  std::string source;
  std::vector<Operation> operations;
};

/// Parses a proposal document. Throws InputError with FILE:LINE:COLUMN and the field
/// ("operations[3].op: unknown operation 'mege'; expected one of ...") for every shape
/// problem found. O(size of the text).
Proposal parse_proposal(std::string_view text, const std::string& file_name);

/// Reads and parses a proposal file; InputError when it cannot be read.
Proposal load_proposal(const std::filesystem::path& path);

}  // namespace govgraph
