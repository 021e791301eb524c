#pragma once
// The diff map as a board paper shows it: only the bodies a change touches, with their
// neighbours and their routes up to the apex as context; titled with the comparison and
// its verdict; a body that loses the last lead on a duty marked with the duty's name; a
// merged body drawn between the bodies it replaces.
//
// How: a fresh dot layout of just those bodies (the whole map's places are not kept: with
// a few dozen bodies, a layout of their own reads better and routes lines round bodies).
// Accountability and membership lines rank the upper body above, as maps draw them; a
// merged body and its predecessors share a rank, ordered first predecessor, merged body,
// other predecessors by invisible lines (dot keeps a line within a rank left to right).

#include "analyses/rules.hpp"
#include "graph/governance_map.hpp"
#include "render/scene.hpp"
#include "restructure/compare.hpp"

namespace govgraph {

/// The scoped scene. Bodies: those added, removed or changed, the ends of links added,
/// removed or changed, the bodies whose role on a duty changed and the last leads of lost
/// duties (all drawn by their change); then, as context (white, grey text), the bodies one
/// link away from those and the bodies on their routes to the apex (over the lines
/// `settings` counts, in the map they are in, before or after). Lines: those with an end
/// among the changed bodies, and the route lines. The graph label holds the title, the
/// verdict and the key. Pure. O((V + E + owners) log(V + E)).
render::Scene scoped_scene(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                           const AccountabilitySettings& settings);

}  // namespace govgraph
