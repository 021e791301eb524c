#include "restructure/diff_diagram.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>
#include <vector>

#include "graph/text.hpp"
#include "render/map_scene.hpp"
#include "render/style.hpp"
#include "render/text.hpp"

namespace govgraph {
namespace {

constexpr std::string_view added_colour = "#228833";
constexpr std::string_view removed_colour = "#CC3311";
constexpr std::string_view changed_colour = "#EE9900";
constexpr std::string_view unchanged_line = "#999999";
// The space a new body is given when it is placed (points): about one drawn box.
constexpr double new_width = 150;
constexpr double new_height = 60;

enum class Change { unchanged, added, removed, changed };

render::Attributes body_attributes(const Body& body, Change change) {
  const auto style = render::body_style(body.type);
  std::string styles = "filled";
  if (!style.extra.empty()) styles += "," + std::string(style.extra);
  std::string fill(style.fill);
  std::string colour = "#555555";
  std::string width = "1";
  std::string tooltip = body.id + " (" + std::string(to_string(body.type)) + ")";
  switch (change) {
    case Change::unchanged: break;
    case Change::added:
      colour = added_colour;
      width = "3";
      tooltip += ": added";
      break;
    case Change::removed:
      colour = removed_colour;
      width = "2";
      styles += ",dashed";
      fill = "#F4F4F4";
      tooltip += ": removed";
      break;
    case Change::changed:
      colour = changed_colour;
      width = "3";
      tooltip += ": changed";
      break;
  }
  return {{"id", body.id},
          // Labels as the before map draws them, so pinned bodies keep their sizes.
          {"label", render::esc_string(render::wrap_balanced(render::clean_text(body.name),
                                                             render::RenderOptions{}.label_width))},
          {"shape", std::string(style.shape)},
          {"style", styles},
          {"fillcolor", fill},
          {"color", colour},
          {"penwidth", width},
          {"fontcolor", change == Change::removed ? "#777777" : "#000000"},
          {"tooltip", render::esc_string(tooltip)}};
}

std::string legend_html() {
  auto row = [](std::string_view colour, std::string_view style, std::string_view text) {
    return "<TR><TD><FONT COLOR=\"" + std::string(colour) + "\"><B>" + std::string(style) + "</B></FONT></TD><TD ALIGN=\"LEFT\">" +
           std::string(text) + "</TD></TR>";
  };
  return "<TABLE BORDER=\"1\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"2\"><TR><TD COLSPAN=\"2\"><B>Changes</B></TD></TR>" +
         row(added_colour, "\u2501\u2501", "added") + row(removed_colour, "\u254C\u254C", "removed") +
         row(changed_colour, "\u2501\u2501", "changed") + row(unchanged_line, "\u2501\u2501", "unchanged") + "</TABLE>";
}

std::map<std::string, Change> change_by_key(const std::vector<RecordChange>& changes) {
  std::map<std::string, Change> out;
  for (const auto& c : changes)
    out[c.key] = c.what == RecordChange::What::added     ? Change::added
                 : c.what == RecordChange::What::removed ? Change::removed
                                                         : Change::changed;
  return out;
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
  const auto body_changes = change_by_key(diff.bodies);
  const auto link_changes = change_by_key(diff.links);
  auto change_of = [](const std::map<std::string, Change>& changes, const std::string& key) {
    auto it = changes.find(key);
    return it == changes.end() ? Change::unchanged : it->second;
  };

  // The union of bodies: the before map's in order, then the after map's new ones.
  std::vector<const Body*> bodies;
  std::map<std::string, const Body*> after_body;
  for (const auto& b : after.bodies) after_body[b.id] = &b;
  std::set<std::string> in_before;
  for (const auto& b : before.bodies) {
    in_before.insert(b.id);
    auto now = after_body.find(b.id);
    bodies.push_back(now != after_body.end() ? now->second : &b);
  }
  std::vector<const Body*> added;
  for (const auto& b : after.bodies)
    if (!in_before.contains(b.id)) {
      bodies.push_back(&b);
      added.push_back(&b);
    }

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
  for (const Body* body : bodies) {
    Change change = change_of(body_changes, body->id);
    auto attributes = body_attributes(*body, change);
    const Place p = placed.count(body->id) ? placed.at(body->id) : Place{};
    attributes.push_back({"pos", format_fixed(p.x / 72, 2) + "," + format_fixed(p.y / 72, 2) + "!"});
    index.emplace(body->id, scene.nodes.size());
    scene.nodes.push_back({body->id, std::move(attributes)});
  }

  // The union of links: the after map's, then the removed ones of the before map.
  auto add_edge = [&](const Link& link, Change change) {
    auto from = index.find(link.from);
    auto to = index.find(link.to);
    if (from == index.end() || to == index.end()) return;
    const auto style = render::link_style(link.kind);
    std::string colour(unchanged_line);
    std::string line(style.style);
    std::string width = "1";
    if (change == Change::added) {
      colour = added_colour;
      width = "2.5";
    } else if (change == Change::changed) {
      colour = changed_colour;
      width = "2.5";
    } else if (change == Change::removed) {
      colour = removed_colour;
      line = "dashed";
      width = "2";
    }
    render::Attributes a = {{"color", colour}, {"style", line}, {"penwidth", width},
                            {"arrowhead", std::string(style.arrowhead)},
                            {"tooltip", render::esc_string(link_key_text(link))}};
    if (!style.directed) a.push_back({"dir", "none"});
    scene.edges.push_back({from->second, to->second, std::move(a)});
  };
  std::map<std::string, std::size_t> repeats;
  for (const auto& link : after.links) {
    const std::string key = link_key_text(link);
    const std::size_t n = ++repeats[key];
    add_edge(link, change_of(link_changes, n == 1 ? key : key + " #" + std::to_string(n)));
  }
  repeats.clear();
  for (const auto& link : before.links) {
    const std::string key = link_key_text(link);
    const std::size_t n = ++repeats[key];
    if (change_of(link_changes, n == 1 ? key : key + " #" + std::to_string(n)) == Change::removed)
      add_edge(link, Change::removed);
  }

  double lowest = any ? min_y : 0;
  for (const auto& [id, p] : placed) lowest = std::min(lowest, p.y);
  scene.nodes.push_back({"_legend",
                         {{"id", "_legend"}, {"shape", "plain"}, {"label", legend_html(), true}, {"fontsize", "10"},
                          {"pos", format_fixed(min_x / 72, 2) + "," + format_fixed((lowest - new_height * 1.5) / 72, 2) + "!"}}});
  return scene;
}

std::string draw_diff(const MapData& before, const MapData& after, const MapDiff& diff, render::OutputFormat format) {
  std::map<std::string, Place> places;
  if (!before.bodies.empty())
    for (const auto& [name, centre] : render::node_centres(before_scene(before))) places[name] = Place{centre.x, centre.y};
  return render::render(diff_scene(before, after, diff, places), format);
}

}  // namespace govgraph
