#pragma once
// The "chart" layout: an organisation chart, as a governance team draws one by hand.
// Each body sits above the bodies answering to it; those stand in columns below it,
// each column with a bus line down its left side and a short tick to each body, so a
// body answered to by twenty others takes a compact block rather than a rank twenty
// bodies wide. Each body hangs from one master (the first the map lists inside its
// block); lines to second masters and across blocks are routed afterwards by Graphviz
// around the placed bodies (nop2). Everything here is pure: graphviz.cpp measures the
// bodies and draws.

#include <cstddef>
#include <vector>

#include "render/pack.hpp"
#include "render/scene.hpp"

namespace govgraph::render {

/// A line of the hierarchy: `upper` is drawn above `lower` (node indexes). A body hangs
/// from a line not `preferred` (one a longer route implies) only when no other will do.
struct ChartLine {
  std::size_t upper = 0;
  std::size_t lower = 0;
  bool preferred = true;
};

struct ChartLayout {
  std::vector<Spot> centres;  // each node's centre, in points, y growing downwards from the top
  /// Each line's route, from the upper node's bottom to the lower node's left side, as
  /// straight runs; empty for a line not in the tree (a second master, or a cycle).
  std::vector<std::vector<Spot>> routes;
  Box size;  // everything, from (0, 0)
};

/// Lays out nodes of these sizes (points) as a chart. The tree: from each node with no
/// upper line (in node order; then from the first node left in a cycle), each preferred
/// line taken in order gives its lower node its master when it has none yet; a node
/// that only other lines reach hangs from the first of them. Children are
/// ordered bodies-with-children first, in node order, then by `sort_key` and node order,
/// so that leaves of one kind stand together. An only child stands right below its
/// master, its line straight down, with no bus. Each block (a node and all below it) takes
/// the number of columns that brings its shape nearest `aspect` (width / height); the
/// trees themselves are packed onto `page` as clusters are (pack_boxes), a tree holding
/// the upper end of a line into another tree on top. O(V log V + E) per column count
/// tried, with at most 64 tried per node.
ChartLayout chart_layout(const std::vector<Box>& sizes, const std::vector<ChartLine>& lines,
                         const std::vector<std::size_t>& sort_key, double aspect, const PageShape& page = {});

/// Lays out a block's scene (pack.hpp) as a chart, writing what a Graphviz layout would:
/// each node's pos, each tree line's pos (with its arrow, by its "dir" attribute), and
/// the bb of its subgraph and graph, leaving room for the subgraph's label. Lines of the
/// hierarchy (SceneEdge::hierarchy, implied ones not preferred) make the tree, tail
/// above head; other lines, and tree lines with a label, get no pos, so Graphviz routes
/// them. Leaves are ordered by
/// SceneNode::chart_order. `sizes` are the nodes' sizes in points; blocks are shaped
/// like `page`'s printable area. O(chart_layout).
void lay_out_chart(Scene& block, const std::vector<Box>& sizes, const PageShape& page = {});

}  // namespace govgraph::render
