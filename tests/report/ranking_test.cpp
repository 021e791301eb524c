// The executive summary: findings ranked by a score of severity and reach, each said in
// one plain sentence.

#include <algorithm>
#include <set>

#include <catch2/catch.hpp>

#include "report/formats.hpp"
#include "tests/analyses/map_builder.hpp"
#include "tests/report/sample_report.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {

std::vector<std::string> ranked_rules(const Review& review, std::size_t top) {
  std::vector<std::string> rules;
  for (const auto& ranked : rank_findings(review, top)) rules.push_back(review.findings[ranked.index].finding.rule);
  return rules;
}

/// Seven leads share a national plan; another plan has no lead; two bodies answer to each
/// other; one body cites no source.
MapBuilder ranked_map() {
  MapBuilder m;
  m.area("care-area");
  m.apex("the-parliament").body("the-ministers", BodyType::minister).answers("the-ministers", "the-parliament");
  std::vector<Owner> leads;
  for (const std::string id : {"lead-one", "lead-two", "lead-three", "lead-four", "lead-five", "lead-six", "lead-seven"}) {
    m.body(id).answers(id, "the-ministers");
    leads.push_back(lead(id));
  }
  m.duty("national-plan", leads, "care-area");
  m.duty("local-plan", {supports("lead-one")}, "care-area");
  m.body("loop-one").body("loop-two").answers("loop-one", "loop-two").answers("loop-two", "loop-one");
  m.data.bodies[1].source.clear();
  return m;
}

}  // namespace

TEST_CASE("The ranking weighs reach with severity: a warning on seven leads outranks a two-body error") {
  const RuleSelection only{{"orphan.no-lead", "duplication.multiple-leads", "accountability.cycle", "provenance.unsourced"}, {}};
  const Review review = apply_waivers(analyse(ranked_map().build(), {}, only), {}, "2024-01-01");
  // no-lead 8 × (1 + 2 + 1) = 32; multiple-leads 4 × (1 + 2 + 3) = 24; the cycle 8 × (1 + log2 3)
  // = 20.68; one unsourced body 1 × (1 + 1) = 2.
  CHECK(ranked_rules(review, 10) == std::vector<std::string>{"orphan.no-lead", "duplication.multiple-leads",
                                                             "accountability.cycle", "provenance.unsourced"});
  const auto ranked = rank_findings(review, 10);
  CHECK(ranked[0].score == 32);
  CHECK(ranked[1].score == 24);
  CHECK(ranked[2].score == Approx(20.68));
  CHECK(ranked[3].score == 2);
  CHECK(ranked_rules(review, 2) == std::vector<std::string>{"orphan.no-lead", "duplication.multiple-leads"});
  CHECK(rank_findings(review, 0).empty());
}

TEST_CASE("Money raises a finding's score and equal scores keep report order") {
  Finding small{Severity::warning, "funding.unaccountable-funding", {"a-funder", "a-recipient"}, "m.", {}, {},
                {SubjectRole::funder, SubjectRole::recipient}};
  Finding large = small;
  large.numbers = {{"amount", 4000000}};
  CHECK(finding_score(large) > finding_score(small));
  CHECK(finding_score(small) == Approx(4 * (1 + std::log2(3.0))).epsilon(0.001));
  const Review review = apply_waivers({small, small, large}, {}, "2024-01-01");
  const auto ranked = rank_findings(review, 3);
  CHECK(ranked[0].index == 2);
  CHECK(ranked[1].index == 0);
  CHECK(ranked[2].index == 1);
}

TEST_CASE("Waived findings are left out of the summary") {
  const Review review = test::sample_input().review;
  for (const auto& ranked : rank_findings(review, 10)) CHECK_FALSE(review.findings[ranked.index].waived());
}

TEST_CASE("The summary of every format ranks as many findings as --top asks") {
  ReportInput input = test::sample_input();
  input.top = 2;
  const std::string text = format_report(input, ReportFormat::text);
  CHECK(text.find("SUMMARY: what matters most\n  1. Oversight Board") != std::string::npos);
  CHECK(text.find("\n  2. Nobody leads") != std::string::npos);
  CHECK(text.find("\n  3. ") == std::string::npos);
  CHECK(format_report(input, ReportFormat::markdown).find("\n2. Nobody leads") != std::string::npos);
  CHECK(format_report(input, ReportFormat::json).find("\"top\": [\n      0,\n      1\n    ]") != std::string::npos);
  input.top = 0;
  CHECK(format_report(input, ReportFormat::text).find("SUMMARY") == std::string::npos);
  CHECK(format_report(input, ReportFormat::markdown).find("Executive summary") == std::string::npos);
  CHECK(format_report(input, ReportFormat::json).find("\"top\": []") != std::string::npos);
}

TEST_CASE("Each rule's summary sentence names records by name, not id, and keeps rule ids in brackets") {
  MapBuilder m = ranked_map();
  m.area("other-area");
  m.body("no-purpose-body").answers("no-purpose-body", "the-ministers");
  m.body("stray-body").duty("stray-plan", {lead("stray-body")}, "other-area");
  m.body("old-body", BodyType::agency, {}, BodyStatus::abolished).duty("old-plan", {lead("old-body")}, "other-area");
  m.duty("empty-plan", {}, "other-area");
  m.body("other-master").answers("other-master", "the-parliament");
  m.body("two-masters").answers("two-masters", "the-ministers").answers("two-masters", "other-master");
  m.body("mid-body").answers("mid-body", "the-ministers").body("deep-body").answers("deep-body", "mid-body");
  m.answers("deep-body", "the-ministers");
  for (const std::string id : {"chain-one", "chain-two", "chain-three", "chain-four", "chain-five"}) m.body(id);
  m.answers("chain-one", "chain-two").answers("chain-two", "chain-three").answers("chain-three", "chain-four");
  m.answers("chain-four", "chain-five").answers("chain-five", "the-ministers");
  m.named("care-agency-one", "Care Agency").named("care-agency-two", "Care Agency");
  m.link("the-ministers", "stray-body", LinkKind::funds, 1000000);
  m.link("loop-one", "loop-two", LinkKind::funds).link("loop-two", "loop-one", LinkKind::funds);
  m.link("lead-one", "lead-two", LinkKind::scrutinises).link("lead-three", "lead-two", LinkKind::scrutinises);
  // The builder names responsibilities and areas by their ids: give them names.
  const auto spaced = [](std::string id) {
    std::replace(id.begin(), id.end(), '-', ' ');
    return id;
  };
  for (auto& r : m.data.responsibilities) r.name = spaced(r.id);
  for (auto& a : m.data.policy_areas) a.name = spaced(a.id);
  const Review review = apply_waivers(analyse(m.build()), {}, "2024-01-01");
  std::set<std::string> rules;
  for (const auto& reviewed : review.findings) {
    const Finding& f = reviewed.finding;
    rules.insert(f.rule);
    const std::string sentence = summary_sentence(f);
    INFO(sentence);
    const std::string suffix = " (" + f.rule + ")";
    REQUIRE(sentence.size() > suffix.size());
    CHECK(sentence.substr(sentence.size() - suffix.size()) == suffix);
    const std::string words = sentence.substr(0, sentence.size() - suffix.size());
    // Every id here holds a hyphen and every name a space: an id in the words is an id shown.
    for (const auto& id : f.subjects) CHECK(words.find(id) == std::string::npos);
    for (const auto& named : f.named) CHECK(words.find(named.id) == std::string::npos);
    CHECK(words.find(f.rule) == std::string::npos);
  }
  // The rules this map is built to trigger, so each kind's sentence is read (its crowded
  // area holds one action, so it is told in that action's multiple-leads finding).
  for (const std::string rule :
       {"orphan.no-owner", "orphan.no-lead", "orphan.lead-unaccountable", "orphan.lead-inactive",
        "orphan.body-unaccountable", "orphan.no-route-to-apex", "orphan.body-without-purpose",
        "duplication.multiple-leads", "duplication.multiple-masters", "duplication.redundant-line",
        "duplication.same-entity", "accountability.cycle", "accountability.long-chain",
        "funding.unaccountable-funding", "funding.cycle", "provenance.unsourced"}) {
    INFO(rule);
    CHECK(rules.count(rule) == 1);
  }
}

TEST_CASE("The summary shows at most two findings of one rule while another rule has findings left") {
  // Three national plans with seven leads each (score 24) outrank a two-body cycle (20.68).
  MapBuilder m = ranked_map();
  for (const std::string plan : {"second-plan", "third-plan"}) {
    std::vector<Owner> leads;
    for (const std::string id : {"lead-one", "lead-two", "lead-three", "lead-four", "lead-five", "lead-six", "lead-seven"})
      leads.push_back(lead(id));
    m.duty(plan, leads, "care-area");
  }
  const RuleSelection only{{"duplication.multiple-leads", "accountability.cycle"}, {}};
  const Review review = apply_waivers(analyse(m.build(), {}, only), {}, "2024-01-01");
  CHECK(ranked_rules(review, 3) == std::vector<std::string>{"duplication.multiple-leads", "duplication.multiple-leads",
                                                            "accountability.cycle"});
  // With room for all, the third of the rule comes back in score order.
  CHECK(ranked_rules(review, 4) == std::vector<std::string>{"duplication.multiple-leads", "duplication.multiple-leads",
                                                            "duplication.multiple-leads", "accountability.cycle"});
}
