#include <catch2/catch.hpp>

#include <algorithm>

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

TEST_CASE("A cycle is its circle alone: chains into and out of it stay out, and an abolished body breaks one") {
  MapBuilder m;
  m.apex("p").body("x").body("y").body("a").body("b").body("z").body("u").body("v");
  m.body("w", BodyType::agency, {}, BodyStatus::abolished);
  m.answers("x", "y").answers("y", "a");                    // a chain into the circle
  m.answers("a", "b").answers("b", "a");                    // the circle
  m.answers("b", "z").answers("z", "p");                    // a chain out of it, up to the apex
  m.answers("u", "v").answers("v", "w").answers("w", "u");  // a circle through an abolished body
  const auto findings = accountability_of(m.build());
  CHECK(subjects(findings, rule::accountability_cycle) == Subjects{{"a", "b"}});
  CHECK(of_rule(findings, rule::accountability_cycle)[0].routes ==
        std::vector<std::vector<std::string>>{{"a", "b", "a"}});
}

TEST_CASE("A long cycle shows its first bodies and counts the rest") {
  MapBuilder m;
  m.apex("p");
  for (int i = 0; i < 30; ++i) m.body("c" + std::to_string(i));
  for (int i = 0; i < 30; ++i) m.answers("c" + std::to_string(i), "c" + std::to_string((i + 1) % 30));
  const auto found = of_rule(accountability_of(m.build()), rule::accountability_cycle);
  REQUIRE(found.size() == 1);
  CHECK(found[0].subjects.size() == 30);
  // 31 bodies round the cycle: the first 11, the last (where it began), 19 left out.
  CHECK(found[0].number("hidden") == 19);
  CHECK(found[0].routes[0].size() == 12);
  CHECK(found[0].evidence[0].ends_with("→ … 19 more → C0"));
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
  // The directorate, ministers' only dependant with dependants of its own, is one chain
  // with ministers: named in their finding, not given its own.
  const auto chained = of_rule(accountability_of(m.build(), settings), rule::gatekeeper);
  REQUIRE(chained.size() == 1);
  CHECK(chained[0].subjects == std::vector<std::string>{"ministers"});
  CHECK(chained[0].named == std::vector<Subject>{{SubjectRole::gatekeeper, "directorate"}});
  CHECK(chained[0].number("chained") == 1);
  CHECK(chained[0].evidence[1] == "below it, each in turn the only route for those under it: Directorate (for 2)");
  // A second dependant of ministers' own makes the directorate a gatekeeper apart.
  m.body("agency").answers("agency", "ministers");
  CHECK(subjects(accountability_of(m.build(), settings), rule::gatekeeper) ==
        Subjects{{"directorate"}, {"ministers"}});
}

TEST_CASE("A chain of gatekeepers is one finding, naming the first twenty below its head and counting the rest") {
  MapBuilder m;
  m.apex("p");
  std::string above = "p";
  for (int i = 0; i < 40; ++i) {
    const std::string id = "g" + std::to_string(i);
    m.body(id).answers(id, above);
    above = id;
  }
  const auto found = of_rule(accountability_of(m.build()), rule::gatekeeper);
  REQUIRE(found.size() == 1);
  CHECK(found[0].subjects == std::vector<std::string>{"g0"});
  CHECK(found[0].number("dependants") == 39);
  // g1 to g36 each keep three or more below them (the default minimum).
  CHECK(found[0].number("chained") == 36);
  REQUIRE(found[0].named.size() == 20);
  CHECK(found[0].named.front().id == "g1");
  CHECK(found[0].named.back().id == "g20");
  CHECK(found[0].evidence[1].starts_with("below it, each in turn the only route for those under it: G1 (for 38), "
                                         "G2 (for 37), "));
  CHECK(found[0].evidence[1].ends_with("G20 (for 19) and 16 others"));
}

TEST_CASE("A gatekeeper's finding names its first twenty dependants alphabetically and counts the others") {
  MapBuilder m;
  m.apex("p").body("gate").answers("gate", "p");
  // A chain of 25 below the gate, named against their depth so that the order differs.
  std::string above = "gate";
  for (int i = 0; i < 25; ++i) {
    const std::string id = "d" + std::string(1, static_cast<char>('y' - i));
    m.body(id).answers(id, above);
    above = id;
  }
  AccountabilitySettings settings;
  settings.gatekeeper_min_dominated = 25;
  const auto found = of_rule(accountability_of(m.build(), settings), rule::gatekeeper);
  REQUIRE(found.size() == 1);
  CHECK(found[0].subjects == std::vector<std::string>{"gate"});
  CHECK(found[0].number("dependants") == 25);
  CHECK(found[0].evidence[0] ==
        "depend on it: Da, Db, Dc, Dd, De, Df, Dg, Dh, Di, Dj, Dk, Dl, Dm, Dn, Do, Dp, Dq, Dr, Ds, Dt and 5 others");
}

TEST_CASE("A body more than four links from the apex has a long chain") {
  MapBuilder m;
  m.apex("p");
  for (const char* id : {"b1", "b2", "b3", "b4", "b5", "b6"}) m.body(id);
  m.answers("b1", "p").answers("b2", "b1").answers("b3", "b2").answers("b4", "b3").answers("b5", "b4").answers("b6", "b5");
  // One finding for the chain, at its deepest body, counting the one above also too far.
  const auto findings = of_rule(accountability_of(m.build()), rule::long_chain);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].subjects == std::vector<std::string>{"b6"});
  CHECK(findings[0].number("also_far") == 1);
  CHECK(findings[0].message == "B6 is 6 links from P at best, more than 4; so is the body above it on that route.");
  AccountabilitySettings settings;
  settings.long_chain_max_length = 5;
  CHECK(subjects(accountability_of(m.build(), settings), rule::long_chain) == Subjects{{"b6"}});
  // A shortcut shortens the chain.
  m.answers("b6", "p");
  CHECK(subjects(accountability_of(m.build()), rule::long_chain) == Subjects{{"b5"}});
}

TEST_CASE("A long chain shows the first bodies of its route and its apex, counting those left out") {
  MapBuilder m;
  m.apex("p").body("b0").answers("b0", "p");
  for (int i = 1; i < 30; ++i) m.body("b" + std::to_string(i)).answers("b" + std::to_string(i), "b" + std::to_string(i - 1));
  const auto findings = of_rule(accountability_of(m.build()), rule::long_chain);
  const auto deepest = std::find_if(findings.begin(), findings.end(),
                                    [](const Finding& f) { return f.subjects == std::vector<std::string>{"b29"}; });
  REQUIRE(deepest != findings.end());
  CHECK(deepest->number("links") == 30);
  // 31 bodies on the route: the first 11, the apex, and 19 left out between.
  CHECK(deepest->number("hidden") == 19);
  CHECK(deepest->routes == std::vector<std::vector<std::string>>{
                               {"b29", "b28", "b27", "b26", "b25", "b24", "b23", "b22", "b21", "b20", "b19", "p"}});
  CHECK(deepest->evidence[0].find("B19 → … 19 more → P") != std::string::npos);
  CHECK(deepest->number("also_far") == 25);
  // A route of twelve bodies or fewer is shown whole.
  AccountabilitySettings settings;
  settings.long_chain_max_length = 2;
  MapBuilder short_map;
  short_map.apex("p").body("b0").answers("b0", "p");
  for (int i = 1; i <= 10; ++i)
    short_map.body("b" + std::to_string(i)).answers("b" + std::to_string(i), "b" + std::to_string(i - 1));
  const auto whole = of_rule(accountability_of(short_map.build(), settings), rule::long_chain);
  REQUIRE(whole.size() == 1);
  CHECK(whole[0].routes[0].size() == 12);
  CHECK_FALSE(whole[0].number("hidden"));
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
