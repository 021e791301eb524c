#pragma once
// govgraph suggest: restructures worth proposing, found from a map's findings and each
// checked as check-restructure checks a proposal (docs/restructures.md, "Suggestions").
// Suggestions are options for a person to judge, not advice.

#include <cstddef>
#include <string>
#include <vector>

#include "analyses/analyse.hpp"
#include "restructure/candidates.hpp"
#include "restructure/evaluate.hpp"
#include "restructure/proposal.hpp"

namespace govgraph {

struct SuggestOptions {
  std::size_t top = 10;            // suggestions listed
  std::size_t max_operations = 4;  // operations in one suggestion
  RuleSelection targets;           // the rules whose findings prompt candidates (all when empty)
  Pins pins;                       // what no suggestion may touch
  unsigned threads = 2;            // candidates are checked on this many threads
};

/// The weight of a finding of this severity in a suggestion's gain: error 9, warning 3, info 1.
std::size_t severity_weight(Severity severity);

/// "2 bodies touched, 3 links moved, 1 dropped, 0 added, 1 duty with new leads".
std::string disruption_text(const Disruption& disruption);

struct Suggestion {
  Proposal proposal;               // ready for check-restructure: name, rationale, source, operations
  std::vector<std::string> steps;  // one title per candidate combined, in order
  std::vector<CandidateKind> kinds;
  std::vector<std::string> slugs;  // one per step
  Evaluation evaluation;
  long long gain = 0;              // weights resolved less weights introduced
  double score = 0;                // gain per unit of disruption
};

/// What the search did, for the report's honesty section.
struct SearchCounts {
  std::size_t findings = 0;        // findings of the map before
  std::size_t checked = 0;         // proposals checked (single candidates and combinations)
  std::size_t loses_duty = 0;      // refused: loses a duty
  std::size_t introduces_error = 0;  // refused: introduces an error (and loses no duty)
  std::size_t cannot_apply = 0;    // refused: apply_proposal refused it
  std::size_t no_gain = 0;  // passes but gains nothing (an extension: no more than the proposal it extends)
};

struct Suggestions {
  std::vector<Suggestion> items;  // best first
  SearchCounts counts;
};

/// Candidates from the findings, each checked; then a beam search (width `top`) that
/// extends each of the best proposals with the candidates its own map after prompts,
/// among the bodies it already touches, up to `max_operations`. Only proposals that pass
/// (no lost duty, no introduced error) and gain are kept, ranked by score, then gain, then
/// fewer operations, then name. Deterministic whatever the threads. O(candidates x check).
Suggestions suggest(const Evaluator& evaluator, const SuggestOptions& options);

}  // namespace govgraph
