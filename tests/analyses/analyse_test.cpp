#include <catch2/catch.hpp>

#include <set>

#include "analyses/analyse.hpp"
#include "graph/diagnostic.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {
MapBuilder troubled() {
  MapBuilder m;
  m.apex("parliament").area("care").area("justice");
  m.body("ministers", BodyType::minister, {"care"}).answers("ministers", "parliament");
  m.body("a", BodyType::agency, {"care", "justice"}).body("b", BodyType::agency, {"care", "justice"});
  m.answers("a", "b").answers("b", "a");  // a cycle
  m.body("loner", BodyType::board);
  m.duty("plan", {lead("a"), lead("b")}, "care").duty("nobody", {}, "care");
  m.link("ministers", "loner", LinkKind::funds, 1000);
  m.data.bodies[3].source.clear();
  return m;
}
}  // namespace

TEST_CASE("Every rule of the product is registered once, with a family and a summary") {
  std::set<std::string> ids;
  for (const auto& r : all_rules) {
    CHECK(ids.insert(std::string(r.id)).second);
    CHECK(r.id.substr(0, to_string(r.family).size() + 1) == std::string(to_string(r.family)) + ".");
    CHECK(!r.summary.empty());
  }
  CHECK(find_rule("orphan.no-lead")->severity == Severity::error);
  CHECK(find_rule("nothing") == nullptr);
}

TEST_CASE("Analysing a troubled map reports each problem under a registered rule, sorted") {
  const auto map = troubled().build();
  const auto findings = analyse(map);
  CHECK(std::is_sorted(findings.begin(), findings.end()));
  for (const auto& f : findings) {
    const Rule* info = find_rule(f.rule);
    REQUIRE(info != nullptr);
    CHECK(f.severity == info->severity);
    CHECK(!f.message.empty());
    CHECK(std::is_sorted(f.sources.begin(), f.sources.end()));
  }
  CHECK(subjects(findings, rule::accountability_cycle) == Subjects{{"a", "b"}});
  CHECK(subjects(findings, rule::no_owner) == Subjects{{"nobody"}});
  CHECK(subjects(findings, rule::multiple_leads) == Subjects{{"plan", "a", "b"}});
  CHECK(subjects(findings, rule::unaccountable_funding) == Subjects{{"ministers", "loner"}});
  CHECK(subjects(findings, rule::unsourced) == Subjects{{"b"}});
}

TEST_CASE("The families run on one thread or several give the same findings") {
  const auto map = troubled().build();
  const SharedResults shared = share(map);
  const auto alone = analyse(map, shared, {}, {}, 1);
  CHECK(!alone.empty());
  CHECK(analyse(map, shared, {}, {}, 2) == alone);
  CHECK(analyse(map, shared, {}, {}, 8) == alone);  // more threads than families
  RuleSelection some;
  some.only = {"funding", "orphan.no-owner"};
  CHECK(analyse(map, shared, {}, some, 2) == analyse(map, shared, {}, some, 1));
}

TEST_CASE("Findings stored as data are worded when written exactly as when worded at once") {
  MapBuilder m = troubled();
  // A chain of 30 below the ministers: long, with a route shown in part.
  std::string above = "ministers";
  for (int i = 0; i < 30; ++i) {
    const std::string id = "c" + std::to_string(i);
    m.body(id).answers(id, above);
    above = id;
  }
  m.link("ministers", "a", LinkKind::funds, 2500000).link("ministers", "a", LinkKind::funds, 500000);
  // Two bodies whose remits overlap, each leading what the other delivers: the words name
  // each body's role, and the body met first in the map comes last in id order.
  m.body("zeta", BodyType::agency, {"care"}).answers("zeta", "ministers");
  m.body("alpha", BodyType::agency, {"care"}).answers("alpha", "parliament");
  m.duty("recruit", {lead("zeta"), delivers("alpha")}).duty("train", {delivers("zeta"), lead("alpha")});
  const auto map = m.build();
  const SharedResults shared = share(map);
  const auto now = analyse(map, shared, {}, {}, 2, Wording::now);
  const auto later = analyse(map, shared, {}, {}, 2, Wording::when_written);
  REQUIRE(later.size() == now.size());
  std::size_t stored_as_data = 0;
  for (std::size_t i = 0; i < now.size(); ++i) {
    CHECK(now[i].describer.describe == nullptr);
    CHECK(later[i].words().message == now[i].message);
    CHECK(later[i].words().evidence == now[i].evidence);
    if (later[i].describer.describe == nullptr) continue;
    ++stored_as_data;
    CHECK(later[i].message.empty());  // no sentence made while analysing
    Finding worded = later[i];
    worded.word();
    CHECK(worded.message == now[i].message);
    CHECK(worded.evidence == now[i].evidence);
  }
  CHECK(stored_as_data == 4);  // the long chain, two funded bodies and the overlapping remits
  const auto chain = of_rule(later, rule::long_chain);
  REQUIRE(chain.size() == 1);
  CHECK(chain[0].words().message == "C29 is 31 links from Parliament at best, more than 4; so are the 26 bodies "
                                    "above it on that route.");
  CHECK(chain[0].words().evidence[0].ends_with("→ … 20 more → Parliament"));
  const auto funded = of_rule(later, rule::unaccountable_funding);
  REQUIRE(funded.size() == 2);
  CHECK(funded[0].words().message ==
        "Ministers funds A (3.0m), but A has no line of accountability back to Ministers.");
  CHECK(funded[0].words().evidence ==
        std::vector<std::string>{"Ministers funds A: 2.5m", "Ministers funds A: 500k", "A answers to B, whose lines do not reach Ministers"});
  const auto overlapping = of_rule(later, rule::overlapping_remits);
  REQUIRE(overlapping.size() == 1);
  CHECK(overlapping[0].subjects == std::vector<std::string>{"alpha", "zeta"});
  const FindingWords remits = overlapping[0].words();
  CHECK(remits.message == "Alpha and Zeta have overlapping remits: they share 2 responsibilities and 1 policy area.");
  REQUIRE(remits.evidence.size() == 4);
  CHECK(remits.evidence[1].ends_with("': Zeta leads, Alpha delivers"));
  CHECK(remits.evidence[2].ends_with("': Zeta delivers, Alpha leads"));
}

TEST_CASE("Two analyses of one map are identical") {
  const auto map = troubled().build();
  CHECK(analyse(map) == analyse(map));
  CHECK(analyse(troubled().build()) == analyse(map));
}

TEST_CASE("Rules to run or skip are named by rule id or family") {
  const auto map = troubled().build();
  RuleSelection only_orphans{{"orphan"}, {}};
  for (const auto& f : analyse(map, {}, only_orphans)) CHECK(f.rule.rfind("orphan.", 0) == 0);
  CHECK(!analyse(map, {}, only_orphans).empty());
  RuleSelection skip{{}, {"orphan", "provenance.unsourced"}};
  for (const auto& f : analyse(map, {}, skip)) {
    CHECK(f.rule.rfind("orphan.", 0) != 0);
    CHECK(f.rule != "provenance.unsourced");
  }
  RuleSelection one{{"accountability.cycle"}, {}};
  CHECK(analyse(map, {}, one).size() == 1);
  RuleSelection unknown{{"orphans"}, {}};
  CHECK_THROWS_WITH(analyse(map, {}, unknown), Catch::Contains("unknown rule or family 'orphans'") &&
                                                   Catch::Contains("orphan.no-lead"));
  RuleSelection prefix{{"orphan.no"}, {}};
  CHECK_THROWS_AS(analyse(map, {}, prefix), InputError);
}

TEST_CASE("A setting changes a threshold or a rule's severity, and unknown keys or bad values are rejected") {
  AnalysisSettings settings;
  settings.set("duplication.overlapping-remits.min-jaccard=0.6");
  CHECK(settings.duplication.remit_min_jaccard == Approx(0.6));
  settings.set("accountability.long-chain.max-length", "7");
  CHECK(settings.accountability.long_chain_max_length == 7);
  settings.set("orphan.body-unaccountable.exempt-types", "third-sector,company");
  CHECK(settings.orphans.unaccountable_exempt_types == std::vector<BodyType>{BodyType::third_sector, BodyType::company});
  settings.set("overlap.area-pair.include-nested", "true");
  CHECK(settings.overlap.pair_include_nested);
  settings.set("accountability.cycle.severity", "warning");
  CHECK(settings.severity("accountability.cycle") == Severity::warning);
  CHECK(settings.severity("orphan.no-lead") == Severity::error);

  CHECK_THROWS_WITH(settings.set("duplication.min-jaccard", "0.5"),
                    Catch::Contains("unknown setting") && Catch::Contains("duplication.overlapping-remits.min-jaccard"));
  CHECK_THROWS_WITH(settings.set("duplication.overlapping-remits.min-jaccard", "1.5"),
                    Catch::Contains("a number from 0 to 1"));
  CHECK_THROWS_WITH(settings.set("accountability.long-chain.max-length", "-1"), Catch::Contains("whole number"));
  CHECK_THROWS_WITH(settings.set("overlap.area-pair.include-nested", "maybe"), Catch::Contains("true or false"));
  CHECK_THROWS_WITH(settings.set("orphan.body-unaccountable.exempt-types", "charity"), Catch::Contains("third-sector"));
  CHECK_THROWS_WITH(settings.set("orphan.no-lead.severity", "fatal"), Catch::Contains("error, warning or info"));
  CHECK_THROWS_WITH(settings.set("no-equals-sign"), Catch::Contains("KEY=VALUE"));

  const auto map = troubled().build();
  CHECK(of_rule(analyse(map, settings), rule::accountability_cycle)[0].severity == Severity::warning);
}

TEST_CASE("Every setting is listed with its default") {
  AnalysisSettings settings;
  settings.set("accountability.wide-span.max-direct", "20");
  const auto infos = settings.settings_info();
  REQUIRE(infos.size() >= 20);
  CHECK(std::is_sorted(infos.begin(), infos.end(), [](const auto& a, const auto& b) { return a.key < b.key; }));
  bool seen = false;
  for (const auto& info : infos) {
    CHECK(!info.description.empty());
    if (info.key == "accountability.wide-span.max-direct") {
      seen = true;
      CHECK(info.value == "20");
      CHECK(info.default_value == "12");
    }
    if (info.key == "duplication.overlapping-remits.min-jaccard") CHECK(info.default_value == "0.5");
    // Every key can be set back to its default.
    AnalysisSettings copy;
    CHECK_NOTHROW(copy.set(info.key, info.default_value));
  }
  CHECK(seen);
}

TEST_CASE("Findings are sorted whole when settings change their rules' severities") {
  const auto map = troubled().build();
  AnalysisSettings settings;
  for (const auto& r : all_rules) settings.set(std::string(r.id) + ".severity", "info");
  settings.set("orphan.no-owner.severity", "error");
  const auto findings = analyse(map, settings);
  CHECK(std::is_sorted(findings.begin(), findings.end()));
  CHECK(findings.front().rule == "orphan.no-owner");
  CHECK(findings.size() == analyse(map).size());
}

TEST_CASE("sort_findings orders findings as std::sort does, groups already in order or not") {
  // Groups by (severity, rule) arrive interleaved; one group is out of order inside.
  std::vector<Finding> findings;
  const auto add = [&](Severity severity, const char* rule, const char* subject) {
    Finding f;
    f.severity = severity;
    f.rule = rule;
    f.subjects = {subject};
    findings.push_back(f);
  };
  add(Severity::info, "provenance.unsourced", "a");
  add(Severity::error, "orphan.no-lead", "b");
  add(Severity::error, "orphan.no-lead", "c");
  add(Severity::warning, "funding.unaccountable-funding", "z");
  add(Severity::warning, "funding.unaccountable-funding", "m");
  add(Severity::error, "accountability.cycle", "x");
  add(Severity::info, "provenance.unsourced", "b");
  std::vector<Finding> expected = findings;
  std::sort(expected.begin(), expected.end());
  sort_findings(findings);
  CHECK(findings == expected);
  sort_findings(findings);  // already sorted: nothing moves
  CHECK(findings == expected);
}
