#pragma once
// A finding: one thing an analysis says about the map. A plain value with a total order,
// so that every output built from findings is sorted and byte-stable.

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

enum class Severity { error, warning, info };  // most severe first: the sort order

std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

/// The part a record plays in a finding.
enum class SubjectRole {
  responsibility,
  owner,
  lead,
  body,
  master,
  scrutinised,
  scrutiniser,
  area,
  gatekeeper,
  overseer,
  funder,
  recipient,
  link,
  dead_end
};

std::string_view to_string(SubjectRole role);  // "dead_end"

/// A record and the part it plays in a finding: {dead_end, "board"}.
struct Subject {
  SubjectRole role = SubjectRole::body;
  std::string id;

  friend auto operator<=>(const Subject&, const Subject&) = default;
  friend bool operator==(const Subject&, const Subject&) = default;
};

/// A number a finding rests on: {"leads", 7}, {"amount", 4000000}.
struct Quantity {
  std::string name;
  double value = 0;

  friend auto operator<=>(const Quantity&, const Quantity&) = default;
  friend bool operator==(const Quantity&, const Quantity&) = default;
};

/// The words (message, evidence) are for people; the data after them (roles, numbers,
/// routes) is for programs and tests, which read fields, never sentences.
struct Finding {
  Severity severity = Severity::info;
  std::string rule;                   // "orphan.no-lead"
  std::vector<std::string> subjects;  // ids of the bodies, links or responsibilities concerned
  std::string message;                // one sentence a board member understands
  std::vector<std::string> evidence;  // routes, shared items, amounts: one line each
  std::vector<std::string> sources;   // citations of the records involved, sorted, unique
  // "= {}": a finding brace-initialised up to `sources` stays warning-free.
  std::vector<SubjectRole> roles = {};                // the role of each subject, parallel to `subjects`
  std::vector<Subject> named = {};                    // records the evidence names that are not subjects
  std::vector<Quantity> numbers = {};                 // the counts and amounts the message states
  std::vector<std::vector<std::string>> routes = {};  // body ids along each route the evidence shows

  /// The ids playing `role`: subjects in order, then named records.
  [[nodiscard]] std::vector<std::string> ids(SubjectRole role) const;
  /// The number called `name`, if the finding states one.
  [[nodiscard]] std::optional<double> number(std::string_view name) const;

  friend auto operator<=>(const Finding&, const Finding&) = default;
  friend bool operator==(const Finding&, const Finding&) = default;
};

}  // namespace govgraph
