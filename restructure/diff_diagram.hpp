#pragma once
// The diff map: the bodies and links of two maps drawn together, added ones green,
// removed ones red and dashed, changed ones amber. By default only what changed and its
// context (scoped_diagram.hpp); with DiagramScope::all, the whole map, where unchanged
// bodies keep the places they have in a drawing of the before map, so the two can be laid
// side by side.
//
// How (the whole map): the before map is laid out once as its accountability map is (render::build_scene,
// the same compact ranks and sector clusters); the places Graphviz gives its bodies are
// read from the laid-out graph and pinned (pos="x,y!") in the diff scene, which neato
// then draws without moving a pinned node, routing only the lines. A body new in the after map
// goes just below its linked bodies' centre, moved right until it overlaps nothing.

#include <map>
#include <string>

#include "analyses/rules.hpp"
#include "graph/governance_map.hpp"
#include "graph/records.hpp"
#include "render/graphviz.hpp"
#include "render/scene.hpp"
#include "restructure/compare.hpp"

namespace govgraph {

struct Place {
  double x = 0;  // points, y upwards, as Graphviz lays out
  double y = 0;
};

/// The scene of the before map used to find places: its accountability map, as
/// `govgraph render` draws it. Precondition: `before` passes check_map. Pure. O(V + E).
render::Scene before_scene(const MapData& before);

/// The diff scene with every node pinned: `places` for the before map's bodies, computed
/// places for the after map's new ones. Pure. O((V + E) log V + new bodies × V).
render::Scene diff_scene(const MapData& before, const MapData& after, const MapDiff& diff,
                         const std::map<std::string, Place>& places);

/// What a diff map draws: the bodies a change touches and their context, or every body.
enum class DiagramScope { changed, all };

struct DiagramOptions {
  DiagramScope scope = DiagramScope::changed;
  /// Which lines count on a route to the apex, as the comparison's analysis counts them.
  AccountabilitySettings accountability;
};

/// The comparison's diff map in `format` (dot: the scene's DOT source; for the whole map
/// the pinned source, which `neato -n` draws): the scoped scene (scoped_diagram.hpp), or
/// the before map laid out, then the diff scene pinned to its places. What every front
/// end draws (the --diagram file, a page that embeds it). Throws EnvironmentError when
/// Graphviz fails.
std::string draw_diff(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                      const DiagramOptions& options, render::OutputFormat format);

}  // namespace govgraph
