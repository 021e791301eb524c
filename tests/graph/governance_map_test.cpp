#include <catch2/catch.hpp>

#include <boost/graph/breadth_first_search.hpp>

#include "graph/amount.hpp"
#include "graph/governance_map.hpp"

using namespace govgraph;

namespace {

Body body(std::string id, BodyType type = BodyType::ndpb) {
  Body b;
  b.name = id;
  b.id = std::move(id);
  b.type = type;
  return b;
}

Link link(std::string from, std::string to, LinkKind kind) {
  Link l;
  l.from = std::move(from);
  l.to = std::move(to);
  l.kind = kind;
  return l;
}

MapData small_map() {
  MapData m;
  m.bodies = {body("parliament", BodyType::legislature), body("ministers", BodyType::minister), body("agency"),
              body("council", BodyType::local_authority)};
  m.apex = {"council"};
  m.links = {link("ministers", "parliament", LinkKind::accountable_to), link("agency", "ministers", LinkKind::accountable_to),
             link("ministers", "agency", LinkKind::funds), link("agency", "council", LinkKind::scrutinises),
             link("agency", "ministers", LinkKind::accountable_to)};
  Responsibility r;
  r.id = "duty";
  r.name = "A duty";
  r.owners = {{"agency", Role::lead, {}, {}}, {"council", Role::supports, {}, {}}};
  m.responsibilities = {r};
  return m;
}

}  // namespace

TEST_CASE("An empty map has no bodies, links or apexes") {
  const GovernanceMap map{MapData{}};
  CHECK(map.body_count() == 0);
  CHECK(map.link_count() == 0);
  CHECK(map.apexes().empty());
}

TEST_CASE("Bodies are found by id and vertex v is the v-th body") {
  const GovernanceMap map{small_map()};
  REQUIRE(map.find_body("agency") == GovernanceMap::Vertex{2});
  CHECK(map.body(2).id == "agency");
  CHECK(map.find_body("nobody") == GovernanceMap::no_body);
}

TEST_CASE("Each kind of index has one invalid value, and finding an unknown id returns it") {
  CHECK_FALSE(LinkIndex().valid());
  CHECK_FALSE(ResponsibilityIndex().valid());
  CHECK_FALSE(AreaIndex().valid());
  CHECK(LinkIndex(0).valid());
  CHECK(GovernanceMap::no_body == GovernanceMap::Graph::null_vertex());

  MapData data = small_map();
  PolicyArea health;
  health.id = "health";
  PolicyArea hospitals;
  hospitals.id = "hospitals";
  hospitals.parent = "health";
  data.policy_areas = {health, hospitals};
  const GovernanceMap map{std::move(data)};
  CHECK_FALSE(map.find_responsibility("no-such-duty").valid());
  CHECK_FALSE(map.find_policy_area("no-such-area").valid());
  REQUIRE(map.find_responsibility("duty") == ResponsibilityIndex(0));
  CHECK(map.responsibility(ResponsibilityIndex(0)).id == "duty");
  const AreaIndex child = map.find_policy_area("hospitals");
  REQUIRE(child == AreaIndex(1));
  CHECK(map.parent_area(child) == AreaIndex(0));
  CHECK(map.policy_area(map.parent_area(child)).id == "health");
  CHECK_FALSE(map.parent_area(AreaIndex(0)).valid());
}

TEST_CASE("Each body's policy areas and each responsibility's area are resolved once, as written") {
  MapData data = small_map();
  PolicyArea health;
  health.id = "health";
  PolicyArea hospitals;
  hospitals.id = "hospitals";
  data.policy_areas = {health, hospitals};
  data.bodies[2].policy_areas = {"hospitals", "not-declared", "health", "hospitals"};
  data.bodies[3].policy_areas = {"not-declared"};
  data.responsibilities[0].policy_area = "hospitals";
  Responsibility elsewhere;
  elsewhere.id = "elsewhere";
  elsewhere.policy_area = "not-declared";
  data.responsibilities.push_back(elsewhere);
  const GovernanceMap map{std::move(data)};
  const auto agency = map.areas(map.find_body("agency"));
  CHECK(std::vector<AreaIndex>(agency.begin(), agency.end()) ==
        std::vector<AreaIndex>{AreaIndex(1), AreaIndex(0), AreaIndex(1)});
  CHECK(map.areas(map.find_body("council")).empty());
  CHECK(map.areas(map.find_body("parliament")).empty());
  CHECK(map.area(ResponsibilityIndex(0)) == AreaIndex(1));
  CHECK_FALSE(map.area(ResponsibilityIndex(1)).valid());
}

TEST_CASE("A link's ends are its from and to bodies, and link_indices runs over every link in order") {
  const GovernanceMap map{small_map()};
  std::vector<LinkIndex> seen;
  for (const LinkIndex l : map.link_indices()) {
    CHECK(map.body(map.from(l)).id == map.link(l).from);
    CHECK(map.body(map.to(l)).id == map.link(l).to);
    seen.push_back(l);
  }
  REQUIRE(seen.size() == map.link_count());
  for (const auto e : boost::make_iterator_range(boost::edges(map.graph()))) {
    CHECK(boost::source(e, map.graph()) == map.from(map.index(e)));
    CHECK(boost::target(e, map.graph()) == map.to(map.index(e)));
  }
  CHECK(map.from(LinkIndex(2)) == map.find_body("ministers"));
  CHECK(map.to(LinkIndex(2)) == map.find_body("agency"));
}

TEST_CASE("A moved map keeps its graph where it was, so a view taken before the move stays valid") {
  GovernanceMap map{small_map()};
  const GovernanceMap::Graph* graph = &map.graph();
  const auto accountable = map.view(LinkKind::accountable_to);
  const GovernanceMap moved = std::move(map);
  CHECK(&moved.graph() == graph);
  CHECK(boost::num_edges(moved.graph()) == moved.link_count());
  std::size_t lines = 0;
  for (const auto e : boost::make_iterator_range(boost::edges(accountable))) {
    CHECK(moved.link(e).kind == LinkKind::accountable_to);
    ++lines;
  }
  CHECK(lines > 0);
}

TEST_CASE("Legislatures and listed bodies are the apexes, in body order") {
  const GovernanceMap map{small_map()};
  CHECK(map.apexes() == std::vector<GovernanceMap::Vertex>{0, 3});
  CHECK(map.is_apex(0));
  CHECK_FALSE(map.is_apex(1));
}

TEST_CASE("A view holds only the links of its kind, parallel links included") {
  const GovernanceMap map{small_map()};
  const auto accountability = map.accountability();
  std::size_t edges = 0;
  for (auto [e, end] = boost::edges(accountability); e != end; ++e) {
    CHECK(map.link(*e).kind == LinkKind::accountable_to);
    ++edges;
  }
  CHECK(edges == 3);
  std::size_t scrutiny = 0;
  const auto view = map.view(LinkKind::scrutinises);
  for (auto [e, end] = boost::edges(view); e != end; ++e) ++scrutiny;
  CHECK(scrutiny == 1);
}

TEST_CASE("Boost algorithms run on a view: BFS up the accountability lines reaches the legislature") {
  const GovernanceMap map{small_map()};
  std::vector<boost::default_color_type> colour(map.body_count());
  const auto accountability = map.accountability();
  boost::breadth_first_search(accountability, map.find_body("agency"),
                              boost::color_map(boost::make_iterator_property_map(
                                  colour.begin(), boost::get(boost::vertex_index, map.graph()))));
  CHECK(colour[0] == boost::black_color);  // parliament reached
  CHECK(colour[3] == boost::white_color);  // the council is reached only by scrutiny
}

TEST_CASE("Owners and duties are indexed both ways") {
  const GovernanceMap map{small_map()};
  REQUIRE(map.owners(ResponsibilityIndex(0)).size() == 2);
  CHECK(map.owners(ResponsibilityIndex(0))[0] == std::pair<GovernanceMap::Vertex, Role>{2, Role::lead});
  REQUIRE(map.duties(3).size() == 1);
  CHECK(map.duties(3)[0].role == Role::supports);
  CHECK(map.duties(1).empty());
}

TEST_CASE("The map as at a date leaves out bodies and links not in effect, with what they carried") {
  MapData data = small_map();
  data.bodies[2].end = "2020-12-31";
  data.links[0].terms.edit().start = "2022-01-01";
  const MapData then = as_at(data, "2021-06-30");
  CHECK(then.bodies.size() == 3);
  CHECK(then.links.empty());  // three links touch the agency, one had not started
  CHECK(then.responsibilities[0].owners.size() == 1);
  const MapData before = as_at(data, "2019-01-01");
  CHECK(before.bodies.size() == 4);
  CHECK(before.links.size() == 4);
}

TEST_CASE("A dangling reference in an unchecked map is a logic error, not a crash") {
  MapData data = small_map();
  data.links.push_back(link("agency", "ghost", LinkKind::advises));
  CHECK_THROWS_AS(GovernanceMap{std::move(data)}, std::logic_error);
}

TEST_CASE("Amounts read as people write them in reports") {
  CHECK(format_amount(4000000) == "4.0m");
  CHECK(format_amount(50000) == "50k");
  CHECK(format_amount(1500) == "1.5k");
  CHECK(format_amount(950) == "950");
  CHECK(format_amount(1.2e9) == "1.2bn");
  CHECK(format_amount(0) == "0");
  CHECK(format_amount(0.1) == "0.1");
  CHECK(format_amount(12.345) == "12.35");
  CHECK(format_amount(0.001) == "<0.01");
  CHECK(format_amount(3e12) == "3.0tn");
  CHECK(format_amount(1e20) == "1e+20");
}

TEST_CASE("A body's links of one kind, out and in, are its view's edges of that kind, in the order written") {
  // Every kind between a few bodies, repeats and a link to itself included, in a
  // scrambled order, so the rows cannot line up by accident.
  MapData m;
  for (const char* id : {"a", "b", "c", "d"}) m.bodies.push_back(body(id));
  const char* ids[] = {"a", "b", "c", "d"};
  for (std::size_t i = 0; i < 60; ++i)
    m.links.push_back(link(ids[(i * 7) % 4], ids[(i * 3 + i / 4) % 4], static_cast<LinkKind>((i * 5) % link_kind_count)));
  const GovernanceMap map(std::move(m));
  for (GovernanceMap::Vertex v = 0; v < map.body_count(); ++v)
    for (std::size_t k = 0; k < link_kind_count; ++k) {
      const auto kind = static_cast<LinkKind>(k);
      const auto view = map.view(kind);
      std::vector<std::pair<std::uint32_t, std::uint32_t>> out, in, expected_out, expected_in;
      for (const auto& n : map.out_links(v, kind)) out.emplace_back(n.body, n.link);
      for (const auto& n : map.in_links(v, kind)) in.emplace_back(n.body, n.link);
      for (auto e : boost::make_iterator_range(boost::out_edges(v, view)))
        expected_out.emplace_back(boost::target(e, view), map.index(e).value());
      for (auto e : boost::make_iterator_range(boost::in_edges(v, view)))
        expected_in.emplace_back(boost::source(e, view), map.index(e).value());
      CHECK(out == expected_out);
      CHECK(in == expected_in);
      for (const auto& n : map.out_links(v, kind)) CHECK(map.link(LinkIndex(n.link)).kind == kind);
    }
  // Every kind's rows at once: each body's links in order of kind, then as written.
  for (GovernanceMap::Vertex v = 0; v < map.body_count(); ++v) {
    std::vector<std::uint32_t> out, in, expected_out, expected_in;
    for (const auto& n : map.out_links(v)) out.push_back(n.link);
    for (const auto& n : map.in_links(v)) in.push_back(n.link);
    for (std::size_t k = 0; k < link_kind_count; ++k) {
      for (const auto& n : map.out_links(v, static_cast<LinkKind>(k))) expected_out.push_back(n.link);
      for (const auto& n : map.in_links(v, static_cast<LinkKind>(k))) expected_in.push_back(n.link);
    }
    CHECK(out == expected_out);
    CHECK(in == expected_in);
    CHECK(!out.empty());
  }
  CHECK(map.out_links(0, LinkKind::accountable_to).size() + map.out_links(1, LinkKind::accountable_to).size() +
            map.out_links(2, LinkKind::accountable_to).size() + map.out_links(3, LinkKind::accountable_to).size() ==
        10);
}

TEST_CASE("A map large enough to be built on two threads has every link's ends, and a dangling one still throws") {
  MapData m;
  for (int i = 0; i < 1000; ++i) m.bodies.push_back(body("b" + std::to_string(i)));
  for (std::size_t i = 0; i < 70'000; ++i)
    m.links.push_back(link("b" + std::to_string(i % 1000), "b" + std::to_string((i * 7 + 1) % 1000),
                           static_cast<LinkKind>(i % link_kind_count)));
  MapData dangling = m;
  dangling.links.back().to = "nobody";
  const GovernanceMap map(std::move(m));
  for (const LinkIndex l : map.link_indices()) {
    REQUIRE(map.body(map.from(l)).id == map.link(l).from);
    REQUIRE(map.body(map.to(l)).id == map.link(l).to);
  }
  std::size_t listed = 0;
  for (GovernanceMap::Vertex v = 0; v < map.body_count(); ++v)
    for (std::size_t k = 0; k < link_kind_count; ++k) listed += map.out_links(v, static_cast<LinkKind>(k)).size();
  CHECK(listed == 70'000);
  CHECK(boost::num_edges(map.graph()) == 70'000);
  CHECK_THROWS_AS(GovernanceMap(std::move(dangling)), std::logic_error);
}
