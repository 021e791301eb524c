#pragma once
// Accountability structure: cycles, gatekeepers on the only route to the apex, long
// chains and wide spans of control.

#include <cstddef>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

/// accountability.cycle (strong components), accountability.gatekeeper (Lengauer-Tarjan
/// dominator tree of the reversed accountability graph from a virtual root joined to
/// every apex), accountability.long-chain (the shared routes to the apex),
/// accountability.wide-span. Abolished bodies are left out.
/// O((V + E) log V) for the dominator tree, O(V + E) for the rest. With
/// Wording::when_written, the long-chain findings are stored as data and worded by
/// Finding::words().
std::vector<Finding> find_accountability(const GovernanceMap& map, const SharedResults& shared,
                                         const AccountabilitySettings& settings = {}, Wording wording = Wording::now);

}  // namespace govgraph
