#pragma once
// A finding: one thing an analysis says about the map. A plain value with a total order,
// so that every output built from findings is sorted and byte-stable.

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

class GovernanceMap;
struct Finding;

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

/// A finding's words: one sentence a board member understands, and its evidence, one line each.
struct FindingWords {
  std::string message;
  std::vector<std::string> evidence;
};

/// When a rule words its findings: at once, or only when a writer asks, so that an
/// analysis of many findings makes no sentence until each is written.
enum class Wording { now, when_written };

/// How the words of a finding stored as data are made: its rule's describe function
/// (in the rule's own file) over the map, which must outlive the finding.
struct Describer {
  const GovernanceMap* map = nullptr;
  FindingWords (*describe)(const GovernanceMap&, const Finding&) = nullptr;

  // The words follow from the finding's data, so how they are made takes no part in
  // comparing findings.
  friend std::strong_ordering operator<=>(const Describer&, const Describer&) { return std::strong_ordering::equal; }
  friend bool operator==(const Describer&, const Describer&) { return true; }
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
  Describer describer = {};  // set while the words are not yet made: message and evidence are empty

  /// The message and evidence: made by the rule when the finding is stored as data, else
  /// those stored. Every writer reads the words through this.
  [[nodiscard]] FindingWords words() const;
  /// Makes the words of a finding stored as data and stores them.
  void word();

  /// The ids playing `role`: subjects in order, then named records.
  [[nodiscard]] std::vector<std::string> ids(SubjectRole role) const;
  /// The number called `name`, if the finding states one.
  [[nodiscard]] std::optional<double> number(std::string_view name) const;

  friend auto operator<=>(const Finding&, const Finding&) = default;
  friend bool operator==(const Finding&, const Finding&) = default;
};

/// Sorts findings as std::sort would, cheaply when they come mostly sorted: the order
/// begins with severity and rule, so each (severity, rule) group is placed by its key,
/// keeping the order its rule made it in, and only a group found out of order is sorted.
/// A finding already in its place is not moved. O(F log groups) for sorted groups.
/// `groups_in_order`: the caller knows each group is in order already (analyse: each
/// family returns its findings sorted), so none is compared; asserted in debug builds.
void sort_findings(std::vector<Finding>& findings, bool groups_in_order = false);

}  // namespace govgraph
