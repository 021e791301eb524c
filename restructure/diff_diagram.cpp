#include "restructure/diff_diagram.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <vector>

#include "graph/text.hpp"
#include "render/map_scene.hpp"
#include "render/style.hpp"
#include "render/text.hpp"
#include "restructure/diff_style.hpp"
#include "restructure/scoped_diagram.hpp"

namespace govgraph {
namespace {

using diagram::Change;

// The space a new body is given when it is placed (points): about one drawn box.
constexpr double new_width = 150;
constexpr double new_height = 60;

std::string legend_html() {
  auto row = [](std::string_view colour, std::string_view style, std::string_view text) {
    return "<TR><TD><FONT COLOR=\"" + std::string(colour) + "\"><B>" + std::string(style) + "</B></FONT></TD><TD ALIGN=\"LEFT\">" +
           std::string(text) + "</TD></TR>";
  };
  return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\"><B>Changes</B></TD></TR>" +
         row(diagram::added_colour, "\u2501\u2501", "added") + row(diagram::removed_colour, "\u254C\u254C", "removed") +
         row(diagram::changed_colour, "\u2501\u2501", "changed") + row(diagram::unchanged_line, "\u2501\u2501", "unchanged") + "</TABLE>";
}

}  // namespace

render::Scene before_scene(const MapData& before) {
  render::RenderOptions options;
  options.highlight = false;
  options.fold_min = 0;  // the diff draws every body as its own node, so place each one
  return render::build_scene(GovernanceMap(before), options, {});
}

render::Scene diff_scene(const MapData& before, const MapData& after, const MapDiff& diff,
                         const std::map<std::string, Place>& places) {
  const diagram::DiffUnion u = diagram::union_of(before, after, diff);
  std::vector<const Body*> added;
  for (const auto& b : u.bodies)
    if (b.change == Change::added) added.push_back(b.body);

  // Places: the before layout's, then each new body below its placed neighbours' centre.
  std::map<std::string, Place> placed = places;
  double min_x = 0, min_y = 0;
  bool any = false;
  for (const auto& [id, p] : placed) {
    min_x = any ? std::min(min_x, p.x) : p.x;
    min_y = any ? std::min(min_y, p.y) : p.y;
    any = true;
  }
  double spare_x = min_x;  // where bodies with no placed neighbour go, in a row below
  for (const Body* body : added) {
    double sx = 0, sy = 0;
    std::size_t n = 0;
    for (const auto& link : after.links) {
      const std::string* other = link.from == body->id ? &link.to : link.to == body->id ? &link.from : nullptr;
      if (other == nullptr) continue;
      auto p = placed.find(*other);
      if (p == placed.end()) continue;
      sx += p->second.x;
      sy += p->second.y;
      ++n;
    }
    Place p = n > 0 ? Place{sx / static_cast<double>(n), sy / static_cast<double>(n) - new_height * 1.5}
                    : Place{spare_x, min_y - new_height * 2};
    if (n == 0) spare_x += new_width;
    for (bool moved = true; moved;) {
      moved = false;
      for (const auto& [id, q] : placed)
        if (std::fabs(q.x - p.x) < new_width && std::fabs(q.y - p.y) < new_height) {
          p.x = q.x + new_width;
          moved = true;
        }
    }
    placed[body->id] = p;
  }

  render::Scene scene;
  scene.layout = "neato";
  scene.graph = {{"splines", "true"}, {"overlap", "true"}, {"outputorder", "edgesfirst"},
                 {"fontname", std::string(render::font)}, {"label", "Changes: added green, removed red dashed, changed amber"},
                 {"labelloc", "t"}};
  scene.node_defaults = {{"fontname", std::string(render::font)}, {"fontsize", "10"}};
  scene.edge_defaults = {{"fontname", std::string(render::font)}, {"fontsize", "9"}};
  std::map<std::string, std::size_t> index;
  for (const diagram::DrawnBody& drawn : u.bodies) {
    const Body* body = drawn.body;
    auto attributes = diagram::body_attributes(drawn);
    const Place p = placed.count(body->id) ? placed.at(body->id) : Place{};
    attributes.push_back({"pos", format_fixed(p.x / 72, 2) + "," + format_fixed(p.y / 72, 2) + "!"});
    index.emplace(body->id, scene.nodes.size());
    scene.nodes.push_back({body->id, std::move(attributes)});
  }
  for (const auto& [link, change] : u.links)
    scene.edges.push_back({index.at(link->from), index.at(link->to), diagram::link_attributes(*link, change, false)});

  double lowest = any ? min_y : 0;
  for (const auto& [id, p] : placed) lowest = std::min(lowest, p.y);
  scene.nodes.push_back({"_legend",
                         {{"id", "_legend"}, {"shape", "plain"}, {"label", legend_html(), true}, {"fontsize", "10"},
                          {"pos", format_fixed(min_x / 72, 2) + "," + format_fixed((lowest - new_height * 1.5) / 72, 2) + "!"}}});
  return scene;
}

std::string draw_diff(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                      const DiagramOptions& options, render::OutputFormat format) {
  if (options.scope == DiagramScope::changed)
    return render::render(scoped_scene(comparison, before, after, options.accountability), format);
  std::map<std::string, Place> places;
  if (!before.data().bodies.empty())
    for (const auto& [name, centre] : render::node_centres(before_scene(before.data()))) places[name] = Place{centre.x, centre.y};
  return render::render(diff_scene(before.data(), after.data(), comparison.diff, places), format);
}

}  // namespace govgraph
