#pragma once
// The diff map as a board paper shows it: only the bodies a change touches, with their
// neighbours and their routes up to the apex as context; titled with the comparison and
// its verdict; a body that loses the last lead on a duty marked with the duty's name; a
// merged body drawn between the bodies it replaces.
//
// How: a fresh dot layout of just those bodies (the whole map's places are not kept: with
// a few dozen bodies, a layout of their own reads better and routes lines round bodies).
// Every directed line ranks its upper body above (the body answered to, the scrutineer),
// and no rank grows much wider than a page (render/layering.hpp); a merged body and its predecessors share a rank in one cluster, ordered first
// predecessor, merged body, other predecessors by invisible lines (dot keeps a line
// within a rank left to right).

#include "analyses/rules.hpp"
#include "graph/governance_map.hpp"
#include "render/scene.hpp"
#include "restructure/compare.hpp"

namespace govgraph {

/// The scoped scene. Bodies: those added, removed or changed, the bodies whose role on
/// a duty changed and the last leads of lost duties (drawn by their change); then, as
/// context (white, grey text), the other ends of every changed line (for an added or
/// removed body, all its lines) and the bodies on the changed bodies' routes to the apex
/// (over the lines `settings` counts, in the map before and in the map after). Lines: the
/// changed ones and the route lines. Bodies merged into one, or abolished with their work
/// transferred to it, share a dashed frame and a rank with it (cluster_merge_ID). The
/// graph label holds the title, the verdict and the key. Pure: nothing is laid out here.
/// O((V + E + owners) log(V + E)).
render::Scene scoped_scene(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                           const AccountabilitySettings& settings);

}  // namespace govgraph
