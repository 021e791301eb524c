#include "analyses/figures.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include "analyses/betweenness.hpp"
#include "analyses/delivery.hpp"
#include "analyses/support.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

using namespace detail;

/// "directorates", "local authorities": body types as a sentence says them.
std::string plural(BodyType type) {
  switch (type) {
    case BodyType::agency: return "agencies";
    case BodyType::ndpb: return "NDPBs";
    case BodyType::public_corporation: return "public corporations";
    case BodyType::local_authority: return "local authorities";
    case BodyType::health_board: return "health boards";
    case BodyType::integration_joint_board: return "integration joint boards";
    case BodyType::partnership: return "partnerships";
    case BodyType::company: return "companies";
    case BodyType::third_sector: return "third-sector bodies";
    case BodyType::professional_body: return "professional bodies";
    case BodyType::union_: return "unions";
    case BodyType::other: return "other bodies";
    default: return std::string(to_string(type)) + "s";
  }
}

/// The simple undirected graph of the links of some kinds between active bodies
/// (parallel links and directions folded, loops dropped), neighbours in body order as
/// Boost's adjacency_list built from sorted pairs had them. O(V + E log degree).
Neighbours undirected(const GovernanceMap& map, std::initializer_list<LinkKind> kinds) {
  const auto view = map.view(kinds);
  const std::size_t n = map.body_count();
  auto each_pair = [&](auto&& use) {
    for (auto e : boost::make_iterator_range(boost::edges(view))) {
      const Vertex a = boost::source(e, view);
      const Vertex b = boost::target(e, view);
      if (a != b && active(map, a) && active(map, b)) use(a, b);
    }
  };
  std::vector<std::size_t> fill(n + 1, 0);
  each_pair([&](Vertex a, Vertex b) { ++fill[a + 1], ++fill[b + 1]; });
  std::partial_sum(fill.begin(), fill.end(), fill.begin());
  std::vector<std::uint32_t> all(fill[n]);
  each_pair([&](Vertex a, Vertex b) {
    all[fill[a]++] = static_cast<std::uint32_t>(b);
    all[fill[b]++] = static_cast<std::uint32_t>(a);
  });
  Neighbours g{std::vector<std::size_t>(n + 1, 0), {}};
  g.neighbours.reserve(all.size());
  std::size_t from = 0;
  for (std::size_t v = 0; v < n; ++v) {
    const auto first = all.begin() + static_cast<std::ptrdiff_t>(from);
    const auto last = all.begin() + static_cast<std::ptrdiff_t>(fill[v]);  // filling moved fill[v] to the row's end
    std::sort(first, last);
    g.neighbours.insert(g.neighbours.end(), first, std::unique(first, last));
    g.start[v + 1] = g.neighbours.size();
    from = fill[v];
  }
  return g;
}

void counts(const GovernanceMap& map, Figures& f) {
  std::map<std::string, std::size_t> sectors;
  for (const auto& b : map.data().bodies) ++sectors[b.sector.empty() ? "(none)" : b.sector];
  for (const auto& [type, count] : bodies_by_type(map.data())) f.by_type.push_back({std::string(type), count});
  for (const auto& [sector, count] : sectors) f.by_sector.push_back({sector, count});
  std::vector<std::size_t> kinds(link_kind_count, 0);
  for (const auto& l : map.data().links) ++kinds[static_cast<std::size_t>(l.kind)];
  for (std::size_t k = 0; k < kinds.size(); ++k)
    if (kinds[k] > 0) f.by_link_kind.push_back({std::string(link_kind_names[k]), kinds[k]});
  for (Vertex a : map.apexes()) f.apexes.push_back(map.body(a).id);
}

/// The map's declared count of `of` (a body type name or "policy_areas"); 0 when undeclared.
std::size_t declared(const GovernanceMap& map, std::string_view of) {
  for (const Denominator& d : map.data().universe)
    if (d.of == of) return static_cast<std::size_t>(d.count);
  return 0;
}

/// "X of Y things": Y declared, with what the map holds when that is fewer; else "X of
/// the map's Y things", so a count of the map is never read as a count of everyone.
std::string of_total(std::size_t part, std::size_t held, std::size_t universe, const std::string& things) {
  if (universe == 0) return std::to_string(part) + " of the map's " + std::to_string(held) + " " + things;
  std::string text = std::to_string(part) + " of " + std::to_string(universe) + " " + things;
  if (held < universe) text += " (the map holds " + std::to_string(held) + ")";
  return text;
}

std::string spread_sentence(const TypeSpread& s, const std::string& bodies) {
  return of_total(s.with_interest, s.total, s.universe, bodies) + (s.with_interest == 1 ? " has" : " have") +
         " an interest, straddling " + of_total(s.areas_straddled, s.areas_total, s.areas_universe, "policy areas");
}

void areas(const GovernanceMap& map, Figures& f) {
  const auto rows = interests(map);
  const std::size_t area_count = map.policy_areas().size();
  for (const auto& a : map.policy_areas()) {
    f.matrix_areas.push_back(a.id);
    f.areas.push_back({a.id, a.name, 0, 0, 0});
  }
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (rows[v].empty()) continue;
    std::vector<bool> row(area_count, false);
    for (const std::uint32_t a : rows[v]) {
      row[a] = true;
      ++f.areas[a].bodies;
    }
    f.matrix.push_back({map.body(v).id, name_of(map, v), std::move(row)});
  }

  std::vector<std::vector<Vertex>> leads(area_count);
  for (const ResponsibilityIndex r : map.responsibility_indices()) {
    const AreaIndex a = map.area(r);
    if (!a) continue;
    ++f.areas[a.value()].responsibilities;
    for (auto [v, role] : map.owners(r))
      if (role == Role::lead && active(map, v)) leads[a.value()].push_back(v);
  }
  for (std::size_t a = 0; a < area_count; ++a) {
    std::sort(leads[a].begin(), leads[a].end());
    f.areas[a].lead_bodies = static_cast<std::size_t>(std::unique(leads[a].begin(), leads[a].end()) - leads[a].begin());
  }

  const std::size_t areas_universe = declared(map, "policy_areas");
  for (std::size_t t = 0; t < body_type_names.size(); ++t) {
    TypeSpread spread{std::string(body_type_names[t]), 0, 0, 0, area_count, ""};
    spread.universe = declared(map, body_type_names[t]);
    spread.areas_universe = areas_universe;
    std::vector<bool> touched(area_count, false);
    for (Vertex v = 0; v < map.body_count(); ++v) {
      if (static_cast<std::size_t>(map.body(v).type) != t || !active(map, v)) continue;
      ++spread.total;
      for (std::size_t a : rows[v]) touched[a] = true;
      spread.with_interest += rows[v].empty() ? 0U : 1U;
    }
    if (spread.total == 0) continue;
    spread.areas_straddled = static_cast<std::size_t>(std::count(touched.begin(), touched.end(), true));
    spread.sentence = spread_sentence(spread, plural(static_cast<BodyType>(t)));
    f.spread.push_back(std::move(spread));
  }
}

void progress(const GovernanceMap& map, Figures& f) {
  ProgressFigures& p = f.progress;
  p.responsibilities = map.responsibilities().size();
  std::vector<std::size_t> counts(assessment_names.size(), 0);
  for (const Responsibility& r : map.responsibilities()) {
    if (const auto a = parse_assessment(r.status)) ++counts[static_cast<std::size_t>(*a)];
    else if (r.status.empty()) ++p.not_assessed;
    else ++p.other_status;
    if (without_commitments(r)) ++p.no_commitments;
  }
  const bool recorded = p.not_assessed < p.responsibilities || p.no_commitments > 0;
  const std::string of_all = " of " + std::to_string(p.responsibilities) + " responsibilities ";
  auto say = [&](std::size_t n, const std::string& what) {
    if (recorded && n > 0) p.sentences.push_back(std::to_string(n) + of_all + what);
  };
  for (std::size_t a = 0; a < counts.size(); ++a) {
    if (counts[a] > 0) p.by_assessment.push_back({std::string(assessment_names[a]), counts[a]});
    if (a < assessment_scale) say(counts[a], "assessed as " + std::string(assessment_words(static_cast<Assessment>(a))));
  }
  say(p.other_status, "with a status outside the assessment scale");
  say(p.not_assessed, "not assessed");
  say(p.no_commitments, "with no commitments received");
}

/// "betweenness sampled: ...": how estimated brokers were computed, and, when the error
/// bound is wider than the top score, that the ranking is only a rough guide.
std::string sampled_note(std::size_t pivots, std::size_t bodies, double error, double top_score) {
  std::string note = "betweenness sampled: shortest routes from " + std::to_string(pivots) + " of " +
                     std::to_string(bodies) + " bodies (pivots drawn with a fixed seed), scaled by bodies/pivots; " +
                     "each score is within " + format_fixed(error, 1) +
                     " of its exact value with 95% confidence (Hoeffding bound)";
  if (error >= top_score)
    note += "; that is more than the top score, so read the ranking as a rough guide (raise betweenness.pivots)";
  return note;
}

void brokers(const GovernanceMap& map, const FigureSettings& settings, Figures& f) {
  const std::size_t n = map.body_count();
  if (n > settings.betweenness_exact_up_to && settings.betweenness_pivots == 0) {
    f.brokers_skipped = true;
    f.brokers_note = "betweenness not computed: the map has " + std::to_string(n) + " bodies, more than " +
                     std::to_string(settings.betweenness_exact_up_to) + " (betweenness.exact-up-to), and " +
                     "betweenness.pivots is 0";
    return;
  }
  const auto g = undirected(map, {LinkKind::accountable_to, LinkKind::member_of, LinkKind::scrutinises});
  const Betweenness centrality = betweenness(g, settings.betweenness_exact_up_to, settings.betweenness_pivots);
  const auto& score = centrality.score;
  std::vector<Vertex> ranked;
  for (Vertex v = 0; v < n; ++v)
    if (score[v] > 0) ranked.push_back(v);
  std::sort(ranked.begin(), ranked.end(), [&](Vertex a, Vertex b) {
    if (score[a] != score[b]) return score[a] > score[b];
    return map.body(a).id < map.body(b).id;
  });
  if (ranked.size() > settings.top) ranked.resize(settings.top);
  for (Vertex v : ranked) f.brokers.push_back({map.body(v).id, name_of(map, v), score[v], ""});
  if (centrality.pivots > 0) {
    f.brokers_pivots = centrality.pivots;
    f.brokers_error = centrality.error;
    f.brokers_note = sampled_note(centrality.pivots, n, centrality.error, ranked.empty() ? 0 : score[ranked.front()]);
  }
}

/// Bodies whose removal disconnects the undirected map of all links between active
/// bodies: Tarjan's depth-first search, iterative (routes can be long), walking each
/// body's outgoing and incoming links in place rather than copying the graph.
void cut_points(const GovernanceMap& map, Figures& f) {
  const auto& view = map.graph();  // every kind of link: no view need filter them
  using Out = boost::graph_traits<GovernanceMap::Graph>::out_edge_iterator;
  using In = boost::graph_traits<GovernanceMap::Graph>::in_edge_iterator;
  struct Frame {
    Vertex v;
    Out out, out_end;
    In in, in_end;
  };
  const std::size_t n = map.body_count();
  std::vector<std::size_t> found(n, 0), low(n, 0);  // found: discovery time, 0 unvisited
  std::vector<bool> cut(n, false);
  std::size_t time = 0;
  std::vector<Frame> stack;
  auto visit = [&](Vertex v) {
    found[v] = low[v] = ++time;
    const auto [out, out_end] = boost::out_edges(v, view);
    const auto [in, in_end] = boost::in_edges(v, view);
    stack.push_back({v, out, out_end, in, in_end});
  };
  for (Vertex root = 0; root < n; ++root) {
    if (found[root] != 0 || !active(map, root)) continue;
    std::size_t root_children = 0;
    visit(root);
    while (!stack.empty()) {
      Frame& top = stack.back();
      const Vertex v = top.v;
      Vertex w = v;
      if (top.out != top.out_end) w = boost::target(*top.out++, view);
      else if (top.in != top.in_end) w = boost::source(*top.in++, view);
      else {
        stack.pop_back();
        if (stack.empty()) break;
        const Vertex parent = stack.back().v;
        low[parent] = std::min(low[parent], low[v]);
        if (parent != root && low[v] >= found[parent]) cut[parent] = true;
        continue;
      }
      if (w == v || !active(map, w)) continue;
      if (found[w] != 0) {
        low[v] = std::min(low[v], found[w]);  // the link back to the parent too: harmless for cut points
      } else {
        root_children += v == root ? 1 : 0;
        visit(w);
      }
    }
    if (root_children > 1) cut[root] = true;
  }
  for (Vertex v = 0; v < n; ++v)
    if (cut[v]) f.articulation_points.push_back(map.body(v).id);
  sort_unique(f.articulation_points);
}

void long_routes(const GovernanceMap& map, const ApexRoutes& routes, const FigureSettings& settings, Figures& f) {
  std::vector<Vertex> ranked;
  for (Vertex v = 0; v < map.body_count(); ++v)
    if (routes.distance[v] != no_route && routes.distance[v] > 0) ranked.push_back(v);
  std::sort(ranked.begin(), ranked.end(), [&](Vertex a, Vertex b) {
    if (routes.distance[a] != routes.distance[b]) return routes.distance[a] > routes.distance[b];
    return map.body(a).id < map.body(b).id;
  });
  if (ranked.size() > settings.top) ranked.resize(settings.top);
  for (Vertex v : ranked) {
    const auto route = routes.excerpt(v, route_bodies_shown);
    f.longest_routes.push_back({map.body(v).id, name_of(map, v), static_cast<double>(routes.distance[v]),
                                route_text(map, route.bodies, route.hidden)});
  }
}

}  // namespace

Figures compute_figures(const GovernanceMap& map, const SharedResults& shared, const FigureSettings& settings) {
  Figures f;
  f.bodies = map.body_count();
  f.links = map.link_count();
  f.responsibilities = map.responsibilities().size();
  f.policy_areas = map.policy_areas().size();
  counts(map, f);
  areas(map, f);
  progress(map, f);
  f.funding = funding_figures(map);
  cut_points(map, f);
  long_routes(map, shared.routes, settings, f);
  // Last, as the one figure on two threads: a report waiting on the figures waits while
  // both cores work, not while one searches alone.
  brokers(map, settings, f);
  return f;
}

}  // namespace govgraph
