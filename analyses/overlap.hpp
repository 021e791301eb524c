#pragma once
// Overlap: policy areas crowded with bodies, and pairs of areas served by the same bodies.

#include <cstddef>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

struct OverlapSettings {
  /// overlap.crowded-area: distinct lead bodies across an area's responsibilities at
  /// or above which it is crowded.
  std::size_t crowded_min_leads = 5;
  /// ... or bodies with an interest (listing the area, or owning one of its
  /// responsibilities) above this multiple of the median over areas with any body,
  /// when there are also at least `crowded_min_bodies` of them.
  double crowded_typical_factor = 3.0;
  std::size_t crowded_min_bodies = 10;
  /// overlap.area-pair: Jaccard similarity of two areas' body sets at or above which
  /// they are a pair, and the fewest shared bodies.
  double pair_min_jaccard = 0.5;
  std::size_t pair_min_shared = 2;
  /// Whether an area and one of its own sub-areas may be reported as a pair.
  bool pair_include_nested = false;
};

/// overlap.crowded-area, overlap.area-pair. Abolished bodies are left out. Pairs come
/// from an inverted index (body -> areas) with prefix filtering, never from all pairs
/// of areas. O(V + areas + owners + candidate pairs).
std::vector<Finding> find_overlap(const GovernanceMap& map, const OverlapSettings& settings = {});

}  // namespace govgraph
