#include <catch2/catch.hpp>

#include "graph/check.hpp"

using namespace govgraph;

namespace {

std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& item : d.all()) out.push_back(item.format());
  return out;
}

MapData two_bodies() {
  MapData m;
  m.origins = {"m.json", "m.json", "m.json", "m.json", "m.json", "m.json"};
  Body a;
  a.id = "care-inspectorate";
  a.name = "Care Inspectorate";
  a.at = {3, 5};
  Body b = a;
  b.id = "scottish-ministers";
  b.at = {4, 5};
  m.bodies = {a, b};
  return m;
}

}  // namespace

TEST_CASE("A clean map has nothing to report") {
  CHECK(check_map(two_bodies()).all().empty());
}

TEST_CASE("An unresolved link end names the place and the nearest existing id") {
  MapData m = two_bodies();
  Link l;
  l.from = "care-inspectorat";
  l.to = "scottish-ministers";
  l.from_at = {9, 15};
  m.links = {l};
  CHECK(messages(check_map(m)) ==
        std::vector<std::string>{"m.json:9:15: error: links[0].from: no body has id 'care-inspectorat'; nearest is 'care-inspectorate'"});
}

TEST_CASE("A duplicate id names both places") {
  MapData m = two_bodies();
  m.bodies[1].id = "care-inspectorate";
  CHECK(messages(check_map(m)) ==
        std::vector<std::string>{"m.json:4:5: error: bodies[1].id: duplicate body id 'care-inspectorate', first defined at m.json:3:5"});
}

TEST_CASE("A policy area that is its own ancestor is an error") {
  MapData m = two_bodies();
  PolicyArea a;
  a.id = "a";
  a.name = "A";
  a.parent = "b";
  PolicyArea b;
  b.id = "b";
  b.name = "B";
  b.parent = "a";
  m.policy_areas = {a, b};
  const auto found = messages(check_map(m));
  REQUIRE(found.size() == 2);
  CHECK(found[0] == "m.json: error: policy_areas[0].parent: policy area 'a' is its own ancestor");
}

TEST_CASE("Only the areas on a loop of parents are reported, not those leading into it") {
  MapData m = two_bodies();
  const auto area = [](std::string id, std::string parent) {
    PolicyArea a;
    a.id = std::move(id);
    a.name = a.id;
    a.parent = std::move(parent);
    return a;
  };
  // tail -> c -> d -> e -> c, and a deep chain beside it that is fine.
  m.policy_areas = {area("tail", "c"), area("c", "d"), area("d", "e"), area("e", "c"), area("root", "")};
  for (int i = 0; i < 20000; ++i) m.policy_areas.push_back(area("deep" + std::to_string(i), i == 0 ? "root" : "deep" + std::to_string(i - 1)));
  CHECK(messages(check_map(m)) == std::vector<std::string>{
                                      "m.json: error: policy_areas[1].parent: policy area 'c' is its own ancestor",
                                      "m.json: error: policy_areas[2].parent: policy area 'd' is its own ancestor",
                                      "m.json: error: policy_areas[3].parent: policy area 'e' is its own ancestor"});
}

TEST_CASE("A link that ends before it starts is an error") {
  MapData m = two_bodies();
  Link l;
  l.from = "care-inspectorate";
  l.to = "scottish-ministers";
  l.terms.edit().start = "2022-01-01";
  l.terms.edit().end = "2021-01-01";
  l.at = {7, 5};
  m.links = {l};
  CHECK(messages(check_map(m)) ==
        std::vector<std::string>{"m.json:7:5: error: links[0].end: 2021-01-01 is before start 2022-01-01"});
}

TEST_CASE("Ids are the codes and slugs registers use, and dates are recognised exactly") {
  CHECK(is_id("care-inspectorate"));
  CHECK(is_id("nhs24"));
  CHECK(is_id("victoria-climbi_-inquiry"));  // a GOV.UK organisation slug
  CHECK(is_id("SC012345"));                  // a Scottish charity number
  CHECK(is_id("S12000033"));                 // an ONS area code
  CHECK(is_id("uk.gov.dfe"));
  CHECK(is_id(std::string(120, 'a')));
  CHECK(why_not_an_id("Care Inspectorate") == "it holds a space");
  CHECK(why_not_an_id("a\tb") == "it holds a control character");
  CHECK(why_not_an_id("caf\xC3\xA9") == "it holds a character outside ASCII");
  CHECK(why_not_an_id("a:b") == "it holds ':'");
  CHECK(why_not_an_id("-a") == "it does not start with a letter or digit");
  CHECK(why_not_an_id("") == "it is empty");
  CHECK(why_not_an_id(std::string(121, 'a')) == "it is longer than 120 bytes");
  CHECK(slug_of("NHS Lothian (Health Board)") == "nhs-lothian-health-board");
  CHECK(is_iso_date("2024-02-29"));
  CHECK_FALSE(is_iso_date("2023-02-29"));
  CHECK_FALSE(is_iso_date("2021-13-01"));
  CHECK_FALSE(is_iso_date("21-06-30"));
}

TEST_CASE("Checking some links alone finds what checking the whole map finds of them") {
  MapData m = two_bodies();
  m.sources = {SourceDoc{}};
  m.sources[0].id = "act";
  m.policy_areas = {PolicyArea{}};
  m.policy_areas[0].id = "care";
  Link good;
  good.from = "care-inspectorate";
  good.to = "scottish-ministers";
  good.source = "act s.1";
  Link unknown_end = good;
  unknown_end.to = "scottish-minister";
  unknown_end.to_at = {7, 9};
  Link to_itself = good;
  to_itself.to = good.from;
  to_itself.to_at = {8, 9};
  Link backwards = good;
  backwards.terms.edit().start = "2020-01-01";
  backwards.terms.edit().end = "2019-01-01";
  backwards.at = {9, 3};
  Link unknown_area = good;
  unknown_area.policy_areas = {"cares"};
  unknown_area.policy_areas_at = {10, 9};
  Link uncited = good;
  uncited.source = "report p.4";
  uncited.at = {11, 3};
  m.links = {good, unknown_end, to_itself, backwards, unknown_area, uncited};
  const MapIds ids(m);
  const auto whole = messages(check_map(m, ids));
  REQUIRE(whole.size() == 5);  // not vacuous: every link but the first has one problem
  CHECK(messages(check_links(m, ids, {0, 1, 2, 3, 4, 5})) == whole);
  CHECK(messages(check_links(m, ids, {3})) == std::vector<std::string>{whole[2]});
  CHECK(messages(check_links(m, ids, {0})).empty());
}
