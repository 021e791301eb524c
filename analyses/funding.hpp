#pragma once
// Funding: money that flows without a matching line of accountability, and money that
// flows in circles.

#include <cstddef>
#include <utility>
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

/// Which of `pairs` (funder, recipient), each an unaccountable-funding finding of the map
/// before, the accountable_to line `from` -> `to` that `after` adds answers. Adding a line
/// only adds to what a recipient answers to: a recipient whose search upward reaches
/// `from` (itself or through a class it is a member of) now also answers to `to` and
/// everything above it; `from`'s own masters gain `to`, which accept_principal reads. So
/// no finding is introduced, and those answered are found without searching again from
/// each recipient. Precondition: no search gives up (after.body_count() <=
/// settings.search_limit), and the bodies are those of the map before, as vertices.
/// O(V + E of accountable_to and member_of lines + pairs).
std::vector<bool> answered_by_line(const GovernanceMap& after, const FundingSettings& settings,
                                   GovernanceMap::Vertex from, GovernanceMap::Vertex to,
                                   const std::vector<std::pair<GovernanceMap::Vertex, GovernanceMap::Vertex>>& pairs);

}  // namespace govgraph
