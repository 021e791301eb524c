// The bundled example's findings, read against the seeds (Change Programme ONE, "cp1").
// Each assertion is something the seeds say; if the map or a rule changes so that one
// no longer holds, the example has stopped telling the truth.

#include <catch2/catch.hpp>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "analyses/analyse.hpp"
#include "graph/diagnostic.hpp"
#include "importers/load.hpp"

using namespace govgraph;

namespace {
using Subjects = std::vector<std::vector<std::string>>;

const std::vector<Finding>& example_findings() {
  static const std::vector<Finding> findings = [] {
    Diagnostics warnings;
    const auto map =
        load_map(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/scotland-care-system/map.json", warnings);
    return analyse(map);
  }();
  return findings;
}

Subjects subjects_of(const Rule& rule) {
  Subjects out;
  for (const auto& f : example_findings())
    if (is(f, rule)) out.push_back(f.subjects);
  return out;
}

std::size_t count(Severity severity) {
  return static_cast<std::size_t>(std::count_if(example_findings().begin(), example_findings().end(),
                                                [&](const Finding& f) { return f.severity == severity; }));
}

bool names(const Finding& f, const std::string& id) {
  return std::find(f.subjects.begin(), f.subjects.end(), id) != f.subjects.end();
}
}  // namespace

TEST_CASE("The example has no orphaned duty and no broken accountability: every action has a lead") {
  CHECK(count(Severity::error) == 0);
  for (const auto& f : example_findings()) {
    CHECK_FALSE(is(f, rule::accountability_cycle));
    if (find_rule(f.rule)->family == Family::orphan) CHECK(is(f, rule::body_without_purpose));
  }
}

TEST_CASE("The example's findings total 31 warnings and 17 notes") {
  CHECK(count(Severity::warning) == 31);
  CHECK(count(Severity::info) == 17);
}

TEST_CASE("The Promise Oversight Board is the only route for The Promise Scotland and those below it (cp1 p.22)") {
  bool found = false;
  for (const auto& f : example_findings()) {
    if (!is(f, rule::gatekeeper)) continue;
    CHECK(f.subjects != std::vector<std::string>{"the-promise-scotland"});
    if (f.subjects != std::vector<std::string>{"promise-oversight-board"}) continue;
    found = true;
    // The Data for Children Collaborative answers to The Promise Scotland by contract
    // (cp1 p.71), not for its conduct: not a dependant.
    CHECK(f.number("dependants") == 3);
    CHECK(f.named.empty());
  }
  CHECK(found);
}

TEST_CASE("Youth Justice has seven leads and no single accountable owner (cp1 pp.35-36)") {
  const auto leads = subjects_of(rule::multiple_leads);
  // 20 of the 25 actions name more than one lead; in Data Mapping one answers to the
  // other, which commissioned it (cp1 p.71): one line of accountability.
  CHECK(leads.size() == 19);
  CHECK(std::find(leads.begin(), leads.end(),
                  std::vector<std::string>{"youth-justice", "care-inspectorate", "cosla", "police-scotland",
                                           "scottish-government", "scottish-sentencing-council",
                                           "secure-care-providers", "young-offender-institutions"}) != leads.end());
  for (const auto& f : example_findings())
    if (is(f, rule::multiple_leads) && f.ids(SubjectRole::responsibility) == std::vector<std::string>{"youth-justice"})
      CHECK(f.number("leads") == 7);
}

TEST_CASE("Governance Structures has one lead, the Scottish Government, and little work underway (cp1 p.72)") {
  Diagnostics warnings;
  const auto data =
      load_map_data(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/scotland-care-system/map.json", warnings);
  const auto duty = std::find_if(data.responsibilities.begin(), data.responsibilities.end(),
                                 [](const Responsibility& r) { return r.id == "governance-structures"; });
  REQUIRE(duty != data.responsibilities.end());
  // The assessment, on the same scale as the other 24 actions (cp1 p.9), and no commitments received.
  CHECK(duty->status == "little-or-no-work");
  CHECK(duty->commitments == "none");
  // A single accountable lead, so no duplication finding; what it lacks is commitments,
  // and that is the one finding that names it.
  std::size_t naming = 0;
  for (const auto& f : example_findings()) {
    if (!names(f, "governance-structures")) continue;
    ++naming;
    CHECK(is(f, rule::no_commitments));
  }
  CHECK(naming == 1);
}

TEST_CASE("The Scottish Government funds The Promise Scotland, which answers only to the Oversight Board") {
  const auto funding = subjects_of(rule::unaccountable_funding);
  CHECK(std::find(funding.begin(), funding.end(),
                  std::vector<std::string>{"scottish-government", "the-promise-scotland"}) != funding.end());
  // ...so the Oversight Board is its only route to Parliament (cp1 p.22).
  const auto gatekeepers = subjects_of(rule::gatekeeper);
  CHECK(std::find(gatekeepers.begin(), gatekeepers.end(), std::vector<std::string>{"promise-oversight-board"}) !=
        gatekeepers.end());
}

TEST_CASE("The crowded areas are those whose single action names five or more leads, reported in its multiple-leads finding") {
  CHECK(subjects_of(rule::crowded_area).empty());
  Subjects areas;
  for (const auto& f : example_findings())
    if (is(f, rule::multiple_leads) && !f.ids(SubjectRole::area).empty()) areas.push_back(f.ids(SubjectRole::area));
  CHECK(areas == Subjects{{"advocacy"},      {"brothers-and-sisters"}, {"inspection-regulation"},
                          {"relationships"}, {"workforce-support"},    {"youth-justice"}});
}

TEST_CASE("Duplicate scrutiny is only the national and local oversight of councils' progress on the promise") {
  // Charity regulation (OSCR) does not duplicate care inspection, and The Promise Scotland's
  // monitoring feeds the Oversight Board rather than duplicating it (cp1 pp.6, 22).
  CHECK(subjects_of(rule::duplicate_scrutiny) ==
        Subjects{{"local-authorities", "local-oversight-boards", "promise-oversight-board"}});
}

TEST_CASE("Integration Joint Boards and the partnerships like them answer to councils and health boards: one finding (cp1 p.44)") {
  const auto masters = subjects_of(rule::multiple_masters);
  CHECK(std::find(masters.begin(), masters.end(),
                  std::vector<std::string>{"integration-joint-boards", "inverclyde-hscp",
                                           "south-lanarkshire-childrens-services-partnership", "health-boards",
                                           "local-authorities"}) != masters.end());
}

TEST_CASE("A regulator and the bodies it regulates are not reported as overlapping remits") {
  for (const auto& f : example_findings())
    if (f.rule == "duplication.overlapping-remits") CHECK_FALSE((names(f, "sssc") && names(f, "care-providers")));
  const auto remits = subjects_of(rule::overlapping_remits);
  CHECK(std::find(remits.begin(), remits.end(), std::vector<std::string>{"cosla", "scottish-government"}) !=
        remits.end());
}

TEST_CASE("docs/example-findings.md gives one line to each of the example's findings, and to nothing else") {
  // A line reads "- `RULE` [SUBJECT, SUBJECT]: why it is true ... What to do ...".
  std::ifstream doc(std::string(GOVGRAPH_SOURCE_DIR) + "/docs/example-findings.md");
  REQUIRE(doc);
  std::multiset<std::string> documented;
  for (std::string line; std::getline(doc, line);) {
    if (!line.starts_with("- `")) continue;
    const std::size_t close = line.find("]:");
    REQUIRE(close != std::string::npos);
    documented.insert(line.substr(2, close + 1 - 2));
  }
  std::multiset<std::string> given;
  for (const auto& f : example_findings()) {
    std::string key = "`" + f.rule + "` [";
    for (std::size_t i = 0; i < f.subjects.size(); ++i) key += (i > 0 ? ", " : "") + f.subjects[i];
    given.insert(key + "]");
  }
  std::vector<std::string> undocumented;
  std::set_difference(given.begin(), given.end(), documented.begin(), documented.end(),
                      std::back_inserter(undocumented));
  std::vector<std::string> stale;
  std::set_difference(documented.begin(), documented.end(), given.begin(), given.end(), std::back_inserter(stale));
  CHECK(undocumented == std::vector<std::string>{});
  CHECK(stale == std::vector<std::string>{});
}

TEST_CASE("The seeds' judgements appear: The Promise Scotland ends by 2030 and has no formal powers, yet leads (cp1 p.13)") {
  Subjects expiring = subjects_of(rule::lead_expires);
  CHECK(expiring == Subjects{{"the-promise-scotland", "investment", "childrens-hearings-system", "data-mapping"}});
  CHECK(subjects_of(rule::lead_without_powers) ==
        Subjects{{"data-mapping", "data-for-children-collaborative", "the-promise-scotland"}});
  CHECK(subjects_of(rule::no_commitments) == Subjects{{"governance-structures", "scottish-government"}});
}
