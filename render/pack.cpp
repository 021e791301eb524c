#include "render/pack.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <numeric>
#include <optional>

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

Bounds parse_bounds(const std::string& text) {
  std::array<double, 4> v{};
  const char* at = text.data();
  const char* end = text.data() + text.size();
  for (double& number : v) {
    const auto [next, error] = std::from_chars(at, end, number);
    if (error != std::errc{}) return {};
    at = next < end ? next + 1 : end;  // past the comma
  }
  return {{v[0], v[1]}, {v[2] - v[0], v[3] - v[1]}};
}

struct Packing {
  std::vector<Spot> spots;
  double width = 0;
  double height = 0;
};

/// Shelves no wider than `limit` (a box wider than that gets a shelf to itself).
Packing shelve(const std::vector<Box>& boxes, const std::vector<std::size_t>& order, double limit, double gap) {
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
    const bool stacks = !first && column_used + gap + box.height <= shelf_height &&
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

/// How large the packing prints on the page, in its better orientation: the scale
/// that fits it, header and all, into the printable area.
double print_scale(const Packing& packing, double gap, const PageShape& page) {
  const double width = std::max(packing.width, page.header.width);
  const double height = packing.height + (page.header.height > 0 ? page.header.height + gap : 0);
  if (width <= 0 || height <= 0) return 0;
  const double landscape = std::min(page.long_side / width, page.short_side / height);
  const double portrait = std::min(page.short_side / width, page.long_side / height);
  return std::max(landscape, portrait);
}

void add_translated(Attributes& to, const Attributes& from, const std::string& name, double dx, double dy) {
  if (const auto value = attribute_value(from, name)) to.push_back({name, translate_points(*value, dx, dy)});
}

}  // namespace

Box bounds_size(const std::string& bounds) { return parse_bounds(bounds).size; }

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

std::vector<Spot> pack_boxes(const std::vector<Box>& boxes, double gap, const PageShape& page) {
  if (boxes.empty()) return {};
  std::vector<std::size_t> order(boxes.size());
  std::iota(order.begin(), order.end(), std::size_t{0});
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return boxes[a].height > boxes[b].height; });
  // Shelf widths worth trying: the widest box, each run of boxes side by side, and
  // steps between the widest box and all of them in one row.
  double widest = 0;
  double row = 0;
  std::vector<double> limits;
  for (std::size_t i : order) {
    widest = std::max(widest, boxes[i].width);
    row += (limits.empty() ? 0 : gap) + boxes[i].width;
    limits.push_back(row);
  }
  constexpr int steps = 64;
  for (int k = 0; k <= steps; ++k) limits.push_back(widest + (row - widest) * k / steps);
  std::sort(limits.begin(), limits.end());
  std::optional<Packing> best;
  double best_scale = 0;
  for (double limit : limits) {
    if (limit < widest) continue;
    Packing packing = shelve(boxes, order, limit, gap);
    const double scale = print_scale(packing, gap, page);
    if (!best || scale > best_scale * (1 + 1e-9)) {  // ties keep the narrower, tried first
      best_scale = scale;
      best = std::move(packing);
    }
  }
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
  const std::vector<Spot> spots = pack_boxes(boxes, gap, page);

  Scene packed = scene;
  packed.layout = "nop2";  // positions as given, in points; lines without one are routed
  // Named in the graph too, so Graphviz's own programs draw a .dot file of it the same way.
  packed.graph.push_back({"layout", "nop2"});
  packed.graph.push_back({"splines", "true"});
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
