#pragma once
// The diff map: the bodies and links of two maps drawn together, added ones green,
// removed ones red and dashed, changed ones amber. Unchanged bodies keep the places they
// have in a drawing of the before map, so the two can be laid side by side.
//
// How: the before map is laid out once as its accountability map is (render::build_scene,
// the same compact ranks and sector clusters); the places Graphviz gives its bodies are
// read from the laid-out graph and pinned (pos="x,y!") in the diff scene, which neato
// then draws without moving a pinned node, routing only the lines. A body new in the after map
// goes just below its linked bodies' centre, moved right until it overlaps nothing.

#include <map>
#include <string>

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

/// Lays out the before map, then draws the diff scene in `format` (dot: the pinned DOT
/// source, which `neato -n` draws). Throws EnvironmentError when Graphviz fails.
std::string draw_diff(const MapData& before, const MapData& after, const MapDiff& diff, render::OutputFormat format);

}  // namespace govgraph
