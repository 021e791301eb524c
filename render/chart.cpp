#include "render/chart.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <tuple>

#include "graph/text.hpp"

namespace govgraph::render {
namespace {

// Points. A column's bus runs bus_inset from its left; its blocks start child_inset
// from it. Below a node, drop leaves room for the line along the top of its columns.
constexpr double bus_inset = 8;
constexpr double child_inset = 20;
constexpr double column_gap = 10;
constexpr double row_gap = 8;
constexpr double drop = 20;
constexpr double tree_gap = 24;  // between the trees of one block
constexpr std::size_t most_columns = 64;

// Around a block's drawing, as Graphviz leaves inside a cluster, and the room its label takes.
constexpr double margin = 10;
constexpr double label_room = 22;

constexpr std::size_t none = std::numeric_limits<std::size_t>::max();

/// Which column each of `heights` (in order) goes in, at most `columns` of them, each
/// about as tall as the others: a column ends when the next item would take it past
/// an even share. O(items).
std::vector<std::size_t> split_columns(const std::vector<double>& heights, std::size_t columns, double gap) {
  double total = 0;
  for (double h : heights) total += h;
  total += gap * static_cast<double>(heights.size() - columns);
  const double share = total / static_cast<double>(columns);
  std::vector<std::size_t> column(heights.size(), 0);
  std::size_t current = 0;
  double used = 0;
  bool empty = true;
  for (std::size_t i = 0; i < heights.size(); ++i) {
    const double next = empty ? heights[i] : used + gap + heights[i];
    // Past the share by more than half this item: it starts the next column instead.
    if (!empty && current + 1 < columns && next - share > heights[i] / 2) {
      ++current;
      used = heights[i];
    } else {
      used = next;
    }
    empty = false;
    column[i] = current;
  }
  return column;
}

/// Items (sizes) stood in columns: where each goes (top-left, from the area's top-left)
/// and the area's size. Each column leaves room on its left for its bus.
struct Columns {
  std::vector<Spot> spots;
  std::vector<double> bus_x;  // each item's column's bus
  Box size;
};

Columns stand_in_columns(const std::vector<Box>& items, std::size_t count) {
  std::vector<double> heights;
  for (const Box& item : items) heights.push_back(item.height);
  const std::vector<std::size_t> column = split_columns(heights, count, row_gap);
  Columns result;
  result.spots.resize(items.size());
  result.bus_x.resize(items.size());
  double x = 0;
  std::size_t first = 0;
  while (first < items.size()) {
    std::size_t last = first;
    double widest = 0;
    while (last < items.size() && column[last] == column[first]) widest = std::max(widest, items[last++].width);
    double y = 0;
    for (std::size_t i = first; i < last; ++i) {
      result.spots[i] = {x + child_inset, y};
      result.bus_x[i] = x + bus_inset;
      y += items[i].height + row_gap;
    }
    result.size.height = std::max(result.size.height, y - row_gap);
    result.size.width = x + child_inset + widest;
    x = result.size.width + column_gap;
    first = last;
  }
  return result;
}

/// The column count for these items that brings the whole, their master `above`
/// included, nearest `aspect`; ties to the smaller area.
Columns best_columns(const std::vector<Box>& items, Box above, double aspect) {
  std::optional<Columns> best;
  double best_score = 0;
  double best_area = 0;
  const std::size_t tries = std::min(items.size(), most_columns);
  for (std::size_t count = 1; count <= tries; ++count) {
    Columns columns = stand_in_columns(items, count);
    const double width = std::max(above.width, columns.size.width);
    const double height = above.height + drop + columns.size.height;
    const double score = std::abs(std::log(width / height) - std::log(aspect));
    const double area = width * height;
    if (!best || score < best_score - 1e-9 || (score < best_score + 1e-9 && area < best_area)) {
      best = std::move(columns);
      best_score = score;
      best_area = area;
    }
  }
  return *best;
}

/// The tree a chart hangs from: each node's master is the first to reach it by a
/// preferred line, from the roots in order; a node no preferred line reaches hangs from
/// its first other line; a cycle with no way in is headed by its first node.
struct ChartTree {
  std::vector<std::size_t> tree_line;              // node → the line from its master, or none
  std::vector<std::vector<std::size_t>> children;  // node → the nodes hanging from it
  std::vector<std::size_t> roots;
  std::vector<std::size_t> preorder;  // masters before the nodes below them
};

ChartTree grow_tree(std::size_t count, const std::vector<ChartLine>& lines) {
  std::vector<std::vector<std::size_t>> lines_from(count);  // node → preferred lines it is upper of
  std::vector<bool> has_master(count, false);
  for (std::size_t l = 0; l < lines.size(); ++l) {
    if (lines[l].upper == lines[l].lower) continue;
    if (lines[l].preferred) lines_from[lines[l].upper].push_back(l);
    has_master[lines[l].lower] = true;
  }
  ChartTree tree{std::vector<std::size_t>(count, none), std::vector<std::vector<std::size_t>>(count), {}, {}};
  // Plain references, not a structured binding: clang before 16 cannot capture those in lambdas.
  auto& tree_line = tree.tree_line;
  auto& children = tree.children;
  auto& roots = tree.roots;
  auto& preorder = tree.preorder;
  std::vector<bool> reached(count, false);
  const auto descend = [&](std::size_t top) {
    std::vector<std::size_t> stack{top};
    while (!stack.empty()) {
      const std::size_t v = stack.back();
      stack.pop_back();
      preorder.push_back(v);
      const std::size_t first_new = children[v].size();
      for (std::size_t l : lines_from[v]) {
        const std::size_t u = lines[l].lower;
        if (reached[u]) continue;
        reached[u] = true;
        tree_line[u] = l;
        children[v].push_back(u);
      }
      for (std::size_t k = children[v].size(); k > first_new; --k) stack.push_back(children[v][k - 1]);
    }
  };
  const auto grow = [&](std::size_t root) {
    roots.push_back(root);
    reached[root] = true;
    descend(root);
  };
  const auto hang_the_rest = [&] {
    for (bool hung = true; hung;) {
      hung = false;
      for (std::size_t l = 0; l < lines.size(); ++l) {
        const std::size_t u = lines[l].lower;
        if (lines[l].preferred || !reached[lines[l].upper] || reached[u]) continue;
        reached[u] = true;
        tree_line[u] = l;
        children[lines[l].upper].push_back(u);
        descend(u);
        hung = true;
      }
    }
  };
  for (std::size_t v = 0; v < count; ++v)
    if (!has_master[v]) grow(v);
  hang_the_rest();
  for (std::size_t v = 0; v < count; ++v)
    if (!reached[v]) {
      grow(v);
      hang_the_rest();
    }
  return tree;
}

/// Nodes with children first, then leaves by `sort_key`, then in order.
void order_children(std::vector<std::size_t>& nodes, const ChartTree& tree, const std::vector<std::size_t>& sort_key) {
  const auto& children = tree.children;
  std::stable_sort(nodes.begin(), nodes.end(), [&](std::size_t a, std::size_t b) {
    return std::tuple(!children[a].empty() ? 0 : 1, children[a].empty() ? sort_key[a] : 0, a) <
           std::tuple(!children[b].empty() ? 0 : 1, children[b].empty() ? sort_key[b] : 0, b);
  });
}

/// Each node's block: its size, where its node sits in it, and where each child's
/// block goes.
struct Blocks {
  std::vector<Box> block;
  std::vector<double> node_x;    // the node's left within its block
  std::vector<Spot> child_spot;  // a child's block within its master's
  std::vector<double> bus_of;    // a child's bus x within its master's block
};

/// The blocks, bottom up; orders each node's children as they stand (order_children).
Blocks measure_blocks(ChartTree& tree, const std::vector<Box>& sizes, const std::vector<std::size_t>& sort_key,
                      double aspect) {
  const std::size_t count = sizes.size();
  Blocks b{std::vector<Box>(count), std::vector<double>(count, 0), std::vector<Spot>(count),
           std::vector<double>(count, 0)};
  for (auto it = tree.preorder.rbegin(); it != tree.preorder.rend(); ++it) {
    const std::size_t v = *it;
    std::vector<std::size_t>& children = tree.children[v];
    if (children.empty()) {
      b.block[v] = sizes[v];
      continue;
    }
    if (children.size() == 1) {  // an only child stands right below, its line straight down
      const std::size_t u = children.front();
      const double width = std::max(sizes[v].width, b.block[u].width);
      b.node_x[v] = (width - sizes[v].width) / 2;
      b.block[v] = {width, sizes[v].height + drop + b.block[u].height};
      b.child_spot[u] = {(width - b.block[u].width) / 2, sizes[v].height + drop};
      continue;
    }
    order_children(children, tree, sort_key);
    std::vector<Box> items;
    for (std::size_t u : children) items.push_back(b.block[u]);
    const Columns columns = best_columns(items, sizes[v], aspect);
    const double width = std::max(sizes[v].width, columns.size.width);
    const double area_left = (width - columns.size.width) / 2;
    b.node_x[v] = (width - sizes[v].width) / 2;
    b.block[v] = {width, sizes[v].height + drop + columns.size.height};
    for (std::size_t k = 0; k < children.size(); ++k) {
      const std::size_t u = children[k];
      b.child_spot[u] = {area_left + columns.spots[k].x, sizes[v].height + drop + columns.spots[k].y};
      b.bus_of[u] = area_left + columns.bus_x[k];
    }
  }
  return b;
}

/// Each node's block's top-left within its tree's block, top down.
std::vector<Spot> corners_in_trees(const ChartTree& tree, const Blocks& blocks) {
  std::vector<Spot> corner(tree.tree_line.size());
  for (std::size_t v : tree.preorder)  // masters come before the nodes below them
    for (std::size_t u : tree.children[v])
      corner[u] = {corner[v].x + blocks.child_spot[u].x, corner[v].y + blocks.child_spot[u].y};
  return corner;
}

/// For each line from an apex (a node no line reaches) in one tree to a node in another
/// (trees by their place in tree.roots): the apex must be drawn above. O(V + E).
std::vector<Above> apexes_above(const ChartTree& tree, const std::vector<ChartLine>& lines,
                                const std::vector<Spot>& corner, const std::vector<Box>& sizes) {
  std::vector<std::size_t> tree_of(sizes.size(), none);
  for (std::size_t k = 0; k < tree.roots.size(); ++k) tree_of[tree.roots[k]] = k;
  for (std::size_t v : tree.preorder)
    for (std::size_t u : tree.children[v]) tree_of[u] = tree_of[v];
  std::vector<bool> answers(sizes.size(), false);
  for (const ChartLine& line : lines)
    if (line.upper != line.lower) answers[line.lower] = true;
  const auto depth = [&](std::size_t v) { return corner[v].y + sizes[v].height / 2; };
  std::vector<Above> above;
  for (const ChartLine& line : lines)
    if (!answers[line.upper] && tree_of[line.upper] != tree_of[line.lower])
      above.push_back({tree_of[line.upper], depth(line.upper), tree_of[line.lower], depth(line.lower)});
  return above;
}

}  // namespace

ChartLayout chart_layout(const std::vector<Box>& sizes, const std::vector<ChartLine>& lines,
                         const std::vector<std::size_t>& sort_key, double aspect, const PageShape& page) {
  const std::size_t count = sizes.size();
  ChartLayout layout;
  layout.centres.resize(count);
  layout.routes.resize(lines.size());
  if (count == 0) return layout;
  ChartTree tree = grow_tree(count, lines);
  const Blocks blocks = measure_blocks(tree, sizes, sort_key, aspect);

  // The trees, packed as clusters are: onto a page, as large as they print.
  order_children(tree.roots, tree, sort_key);
  std::vector<Box> trees;
  for (std::size_t r : tree.roots) trees.push_back(blocks.block[r]);
  std::vector<Spot> corner = corners_in_trees(tree, blocks);
  const std::vector<Spot> packed = pack_boxes(trees, tree_gap, page, apexes_above(tree, lines, corner, sizes));
  for (std::size_t k = 0; k < tree.roots.size(); ++k) {
    layout.size.width = std::max(layout.size.width, packed[k].x + trees[k].width);
    layout.size.height = std::max(layout.size.height, packed[k].y + trees[k].height);
  }

  // Top down: each block's top-left on the page, its tree's spot added, then its node's
  // centre and its lines.
  std::vector<Spot> tree_corner(count);
  for (std::size_t k = 0; k < tree.roots.size(); ++k)
    tree_corner[tree.roots[k]] = {packed[k].x,
                                  layout.size.height - packed[k].y - trees[k].height};  // pack_boxes's y grows up
  for (std::size_t v : tree.preorder) {
    for (std::size_t u : tree.children[v]) tree_corner[u] = tree_corner[v];
    corner[v] = {corner[v].x + tree_corner[v].x, corner[v].y + tree_corner[v].y};
    layout.centres[v] = {corner[v].x + blocks.node_x[v] + sizes[v].width / 2, corner[v].y + sizes[v].height / 2};
  }
  for (std::size_t u = 0; u < count; ++u) {
    if (tree.tree_line[u] == none) continue;
    const std::size_t v = lines[tree.tree_line[u]].upper;
    const Spot top = layout.centres[v];
    const double bottom = top.y + sizes[v].height / 2;
    const double along = bottom + drop / 2;
    const double bus = corner[v].x + blocks.bus_of[u];
    const Spot end{layout.centres[u].x - sizes[u].width / 2, layout.centres[u].y};
    std::vector<Spot> route{{top.x, bottom}, {top.x, along}, {bus, along}, {bus, end.y}, end};
    if (tree.children[v].size() == 1) route = {{top.x, bottom}, {top.x, layout.centres[u].y - sizes[u].height / 2}};
    route.erase(std::unique(route.begin(), route.end()), route.end());
    layout.routes[tree.tree_line[u]] = std::move(route);
  }
  return layout;
}

namespace {

/// A route of straight runs as Graphviz's edge pos: a cubic B-spline with each run's
/// control points on it, and an arrow at the start ("s,") or end ("e,") as `dir` asks,
/// the spline stopping an arrow's length short of the node there.
std::string route_pos(std::vector<Spot> route, const std::string& dir, double arrow, double height) {
  const auto text = [&](Spot p) { return format_fixed(p.x, 2) + "," + format_fixed(height - p.y, 2); };
  const auto pull_back = [&](Spot& tip, Spot toward) {
    const double length = std::hypot(toward.x - tip.x, toward.y - tip.y);
    const double t = length > 0 ? std::min(1.0, arrow / length) : 0;
    tip = {tip.x + (toward.x - tip.x) * t, tip.y + (toward.y - tip.y) * t};
  };
  std::string pos;
  const bool at_start = dir == "back" || dir == "both";
  const bool at_end = dir.empty() || dir == "forward" || dir == "both";
  if (at_start) {
    pos += "s," + text(route.front()) + " ";
    pull_back(route.front(), route[1]);
  }
  if (at_end) {
    pos += "e," + text(route.back()) + " ";
    pull_back(route.back(), route[route.size() - 2]);
  }
  pos += text(route.front());
  for (std::size_t k = 1; k < route.size(); ++k) {
    const Spot a = route[k - 1];
    const Spot b = route[k];
    pos += " " + text({a.x + (b.x - a.x) / 3, a.y + (b.y - a.y) / 3});
    pos += " " + text({a.x + 2 * (b.x - a.x) / 3, a.y + 2 * (b.y - a.y) / 3});
    pos += " " + text(b);
  }
  return pos;
}

std::string attribute_or(const Attributes& attributes, const Attributes& defaults, const std::string& name) {
  if (const Attribute* found = find_attribute(attributes, name)) return found->value;
  if (const Attribute* found = find_attribute(defaults, name)) return found->value;
  return {};
}

}  // namespace

void lay_out_chart(Scene& block, const std::vector<Box>& sizes, const PageShape& page) {
  // Blocks shaped as the page's printable area (A4's stood upright when no page is
  // asked for) printed largest of the shapes measured on the example, whole and sector
  // by sector.
  const double page_aspect = page.width / page.height;
  std::vector<ChartLine> lines;
  std::vector<std::size_t> edge_of_line;
  for (std::size_t e = 0; e < block.edges.size(); ++e) {
    if (block.edges[e].hierarchy == Hierarchy::none) continue;
    lines.push_back({block.edges[e].tail, block.edges[e].head, block.edges[e].hierarchy == Hierarchy::direct});
    edge_of_line.push_back(e);
  }
  std::vector<std::size_t> keys;
  for (const SceneNode& node : block.nodes) keys.push_back(node.chart_order);
  const ChartLayout layout = chart_layout(sizes, lines, keys, page_aspect, page);

  const bool labelled = !block.subgraphs.empty() && find_attribute(block.subgraphs.front().attributes, "label");
  const double left = margin;
  const double top = margin + (labelled ? label_room : 0);
  const double width = layout.size.width + 2 * margin;
  const double height = layout.size.height + top + margin;
  // Graphviz's y grows upwards: a point y down from the top of the drawing is height - y up.
  const auto placed = [&](Spot p) { return Spot{p.x + left, p.y + top}; };
  for (std::size_t n = 0; n < block.nodes.size(); ++n) {
    const Spot c = placed(layout.centres[n]);
    block.nodes[n].attributes.push_back({"pos", format_fixed(c.x, 2) + "," + format_fixed(height - c.y, 2)});
  }
  const double arrow_size = [&] {
    const std::string size = attribute_or({}, block.edge_defaults, "arrowsize");
    return size.empty() ? 1.0 : std::stod(size);
  }();
  for (std::size_t l = 0; l < lines.size(); ++l) {
    SceneEdge& edge = block.edges[edge_of_line[l]];
    if (layout.routes[l].size() < 2 || find_attribute(edge.attributes, "label") != nullptr) continue;
    std::vector<Spot> route;
    for (const Spot& p : layout.routes[l]) route.push_back(placed(p));
    const std::string dir = attribute_or(edge.attributes, block.edge_defaults, "dir");
    edge.attributes.push_back({"pos", route_pos(route, dir, 10 * arrow_size, height)});
  }
  const std::string bounds = "0,0," + format_fixed(width, 2) + "," + format_fixed(height, 2);
  if (!block.subgraphs.empty()) block.subgraphs.front().attributes.push_back({"bb", bounds});
  block.graph.push_back({"bb", bounds});
}

}  // namespace govgraph::render
