#pragma once
// Accountability structure: cycles, gatekeepers on the only route to the apex, long
// chains and wide spans of control.

#include <cstddef>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

struct AccountabilitySettings {
  /// accountability.gatekeeper: fewest bodies whose every route to an apex passes
  /// through one body for it to be reported.
  std::size_t gatekeeper_min_dominated = 3;
  /// accountability.long-chain: longest acceptable shortest route to an apex, in links.
  std::size_t long_chain_max_length = 4;
  /// accountability.wide-span: most bodies directly accountable to one body.
  std::size_t wide_span_max_direct = 12;
  /// Whether a body standing for a class ("represents": 32) counts as that many (divided
  /// by the size of the overseeing class, when that is a class too).
  bool wide_span_count_represents = true;
};

/// accountability.cycle (strong components), accountability.gatekeeper (Lengauer-Tarjan
/// dominator tree of the reversed accountability graph from a virtual root joined to
/// every apex), accountability.long-chain (multi-source breadth-first search from the
/// apexes), accountability.wide-span. Abolished bodies are left out.
/// O((V + E) log V) for the dominator tree, O(V + E) for the rest.
std::vector<Finding> find_accountability(const GovernanceMap& map,
                                         const AccountabilitySettings& settings = {});

}  // namespace govgraph
