// Funding counted once: money into the map apart from money passed on, grants split
// across policy areas, unknown amounts kept unknown.

#include <catch2/catch.hpp>

#include "analyses/money.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

TEST_CASE("Money passed through a fund to its award holders is counted once") {
  // £4m from government to Corra, on to the fund, and out to the award holders.
  MapBuilder m;
  m.apex("parliament").body("government", BodyType::executive).body("corra", BodyType::third_sector);
  m.body("fund", BodyType::partnership).body("award-holders", BodyType::third_sector);
  m.link("government", "corra", LinkKind::funds, 4000000).link("corra", "fund", LinkKind::funds, 4000000);
  m.link("fund", "award-holders", LinkKind::funds, 3400000);
  const auto f = funding_figures(m.build());
  CHECK(f.new_money == Money{4000000, 0, 0, 1});
  CHECK(f.onward == Money{7400000, 0, 0, 2});
}

TEST_CASE("An apex's payments are new money even when the apex is itself funded") {
  MapBuilder m;
  m.apex("council").body("government", BodyType::executive).body("board", BodyType::integration_joint_board);
  m.link("government", "council", LinkKind::funds, 10).link("council", "board", LinkKind::funds, 4);
  const auto f = funding_figures(m.build());
  CHECK(f.new_money == Money{14, 0, 0, 2});
  CHECK(f.onward == Money{});
}

TEST_CASE("A grant to a recipient in three policy areas is split across them, not counted three times") {
  MapBuilder m;
  m.area("care").area("justice").area("housing");
  m.body("government", BodyType::executive).body("charity", BodyType::third_sector, {"care", "justice", "housing"});
  m.body("council", BodyType::local_authority, {"care"});
  m.link("government", "charity", LinkKind::funds, 300).link("government", "council", LinkKind::funds, 50);
  // A link's own areas win over the recipient's.
  m.link("charity", "council", LinkKind::funds, 30);
  m.data.links.back().policy_areas = {"housing", "justice"};
  const auto f = funding_figures(m.build());
  REQUIRE(f.by_area.size() == 3);
  CHECK(f.by_area[0] == AreaFunding{"care", "care", {150, 0, 0, 2}, {}});
  CHECK(f.by_area[1] == AreaFunding{"housing", "housing", {100, 0, 0, 1}, {15, 0, 0, 1}});
  CHECK(f.by_area[2] == AreaFunding{"justice", "justice", {100, 0, 0, 1}, {15, 0, 0, 1}});
  double area_sum = 0;
  for (const auto& area : f.by_area) area_sum += area.new_money.known;
  CHECK(area_sum == Approx(f.new_money.known));
  CHECK(f.new_money.known == Approx(350));
}

TEST_CASE("An unknown amount stays unknown and another currency is kept apart") {
  MapBuilder m;
  m.body("government", BodyType::executive).body("a").body("b");
  m.data.currency = "GBP";
  m.link("government", "a", LinkKind::funds, 100).link("government", "b", LinkKind::funds);
  m.link("a", "b", LinkKind::funds, 20);
  m.data.links.back().terms.edit().currency = "EUR";
  const auto f = funding_figures(m.build());
  CHECK(f.new_money == Money{100, 1, 0, 2});
  CHECK(f.onward == Money{0, 0, 1, 1});
  CHECK_FALSE(f.new_money.complete());
  REQUIRE(f.by_body.size() == 3);
  CHECK(f.by_body[1].id == "b");
  CHECK(f.by_body[1].in == Money{0, 1, 1, 2});
  REQUIRE(f.by_area.size() == 1);
  CHECK(f.by_area[0].id == "(none)");
}
