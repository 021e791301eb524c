#pragma once
// Synthetic governance maps of any size for benchmarks: a layered accountability tree
// under one legislature, with funding, scrutiny, membership and advice links, policy
// areas and responsibilities. The same arguments give the same map.

#include <cstddef>

#include <vector>

#include "graph/governance_map.hpp"
#include "graph/records.hpp"
#include "restructure/proposal.hpp"

namespace govgraph::bench {

/// Raise when generate_map or generate_next_version makes other maps for the same
/// arguments: the scale benchmark then writes its cached maps again.
inline constexpr int generator_version = 1;

/// `bodies` bodies, about `links` links (at least one accountability line per body),
/// bodies / 4 responsibilities and 100 policy areas. O(bodies + links).
MapData generate_map(std::size_t bodies, std::size_t links, unsigned seed = 1);

/// A proposal on a generate_map map that abolishes (without transfer) or merges about
/// one body in `every`, none of the top eight, in groups of ten merged into the body
/// before each group's first; and retires, or removes merged into the next one, one
/// responsibility in 100 each. O(bodies + responsibilities).
Proposal generate_proposal(const MapData& map, std::size_t every);

/// A next version of a generate_map map, for timing `diff`: of the bodies below the top
/// eight, one in 100 removed (with its links and ownerships), one in 100 renamed (same
/// record, id "renamed-" + old id, its links and ownerships following) and, at the end,
/// as many added, each with `links_per_body` links (an accountability line to a body
/// kept, the rest to or from random ones). A cheap seeded edit, not a proposal applied.
/// O(bodies + links + ownerships).
MapData generate_next_version(const MapData& map, std::size_t links_per_body = 10, unsigned seed = 2);

/// Every pair of the map's active bodies, the later merged into the earlier, one proposal
/// each: what `make bench` checks to time govgraph suggest's checking. O(V^2).
std::vector<Proposal> pairwise_merges(const GovernanceMap& map);

}  // namespace govgraph::bench
