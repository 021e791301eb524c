#pragma once
// Synthetic governance maps of any size for benchmarks: a layered accountability tree
// under one legislature, with funding, scrutiny, membership and advice links, policy
// areas and responsibilities. The same arguments give the same map.

#include <cstddef>

#include "graph/records.hpp"
#include "restructure/proposal.hpp"

namespace govgraph::bench {

/// `bodies` bodies, about `links` links (at least one accountability line per body),
/// bodies / 4 responsibilities and 100 policy areas. O(bodies + links).
MapData generate_map(std::size_t bodies, std::size_t links, unsigned seed = 1);

/// A proposal on a generate_map map that abolishes (without transfer) or merges about
/// one body in `every`, none of the top eight, in groups of ten merged into the body
/// before each group's first; and retires, or removes merged into the next one, one
/// responsibility in 100 each. O(bodies + responsibilities).
Proposal generate_proposal(const MapData& map, std::size_t every);

}  // namespace govgraph::bench
