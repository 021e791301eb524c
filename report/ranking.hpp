#pragma once
// The executive summary: the open findings that matter most, ranked by a score of their
// severity and reach (responsibilities and bodies affected, money involved). The formula
// is documented once, in docs/findings-json.md ("Ranking").

#include <cstddef>
#include <string>
#include <vector>

#include "analyses/finding.hpp"
#include "report/waivers.hpp"

namespace govgraph {

/// How many findings the executive summary shows unless --top says otherwise.
inline constexpr std::size_t default_summary_top = 5;
/// The most findings of one rule the summary shows before another rule's lower score.
inline constexpr std::size_t summary_per_rule = 2;

/// A finding's place in the ranking: its index in Review::findings and its score.
struct RankedFinding {
  std::size_t index = 0;
  double score = 0;
  friend bool operator==(const RankedFinding&, const RankedFinding&) = default;
};

/// The finding's score, rounded to two decimals so ties are exact. O(size of the finding).
double finding_score(const Finding& finding);

/// The `top` open (not waived) findings with the highest scores, at most summary_per_rule
/// of one rule while other rules have findings left, highest first; equal scores keep
/// report order (severity, rule, subjects). O(F log F).
std::vector<RankedFinding> rank_findings(const Review& review, std::size_t top);

/// The summary's sentence for a finding: its message, then the rule id in brackets.
std::string summary_sentence(const Finding& finding);

}  // namespace govgraph
