#pragma once
// Synthetic governance maps of any size for benchmarks: a layered accountability tree
// under one legislature, with funding, scrutiny, membership and advice links, policy
// areas and responsibilities. The same arguments give the same map.

#include <cstddef>

#include "graph/records.hpp"

namespace govgraph::bench {

/// `bodies` bodies, about `links` links (at least one accountability line per body),
/// bodies / 4 responsibilities and 100 policy areas. O(bodies + links).
MapData generate_map(std::size_t bodies, std::size_t links, unsigned seed = 1);

}  // namespace govgraph::bench
