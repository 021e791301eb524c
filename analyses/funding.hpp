#pragma once
// Funding: money that flows without a matching line of accountability, and money that
// flows in circles.

#include <cstddef>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

struct RuleSelection;

/// funding.unaccountable-funding, funding.cycle (strong components of the funds links).
/// Abolished bodies are left out. O(V + E) for cycles; one bounded search per funds
/// link whose recipient is not directly accountable to the funder. With
/// Wording::when_written, the unaccountable-funding findings are stored as data and
/// worded by Finding::words(). With a `selection`, only the rules it selects run (null:
/// every rule).
std::vector<Finding> find_funding(const GovernanceMap& map, const SharedResults& shared,
                                  const FundingSettings& settings = {}, Wording wording = Wording::now,
                                  const RuleSelection* selection = nullptr);

}  // namespace govgraph
