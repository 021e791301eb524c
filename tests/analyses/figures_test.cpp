#include <catch2/catch.hpp>

#include "analyses/figures.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

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
