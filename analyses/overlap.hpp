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

/// One problem, one finding: a crowded-area finding that names a responsibility (its
/// leads alone crowd the area, and all lead that one responsibility) is folded into that
/// responsibility's duplication.multiple-leads finding, which then names the area and
/// quotes the crowded-area message. Either alone is left as it is. Returns whether any was
/// folded (a multiple-leads finding changed, so its place among its rule's may too). O(F log F).
bool fold_crowded_areas(std::vector<Finding>& findings);

}  // namespace govgraph
