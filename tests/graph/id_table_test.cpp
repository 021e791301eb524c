#include <catch2/catch.hpp>

#include <string>

#include "graph/check.hpp"
#include "graph/governance_map.hpp"
#include "graph/id_table.hpp"

using namespace govgraph;

TEST_CASE("An id table maps each id to its first record and finds nothing else") {
  std::vector<Body> bodies(4);
  bodies[0].id = "scottish-parliament";
  bodies[1].id = "care-inspectorate";
  bodies[2].id = "scottish-parliament";  // a duplicate: the first record keeps the id
  bodies[3].id = "";                     // a missing id is not an id
  const IdTable table = IdTable::of(bodies);
  CHECK(table.size() == 2);
  CHECK(table.find("scottish-parliament") == 0);
  CHECK(table.find("care-inspectorate") == 1);
  CHECK(table.find("care") == IdTable::npos);
  CHECK(table.find("") == IdTable::npos);
  CHECK(table.ids() == std::vector<std::string>{"scottish-parliament", "care-inspectorate"});
}

TEST_CASE("An id table grows past its first size and still finds every id") {
  IdTable table;
  for (std::size_t i = 0; i < 5000; ++i) CHECK(table.insert("body-" + std::to_string(i), i) == i);
  CHECK(table.insert("body-17", 9999) == 17);
  for (std::size_t i = 0; i < 5000; ++i) REQUIRE(table.find("body-" + std::to_string(i)) == i);
  CHECK_FALSE(table.contains("body-5000"));
}

TEST_CASE("The map's id tables are the ones its checker and graph use") {
  MapData map;
  map.bodies.resize(2);
  map.bodies[0].id = "a";
  map.bodies[1].id = "b";
  map.policy_areas.resize(1);
  map.policy_areas[0].id = "health";
  map.links.resize(1);
  map.links[0].from = "b";
  map.links[0].to = "a";
  MapIds ids(map);
  CHECK(check_map(map, ids).all().empty());
  const GovernanceMap g(map, std::move(ids));
  CHECK(g.ids().bodies.find("b") == 1);
  CHECK(g.ids().policy_areas.find("health") == 0);
  CHECK(g.find_body("b") == 1);
  CHECK(g.from(LinkIndex(0)) == 1);
}
