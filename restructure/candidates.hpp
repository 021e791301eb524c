#pragma once
// Candidate restructures drawn from a map's findings (govgraph suggest): each a few
// operations of the proposal format aimed at one finding, before any is checked.
// docs/restructures.md ("Suggestions") lists the kinds and the rules that keep silly ones out.

#include <set>
#include <string>
#include <vector>

#include "analyses/analyse.hpp"
#include "analyses/finding.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"
#include "restructure/proposal.hpp"

namespace govgraph {

enum class CandidateKind {
  merge,             // two bodies that look like one, overlap in remit or scrutinise the same body
  single_lead,       // one lead for a duty; the other leads deliver it
  abolish,           // a body without purpose, its work transferred to the body it answers to
  add_line,          // the accountable_to line that funding or scrutiny implies
  remove_line        // an accountable_to line a longer route already implies
};

std::string_view to_string(CandidateKind kind);  // "merge", "single-lead", ...

struct Candidate;

/// Bodies and lines no candidate may touch (--keep). A pinned body is named by no
/// operation and is not left as a duty's single lead; a pinned line is not removed and
/// neither of its bodies is merged away or abolished.
struct Pins {
  std::set<std::string> bodies;
  std::vector<Link> lines;  // from, kind, to

  /// Whether the candidate touches a pinned body or line. O(operations x pins).
  [[nodiscard]] bool touched_by(const Candidate& candidate) const;
};

struct Candidate {
  CandidateKind kind = CandidateKind::merge;
  std::string title;                 // "Merge 'A' into 'B'": a line for a paper
  std::string slug;                  // "merge-a-into-b": for a file name
  std::vector<Operation> operations;
  std::string kept_lead = {};        // single lead: the lead left, named by no operation
};

/// Whether findings of this rule prompt candidates (the kinds above). O(rules).
bool prompts_candidates(std::string_view rule);

/// The candidates the findings prompt, those of `targets`' rules only, none touching a
/// pin, in the findings' order and without repeats. Merges join only bodies of one
/// type and sector, neither an apex nor a legislature, executive or minister; each merges
/// into the body with more duties led (then more links, then the smaller id). `shared`
/// is the map's analysis's. O(findings x (leads + a bounded search up the lines)).
std::vector<Candidate> candidates_from(const GovernanceMap& map, const SharedResults& shared,
                                       const std::vector<Finding>& findings, const RuleSelection& targets,
                                       const Pins& pins);

/// A merge of `from` into `into` (both active bodies of `map`), for any pair. O(1).
Candidate merge_candidate(const GovernanceMap& map, GovernanceMap::Vertex from, GovernanceMap::Vertex into);

}  // namespace govgraph
