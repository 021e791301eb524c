#pragma once
// Packing a clustered drawing onto a page. dot draws clusters side by side and never
// lets one use the width another leaves empty, so a map of five sectors came out 33
// inches wide. Instead, each cluster is laid out on its own (a "block"), the blocks are
// packed into a rectangle with a page's proportions, and the whole is drawn with every
// node and every line inside a block where its block's layout put it; only lines
// between blocks are routed afresh. Everything here is pure: Graphviz does the layouts
// in graphviz.cpp and hands back positions as the attributes it writes (pos, bb, lp).

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "render/page.hpp"
#include "render/scene.hpp"

namespace govgraph::render {

/// One part of a scene laid out on its own: one cluster, or the nodes in no cluster.
struct Block {
  Scene scene;                     // its nodes and the edges between them; one subgraph at most
  std::vector<std::size_t> nodes;  // block node → node of the whole scene
  std::vector<std::size_t> edges;  // block edge → edge of the whole scene
  std::size_t subgraph = 0;        // its subgraph in the whole scene; subgraphs.size() for none
};

/// The scene's blocks: one per subgraph with nodes, in subgraph order, then one for the
/// nodes in no subgraph, if any. A block keeps the scene's attributes but not the graph
/// label (the title and key go on the whole page). Edges between blocks go in none.
/// O(V + E).
std::vector<Block> split_into_blocks(const Scene& scene);

/// A rectangle in points, y growing upwards.
struct Box {
  double width = 0;
  double height = 0;
};

/// Where a box goes: its lower-left corner, in points.
struct Spot {
  double x = 0;
  double y = 0;
  friend bool operator==(const Spot&, const Spot&) = default;
};

/// The page a packing aims for: a printable area (by default A4's, either way up), and
/// what must fit above the packed boxes (the title and key), in points.
struct PageShape {
  double width = Page{}.printable_width();
  double height = Page{}.printable_height();
  bool turnable = true;  // either orientation will do: no page was asked for
  Box header;
};

/// The shape of `page`'s printable area, that way up; A4's either way up when none.
PageShape page_shape(const std::optional<Page>& page);

/// How much lower than a body, in points, a body it answers to may be drawn and still
/// read as level with it (their centres): the least height of a body, 0.4 inches.
inline constexpr double level_with = 0.4 * 72;

/// A body in box `upper_box` that a body in box `lower_box` answers to, each by the
/// depth of its centre below its box's top (points): the first must not be drawn lower
/// than the second (by more than level_with).
struct Above {
  std::size_t upper_box = 0;
  double upper_depth = 0;
  std::size_t lower_box = 0;
  double lower_depth = 0;
};

/// Packs boxes into shelves: a shelf is as tall as its tallest box, and later boxes
/// stack into columns within it while they fit, then start a new column or a new shelf.
/// Of every shelf width worth trying and the orders tried (tallest first; the boxes
/// holding an upper body of an `above` first, in every order when there are five or
/// fewer, alone or after the tallest box; tier by tier down the `above`s), the packing
/// chosen is the one that prints largest on the page (either way up when it is
/// turnable), header included, among those that keep every `above`; ties go to the
/// narrower. When none keeps them, the boxes holding an upper body go first, side by
/// side along the top shelf. Boxes are `gap` points apart. Returns each box's spot, the
/// first shelf at the top, y = 0 at the bottom of the lowest shelf. Same boxes, same
/// spots. O(n² (log n + a)) for n boxes and a aboves, times up to 240 orders.
std::vector<Spot> pack_boxes(const std::vector<Box>& boxes, double gap, const PageShape& page,
                             const std::vector<Above>& above = {});

/// The size of a Graphviz box, "x0,y0,x1,y1" as in a bb attribute; empty when the text
/// is not four numbers. O(length).
Box bounds_size(const std::string& bounds);

/// Every x,y pair in a Graphviz point list moved by (dx, dy): a node's "x,y", an
/// edge's "e,x,y s,x,y x,y ...", a box's "x0,y0,x1,y1". O(length).
std::string translate_points(const std::string& points, double dx, double dy);

/// The most nodes a packed scene may have for the lines between its blocks to be routed
/// as splines around every node. Graphviz builds that route over all the nodes at once,
/// at a cost growing as about n^2.7 (1.3 s at 100 bodies, 31 s at 300); past this the
/// lines between blocks are drawn straight (splines=line), in linear time, and may cross
/// bodies. The example map (112 nodes) is routed.
inline constexpr std::size_t most_nodes_routed = 128;

/// The whole scene with every node pinned where its block's layout put it, moved to
/// its block's spot, for Graphviz's nop2 engine: nodes get pos, edges within a block
/// their pos (and lp, xlp), clusters their bb and lp; edges between blocks get none,
/// so Graphviz routes them: as splines around the nodes, or straight past
/// most_nodes_routed nodes. Each block's scene must carry
/// the attributes its layout wrote: its graph's "bb" or its cluster's. O(size of the
/// scene) and the packing. An apex (a body answering to none) is drawn above every
/// body in another block answering to it, and the key's block (key_cluster) stands on
/// the top shelf (pack_boxes's `above`).
Scene packed_scene(const Scene& scene, const std::vector<Block>& laid_out, const PageShape& page);

}  // namespace govgraph::render
