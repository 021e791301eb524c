#pragma once
// Before and after: the comparison shared by check-restructure (a map and the map a
// proposal makes of it) and diff (two versions of a map). Metrics, findings introduced,
// resolved and kept, record-level changes, duty conservation and a one-line verdict
// (written by restructure/comparison_report.hpp).

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/diagnostic.hpp"
#include "graph/governance_map.hpp"
#include "restructure/duties.hpp"
#include "restructure/map_diff.hpp"

namespace govgraph {

/// Figures about one map, from the map and its findings.
struct Metrics {
  std::size_t bodies = 0;  // active bodies
  std::size_t links = 0;
  std::size_t responsibilities = 0;
  std::size_t errors = 0;
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::map<std::string, std::size_t> findings_by_rule;
  std::size_t orphans = 0;          // responsibilities with an orphan.* finding
  std::size_t duplicate_leads = 0;  // duplication.multiple-leads findings
  std::size_t crowded_areas = 0;    // overlap.crowded-area findings
  // Routes through active bodies only, over active non-apex bodies (SharedResults).
  std::size_t longest_route = 0;    // the longest shortest accountable_to route to an apex
  double mean_route = 0;            // over active non-apex bodies with a route
  std::size_t without_route = 0;    // active non-apex bodies with no route to an apex
  double scrutiny_mean = 0;         // scrutinisers per scrutinised body
  std::size_t scrutiny_max = 0;
};

/// Measures a map from its findings and the routes its analysis shared. O(V + findings).
Metrics measure(const GovernanceMap& map, const SharedResults& shared, const std::vector<Finding>& findings);

/// A map with what its analysis found and the results that analysis shared, so that the
/// comparison measures it without working the routes out again.
struct AnalysedMap {
  const GovernanceMap& map;
  SharedResults shared;
  std::vector<Finding> findings;
  ProvenanceSettings provenance = {};  // as the findings listing records were listed, so a part of one is listed alike
};

/// `findings` of `map`, with the shared results worked out here: for findings made
/// elsewhere (tests, a reviewed list). O(V + E).
AnalysedMap analysed(const GovernanceMap& map, std::vector<Finding> findings);

/// One version of a map in a comparison: the map, the warnings reading it gave and its
/// analysis. Held by pointer, as `analysed` refers to `map`.
struct MapVersion {
  GovernanceMap map;
  Diagnostics warnings;
  std::optional<AnalysedMap> analysed;
};

using ReadMap = std::function<GovernanceMap(const std::string& path, Diagnostics& warnings)>;
using AnalyseMap = std::function<AnalysedMap(const GovernanceMap& map)>;

/// Reads and analyses two versions of a map, the later on a second thread when `parallel`
/// (reading and analysing share nothing, so the result is the same either way). When both
/// fail, the earlier's error is thrown, as if read one after the other.
std::pair<std::unique_ptr<MapVersion>, std::unique_ptr<MapVersion>> read_versions(const std::string& earlier,
                                                                                  const std::string& later,
                                                                                  const ReadMap& read,
                                                                                  const AnalyseMap& analyse,
                                                                                  bool parallel);

struct Comparison {
  std::string title;      // "Proposal: ..." or "Changes from A to B"
  std::string rationale;  // a proposal's
  bool is_proposal = false;
  Metrics before;
  Metrics after;
  std::vector<Finding> introduced;  // in the after map only
  std::vector<Finding> resolved;    // in the before map only
  std::vector<Finding> kept;        // in both (as the after map words them)
  std::vector<OperationLog> log;
  std::map<std::string, std::string> renames;
  std::vector<SettledDuty> settled;
  std::vector<LostDuty> lost;
  MapDiff diff;
  std::string verdict;
};

/// Part of a finding that lists records (a rule of Identity::each_record): the finding's
/// index and its subjects at `subjects`, ascending.
struct RecordsPart {
  std::size_t finding = 0;
  std::vector<std::size_t> subjects;
  friend bool operator==(const RecordsPart&, const RecordsPart&) = default;
};

/// How the findings of two maps match, by index: a finding after matches a finding before
/// with the same rule and the same subjects, after the before finding's subjects are
/// replaced by their successors in `renames`; each before finding matches at most one.
/// A finding listing every record of a kind (Identity::each_record) is matched record by
/// record with the finding of its rule and kind on the other side (a link's ends renamed
/// too): the records only after list are introduced, those only before list resolved.
struct FindingMatch {
  std::vector<std::size_t> introduced;  // after findings matching none before
  std::vector<std::size_t> resolved;    // before findings matching none after
  std::vector<std::size_t> kept;        // after findings matching one before
  std::vector<RecordsPart> introduced_records;  // of after findings
  std::vector<RecordsPart> resolved_records;    // of before findings
  std::vector<RecordsPart> kept_records;        // of after findings
};

/// The finding of a part, worded as its rule words a finding of just those records.
/// O(records in the part).
Finding part_of(const Finding& whole, const RecordsPart& part, const ProvenanceSettings& settings);

/// Matches findings as compare_maps does: each finding hashed once on its rule and
/// subjects, the earlier map's hashes sorted. O(S + F log F), S the subjects in all.
FindingMatch match_findings(const std::vector<Finding>& before, const std::vector<Finding>& after,
                            const std::map<std::string, std::string>& renames);

/// One map's findings hashed and sorted once, to be matched against many maps after it
/// (govgraph suggest checks thousands of candidates against one map). A rename re-hashes
/// only the findings that name a renamed id, found by an index of subjects; findings
/// listing records are neither hashed nor indexed, as they are matched record by record.
class FindingsBefore {
 public:
  explicit FindingsBefore(std::vector<Finding> findings);

  [[nodiscard]] const std::vector<Finding>& findings() const { return findings_; }

  /// What match_findings(findings(), after, renames) returns.
  /// O(S after + subjects of the findings naming a renamed id + F log F when any does).
  [[nodiscard]] FindingMatch match(const std::vector<Finding>& after,
                                   const std::map<std::string, std::string>& renames) const;

 private:
  std::vector<Finding> findings_;
  std::vector<std::pair<std::size_t, std::size_t>> by_hash_;  // (hash with nothing renamed, index), sorted
  std::unordered_map<std::string_view, std::vector<std::size_t>> naming_;  // subject id -> findings naming it
  std::vector<std::size_t> listing_records_;  // findings matched record by record
};

/// Compares two maps and their findings. Findings match by rule and subjects, after
/// replacing the before map's subjects by their successors in `renames`. The verdict is
/// one line: what the change breaks (lost duties, new errors and warnings) and fixes.
/// The findings move into the comparison (pass the analyses with std::move to spare a
/// copy). O(F log F + diff).
Comparison compare_maps(AnalysedMap before, AnalysedMap after, const std::map<std::string, std::string>& renames = {});

/// check-restructure's comparison: compare_maps plus the proposal's log and duties. The
/// duties after are read from `after`'s map, so `applied.after` may have been moved into it.
Comparison compare_proposal(const Proposal& proposal, const AppliedProposal& applied, AnalysedMap before,
                            AnalysedMap after);

/// Whether the comparison should fail at this threshold (nullopt: never): an introduced
/// finding at or above it, or a lost duty.
bool comparison_fails(const Comparison& comparison, std::optional<Severity> fail_on);

}  // namespace govgraph
