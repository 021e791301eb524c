#include <catch2/catch.hpp>

#include <cmath>
#include <map>
#include <random>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/betweenness_centrality.hpp>

#include "analyses/betweenness.hpp"
#include "analyses/support.hpp"
#include "analyses/figures.hpp"
#include "graph/diagnostic.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;
using Vertex = GovernanceMap::Vertex;

namespace {
MapBuilder sample() {
  MapBuilder m;
  m.area("care").area("justice").area("roads");
  m.apex("parliament").body("ministers", BodyType::minister);
  m.body("d1", BodyType::directorate, {"care"}).body("d2", BodyType::directorate, {"care", "justice"});
  m.body("d3", BodyType::directorate).body("agency", BodyType::agency);
  m.data.bodies[2].sector = "national";
  m.answers("ministers", "parliament").answers("d1", "ministers").answers("d2", "ministers").answers("d3", "ministers");
  m.answers("agency", "d3");
  m.duty("r", {lead("agency"), supports("d1")}, "roads");
  m.data.currency = "GBP";
  m.link("ministers", "d1", LinkKind::funds, 100).link("ministers", "agency", LinkKind::funds, 50);
  m.link("d1", "agency", LinkKind::funds, 25);
  return m;
}
}  // namespace

TEST_CASE("Figures count bodies by type and sector and links by kind") {
  const auto f = figures_of(sample().build());
  CHECK(f.bodies == 6);
  CHECK(f.links == 8);
  CHECK(f.by_type == std::vector<Count>{{"legislature", 1}, {"minister", 1}, {"directorate", 3}, {"agency", 1}});
  CHECK(f.by_sector == std::vector<Count>{{"(none)", 5}, {"national", 1}});
  CHECK(f.by_link_kind == std::vector<Count>{{"accountable_to", 5}, {"funds", 3}});
  CHECK(f.apexes == std::vector<std::string>{"parliament"});
}

TEST_CASE("The body by policy-area matrix and the seeds' sentence per body type") {
  const auto f = figures_of(sample().build());
  CHECK(f.matrix_areas == std::vector<std::string>{"care", "justice", "roads"});
  REQUIRE(f.matrix.size() == 3);
  CHECK(f.matrix[0] == MatrixRow{"d1", "D1", {true, false, true}});
  CHECK(f.matrix[1] == MatrixRow{"d2", "D2", {true, true, false}});
  CHECK(f.matrix[2] == MatrixRow{"agency", "Agency", {false, false, true}});
  CHECK(f.areas[0] == AreaFigures{"care", "care", 2, 0, 0});
  CHECK(f.areas[2] == AreaFigures{"roads", "roads", 2, 1, 1});
  const auto directorates = std::find_if(f.spread.begin(), f.spread.end(), [](const auto& s) { return s.type == "directorate"; });
  REQUIRE(directorates != f.spread.end());
  // No universe declared: the counts are the map's own, and the sentence says so.
  CHECK(directorates->sentence == "2 of the map's 3 directorates have an interest, straddling 3 of the map's 3 policy areas");
}

TEST_CASE("Funding in and out per body and per area") {
  const auto f = figures_of(sample().build()).funding;
  REQUIRE(f.by_body.size() == 3);
  CHECK(f.by_body[0].id == "agency");
  CHECK(f.by_body[0].in == Money{75, 0, 0, 2});
  CHECK(f.by_body[1].id == "d1");
  CHECK(f.by_body[1].in.known == Approx(100));
  CHECK(f.by_body[1].out.known == Approx(25));
  CHECK(f.by_body[2].out.known == Approx(150));
  // The ministers' 150 enters the map; d1 passes on 25 of the 100 it received.
  CHECK(f.new_money == Money{150, 0, 0, 2});
  CHECK(f.onward == Money{25, 0, 0, 1});
  REQUIRE(f.by_area.size() == 2);
  CHECK(f.by_area[0] == AreaFunding{"care", "care", {100, 0, 0, 1}, {}});
  CHECK(f.by_area[1] == AreaFunding{"(none)", "(no policy area)", {50, 0, 0, 1}, {25, 0, 0, 1}});
}

TEST_CASE("Cut points, brokers and the longest routes to the apex") {
  const auto f = figures_of(sample().build());
  CHECK(f.articulation_points == std::vector<std::string>{"ministers"});
  REQUIRE(!f.brokers.empty());
  CHECK(f.brokers[0].body == "ministers");
  REQUIRE(f.longest_routes.size() == 5);
  CHECK(f.longest_routes[0].body == "agency");
  CHECK(f.longest_routes[0].score == 3);
  CHECK(f.longest_routes[0].route == "Agency → D3 → Ministers → Parliament");
  FigureSettings settings;
  settings.betweenness_exact_up_to = 5;
  settings.betweenness_pivots = 0;
  const auto skipped = figures_of(sample().build(), settings);
  CHECK(skipped.brokers.empty());
  CHECK(skipped.brokers_skipped);
  CHECK(skipped.brokers_note.find("6 bodies") != std::string::npos);
}

namespace {
/// Bodies b0..b{n-1}, some abolished, and random links of every kind between them.
MapBuilder random_links(unsigned seed, int n, double density) {
  std::mt19937 random(seed);
  std::uniform_real_distribution<double> chance(0, 1);
  MapBuilder m;
  for (int v = 0; v < n; ++v)
    m.body("b" + std::to_string(v), BodyType::agency, {}, chance(random) < 0.1 ? BodyStatus::abolished : BodyStatus::active);
  for (int a = 0; a < n; ++a)
    for (int b = 0; b < n; ++b)
      if (a != b && chance(random) < density)
        m.link("b" + std::to_string(a), "b" + std::to_string(b), static_cast<LinkKind>(random() % link_kind_count));
  return m;
}

/// Whether removing `without` leaves the active bodies in more pieces than before.
bool splits(const GovernanceMap& map, Vertex without) {
  const std::size_t n = map.body_count();
  std::vector<std::vector<Vertex>> adjacent(n);
  for (const auto& e : boost::make_iterator_range(boost::edges(map.graph()))) {
    const Vertex a = boost::source(e, map.graph());
    const Vertex b = boost::target(e, map.graph());
    if (!detail::active(map, a) || !detail::active(map, b)) continue;
    adjacent[a].push_back(b);
    adjacent[b].push_back(a);
  }
  auto pieces = [&](bool remove) {
    std::vector<bool> seen(n, false);
    if (remove) seen[without] = true;
    std::size_t count = 0;
    for (Vertex s = 0; s < n; ++s) {
      if (seen[s] || !detail::active(map, s)) continue;
      ++count;
      std::vector<Vertex> queue = {s};
      seen[s] = true;
      for (std::size_t h = 0; h < queue.size(); ++h)
        for (Vertex w : adjacent[queue[h]])
          if (!seen[w]) {
            seen[w] = true;
            queue.push_back(w);
          }
    }
    return count;
  };
  return pieces(true) > pieces(false);
}

/// A body "centre" with `leaves` bodies each a member of it: the centre lies on the one
/// route between every pair of leaves.
GovernanceMap star(int leaves) {
  MapBuilder m;
  m.body("centre");
  for (int leaf = 0; leaf < leaves; ++leaf)
    m.body("leaf-" + std::to_string(leaf)).link("leaf-" + std::to_string(leaf), "centre", LinkKind::member_of);
  return m.build();
}

}  // namespace

TEST_CASE("Cut points agree with removing each body and counting the pieces") {
  for (unsigned seed = 1; seed <= 30; ++seed) {
    const GovernanceMap map = random_links(seed, 12, 0.03).build();
    std::vector<std::string> expected;
    for (Vertex v = 0; v < map.body_count(); ++v)
      if (detail::active(map, v) && splits(map, v)) expected.push_back(map.body(v).id);
    std::sort(expected.begin(), expected.end());
    INFO("seed " << seed);
    CHECK(figures_of(map).articulation_points == expected);
  }
}

/// Boost's betweenness on the graph the brokers are measured on, built as figures.cpp
/// built it before it computed betweenness itself: an adjacency_list from sorted pairs.
std::map<std::string, double> boost_betweenness(const GovernanceMap& map) {
  std::vector<std::pair<Vertex, Vertex>> pairs;
  const auto view = map.view({LinkKind::accountable_to, LinkKind::member_of, LinkKind::scrutinises});
  for (auto e : boost::make_iterator_range(boost::edges(view))) {
    Vertex a = boost::source(e, view);
    Vertex b = boost::target(e, view);
    if (a == b || !detail::active(map, a) || !detail::active(map, b)) continue;
    pairs.emplace_back(std::min(a, b), std::max(a, b));
  }
  std::sort(pairs.begin(), pairs.end());
  pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
  boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS> g(map.body_count());
  for (auto [a, b] : pairs) boost::add_edge(a, b, g);
  std::vector<double> centrality(map.body_count(), 0);
  boost::brandes_betweenness_centrality(g, boost::make_iterator_property_map(centrality.begin(), boost::get(boost::vertex_index, g)));
  std::map<std::string, double> scores;
  for (Vertex v = 0; v < map.body_count(); ++v)
    if (centrality[v] > 0) scores[map.body(v).id] = centrality[v];
  return scores;
}

TEST_CASE("Exact betweenness is Boost's to the last bit, on two threads") {
  FigureSettings settings;
  settings.top = 1000;
  for (unsigned seed = 1; seed <= 20; ++seed) {
    const GovernanceMap map = random_links(seed, 40, 0.08).build();
    const auto f = figures_of(map, settings);
    INFO("seed " << seed);
    CHECK(f.brokers_pivots == 0);
    CHECK(f.brokers_note.empty());
    std::map<std::string, double> ours;
    for (const auto& b : f.brokers) ours[b.body] = b.score;
    CHECK(ours == boost_betweenness(map));  // == on doubles: the same bits
  }
}

TEST_CASE("Exact betweenness is Boost's on routes far longer than the layers a sweep tells apart") {
  // The sweep keeps each distance modulo 128; a chain of 300 bodies, with a loop at its
  // far end and a few side branches, has routes of up to 275 steps.
  MapBuilder m;
  const auto id = [](int i) { return "b" + std::to_string(1000 + i); };  // id order is chain order
  for (int i = 0; i < 300; ++i) m.body(id(i));
  for (int i = 1; i < 300; ++i) m.link(id(i), id(i - 1));
  m.link(id(299), id(250), LinkKind::member_of);
  for (int i : {5, 130, 131, 260}) m.body("side-" + id(i)).link("side-" + id(i), id(i), LinkKind::scrutinises);
  const GovernanceMap map = m.build();
  FigureSettings settings;
  settings.top = 1000;
  const auto f = figures_of(map, settings);
  std::map<std::string, double> ours;
  for (const auto& b : f.brokers) ours[b.body] = b.score;
  CHECK(ours.size() > 250);
  CHECK(ours == boost_betweenness(map));
}

TEST_CASE("Sampled betweenness of a star's centre is within the stated bound, the same every run") {
  const GovernanceMap map = star(200);
  FigureSettings settings;
  settings.betweenness_exact_up_to = 100;
  settings.betweenness_pivots = 50;
  const auto f = figures_of(map, settings);
  REQUIRE(f.brokers.size() == 1);
  CHECK(f.brokers[0].body == "centre");
  const double exact = 200.0 * 199 / 2;  // every pair of leaves
  CHECK(f.brokers_pivots == 50);
  CHECK(std::abs(f.brokers[0].score - exact) <= f.brokers_error);
  CHECK(f.brokers_error == Approx(201.0 * 199 / 2 * std::sqrt(std::log(40.0) / 100)));
  CHECK(f.brokers_note.find("sampled: shortest routes from 50 of 201 bodies") != std::string::npos);
  CHECK(f.brokers_note.find("rough guide") == std::string::npos);  // the bound is narrower than the score
  const auto again = figures_of(map, settings);
  CHECK(again.brokers == f.brokers);
  CHECK(again.brokers_note == f.brokers_note);
  settings.betweenness_pivots = 201;  // every body a pivot: exact
  const auto all = figures_of(map, settings);
  CHECK(all.brokers_pivots == 0);
  CHECK(all.brokers[0].score == exact);
}

TEST_CASE("Pivots are distinct, ascending and the same on every platform") {
  CHECK(choose_pivots(10, 0).empty());
  CHECK(choose_pivots(3, 5) == std::vector<std::uint32_t>{0, 1, 2});
  const auto pivots = choose_pivots(1000, 8);
  CHECK(pivots == std::vector<std::uint32_t>{83, 459, 625, 679, 737, 825, 921, 940});
}

TEST_CASE("The betweenness settings are read and checked like the rules' settings") {
  AnalysisSettings settings;
  settings.set("betweenness.exact-up-to=500");
  settings.set("betweenness.pivots", "64");
  CHECK(settings.figures.betweenness_exact_up_to == 500);
  CHECK(settings.figures.betweenness_pivots == 64);
  CHECK_THROWS_WITH(settings.set("betweenness.pivots", "many"),
                    Catch::Contains("bad value 'many' for betweenness.pivots: expected a whole number (0 or more)"));
  CHECK_THROWS_WITH(settings.set("betweenness.exact-up-to", "-1"),
                    Catch::Contains("bad value '-1' for betweenness.exact-up-to: expected a whole number (0 or more)"));
}

TEST_CASE("A sampled ranking whose error bound is wider than its top score says to read it as a rough guide") {
  const GovernanceMap map = star(200);
  FigureSettings settings;
  settings.betweenness_exact_up_to = 100;
  settings.betweenness_pivots = 1;  // one pivot: a bound of about 27,000 against a top score of at most 20,100
  const auto f = figures_of(map, settings);
  CHECK(f.brokers_error > 20100);
  CHECK(f.brokers_note.ends_with("; that is more than the top score, so read the ranking as a rough guide "
                                 "(raise betweenness.pivots)"));
}
