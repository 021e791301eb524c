#include "analyses/accountability.hpp"

#include <algorithm>

#include <boost/graph/dominator_tree.hpp>

#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

void cycle_findings(const GovernanceMap& map, std::vector<Finding>& out) {
  for (const auto& component : cycles(map, LinkKind::accountable_to)) {
    std::vector<std::string> ids;
    std::vector<std::string> names;
    Sources sources;
    const auto view = active_view(map, LinkKind::accountable_to);
    for (Vertex v : component) {
      ids.push_back(map.body(v).id);
      names.push_back(name_of(map, v));
      sources.add(map.body(v).source);
      for (auto e : boost::make_iterator_range(boost::out_edges(v, view)))
        if (std::binary_search(component.begin(), component.end(), boost::target(e, view),
                               [&](Vertex x, Vertex y) { return map.body(x).id < map.body(y).id; }))
          sources.add(map.link(e).source);
    }
    const std::string message =
        component.size() == 1
            ? names[0] + " is recorded as accountable to itself."
            : join_some(names, 5) + " are accountable to one another in a circle, so accountability goes round "
                                    "instead of up.";
    const auto route = excerpt_of(cycle_route(map, LinkKind::accountable_to, component), route_bodies_shown);
    auto finding = make_finding(rule::accountability_cycle, SubjectRole::body, std::move(ids), message,
                                {"cycle: " + route_text(map, route.bodies, route.hidden)}, sources.take());
    if (route.hidden > 0) finding.numbers.push_back({"hidden", static_cast<double>(route.hidden)});
    finding.routes.push_back(route_ids(map, route.bodies));
    out.push_back(std::move(finding));
  }
}

/// Gatekeepers: in the graph of reversed accountable_to links with a virtual root
/// joined to every apex, d dominates v when every route from v up to an apex passes
/// through d. The size of d's subtree in the dominator tree is how many bodies lose
/// accountability if d fails.
/// How many of a gatekeeper's dependants its finding names.
constexpr std::size_t gatekeeper_names_shown = 20;

void gatekeepers(const GovernanceMap& map, const AccountabilitySettings& settings, const SharedResults& shared,
                 std::vector<Finding>& out) {
  const ApexRoutes& routes = shared.routes;
  using Aux = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS>;
  const std::size_t n = map.body_count();
  const Vertex root = n;
  Aux aux(n + 1);
  for (Vertex a : map.apexes())
    if (active(map, a)) boost::add_edge(root, a, aux);
  const auto view = shared.lines(map);  // routes run through active bodies only
  // Only bodies with a route to an apex (reachable from the root): Boost's
  // Lengauer-Tarjan mislabels bodies that an unreachable body points into.
  for (auto e : boost::make_iterator_range(boost::edges(view))) {
    const Vertex from = boost::source(e, view);
    const Vertex to = boost::target(e, view);
    if (routes.distance[from] != no_route && routes.distance[to] != no_route) boost::add_edge(to, from, aux);
  }

  const auto none = boost::graph_traits<Aux>::null_vertex();
  std::vector<Vertex> idom(n + 1, none);
  boost::lengauer_tarjan_dominator_tree(
      aux, root, boost::make_iterator_property_map(idom.begin(), boost::get(boost::vertex_index, aux)));

  std::vector<std::vector<Vertex>> children(n + 1);
  for (Vertex v = 0; v < n; ++v)
    if (idom[v] != none) children[idom[v]].push_back(v);
  // Subtree sizes: a pre-order from the root, then accumulated in reverse.
  std::vector<Vertex> order = {root};
  for (std::size_t i = 0; i < order.size(); ++i)
    for (Vertex c : children[order[i]]) order.push_back(c);
  std::vector<std::size_t> below(n + 1, 0);
  for (auto it = order.rbegin(); it != order.rend(); ++it)
    if (idom[*it] != none && *it != root) below[idom[*it]] += below[*it] + 1;

  // The evidence names the dependants that come first alphabetically. Each body's are
  // merged from its children's, bottom up: listing every subtree whole would cost the
  // square of a long chain.
  std::vector<std::string_view> name(n);  // the map's own text, not copied
  for (Vertex v = 0; v < n; ++v) name[v] = name_of(map, v);
  const auto by_name = [&](Vertex a, Vertex b) { return name[a] < name[b]; };
  std::vector<std::vector<Vertex>> first(n + 1);
  for (auto it = order.rbegin(); it != order.rend(); ++it) {
    if (*it == root) continue;
    std::vector<Vertex>& mine = first[*it];
    for (Vertex c : children[*it]) {
      mine.push_back(c);
      mine.insert(mine.end(), first[c].begin(), first[c].end());
    }
    const std::size_t keep = std::min(mine.size(), gatekeeper_names_shown + 1);  // one more says "others"
    std::partial_sort(mine.begin(), mine.begin() + static_cast<std::ptrdiff_t>(keep), mine.end(), by_name);
    mine.resize(keep);
  }

  const auto is_gatekeeper = [&](Vertex d) {
    return d != root && !map.is_apex(d) && below[d] >= std::max<std::size_t>(settings.gatekeeper_min_dominated, 1);
  };
  // A gatekeeper whose own gatekeeper has no other dependants is one problem with it, a
  // chain of single points of failure: it is named in that finding, not one of its own.
  const auto sole_heir = [&](Vertex d) {
    return children[d].size() == 1 && is_gatekeeper(children[d][0]) ? children[d][0] : none;
  };
  for (Vertex d : order) {
    if (!is_gatekeeper(d) || (idom[d] != none && is_gatekeeper(idom[d]) && sole_heir(idom[d]) == d)) continue;
    std::vector<std::string> names;
    for (Vertex v : first[d]) names.emplace_back(name[v]);
    std::vector<std::string> chain;
    std::vector<Subject> shown;  // each one fewer dependant than the one before
    std::size_t chained = 0;
    for (Vertex c = sole_heir(d); c != none; c = sole_heir(c), ++chained) {
      if (chain.size() <= gatekeeper_names_shown)
        chain.push_back(std::string(name[c]) + " (for " + std::to_string(below[c]) + ")");
      if (shown.size() < gatekeeper_names_shown) shown.push_back({SubjectRole::gatekeeper, map.body(c).id});
    }
    std::vector<std::string> evidence = {"depend on it: " + join_some(names, gatekeeper_names_shown, below[d])};
    if (chained > 0)
      evidence.push_back("below it, each in turn the only route for those under it: " +
                         join_some(chain, gatekeeper_names_shown, chained));
    Sources sources;
    sources.add(map.body(d).source);
    auto finding = make_finding(rule::gatekeeper, {{SubjectRole::gatekeeper, map.body(d).id}},
                                name_of(map, d) + " is the only route to the apex for " + std::to_string(below[d]) +
                                    " bodies: if it failed, they would lose their line of accountability.",
                                std::move(evidence), sources.take());
    finding.numbers.push_back({"dependants", static_cast<double>(below[d])});
    if (chained > 0) finding.numbers.push_back({"chained", static_cast<double>(chained)});
    finding.named = std::move(shown);
    out.push_back(std::move(finding));
  }
}

/// The words of a long-chain finding, from its body, counts and route.
FindingWords describe_long_chain(const GovernanceMap& map, const Finding& f) {
  const auto d = static_cast<std::size_t>(f.number("links").value_or(0));
  const auto also_far = static_cast<std::size_t>(f.number("also_far").value_or(0));
  const std::size_t limit = d - also_far - 1;  // also_far is d - limit - 1
  std::vector<Vertex> shown;
  for (const auto& id : f.routes.front()) shown.push_back(map.find_body(id));
  FindingWords words;
  words.message = name_of(map, map.find_body(f.subjects.front())) + " is " + std::to_string(d) + " links from " +
                  name_of(map, shown.back()) + " at best, more than " + std::to_string(limit) +
                  (also_far == 0 ? std::string(".")
                                 : "; so " + (also_far == 1 ? std::string("is the body") : "are the " +
                                                                    std::to_string(also_far) + " bodies") +
                                       " above it on that route.");
  words.evidence = {"shortest route: " +
                    route_text(map, shown, static_cast<std::size_t>(f.number("hidden").value_or(0)))};
  return words;
}

/// One finding per long chain, not per body on it: a body is reported only when no
/// body's shortest route continues through it, and its finding counts the bodies above
/// it on that route that are too far from the apex as well.
void long_chains(const GovernanceMap& map, const AccountabilitySettings& settings, const SharedResults& shared,
                 std::vector<Finding>& out) {
  const ApexRoutes& routes = shared.routes;
  const std::size_t limit = settings.long_chain_max_length;
  std::vector<bool> continued(map.body_count(), false);
  for (Vertex v = 0; v < map.body_count(); ++v)
    if (routes.distance[v] != no_route && routes.distance[v] > limit + 1) continued[routes.next[v]] = true;
  for (Vertex v = 0; v < map.body_count(); ++v) {
    const std::size_t d = routes.distance[v];
    if (d == no_route || d <= limit || continued[v]) continue;
    const RouteExcerpt route = routes.excerpt(v, route_bodies_shown);
    Sources sources;  // of the counted lines shown
    for (std::size_t i = 0; i + 1 < route.bodies.size(); ++i)
      for (const auto& line : map.out_links(route.bodies[i], LinkKind::accountable_to))
        if (shared.counted[line.link] && line.body == route.bodies[i + 1]) sources.add(map.link(LinkIndex(line.link)).source);
    const std::size_t also_far = d - limit - 1;  // the bodies above v on its route, each one link nearer
    auto finding = make_finding(rule::long_chain, {{SubjectRole::body, map.body(v).id}}, {}, {}, sources.take());
    finding.numbers.push_back({"links", static_cast<double>(d)});
    if (also_far > 0) finding.numbers.push_back({"also_far", static_cast<double>(also_far)});
    if (route.hidden > 0) finding.numbers.push_back({"hidden", static_cast<double>(route.hidden)});
    finding.routes.push_back(route_ids(map, route.bodies));
    finding.describer = {&map, describe_long_chain};
    out.push_back(std::move(finding));
  }
}

void wide_spans(const GovernanceMap& map, const AccountabilitySettings& settings, const SharedResults& shared,
                std::vector<Finding>& out) {
  for (Vertex w = 0; w < map.body_count(); ++w) {
    if (!active(map, w)) continue;
    std::vector<Vertex> direct;
    for (const auto& line : map.in_links(w, LinkKind::accountable_to))
      if (const Vertex v = line.body; shared.counted[line.link] && v != w && active(map, v)) direct.push_back(v);
    std::sort(direct.begin(), direct.end());
    direct.erase(std::unique(direct.begin(), direct.end()), direct.end());
    if (direct.size() <= settings.wide_span_max_direct && !settings.wide_span_count_represents) continue;
    long long count = 0;
    std::vector<std::string> names;
    // A class answering to a class ("Local authorities" over 32 partnerships) is one
    // body per member of the upper class: weigh by the ratio of the two.
    const auto& own = map.body(w).represents;
    const long long per = own && *own > 1 ? *own : 1;
    for (Vertex v : direct) {
      const auto& represents = map.body(v).represents;
      const long long members = settings.wide_span_count_represents && represents && *represents > 0 ? *represents : 1;
      const long long weight = std::max(1LL, (members + per - 1) / per);
      count += weight;
      names.push_back(name_of(map, v) + (weight > 1 ? " (" + std::to_string(weight) + " bodies)" : ""));
    }
    if (count <= static_cast<long long>(settings.wide_span_max_direct)) continue;
    std::sort(names.begin(), names.end());
    Sources sources;
    sources.add(map.body(w).source);
    auto finding = make_finding(rule::wide_span, {{SubjectRole::overseer, map.body(w).id}},
                                std::to_string(count) + " bodies are directly accountable to " + name_of(map, w) +
                                    ", more than " + std::to_string(settings.wide_span_max_direct) +
                                    " for one body to oversee closely.",
                                {"directly accountable: " + join_some(names, 30)}, sources.take());
    finding.numbers.push_back({"direct", static_cast<double>(count)});
    out.push_back(std::move(finding));
  }
}

}  // namespace

std::vector<Finding> find_accountability(const GovernanceMap& map, const SharedResults& shared,
                                         const AccountabilitySettings& settings, Wording wording) {
  std::vector<Finding> findings;
  cycle_findings(map, findings);
  gatekeepers(map, settings, shared, findings);
  long_chains(map, settings, shared, findings);
  wide_spans(map, settings, shared, findings);
  if (wording == Wording::now)
    for (auto& f : findings) f.word();
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
