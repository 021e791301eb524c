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

TEST_CASE("Ids looked up together are found as each alone would be, however few") {
  IdTable table;
  for (std::size_t i = 0; i < 100; ++i) table.insert("body-" + std::to_string(i), i);
  const std::vector<std::string> ids = {"body-3",  "nobody", "",        "body-99", "body-3", "body-100", "body-0",
                                        "body-42", "body-7", "body-71", "body-1",  "x",      "body-55"};
  for (std::size_t count = 0; count <= ids.size(); ++count) {
    std::vector<std::size_t> together(count, 12345);
    table.find_each(
        count, [&](std::size_t i) -> const std::string& { return ids[i]; },
        [&](std::size_t i, std::size_t found) { together[i] = found; });
    std::vector<std::size_t> alone;
    for (std::size_t i = 0; i < count; ++i) alone.push_back(table.find(ids[i]));
    CHECK(together == alone);
  }
  IdTable empty;
  std::size_t found = 0;
  empty.find_each(
      1, [](std::size_t) { return std::string_view("body-1"); }, [&](std::size_t, std::size_t f) { found = f; });
  CHECK(found == IdTable::npos);
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

TEST_CASE("Each link's ends are looked up once, an unknown end marked for the checker to report") {
  MapData map;
  map.bodies.resize(3);
  map.bodies[0].id = "a";
  map.bodies[1].id = "b";
  map.bodies[2].id = "c";
  map.links.resize(3);
  map.links[0].from = "c";
  map.links[0].to = "a";
  map.links[1].from = "b";
  map.links[1].to = "nobody";
  map.links[2].from = "";
  map.links[2].to = "b";
  const MapIds ids(map);
  REQUIRE(ids.link_ends.size() == 3);
  CHECK(ids.link_ends[0] == LinkEnds{2, 0});
  CHECK(ids.link_ends[1] == LinkEnds{1, unknown_end});
  CHECK(ids.link_ends[2] == LinkEnds{unknown_end, 1});
  const Diagnostics found = check_map(map, ids);
  REQUIRE(found.all().size() == 1);
  CHECK(found.all()[0].message == "links[1].to: no body has id 'nobody'; nearest is 'b'");
}

TEST_CASE("A large map's link ends, looked up on two threads, are each link's own") {
  MapData map;
  const std::size_t bodies = 1000;
  map.bodies.resize(bodies);
  for (std::size_t b = 0; b < bodies; ++b) map.bodies[b].id = "body-" + std::to_string(b);
  const std::size_t links = (std::size_t{1} << 16) + 3;
  map.links.resize(links);
  for (std::size_t l = 0; l < links; ++l) {
    map.links[l].from = map.bodies[l % bodies].id;
    map.links[l].to = map.bodies[(l * 7 + 1) % bodies].id;
  }
  const MapIds ids(map);
  for (std::size_t l = 0; l < links; ++l)
    REQUIRE(ids.link_ends[l] == LinkEnds{std::uint32_t(l % bodies), std::uint32_t((l * 7 + 1) % bodies)});
}
