#pragma once
// Overlap: policy areas crowded with bodies, and pairs of areas served by the same bodies.

#include <cstddef>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

/// overlap.crowded-area, overlap.area-pair. Abolished bodies are left out. Pairs come
/// from an inverted index (body -> areas) with prefix filtering, never from all pairs
/// of areas. O(V + areas + owners + candidate pairs).
std::vector<Finding> find_overlap(const GovernanceMap& map, const SharedResults& shared,
                                  const OverlapSettings& settings = {});

}  // namespace govgraph
