#include <catch2/catch.hpp>

#include "analyses/accountability.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

TEST_CASE("Bodies accountable to one another in a circle form a cycle") {
  MapBuilder m;
  m.apex("parliament").body("a").body("b").body("c").body("d");
  m.answers("a", "b").answers("b", "c").answers("c", "a").answers("d", "parliament").answers("a", "d");
  const auto findings = accountability_of(m.build());
  CHECK(subjects(findings, rule::accountability_cycle) == Subjects{{"a", "b", "c"}});
  const auto cycle = of_rule(findings, rule::accountability_cycle)[0];
  CHECK(cycle.severity == Severity::error);
  CHECK(cycle.routes == std::vector<std::vector<std::string>>{{"a", "b", "c", "a"}});
  m.data.links[2].to = "d";
  CHECK(of_rule(accountability_of(m.build()), rule::accountability_cycle).empty());
}

TEST_CASE("A body on every route to the apex of others is a gatekeeper") {
  MapBuilder m;
  m.apex("parliament").body("ministers").body("directorate").body("x").body("y").body("z").body("council");
  m.answers("ministers", "parliament").answers("directorate", "ministers");
  m.answers("x", "directorate").answers("y", "directorate").answers("z", "x");
  m.answers("council", "parliament").answers("y", "council");
  // ministers: directorate, x, z (y also reaches parliament via council).
  // directorate: x, z only: below the default of 3.
  const auto findings = accountability_of(m.build());
  CHECK(subjects(findings, rule::gatekeeper) == Subjects{{"ministers"}});
  AccountabilitySettings settings;
  settings.gatekeeper_min_dominated = 2;
  CHECK(subjects(accountability_of(m.build(), settings), rule::gatekeeper) ==
        Subjects{{"directorate"}, {"ministers"}});
}

TEST_CASE("A body more than four links from the apex has a long chain") {
  MapBuilder m;
  m.apex("p");
  for (const char* id : {"b1", "b2", "b3", "b4", "b5", "b6"}) m.body(id);
  m.answers("b1", "p").answers("b2", "b1").answers("b3", "b2").answers("b4", "b3").answers("b5", "b4").answers("b6", "b5");
  const auto findings = accountability_of(m.build());
  CHECK(subjects(findings, rule::long_chain) == Subjects{{"b5"}, {"b6"}});
  AccountabilitySettings settings;
  settings.long_chain_max_length = 5;
  CHECK(subjects(accountability_of(m.build(), settings), rule::long_chain) == Subjects{{"b6"}});
  // A shortcut shortens the chain.
  m.answers("b6", "p");
  CHECK(subjects(accountability_of(m.build()), rule::long_chain) == Subjects{{"b5"}});
}

TEST_CASE("More than twelve bodies directly accountable to one body is a wide span") {
  MapBuilder m;
  m.apex("p").body("ministers").answers("ministers", "p");
  for (int i = 0; i < 12; ++i) m.body("n" + std::to_string(i)).answers("n" + std::to_string(i), "ministers");
  CHECK(of_rule(accountability_of(m.build()), rule::wide_span).empty());
  m.body("n12").answers("n12", "ministers");
  CHECK(subjects(accountability_of(m.build()), rule::wide_span) == Subjects{{"ministers"}});
}

TEST_CASE("A body standing for a class counts as that many in a span") {
  MapBuilder m;
  m.apex("p").body("councils", BodyType::local_authority).answers("councils", "p");
  m.data.bodies.back().represents = 32;
  CHECK(subjects(accountability_of(m.build()), rule::wide_span) == Subjects{{"p"}});
  AccountabilitySettings settings;
  settings.wide_span_count_represents = false;
  CHECK(of_rule(accountability_of(m.build(), settings), rule::wide_span).empty());
  // A class over a class of the same size: one each.
  m.data.bodies[0].represents = 32;
  CHECK(of_rule(accountability_of(m.build()), rule::wide_span).empty());
}
