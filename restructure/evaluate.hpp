#pragma once
// Checking a candidate restructure as check-restructure checks a proposal (apply_proposal,
// the analyses, the finding match of compare_maps, lost_duties), against a map analysed
// once, so that thousands of candidates can be checked in one run.
//
// The shortcut: an operation can change the findings of only some rule families (an
// `assign` moves a duty, and no line of accountability, funding or provenance depends on
// who leads a duty). A candidate's map after is analysed only for the families its
// operations can affect; the other families' findings are the same before and after, so
// they are neither resolved nor introduced. Within a family, a line skips the rules that
// read no line of its kind (same-entity, funding cycles). Provenance judges each record
// on its own, so it is compared over the records the operations touch only
// (find_provenance_among), never analysed across the map after. One accountable_to line
// added answers unaccountable funding that is found from the findings before
// (answered_by_line), when no search can give up. A candidate of lines alone checks only
// the lines it adds (apply_proposal).
// tests/restructure/suggest_test.cpp checks on random maps that this gives the same
// result as analysing every family.

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analyses/analyse.hpp"
#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"
#include "restructure/apply.hpp"
#include "restructure/compare.hpp"
#include "restructure/proposal.hpp"

namespace govgraph {

/// What a restructure disturbs besides the findings: what a person would have to do.
struct Disruption {
  std::size_t bodies_touched = 0;  // bodies the operations name (merged, abolished, given or relieved of a lead, ...)
  std::size_t links_moved = 0;     // links kept with an end moved to a successor body
  std::size_t links_dropped = 0;   // links gone: removed, internal to a merge, folded into another
  std::size_t links_added = 0;
  std::size_t duties_moved = 0;    // responsibilities whose active leads changed

  [[nodiscard]] std::size_t total() const {
    return bodies_touched + links_moved + links_dropped + links_added + duties_moved;
  }
  friend bool operator==(const Disruption&, const Disruption&) = default;
};

/// How much of each finding resolved or introduced an evaluation keeps: all of it, worded;
/// or, to rank thousands of candidates in little memory, its rule and severity, and for a
/// rule that prompts candidates (candidates.hpp) its subjects and their roles.
enum class Detail { full, summary };

/// A candidate checked. `applies` is false when apply_proposal refused it (a candidate
/// combined with another may name a body the other removed).
struct Evaluation {
  bool applies = true;
  std::vector<Finding> resolved;    // sorted, as the map before words them
  std::vector<Finding> introduced;  // sorted, as the map after words them
  std::vector<LostDuty> lost;
  Disruption disruption;

  /// Whether check-restructure at --fail-on error passes it: it applies, loses no duty
  /// and introduces no error.
  [[nodiscard]] bool passes() const;
};

/// The bodies the operations name: merged, merged into, abolished, transferred to, at
/// either end of a line added or removed, given or relieved of a role. Sorted. O(operations).
std::set<std::string> bodies_named(const std::vector<Operation>& operations);

/// The families whose findings an operation can change (as subjects: a finding whose
/// subjects stay the same is kept, whatever its numbers). O(1).
std::vector<Family> families_affected(const Operation& operation);

/// A map analysed once, against which candidate proposals are checked.
class Evaluator {
 public:
  /// Analyses `before` (a checked map) with `settings`, every rule. O(analysis).
  Evaluator(MapData before, AnalysisSettings settings);

  [[nodiscard]] const GovernanceMap& before() const { return before_; }
  [[nodiscard]] const SharedResults& shared() const { return shared_; }
  [[nodiscard]] const std::vector<Finding>& findings() const { return findings_.findings(); }
  [[nodiscard]] const AnalysisSettings& settings() const { return settings_; }

  /// Applies the proposal to a copy of the map and compares: the findings it resolves and
  /// introduces, the duties it loses, its disruption. `every_family` analyses every family
  /// after (as check-restructure does) instead of only those the operations can affect;
  /// the result is the same. Runs on the calling thread only, so candidates can be
  /// checked on several threads at once. O(V + E + analysis of the affected families).
  [[nodiscard]] Evaluation evaluate(const Proposal& proposal, bool every_family = false,
                                    Detail detail = Detail::full) const;

 private:
  GovernanceMap before_;
  AnalysisSettings settings_;
  SharedResults shared_;
  FindingsBefore findings_;
  /// The findings of the rules each kind of operation affects, by rule mask (bit i:
  /// all_rules[i]), made and hashed once rather than for every candidate.
  std::map<unsigned, FindingsBefore> findings_of_rules_;
  /// Each unaccountable-funding finding before, by its place in findings(), with its
  /// group: the findings of the same two bodies either way round, in order.
  struct FundingPair {
    std::size_t finding;
    std::size_t group;
  };
  std::vector<FundingPair> funding_pairs_;
  /// Their (funder, recipient) as vertices, in the same order, as answered_by_line reads them.
  std::vector<std::pair<GovernanceMap::Vertex, GovernanceMap::Vertex>> funding_ends_;
  std::vector<std::vector<std::size_t>> funding_groups_;  // places in funding_pairs_
  /// Whether no upward search of the funding rules can give up on this map.
  [[nodiscard]] bool searches_complete() const { return before_.body_count() <= settings_.funding.search_limit; }
};

/// Checks each proposal against the evaluator's map on up to `threads` threads, each taking
/// the next proposal not yet begun; the results are in the proposals' order, so the order
/// of work never shows. The first exception is thrown again once every thread is done.
std::vector<Evaluation> evaluate_all(const Evaluator& evaluator, const std::vector<Proposal>& proposals,
                                     unsigned threads, Detail detail = Detail::full);

}  // namespace govgraph
