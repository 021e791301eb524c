#pragma once
// Orphans: responsibilities nobody is clearly accountable for, and bodies that answer to
// no one or to nothing that reaches the apex.
//
// Abolished bodies are out of the map for these rules: they lead nothing, conduct no
// accountability and are not themselves reported (orphan.lead-inactive is the rule that
// notices them, when every lead of a responsibility is abolished).

#include <string>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

/// orphan.no-owner, orphan.no-lead, orphan.lead-unaccountable, orphan.lead-inactive,
/// orphan.body-unaccountable, orphan.no-route-to-apex, orphan.body-without-purpose.
/// Apexes are never unaccountable nor without purpose. Routes to an apex are the shared
/// ones (SharedResults).
/// O(V + E + owners). Findings sorted.
std::vector<Finding> find_orphans(const GovernanceMap& map, const SharedResults& shared,
                                  const OrphanSettings& settings = {});

}  // namespace govgraph
