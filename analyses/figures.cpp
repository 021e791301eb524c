#include "analyses/figures.hpp"

#include <algorithm>
#include <map>

#include <boost/graph/betweenness_centrality.hpp>
#include <boost/graph/biconnected_components.hpp>

#include "analyses/delivery.hpp"
#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;
using Undirected = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS>;

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
/// (parallel links and directions folded, loops dropped).
Undirected undirected(const GovernanceMap& map, std::initializer_list<LinkKind> kinds) {
  std::vector<std::pair<Vertex, Vertex>> pairs;
  const auto view = map.view(kinds);
  for (auto e : boost::make_iterator_range(boost::edges(view))) {
    Vertex a = boost::source(e, view);
    Vertex b = boost::target(e, view);
    if (a == b || !active(map, a) || !active(map, b)) continue;
    if (b < a) std::swap(a, b);
    pairs.emplace_back(a, b);
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  Undirected g(map.body_count());
  for (auto [a, b] : pairs) boost::add_edge(a, b, g);
  return g;
}

/// The areas each active body has an interest in (listed, or of a responsibility it
/// owns), sorted. O(V + owners).
std::vector<std::vector<std::size_t>> interests(const GovernanceMap& map) {
  std::vector<std::vector<std::size_t>> rows(map.body_count());
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v)) continue;
    for (const auto& id : map.body(v).policy_areas)
      if (const AreaIndex a = map.find_policy_area(id)) rows[v].push_back(a.value());
    for (const Duty& d : map.duties(v))
      if (const AreaIndex a = map.find_policy_area(map.responsibility(d.responsibility).policy_area))
        rows[v].push_back(a.value());
    std::sort(rows[v].begin(), rows[v].end());
    rows[v].erase(std::unique(rows[v].begin(), rows[v].end()), rows[v].end());
  }
  return rows;
}

void counts(const GovernanceMap& map, Figures& f) {
  std::vector<std::size_t> types(body_type_names.size(), 0);
  std::map<std::string, std::size_t> sectors;
  for (const auto& b : map.data().bodies) {
    ++types[static_cast<std::size_t>(b.type)];
    ++sectors[b.sector.empty() ? "(none)" : b.sector];
  }
  for (std::size_t t = 0; t < types.size(); ++t)
    if (types[t] > 0) f.by_type.push_back({std::string(body_type_names[t]), types[t]});
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
    for (std::size_t a : rows[v]) {
      row[a] = true;
      ++f.areas[a].bodies;
    }
    f.matrix.push_back({map.body(v).id, name_of(map, v), std::move(row)});
  }

  std::vector<std::vector<Vertex>> leads(area_count);
  for (const ResponsibilityIndex r : map.responsibility_indices()) {
    const AreaIndex a = map.find_policy_area(map.responsibility(r).policy_area);
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

void brokers(const GovernanceMap& map, const FigureSettings& settings, Figures& f) {
  if (map.body_count() > settings.betweenness_max_bodies) {
    f.brokers_skipped = true;
    f.brokers_note = "betweenness not computed: the map has " + std::to_string(map.body_count()) +
                     " bodies, more than " + std::to_string(settings.betweenness_max_bodies);
    return;
  }
  const auto g = undirected(map, {LinkKind::accountable_to, LinkKind::member_of, LinkKind::scrutinises});
  std::vector<double> centrality(map.body_count(), 0);
  if (map.body_count() > 0)
    boost::brandes_betweenness_centrality(
        g, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, g)));
  std::vector<Vertex> ranked;
  for (Vertex v = 0; v < map.body_count(); ++v)
    if (centrality[v] > 0) ranked.push_back(v);
  std::sort(ranked.begin(), ranked.end(), [&](Vertex a, Vertex b) {
    if (centrality[a] != centrality[b]) return centrality[a] > centrality[b];
    return map.body(a).id < map.body(b).id;
  });
  if (ranked.size() > settings.top) ranked.resize(settings.top);
  for (Vertex v : ranked) f.brokers.push_back({map.body(v).id, name_of(map, v), centrality[v], ""});
}

void cut_points(const GovernanceMap& map, Figures& f) {
  const auto g = undirected(map, {LinkKind::accountable_to, LinkKind::funds, LinkKind::member_of,
                                  LinkKind::scrutinises, LinkKind::advises, LinkKind::collaborates_with});
  std::vector<Vertex> points;
  boost::articulation_points(g, std::back_inserter(points));
  for (Vertex v : points) f.articulation_points.push_back(map.body(v).id);
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
  brokers(map, settings, f);
  cut_points(map, f);
  long_routes(map, shared.routes, settings, f);
  return f;
}

}  // namespace govgraph
