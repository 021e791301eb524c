#include "render/pack.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <limits>
#include <numeric>
#include <optional>
#include <utility>

#include "graph/text.hpp"

namespace govgraph::render {
namespace {

std::optional<std::string> attribute_value(const Attributes& attributes, const std::string& name) {
  const Attribute* found = find_attribute(attributes, name);
  if (found == nullptr || found->value.empty()) return std::nullopt;
  return found->value;
}

/// A Graphviz box "x0,y0,x1,y1" as its lower-left corner and size.
struct Bounds {
  Spot corner;
  Box size;
};

/// The first N comma-separated numbers of a Graphviz point list; zeros when there are fewer.
template <std::size_t N>
std::array<double, N> parse_numbers(const std::string& text) {
  std::array<double, N> v{};
  const char* at = text.data();
  const char* end = text.data() + text.size();
  for (double& number : v) {
    const auto [next, error] = std::from_chars(at, end, number);
    if (error != std::errc{}) return {};
    at = next < end ? next + 1 : end;  // past the comma
  }
  return v;
}

Bounds parse_bounds(const std::string& text) {
  const auto v = parse_numbers<4>(text);
  return {{v[0], v[1]}, {v[2] - v[0], v[3] - v[1]}};
}

struct Packing {
  std::vector<Spot> spots;
  double width = 0;
  double height = 0;
};

/// Shelves no wider than `limit` (a box wider than that gets a shelf to itself).
/// Boxes on top never stack below another; they come first in `order`, so they stand in
/// a row along the first shelf when `limit` holds them.
Packing shelve(const std::vector<Box>& boxes, const std::vector<std::size_t>& order, double limit, double gap,
               const std::vector<bool>& on_top) {
  Packing packing;
  packing.spots.resize(boxes.size());
  std::vector<double> down(boxes.size(), 0);  // the box's top, measured down from the top shelf
  double shelf_top = 0;
  double shelf_height = 0;
  double shelf_right = 0;
  double column_x = 0;
  double column_width = 0;
  double column_used = 0;
  bool first = true;
  for (std::size_t i : order) {
    const Box& box = boxes[i];
    const bool stacks = !first && !on_top[i] && column_used + gap + box.height <= shelf_height &&
                        column_x + std::max(column_width, box.width) <= limit;
    if (stacks) {
      packing.spots[i].x = column_x;
      down[i] = shelf_top + column_used + gap;
      column_used += gap + box.height;
      column_width = std::max(column_width, box.width);
    } else if (!first && shelf_right + gap + box.width <= limit) {
      column_x = shelf_right + gap;
      packing.spots[i].x = column_x;
      down[i] = shelf_top;
      column_width = box.width;
      column_used = box.height;
      shelf_height = std::max(shelf_height, box.height);  // a box on top may be shorter than those after it
    } else {
      if (!first) shelf_top += shelf_height + gap;
      first = false;
      shelf_height = box.height;
      column_x = 0;
      packing.spots[i].x = 0;
      down[i] = shelf_top;
      column_width = box.width;
      column_used = box.height;
      shelf_right = 0;
    }
    shelf_right = std::max(shelf_right, column_x + column_width);
    packing.width = std::max(packing.width, shelf_right);
  }
  packing.height = first ? 0 : shelf_top + shelf_height;
  for (std::size_t i = 0; i < boxes.size(); ++i) packing.spots[i].y = packing.height - down[i] - boxes[i].height;
  return packing;
}

/// How large the packing prints on the page, in its better orientation if turnable: the scale
/// that fits it, header and all, into the printable area.
double print_scale(const Packing& packing, double gap, const PageShape& page) {
  const double width = std::max(packing.width, page.header.width);
  const double height = packing.height + (page.header.height > 0 ? page.header.height + gap : 0);
  if (width <= 0 || height <= 0) return 0;
  const double upright = std::min(page.width / width, page.height / height);
  if (!page.turnable) return upright;
  return std::max(upright, std::min(page.height / width, page.width / height));
}

/// Whether no body an `above` names is drawn below the body answering to it (level_with
/// points lower still reads as level).
bool keeps_above(const Packing& packing, const std::vector<Box>& boxes, const std::vector<Above>& above) {
  // A box's top, measured down from the top of the packing.
  const auto top = [&](std::size_t i) { return packing.height - packing.spots[i].y - boxes[i].height; };
  return std::all_of(above.begin(), above.end(), [&](const Above& a) {
    return top(a.upper_box) + a.upper_depth <= top(a.lower_box) + a.lower_depth + level_with;
  });
}

/// The packing, of every shelf width worth trying with the boxes in `order`, that prints
/// largest among those that keep `above`, if any beats `best` (scale `best_scale`).
/// Boxes marked `top` come first in `order`; their row is the narrowest width tried.
void try_packings(const std::vector<Box>& boxes, const std::vector<std::size_t>& order, double gap,
                  const PageShape& page, const std::vector<bool>& top, const std::vector<Above>& above,
                  std::optional<Packing>& best, double& best_scale) {
  // Shelf widths worth trying: the widest box, each run of boxes side by side, and
  // steps between the widest box and all of them in one row.
  double widest = 0;
  double row = 0;
  double top_row = 0;
  std::vector<double> limits;
  for (std::size_t i : order) {
    widest = std::max(widest, boxes[i].width);
    row += (limits.empty() ? 0 : gap) + boxes[i].width;
    if (top[i]) top_row = row;
    limits.push_back(row);
  }
  widest = std::max(widest, top_row);
  constexpr int steps = 64;
  for (int k = 0; k <= steps; ++k) limits.push_back(widest + (row - widest) * k / steps);
  std::sort(limits.begin(), limits.end());
  for (double limit : limits) {
    if (limit < widest) continue;
    Packing packing = shelve(boxes, order, limit, gap, top);
    if (!keeps_above(packing, boxes, above)) continue;
    const double scale = print_scale(packing, gap, page);
    if (!best || scale > best_scale * (1 + 1e-9)) {  // ties keep the narrower, tried first
      best_scale = scale;
      best = std::move(packing);
    }
  }
}

/// The boxes in order of `key` (smallest first), then tallest first, then by index.
std::vector<std::size_t> ordered(const std::vector<Box>& boxes, const std::vector<std::size_t>& key) {
  std::vector<std::size_t> order(boxes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return std::pair(key[a], -boxes[a].height) < std::pair(key[b], -boxes[b].height);
  });
  return order;
}

/// Each box's tier: 0 for a box no `above` puts below another box, else one more than
/// the deepest box above it (a cycle stops growing after n rounds). O(n · a).
std::vector<std::size_t> tiers(std::size_t boxes, const std::vector<Above>& above) {
  std::vector<std::size_t> tier(boxes, 0);
  for (std::size_t round = 0; round < boxes; ++round) {
    bool grew = false;
    for (const Above& a : above)
      if (a.upper_box != a.lower_box && tier[a.lower_box] < tier[a.upper_box] + 1 && tier[a.upper_box] + 1 < boxes) {
        tier[a.lower_box] = tier[a.upper_box] + 1;
        grew = true;
      }
    if (!grew) break;
  }
  return tier;
}

void add_translated(Attributes& to, const Attributes& from, const std::string& name, double dx, double dy) {
  if (const auto value = attribute_value(from, name)) to.push_back({name, translate_points(*value, dx, dy)});
}

/// For each line of the hierarchy from an apex (a body answering to none) in one block
/// to a body in another: the apex must be drawn above that body; and the key's block
/// above every other. Depths come from the blocks' layouts (pos below the top of bb).
/// O(V + E + blocks).
std::vector<Above> apexes_above(const Scene& scene, const std::vector<Block>& blocks,
                                const std::vector<Bounds>& bounds) {
  constexpr std::size_t nowhere = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> block_of(scene.nodes.size(), nowhere);
  std::vector<double> depth(scene.nodes.size(), 0);
  for (std::size_t b = 0; b < blocks.size(); ++b)
    for (std::size_t k = 0; k < blocks[b].nodes.size(); ++k) {
      const std::size_t n = blocks[b].nodes[k];
      block_of[n] = b;
      const auto pos = parse_numbers<2>(attribute_value(blocks[b].scene.nodes[k].attributes, "pos").value_or(""));
      depth[n] = bounds[b].corner.y + bounds[b].size.height - pos[1];
    }
  std::vector<bool> answers(scene.nodes.size(), false);
  for (const SceneEdge& edge : scene.edges)
    if (edge.hierarchy != Hierarchy::none && edge.tail != edge.head) answers[edge.head] = true;
  std::vector<Above> above;
  for (const SceneEdge& edge : scene.edges) {
    const std::size_t upper = block_of[edge.tail];
    const std::size_t lower = block_of[edge.head];
    if (edge.hierarchy != Hierarchy::none && !answers[edge.tail] && upper != lower && upper != nowhere &&
        lower != nowhere)
      above.push_back({upper, depth[edge.tail], lower, depth[edge.head]});
  }
  return above;
}

}  // namespace

Box bounds_size(const std::string& bounds) { return parse_bounds(bounds).size; }

PageShape page_shape(const std::optional<Page>& page) {
  if (!page) return {};
  return {page->printable_width(), page->printable_height(), false, {}};
}

std::vector<Block> split_into_blocks(const Scene& scene) {
  const std::vector<std::size_t> owner = scene.subgraph_of();
  std::vector<Block> blocks;
  std::vector<std::size_t> block_of_subgraph(scene.subgraphs.size() + 1, 0);
  std::vector<std::size_t> local(scene.nodes.size(), 0);  // node → its index in its block
  const auto start_block = [&](std::size_t subgraph) {
    block_of_subgraph[subgraph] = blocks.size();
    Block& block = blocks.emplace_back();
    block.subgraph = subgraph;
    block.scene.layout = scene.layout;
    for (const Attribute& a : scene.graph)
      if (a.name != "label") block.scene.graph.push_back(a);
    block.scene.node_defaults = scene.node_defaults;
    block.scene.edge_defaults = scene.edge_defaults;
    return &block;
  };
  const auto add_node = [&](Block& block, std::size_t n) {
    local[n] = block.nodes.size();
    block.nodes.push_back(n);
    block.scene.nodes.push_back(scene.nodes[n]);
  };
  for (std::size_t s = 0; s < scene.subgraphs.size(); ++s) {
    if (scene.subgraphs[s].nodes.empty()) continue;
    Block& block = *start_block(s);
    SceneSubgraph subgraph{scene.subgraphs[s].name, scene.subgraphs[s].attributes, {}};
    for (std::size_t n : scene.subgraphs[s].nodes) {
      subgraph.nodes.push_back(block.nodes.size());
      add_node(block, n);
    }
    block.scene.subgraphs.push_back(std::move(subgraph));
  }
  Block* loose = nullptr;
  for (std::size_t n = 0; n < scene.nodes.size(); ++n) {
    if (owner[n] != scene.subgraphs.size()) continue;
    if (loose == nullptr) loose = start_block(scene.subgraphs.size());
    add_node(*loose, n);
  }
  for (std::size_t e = 0; e < scene.edges.size(); ++e) {
    const SceneEdge& edge = scene.edges[e];
    if (owner[edge.tail] != owner[edge.head]) continue;
    Block& block = blocks[block_of_subgraph[owner[edge.tail]]];
    block.edges.push_back(e);
    block.scene.edges.push_back({local[edge.tail], local[edge.head], edge.attributes, edge.hierarchy});
  }
  return blocks;
}

std::vector<Spot> pack_boxes(const std::vector<Box>& boxes, double gap, const PageShape& page,
                             const std::vector<Above>& above) {
  if (boxes.empty()) return {};
  const std::vector<bool> none(boxes.size(), false);
  std::optional<Packing> best;
  double best_scale = 0;
  std::vector<bool> holding = none;  // boxes holding an apex that a body in another box answers to
  for (const Above& a : above) holding[a.upper_box] = true;
  // Tallest first packs tightest. Where that would draw an apex below a body answering
  // to it, the boxes holding one go first (in every order when they are few), or all
  // the boxes go tier by tier.
  const std::vector<std::size_t> tallest_first = ordered(boxes, std::vector<std::size_t>(boxes.size(), 0));
  try_packings(boxes, tallest_first, gap, page, none, above, best, best_scale);
  std::vector<std::size_t> first;
  for (std::size_t i : tallest_first)
    if (holding[i]) first.push_back(i);
  // The boxes in `leading` first, after the tallest box when `after_tallest`, then the rest tallest first.
  const auto holding_first = [&](const std::vector<std::size_t>& leading, bool after_tallest) {
    const bool tallest_leads = after_tallest && !holding[tallest_first.front()];
    std::vector<std::size_t> order;
    if (tallest_leads) order.push_back(tallest_first.front());
    order.insert(order.end(), leading.begin(), leading.end());
    for (std::size_t i : tallest_first)
      if (!holding[i] && !(tallest_leads && i == tallest_first.front())) order.push_back(i);
    return order;
  };
  constexpr std::size_t most_orders_tried = 5;  // 5! = 120 orders
  std::vector<std::size_t> leading = first;
  if (first.size() <= most_orders_tried) std::sort(leading.begin(), leading.end());
  if (!first.empty()) do {
      for (bool after_tallest : {false, true})
        try_packings(boxes, holding_first(leading, after_tallest), gap, page, none, above, best, best_scale);
    } while (first.size() <= most_orders_tried && std::next_permutation(leading.begin(), leading.end()));
  if (!first.empty())
    try_packings(boxes, ordered(boxes, tiers(boxes.size(), above)), gap, page, none, above, best, best_scale);
  // Still none: the boxes holding one go first, side by side along the top.
  if (!best) try_packings(boxes, holding_first(first, false), gap, page, holding, {}, best, best_scale);
  return best->spots;
}

std::string translate_points(const std::string& points, double dx, double dy) {
  std::string out;
  out.reserve(points.size() + 16);
  std::size_t at = 0;
  while (at < points.size()) {
    const char c = points[at];
    if (c == ' ' || c == ';' || c == '\n' || c == '\\') {  // separators, and Graphviz's line continuations
      out += c;
      ++at;
      continue;
    }
    std::size_t end = points.find_first_of(" ;\n\\", at);
    if (end == std::string::npos) end = points.size();
    std::string_view token(points.data() + at, end - at);
    if (token.size() > 2 && (token[0] == 'e' || token[0] == 's') && token[1] == ',') {
      out += token.substr(0, 2);  // an arrow's end point, "e,x,y" or "s,x,y"
      token.remove_prefix(2);
    }
    bool is_x = true;
    while (!token.empty()) {
      const std::size_t comma = token.find(',');
      const std::string_view number = token.substr(0, comma);
      double value = 0;
      const auto [next, error] = std::from_chars(number.data(), number.data() + number.size(), value);
      if (error == std::errc{} && next == number.data() + number.size())
        out += format_fixed(value + (is_x ? dx : dy), 2);
      else
        out += number;  // not a number (a pinned "!", say): kept as it is
      is_x = !is_x;
      if (comma == std::string_view::npos) break;
      out += ',';
      token.remove_prefix(comma + 1);
    }
    at = end;
  }
  return out;
}

Scene packed_scene(const Scene& scene, const std::vector<Block>& laid_out, const PageShape& page) {
  constexpr double gap = 18;  // points between blocks: a quarter inch
  std::vector<Bounds> bounds;
  std::vector<Box> boxes;
  for (const Block& block : laid_out) {
    const Attributes& where =
        block.scene.subgraphs.empty() ? block.scene.graph : block.scene.subgraphs.front().attributes;
    bounds.push_back(parse_bounds(attribute_value(where, "bb").value_or("")));
    boxes.push_back(bounds.back().size);
  }
  const std::vector<Spot> spots = pack_boxes(boxes, gap, page, apexes_above(scene, laid_out, bounds));

  Scene packed = scene;
  packed.layout = "nop2";  // positions as given, in points; lines without one are routed
  // Named in the graph too, so Graphviz's own programs draw a .dot file of it the same way.
  packed.graph.push_back({"layout", "nop2"});
  packed.graph.push_back({"splines", scene.nodes.size() <= most_nodes_routed ? "true" : "line"});
  for (std::size_t b = 0; b < laid_out.size(); ++b) {
    const Block& block = laid_out[b];
    const double dx = spots[b].x - bounds[b].corner.x;
    const double dy = spots[b].y - bounds[b].corner.y;
    for (std::size_t k = 0; k < block.nodes.size(); ++k)
      add_translated(packed.nodes[block.nodes[k]].attributes, block.scene.nodes[k].attributes, "pos", dx, dy);
    for (std::size_t k = 0; k < block.edges.size(); ++k)
      for (const char* name : {"pos", "lp", "xlp"})
        add_translated(packed.edges[block.edges[k]].attributes, block.scene.edges[k].attributes, name, dx, dy);
    if (!block.scene.subgraphs.empty())
      for (const char* name : {"bb", "lp"})
        add_translated(packed.subgraphs[block.subgraph].attributes, block.scene.subgraphs.front().attributes, name,
                       dx, dy);
  }
  return packed;
}

}  // namespace govgraph::render
