#include <catch2/catch.hpp>

#include "analyses/analyse.hpp"
#include "analyses/overlap.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

TEST_CASE("A policy area with five different lead bodies is crowded") {
  MapBuilder m;
  m.area("care").area("justice");
  for (const char* id : {"a", "b", "c", "d", "e"}) m.body(id);
  m.duty("r1", {lead("a"), lead("b")}, "care").duty("r2", {lead("c")}, "care").duty("r3", {lead("d"), lead("e")}, "care");
  m.duty("r4", {lead("a"), lead("b"), lead("c"), lead("d")}, "justice");
  const auto findings = overlap_of(m.build());
  CHECK(subjects(findings, rule::crowded_area) == Subjects{{"care"}});
  CHECK(of_rule(findings, rule::crowded_area)[0].severity == Severity::warning);
  OverlapSettings settings;
  settings.crowded_min_leads = 4;
  CHECK(subjects(overlap_of(m.build(), settings), rule::crowded_area) == Subjects{{"care"}, {"justice"}});
  // An abolished lead no longer crowds the area.
  m.data.bodies[4].status = BodyStatus::abolished;
  CHECK(of_rule(overlap_of(m.build()), rule::crowded_area).empty());
}

TEST_CASE("An area crowded only by the leads of its one responsibility is reported once, in multiple-leads") {
  MapBuilder m;
  m.area("siblings").area("care");
  m.apex("parliament");
  for (const char* id : {"a", "b", "c", "d", "e"}) m.body(id).answers(id, "parliament");
  m.duty("brothers-and-sisters", {lead("a"), lead("b"), lead("c"), lead("d"), lead("e")}, "siblings");
  m.duty("small", {lead("a"), supports("b")}, "siblings");
  const auto findings = analyse(m.build());
  CHECK(of_rule(findings, rule::crowded_area).empty());
  const auto leads = of_rule(findings, rule::multiple_leads);
  REQUIRE(leads.size() == 1);
  CHECK(leads[0].ids(SubjectRole::area) == std::vector<std::string>{"siblings"});
  CHECK(leads[0].evidence.back() ==
        "also overlap.crowded-area: Policy area 'siblings' is crowded: 5 different bodies lead its responsibilities.");
  SECTION("crowded-area alone still reports it, naming the responsibility") {
    RuleSelection only;
    only.only = {"overlap"};
    const auto crowded = of_rule(analyse(m.build(), {}, only), rule::crowded_area);
    REQUIRE(crowded.size() == 1);
    CHECK(crowded[0].named == std::vector<Subject>{{SubjectRole::responsibility, "brothers-and-sisters"}});
  }
  SECTION("leads spread over two responsibilities crowd the area in their own right") {
    m.data.responsibilities[1].owners[1].role = Role::lead;
    m.data.responsibilities[1].owners.push_back(lead("f"));
    m.body("f").answers("f", "parliament");
    const auto both = analyse(m.build());
    CHECK(subjects(both, rule::crowded_area) == Subjects{{"siblings"}});
    CHECK(subjects(both, rule::multiple_leads).size() == 2);
  }
}

TEST_CASE("A policy area with far more bodies than the typical area is crowded") {
  MapBuilder m;
  for (const char* id : {"a1", "a2", "a3", "a4", "busy"}) m.area(id);
  for (int i = 0; i < 12; ++i) m.body("b" + std::to_string(i), BodyType::agency, {"busy"});
  for (int i = 0; i < 4; ++i) m.body("q" + std::to_string(i), BodyType::agency, {"a" + std::to_string(i + 1)});
  const auto findings = overlap_of(m.build());
  CHECK(subjects(findings, rule::crowded_area) == Subjects{{"busy"}});
  OverlapSettings settings;
  settings.crowded_min_bodies = 13;
  CHECK(of_rule(overlap_of(m.build(), settings), rule::crowded_area).empty());
}

TEST_CASE("Two policy areas served by the same bodies are a pair, but an area and its sub-area are not") {
  MapBuilder m;
  m.area("drugs").area("family").area("family-support", "family").area("roads");
  m.body("a", BodyType::agency, {"drugs", "family", "family-support"}).body("b", BodyType::agency, {"drugs", "family", "family-support"});
  m.body("c", BodyType::agency, {"drugs", "roads"}).body("d", BodyType::agency, {"roads"});
  const auto findings = overlap_of(m.build());
  // drugs {a,b,c} and family {a,b}: 2 of 3; family and family-support nested.
  CHECK(subjects(findings, rule::area_pair) == Subjects{{"drugs", "family"}, {"drugs", "family-support"}});
  OverlapSettings settings;
  settings.pair_include_nested = true;
  CHECK(subjects(overlap_of(m.build(), settings), rule::area_pair).size() == 3);
  settings.pair_min_jaccard = 0.7;
  CHECK(subjects(overlap_of(m.build(), settings), rule::area_pair) == Subjects{{"family", "family-support"}});
}
