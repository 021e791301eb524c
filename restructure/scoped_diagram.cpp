#include "restructure/scoped_diagram.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "analyses/shared.hpp"
#include "graph/text.hpp"
#include "render/layering.hpp"
#include "render/map_scene.hpp"
#include "render/selection.hpp"
#include "render/style.hpp"
#include "render/text.hpp"
#include "restructure/diff_style.hpp"

namespace govgraph {
namespace {

using diagram::Change;
using Step = std::pair<std::string, std::string>;  // an accountable_to line: from, to

// Characters per line of the title and verdict: about the width of a small drawing.
constexpr std::size_t title_width = 60;
// Characters per line of a lost duty's name: wider than a body's, as duty names are long.
constexpr std::size_t duty_width = 24;

/// What each body's role on each duty is, to find the bodies whose role changed.
std::map<std::pair<std::string, std::string>, Role> roles(const MapData& map) {
  std::map<std::pair<std::string, std::string>, Role> out;
  for (const auto& r : map.responsibilities)
    for (const auto& o : r.owners) out.emplace(std::pair{r.id, o.body}, o.role);
  return out;
}

/// Body id to the names of the duties on which it was the last active lead before.
std::map<std::string, std::vector<std::string>> lost_leads(const Comparison& comparison, const MapData& before) {
  std::set<std::string> active;
  for (const auto& b : before.bodies)
    if (b.status == BodyStatus::active) active.insert(b.id);
  std::map<std::string, const Responsibility*> by_id;
  for (const auto& r : before.responsibilities) by_id.try_emplace(r.id, &r);
  std::map<std::string, std::vector<std::string>> out;
  for (const auto& lost : comparison.lost) {
    auto r = by_id.find(lost.responsibility);
    if (r == by_id.end()) continue;
    for (const auto& o : r->second->owners)
      if (o.role == Role::lead && active.contains(o.body)) out[o.body].push_back(lost.name);
  }
  return out;
}

/// The bodies a change is about: see scoped_scene.
std::set<std::string> changed_bodies(const diagram::DiffUnion& u, const MapData& before, const MapData& after,
                                     const std::map<std::string, std::vector<std::string>>& lost) {
  std::set<std::string> out;
  for (const auto& b : u.bodies)
    if (b.change != Change::unchanged) out.insert(b.body->id);
  const auto was = roles(before);
  const auto now = roles(after);
  for (const auto& [key, role] : was)
    if (auto it = now.find(key); it == now.end() || it->second != role) out.insert(key.second);
  for (const auto& [key, role] : now)
    if (!was.contains(key)) out.insert(key.second);
  for (const auto& [body, duties] : lost) out.insert(body);
  return out;
}

/// Which bodies and lines the drawing holds.
struct Scope {
  std::set<std::string> changed;
  std::set<std::string> route;  // on a changed body's route to the apex
  std::set<Step> steps;         // the lines of those routes
  std::set<std::string> drawn;  // every body drawn

  /// A changed line is drawn with its ends (every line of an added or removed body is
  /// one), and so is a line of a route.
  [[nodiscard]] bool draws(const diagram::DrawnLink& l) const {
    return l.change != Change::unchanged ||
           (l.link->kind == LinkKind::accountable_to && steps.contains({l.link->from, l.link->to}));
  }
};

/// Adds the bodies and lines on each changed body's route to the apex in `map`.
void add_routes(const GovernanceMap& map, const AccountabilitySettings& settings, Scope& scope) {
  const SharedResults shared = share(map, settings);
  for (const auto& id : scope.changed) {
    const auto v = map.find_body(id);
    if (v == GovernanceMap::no_body) continue;
    const auto route = shared.routes.route(v);
    for (std::size_t i = 0; i < route.size(); ++i) {
      scope.route.insert(map.body(route[i]).id);
      if (i + 1 < route.size()) scope.steps.insert({map.body(route[i]).id, map.body(route[i + 1]).id});
    }
  }
}

Scope scope_of(const diagram::DiffUnion& u, const GovernanceMap& before, const GovernanceMap& after,
               const AccountabilitySettings& settings, const std::map<std::string, std::vector<std::string>>& lost) {
  Scope scope;
  scope.changed = changed_bodies(u, before.data(), after.data(), lost);
  add_routes(before, settings, scope);
  add_routes(after, settings, scope);
  scope.drawn = scope.changed;
  scope.drawn.insert(scope.route.begin(), scope.route.end());
  for (const auto& l : u.links)
    if (scope.draws(l)) scope.drawn.insert({l.link->from, l.link->to});
  return scope;
}

void set(render::Attributes& attributes, const std::string& name, std::string value, bool html = false) {
  for (auto& a : attributes)
    if (a.name == name) {
      a.value = std::move(value);
      a.html = html;
      return;
    }
  attributes.push_back({name, std::move(value), html});
}

std::string html_lines(const std::string& text, std::size_t width) {
  std::vector<std::string> escaped;
  for (const auto& line : render::wrap_balanced(render::clean_text(text), width)) escaped.push_back(render::html_text(line));
  return join(escaped, "<BR/>");
}

/// A body as the scoped drawing shows it: by its change, or as context; with the duties
/// it was the last lead on, in red below its name.
render::Attributes scoped_body(const diagram::DrawnBody& drawn, bool context, const std::vector<std::string>* lost) {
  auto a = diagram::body_attributes(drawn);
  if (context) {
    set(a, "fillcolor", std::string(render::context_fill));
    set(a, "fontcolor", std::string(render::context_text));
    set(a, "color", std::string(diagram::unchanged_line));
  }
  if (lost != nullptr) {
    std::string label = html_lines(drawn.body->name, render::RenderOptions{}.label_width);
    for (const auto& duty : *lost)
      label += "<BR/><FONT COLOR=\"" + std::string(diagram::removed_colour) + "\"><B>Duty lost:</B><BR/>" +
               html_lines(duty, duty_width) + "</FONT>";
    set(a, "label", label, true);
  }
  return a;
}

/// What the key shows besides the change colours.
struct KeyFacts {
  std::set<Change> changes;  // of the bodies and lines drawn
  bool context = false;      // context bodies are drawn
  bool lost = false;     // a body is marked with a lost duty
  std::vector<LinkKind> kinds;
};

std::string key_entry(std::string_view colour, std::string_view glyph, std::string_view text) {
  return "<FONT COLOR=\"" + std::string(colour) + "\"><B>" + std::string(glyph) + "</B></FONT> " + std::string(text);
}

/// The graph label: title, verdict, and a key of what the drawing uses: the change
/// colours drawn, context bodies and lost duties, then the kinds of line drawn. Each
/// key row is one line of text: Graphviz stretches a table nested in a cell.
std::string title_html(const Comparison& comparison, const KeyFacts& facts) {
  std::vector<std::string> changes;
  if (facts.changes.contains(Change::added)) changes.push_back(key_entry(diagram::added_colour, "\u2501\u2501", "added"));
  if (facts.changes.contains(Change::removed))
    changes.push_back(key_entry(diagram::removed_colour, "\u254C\u254C", "removed (dashed, any kind)"));
  if (facts.changes.contains(Change::changed))
    changes.push_back(key_entry(diagram::changed_colour, "\u2501\u2501", "changed"));
  if (facts.changes.contains(Change::unchanged))
    changes.push_back(key_entry(diagram::unchanged_line, "\u2501\u2501", "unchanged"));
  if (facts.context)
    changes.push_back(key_entry(diagram::unchanged_line, "\u25A1", "white: unchanged, a neighbour or on the route to the apex"));
  if (facts.lost) changes.push_back(key_entry(diagram::removed_colour, "Duty lost:", "the body was the duty's last lead"));
  std::vector<std::string> kinds;
  for (const LinkKind kind : facts.kinds) {
    const auto style = render::link_style(kind);
    kinds.push_back(key_entry(diagram::unchanged_line, style.glyph, style.meaning));
  }
  auto row = [](const std::vector<std::string>& entries) {
    return entries.empty() ? std::string() : "<TR><TD ALIGN=\"LEFT\">" + join(entries, "&#160;&#160;&#160;&#160;") + "</TD></TR>";
  };
  return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"2\">"
         "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"14\"><B>" + html_lines(comparison.title, title_width) +
         "</B></FONT></TD></TR><TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\">" +
         html_lines(comparison.verdict, title_width) + "</FONT></TD></TR>" + row(changes) + row(kinds) + "</TABLE>";
}

render::Scene scene_frame(const Comparison& comparison, const KeyFacts& facts) {
  render::Scene scene;
  scene.layout = "dot";
  const std::string font(render::font);
  scene.graph = {{"rankdir", "TB"},   {"newrank", "true"},  {"nodesep", "0.15"},
                 {"ranksep", "0.5"},  {"splines", "true"},  {"outputorder", "edgesfirst"},
                 {"pad", "0.2"},      {"charset", "UTF-8"}, {"fontname", font},
                 {"fontsize", "10"},  {"labelloc", "t"},    {"labeljust", "l"},
                 {"label", title_html(comparison, facts), true}};
  scene.node_defaults = {{"fontname", font}, {"fontsize", "10"}, {"margin", "0.1,0.04"}};
  scene.edge_defaults = {{"arrowsize", "0.7"}};
  return scene;
}

/// The bodies merged into one (or abolished with their work transferred to it) share a
/// rank with it, in the order first predecessor, successor, the other predecessors.
void place_merges(render::Scene& scene, const Comparison& comparison, const std::map<std::string, std::size_t>& node) {
  for (const auto& successor : scene.nodes) {
    std::vector<std::size_t> row;
    for (const auto& [before, after] : comparison.renames)
      if (after == successor.name && node.contains(before)) row.push_back(node.at(before));
    if (row.empty() || !node.contains(successor.name)) continue;
    std::sort(row.begin(), row.end());  // in map order
    row.insert(row.begin() + 1, node.at(successor.name));
    // A cluster keeps them side by side; its frame shows them as one change.
    scene.subgraphs.push_back({"cluster_merge_" + successor.name,
                               {{"rank", "same"}, {"label", ""}, {"style", "rounded,dashed"}, {"color", std::string(diagram::unchanged_line)}},
                               row});
  }
  for (const auto& merge : scene.subgraphs)
    for (std::size_t i = 0; i + 1 < merge.nodes.size(); ++i)
      scene.edges.push_back({merge.nodes[i], merge.nodes[i + 1], {{"style", "invis"}}});
}

/// The drawn lines. Each ranks its upper end above, as maps draw it (a scrutineer above
/// what it scrutinises; a line with no direction, its changed end above), so that no body
/// sits in the top row for want of a line that ranks it; and no rank is let grow wider
/// than a page's proportions allow (render/layering.hpp, minlen), so that the leaves of
/// a wide fan overflow to the ranks below. `widths`: each node's estimated width.
void add_lines(render::Scene& scene, const diagram::DiffUnion& u, const Scope& scope,
               const std::map<std::string, std::size_t>& node, const std::vector<double>& widths) {
  std::vector<render::RankLine> ranking;
  std::vector<std::size_t> ranking_edge;  // the scene edge of each ranking line
  for (const auto& l : u.links) {
    if (!scope.draws(l)) continue;
    const Link& link = *l.link;
    const bool upwards = render::drawn_upwards(link.kind);
    const bool directed = render::link_style(link.kind).directed;
    const bool down = directed ? !upwards : !scope.changed.contains(link.to);
    const std::size_t upper = node.at(down ? link.from : link.to);
    const std::size_t lower = node.at(down ? link.to : link.from);
    auto a = diagram::link_attributes(link, l.change, upwards);
    if (!directed && scope.changed.contains(link.from) && scope.changed.contains(link.to)) {
      a.push_back({"constraint", "false"});  // neither end is the one to rank above
    } else {
      ranking.push_back({upper, lower});
      ranking_edge.push_back(scene.edges.size());
    }
    scene.edges.push_back({upper, lower, std::move(a)});
  }
  std::vector<std::size_t> layer =
      render::assign_layers(std::vector<std::size_t>(widths.size(), 0), widths, ranking, 0, false);
  for (const auto& merge : scene.subgraphs) {  // a merged body's rank is its highest member's
    std::size_t top = layer[merge.nodes.front()];
    for (const std::size_t n : merge.nodes) top = std::min(top, layer[n]);
    for (const std::size_t n : merge.nodes) layer[n] = top;
  }
  for (std::size_t k = 0; k < ranking.size(); ++k) {
    const auto [upper, lower] = ranking[k];
    if (layer[lower] > layer[upper] + 1)
      scene.edges[ranking_edge[k]].attributes.push_back({"minlen", std::to_string(layer[lower] - layer[upper])});
  }
}

/// What the key lists: the changes, kinds of line and marks drawn.
KeyFacts key_facts(const diagram::DiffUnion& u, const Scope& scope, bool any_lost) {
  KeyFacts facts;
  std::set<LinkKind> kinds;
  for (const auto& l : u.links)
    if (scope.draws(l)) {
      kinds.insert(l.link->kind);
      facts.changes.insert(l.change);
    }
  for (const auto& b : u.bodies)
    if (scope.changed.contains(b.body->id)) facts.changes.insert(b.change);
  facts.context = scope.drawn.size() > scope.changed.size();
  facts.lost = any_lost;
  facts.kinds = {kinds.begin(), kinds.end()};
  return facts;
}

}  // namespace

render::Scene scoped_scene(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                           const AccountabilitySettings& settings) {
  const diagram::DiffUnion u = diagram::union_of(before.data(), after.data(), comparison.diff);
  const auto lost = lost_leads(comparison, before.data());
  const Scope scope = scope_of(u, before, after, settings, lost);

  render::Scene scene = scene_frame(comparison, key_facts(u, scope, !lost.empty()));
  std::map<std::string, std::size_t> node;
  std::vector<double> widths;
  for (const auto& b : u.bodies) {
    const std::string& id = b.body->id;
    if (!scope.drawn.contains(id)) continue;
    auto l = lost.find(id);
    node.emplace(id, scene.nodes.size());
    scene.nodes.push_back({id, scoped_body(b, !scope.changed.contains(id), l == lost.end() ? nullptr : &l->second)});
    widths.push_back(render::estimated_width(render::wrap_balanced(render::clean_text(b.body->name), lost.contains(id) ? duty_width : render::RenderOptions{}.label_width),
                                             render::body_style(*b.body, b.declared).shape));
  }
  place_merges(scene, comparison, node);
  add_lines(scene, u, scope, node, widths);
  return scene;
}

}  // namespace govgraph
