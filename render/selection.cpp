#include "render/selection.hpp"

#include <algorithm>
#include <deque>
#include <limits>
#include <string>
#include <string_view>
#include <utility>

#include "graph/check.hpp"

namespace govgraph::render {
namespace {

using Vertex = GovernanceMap::Vertex;

unsigned kind_bit(LinkKind kind) { return 1U << static_cast<unsigned>(kind); }

unsigned view_kinds(View view) {
  switch (view) {
    case View::accountability:
      return kind_bit(LinkKind::accountable_to);
    case View::funding:
      return kind_bit(LinkKind::funds);
    case View::scrutiny:
      return kind_bit(LinkKind::scrutinises);
    case View::membership:
      return kind_bit(LinkKind::member_of);
    case View::all:
      return (1U << link_kind_count) - 1;
  }
  return 0;
}

std::string unknown_choice_message(Choice choice, const std::string& wanted, const std::string& nearest) {
  std::string message;
  switch (choice) {
    case Choice::focus:
      message = "no body has id '" + wanted + "' (the focus)";
      break;
    case Choice::below:
      message = "no body has id '" + wanted + "' (the top of the branch to draw)";
      break;
    case Choice::policy_area:
      message = "no policy area has id '" + wanted + "'";
      break;
    case Choice::sector:
      message = "no body is in sector '" + wanted + "'";
      break;
  }
  return nearest.empty() ? message : message + "; nearest is '" + nearest + "'";
}

[[noreturn]] void unknown(Choice choice, std::string_view wanted, const std::vector<std::string_view>& candidates) {
  throw UnknownChoice(choice, std::string(wanted), nearest_id(wanted, candidates));
}

/// The body with this id, named by `choice`; UnknownChoice naming the nearest id when
/// there is none.
Vertex body_for(const GovernanceMap& map, std::string_view id, Choice choice) {
  if (const Vertex found = map.find_body(id); found != GovernanceMap::no_body) return found;
  std::vector<std::string_view> ids;
  for (const auto& body : map.data().bodies) ids.push_back(body.id);
  unknown(choice, id, ids);
}

/// The bodies listing the area (or one below it) or owning a responsibility in it.
std::vector<bool> bodies_in_area(const GovernanceMap& map, std::string_view area_id) {
  const AreaIndex target = map.find_policy_area(area_id);
  if (!target) {
    std::vector<std::string_view> ids;
    for (const auto& area : map.policy_areas()) ids.push_back(area.id);
    unknown(Choice::policy_area, area_id, ids);
  }
  const std::size_t area_count = map.policy_areas().size();
  std::vector<bool> inside(area_count, false);
  for (const AreaIndex a : map.area_indices()) {
    // Bounded walk up: the tree has no cycles (check_map), so depth < area_count.
    AreaIndex at = a;
    for (std::size_t steps = 0; at && steps <= area_count; ++steps, at = map.parent_area(at))
      if (at == target) {
        inside[a.value()] = true;
        break;
      }
  }
  const auto in_area = [&](const std::string& id) {
    const AreaIndex index = map.find_policy_area(id);
    return index && inside[index.value()];
  };
  std::vector<bool> keep(map.body_count(), false);
  for (Vertex v = 0; v < map.body_count(); ++v) {
    const Body& body = map.body(v);
    keep[v] = std::any_of(body.policy_areas.begin(), body.policy_areas.end(), in_area) ||
              std::any_of(map.duties(v).begin(), map.duties(v).end(), [&](const Duty& duty) {
                return in_area(map.responsibility(duty.responsibility).policy_area);
              });
  }
  return keep;
}

/// The bodies within `depth` links of the focus, following the view's links both ways.
std::vector<bool> bodies_near(const GovernanceMap& map, Vertex focus, std::size_t depth, unsigned kinds) {
  constexpr std::size_t unseen = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> distance(map.body_count(), unseen);
  std::deque<Vertex> queue{focus};
  distance[focus] = 0;
  const auto& g = map.graph();
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    if (distance[v] == depth) continue;
    const auto visit = [&](Vertex w, LinkKind kind) {
      if ((kinds & kind_bit(kind)) == 0 || distance[w] != unseen) return;
      distance[w] = distance[v] + 1;
      queue.push_back(w);
    };
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) visit(boost::target(*e, g), g[*e].kind);
    for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) visit(boost::source(*e, g), g[*e].kind);
  }
  std::vector<bool> keep(map.body_count());
  for (Vertex v = 0; v < map.body_count(); ++v) keep[v] = distance[v] != unseen;
  return keep;
}

/// For each body, the bodies right below it by links of `kind` (drawn_upwards says which
/// end is above), in map order; a link from a body to itself left out. O(V + E).
std::vector<std::vector<Vertex>> bodies_below(const GovernanceMap& map, LinkKind kind) {
  std::vector<std::vector<Vertex>> below(map.body_count());
  for (const LinkIndex l : map.link_indices()) {
    if (map.link(l).kind != kind) continue;
    Vertex upper = map.to(l);
    Vertex lower = map.from(l);
    if (!drawn_upwards(kind)) std::swap(upper, lower);
    if (upper != lower) below[upper].push_back(lower);
  }
  return below;
}

/// `top` and the kept bodies below it by links of `kind`, through kept bodies only.
std::vector<bool> branch_below(const GovernanceMap& map, Vertex top, LinkKind kind, const std::vector<bool>& keep) {
  const std::vector<std::vector<Vertex>> below = bodies_below(map, kind);
  std::vector<bool> branch(map.body_count(), false);
  std::vector<Vertex> stack{top};
  branch[top] = true;
  while (!stack.empty()) {
    const Vertex v = stack.back();
    stack.pop_back();
    for (Vertex u : below[v])
      if (keep[u] && !branch[u]) {
        branch[u] = true;
        stack.push_back(u);
      }
  }
  return branch;
}

/// The policy-area and focus choices: the bodies kept before any other narrowing.
std::vector<bool> bodies_chosen(const GovernanceMap& map, const RenderOptions& options, Vertex& focus,
                                LegendFacts& facts) {
  std::vector<bool> keep(map.body_count(), true);
  if (!options.policy_area.empty()) {
    keep = bodies_in_area(map, options.policy_area);
    facts.area_name = map.policy_area(map.find_policy_area(options.policy_area)).name;
  }
  if (!options.focus.empty()) {
    focus = body_for(map, options.focus, Choice::focus);
    const std::vector<bool> near = bodies_near(map, focus, options.depth, view_kinds(options.view));
    for (Vertex v = 0; v < map.body_count(); ++v) keep[v] = keep[v] && near[v];
    keep[focus] = true;
    facts.focus_name = map.body(focus).name;
    facts.depth = options.depth;
  }
  return keep;
}

/// `below` and `sector` narrow the drawing to a body's branch of the view's hierarchy
/// and to a sector's bodies; the bodies outside that a drawn link joins to them are
/// drawn too, as context. Narrows `keep` and returns the context bodies.
std::vector<bool> narrow_to_branch_and_sector(const GovernanceMap& map, const RenderOptions& options,
                                              std::vector<bool>& keep, LegendFacts& facts) {
  const std::size_t body_count = map.body_count();
  std::vector<bool> core = keep;
  std::vector<bool> context(body_count, false);
  if (!options.below.empty()) {
    const Vertex top = body_for(map, options.below, Choice::below);
    const std::vector<bool> branch = branch_below(map, top, primary_kind(options.view), keep);
    for (Vertex v = 0; v < body_count; ++v) core[v] = core[v] && branch[v];
    core[top] = true;
    facts.below_name = map.body(top).name;
  }
  if (!options.sector.empty()) {
    std::vector<std::string_view> sectors;
    for (const auto& body : map.data().bodies)
      if (!body.sector.empty()) sectors.push_back(body.sector);
    if (std::find(sectors.begin(), sectors.end(), options.sector) == sectors.end())
      unknown(Choice::sector, options.sector, sectors);
    for (Vertex v = 0; v < body_count; ++v) core[v] = core[v] && map.body(v).sector == options.sector;
    facts.sector = options.sector;
  }
  if (options.below.empty() && options.sector.empty()) return context;
  const unsigned kinds = view_kinds(options.view);
  for (const LinkIndex l : map.link_indices()) {
    const Vertex from = map.from(l);
    const Vertex to = map.to(l);
    if ((kinds & kind_bit(map.link(l).kind)) == 0 || !keep[from] || !keep[to]) continue;
    if (core[from] && !core[to]) context[to] = true;
    if (core[to] && !core[from]) context[from] = true;
  }
  for (Vertex v = 0; v < body_count; ++v) keep[v] = core[v] || context[v];
  return context;
}

/// `levels`: the top levels of the view's hierarchy only. A body's level is its fewest
/// lines below a body with no master (cycles with no way in start at their first body);
/// each body drawn counts the hidden bodies below it, by the route that found them.
/// Narrows `keep` and returns the count hidden below each body.
std::vector<std::size_t> keep_top_levels(const GovernanceMap& map, const RenderOptions& options,
                                         std::vector<bool>& keep, LegendFacts& facts) {
  const std::size_t body_count = map.body_count();
  std::vector<std::size_t> hidden_below(body_count, 0);
  if (options.levels == 0) return hidden_below;
  std::vector<std::vector<Vertex>> below = bodies_below(map, primary_kind(options.view));
  std::vector<bool> has_master(body_count, false);
  for (Vertex v = 0; v < body_count; ++v) {
    std::erase_if(below[v], [&](Vertex u) { return !keep[v] || !keep[u]; });
    for (Vertex u : below[v]) has_master[u] = true;
  }
  constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> level(body_count, unreached);
  std::vector<Vertex> shown_above(body_count, 0);  // the drawn body a hidden one counts towards
  std::deque<Vertex> queue;
  const auto reach = [&](Vertex v, std::size_t at, Vertex from) {
    level[v] = at;
    shown_above[v] = at < options.levels ? v : shown_above[from];
    if (at >= options.levels) ++hidden_below[shown_above[v]];
    queue.push_back(v);
  };
  const auto spread = [&] {
    for (; !queue.empty(); queue.pop_front())
      for (Vertex u : below[queue.front()])
        if (level[u] == unreached) reach(u, level[queue.front()] + 1, queue.front());
  };
  for (Vertex v = 0; v < body_count; ++v)
    if (keep[v] && !has_master[v]) reach(v, 0, v);
  spread();
  for (Vertex v = 0; v < body_count; ++v)
    if (keep[v] && level[v] == unreached) {
      reach(v, 0, v);
      spread();
    }
  for (Vertex v = 0; v < body_count; ++v)
    if (keep[v] && level[v] >= options.levels) keep[v] = false;
  facts.levels = options.levels;
  return hidden_below;
}

/// The links of the view with both ends kept, not both context, in map order.
std::vector<LinkIndex> drawn_links(const GovernanceMap& map, unsigned kinds, const std::vector<bool>& keep,
                                   const std::vector<bool>& context) {
  std::vector<LinkIndex> links;
  for (const LinkIndex l : map.link_indices()) {
    const Vertex from = map.from(l);
    const Vertex to = map.to(l);
    if ((kinds & kind_bit(map.link(l).kind)) != 0 && keep[from] && keep[to] && !(context[from] && context[to]))
      links.push_back(l);
  }
  return links;
}

}  // namespace

std::string_view noun(Choice choice) {
  switch (choice) {
    case Choice::focus:
    case Choice::below:
      return "body";
    case Choice::policy_area:
      return "policy area";
    case Choice::sector:
      return "sector";
  }
  return "choice";
}

UnknownChoice::UnknownChoice(Choice choice, std::string wanted, std::string nearest)
    : InputError(Location{}, unknown_choice_message(choice, wanted, nearest)),
      choice_(choice),
      wanted_(std::move(wanted)),
      nearest_(std::move(nearest)) {}

LinkKind primary_kind(View view) {
  switch (view) {
    case View::funding:
      return LinkKind::funds;
    case View::scrutiny:
      return LinkKind::scrutinises;
    case View::membership:
      return LinkKind::member_of;
    case View::accountability:
    case View::all:
      return LinkKind::accountable_to;
  }
  return LinkKind::accountable_to;
}

bool drawn_upwards(LinkKind kind) {
  return kind == LinkKind::accountable_to || kind == LinkKind::member_of || kind == LinkKind::advises;
}

Selection select_drawn(const GovernanceMap& map, const RenderOptions& options, LegendFacts& facts) {
  Selection drawn;
  drawn.keep = bodies_chosen(map, options, drawn.focus, facts);
  drawn.context = narrow_to_branch_and_sector(map, options, drawn.keep, facts);
  drawn.hidden_below = keep_top_levels(map, options, drawn.keep, facts);
  drawn.links = drawn_links(map, view_kinds(options.view), drawn.keep, drawn.context);
  if (options.view != View::accountability && options.view != View::all) {
    // Views other than accountability draw only the bodies a drawn link joins.
    std::vector<bool> linked(map.body_count(), false);
    for (const LinkIndex l : drawn.links) {
      linked[map.from(l)] = true;
      linked[map.to(l)] = true;
    }
    if (drawn.focus != GovernanceMap::no_body) linked[drawn.focus] = true;
    drawn.keep = std::move(linked);
  }
  return drawn;
}

}  // namespace govgraph::render
