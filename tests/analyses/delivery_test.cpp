#include <catch2/catch.hpp>

#include "tests/analyses/map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {

std::vector<Finding> delivery_of(const GovernanceMap& map, const DeliverySettings& settings = {}) {
  return find_delivery(map, share(map), settings);
}

/// Parliament, a department and a company answering to it; one duty led by `leads`.
MapBuilder promise_map(std::vector<Owner> leads) {
  MapBuilder m;
  m.apex("parliament").body("department", BodyType::executive).body("company", BodyType::company);
  m.answers("department", "parliament").answers("company", "department");
  m.duty("data", std::move(leads));
  return m;
}

}  // namespace

TEST_CASE("A responsibility with no commitments received is a warning that gives its assessment") {
  auto m = promise_map({lead("department"), supports("company")});
  m.data.responsibilities[0].commitments = "none";
  m.data.responsibilities[0].status = "little-or-no-work";
  const auto found = of_rule(delivery_of(m.build()), rule::no_commitments);
  REQUIRE(found.size() == 1);
  CHECK(found[0].severity == Severity::warning);
  CHECK(found[0].ids(SubjectRole::responsibility) == std::vector<std::string>{"data"});
  CHECK(found[0].ids(SubjectRole::lead) == std::vector<std::string>{"department"});
  CHECK(found[0].message == "No commitments have been received for 'data', assessed as having little or no work underway.");
}

TEST_CASE("A status of no-commitments is reported as none received, without an assessment") {
  auto m = promise_map({lead("department")});
  m.data.responsibilities[0].status = "no-commitments";
  const auto found = of_rule(delivery_of(m.build()), rule::no_commitments);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "No commitments have been received for 'data'.");
}

TEST_CASE("Commitments received, not recorded, or written outside the vocabulary are not reported") {
  for (const char* commitments : {"received", "", "nil"}) {
    auto m = promise_map({lead("department")});
    m.data.responsibilities[0].commitments = commitments;
    CHECK(of_rule(delivery_of(m.build()), rule::no_commitments).empty());
  }
}

TEST_CASE("A lead that ends before its responsibility is due is an orphan in waiting") {
  auto m = promise_map({lead("company")});
  m.data.bodies[2].end = "2030-12-31";
  m.data.responsibilities[0].due = "2031-03-31";
  const auto found = of_rule(delivery_of(m.build()), rule::lead_expires);
  REQUIRE(found.size() == 1);
  CHECK(found[0].ids(SubjectRole::lead) == std::vector<std::string>{"company"});
  CHECK(found[0].ids(SubjectRole::responsibility) == std::vector<std::string>{"data"});
  CHECK(found[0].number("responsibilities") == 1);
  CHECK(found[0].number("left_without_lead") == 1);
  CHECK(found[0].message == "Company ends on 2030-12-31 but leads 1 responsibility due after that: 'data'; 'data' is "
                            "then left with no lead.");
  CHECK(found[0].evidence == std::vector<std::string>{"data: due 2031-03-31; no lead remains"});
}

TEST_CASE("Without a due date the map's horizon applies, and a lead that continues is said to remain") {
  auto m = promise_map({lead("company"), lead("department")});
  m.data.bodies[2].end = "2030-12-31";
  m.data.horizon = "2031-01-01";
  const auto found = of_rule(delivery_of(m.build()), rule::lead_expires);
  REQUIRE(found.size() == 1);
  CHECK(found[0].number("left_without_lead") == 0);
  CHECK(found[0].evidence == std::vector<std::string>{"data: held to the map's horizon, 2031-01-01; another lead remains"});
}

TEST_CASE("A lead ending on or after the due date, a duty without a date, and an abolished lead are not reported") {
  auto on_time = promise_map({lead("company")});
  on_time.data.bodies[2].end = "2030-12-31";
  on_time.data.responsibilities[0].due = "2030-12-31";
  CHECK(of_rule(delivery_of(on_time.build()), rule::lead_expires).empty());

  auto undated = promise_map({lead("company")});
  undated.data.bodies[2].end = "2030-12-31";
  CHECK(of_rule(delivery_of(undated.build()), rule::lead_expires).empty());

  auto abolished = promise_map({lead("company")});
  abolished.data.bodies[2].end = "2030-12-31";
  abolished.data.bodies[2].status = BodyStatus::abolished;
  abolished.data.horizon = "2035-01-01";
  CHECK(of_rule(delivery_of(abolished.build()), rule::lead_expires).empty());
}

TEST_CASE("A duty led only by bodies without statutory powers is reported") {
  auto m = promise_map({lead("company"), lead("department")});
  m.data.bodies[1].powers = "advisory";
  m.data.bodies[2].powers = "non-statutory";
  const auto found = of_rule(delivery_of(m.build()), rule::lead_without_powers);
  REQUIRE(found.size() == 1);
  CHECK(found[0].ids(SubjectRole::lead) == std::vector<std::string>{"company", "department"});
  CHECK(found[0].message == "'data' is led only by bodies without statutory powers: Company (non-statutory) and "
                            "Department (advisory), so no lead can use powers in law to carry it.");
}

TEST_CASE("One lead with statutory powers, or one whose powers are unknown, carries the duty by default") {
  auto statutory = promise_map({lead("company"), lead("department")});
  statutory.data.bodies[1].powers = "statutory";
  statutory.data.bodies[2].powers = "non-statutory";
  CHECK(of_rule(delivery_of(statutory.build()), rule::lead_without_powers).empty());

  auto unknown = promise_map({lead("company"), lead("department")});
  unknown.data.bodies[2].powers = "non-statutory";
  CHECK(of_rule(delivery_of(unknown.build()), rule::lead_without_powers).empty());
  DeliverySettings count_unknown;
  count_unknown.count_unknown_powers = true;
  const auto found = of_rule(delivery_of(unknown.build(), count_unknown), rule::lead_without_powers);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message.find("Department (powers unknown)") != std::string::npos);
}

TEST_CASE("The delivery rules run under analyse, and the setting is set by key") {
  auto m = promise_map({lead("company")});
  m.data.bodies[2].powers = "non-statutory";
  m.data.responsibilities[0].commitments = "none";
  AnalysisSettings settings;
  settings.set("delivery.lead-without-powers.count-unknown=true");
  CHECK(settings.delivery.count_unknown_powers);
  const auto findings = analyse(m.build(), settings, RuleSelection{{"delivery"}, {}});
  CHECK(findings.size() == 2);
}

TEST_CASE("The progress figure counts each assessment and the commitments, against all responsibilities") {
  MapBuilder m;
  m.apex("parliament");
  for (const char* status : {"underway", "underway-insufficient", "underway-insufficient", "", "in hand", "no-commitments"}) {
    m.duty("d" + std::to_string(m.data.responsibilities.size()), {lead("parliament")});
    m.data.responsibilities.back().status = status;
  }
  m.data.responsibilities[3].commitments = "none";
  const auto p = figures_of(m.build()).progress;
  CHECK(p.responsibilities == 6);
  CHECK(p.by_assessment == std::vector<Count>{{"underway", 1}, {"underway-insufficient", 2}, {"no-commitments", 1}});
  CHECK(p.not_assessed == 1);
  CHECK(p.other_status == 1);
  CHECK(p.no_commitments == 2);
  CHECK(p.sentences == std::vector<std::string>{"1 of 6 responsibilities assessed as underway",
                                                "2 of 6 responsibilities assessed as underway but not yet sufficient",
                                                "1 of 6 responsibilities with a status outside the assessment scale",
                                                "1 of 6 responsibilities not assessed",
                                                "2 of 6 responsibilities with no commitments received"});
}

TEST_CASE("A map that records no progress says nothing about it") {
  MapBuilder m;
  m.apex("parliament").duty("d", {lead("parliament")});
  CHECK(figures_of(m.build()).progress.sentences.empty());
}

TEST_CASE("The spread sentence counts against the declared universe, else says the count is the map's") {
  MapBuilder m;
  m.area("care").area("justice").apex("parliament");
  m.body("d1", BodyType::directorate, {"care"}).body("d2", BodyType::directorate);
  auto sentence = [](const GovernanceMap& map) {
    for (const auto& s : figures_of(map).spread)
      if (s.type == "directorate") return s.sentence;
    return std::string();
  };
  CHECK(sentence(m.build()) ==
        "1 of the map's 2 directorates has an interest, straddling 1 of the map's 2 policy areas");
  m.data.universe = {{"directorate", 43, {}}, {"policy_areas", 117, {}}};
  CHECK(sentence(m.build()) ==
        "1 of 43 directorates (the map holds 2) has an interest, straddling 1 of 117 policy areas (the map holds 2)");
  m.data.universe = {{"directorate", 2, {}}};
  CHECK(sentence(m.build()) == "1 of 2 directorates has an interest, straddling 1 of the map's 2 policy areas");
}
