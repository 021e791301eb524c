// govgraph suggest: candidates from findings, each checked as check-restructure checks a
// proposal, on small maps with known answers and on the bundled example.

#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "analyses/analyse.hpp"
#include "bench/generate_map.hpp"
#include "importers/load.hpp"
#include "restructure/compare.hpp"
#include "restructure/proposal_writer.hpp"
#include "restructure/suggest.hpp"
#include "restructure/suggest_report.hpp"
#include "tests/analyses/map_builder.hpp"
#include "tests/restructure/support.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::test;

namespace {

/// Checks a proposal with the evaluator's shortcuts against analysing every family after
/// it, and returns the latter.
Evaluation checked_as_every_family(const Evaluator& evaluator, const Proposal& proposal) {
  const Evaluation fast = evaluator.evaluate(proposal);
  Evaluation full = evaluator.evaluate(proposal, true);
  REQUIRE(fast.applies == full.applies);
  CHECK(fast.resolved == full.resolved);
  CHECK(fast.introduced == full.introduced);
  CHECK(fast.lost.size() == full.lost.size());
  CHECK(fast.disruption == full.disruption);
  return full;
}

/// A ministry and an agency answering to it, and a council answering to parliament, all
/// leading "plan"; two national regulators (A leads "inspect", B supports it) scrutinising
/// the council, and regulator A and a charity scrutinising the agency, all in one area.
const char* known_map = R"({
  "govgraph": 1,
  "name": "Known",
  "policy_areas": [{"id": "care", "name": "Care"}],
  "bodies": [
    {"id": "parliament", "name": "Parliament", "type": "legislature"},
    {"id": "ministry", "name": "Ministry", "type": "executive", "sector": "national"},
    {"id": "agency", "name": "Agency", "type": "agency", "sector": "national"},
    {"id": "council", "name": "Council", "type": "local-authority", "sector": "local"},
    {"id": "inspect-a", "name": "Inspectorate A", "type": "regulator", "sector": "national", "policy_areas": ["care"]},
    {"id": "inspect-b", "name": "Inspectorate B", "type": "regulator", "sector": "national", "policy_areas": ["care"]},
    {"id": "charity", "name": "Care Charity", "type": "third-sector", "sector": "national", "policy_areas": ["care"]}
  ],
  "links": [
    {"from": "ministry", "to": "parliament", "kind": "accountable_to"},
    {"from": "agency", "to": "ministry", "kind": "accountable_to"},
    {"from": "council", "to": "parliament", "kind": "accountable_to"},
    {"from": "inspect-a", "to": "ministry", "kind": "accountable_to"},
    {"from": "inspect-b", "to": "ministry", "kind": "accountable_to"},
    {"from": "charity", "to": "ministry", "kind": "accountable_to"},
    {"from": "inspect-a", "to": "council", "kind": "scrutinises"},
    {"from": "inspect-b", "to": "council", "kind": "scrutinises"},
    {"from": "inspect-a", "to": "agency", "kind": "scrutinises"},
    {"from": "charity", "to": "agency", "kind": "scrutinises"}
  ],
  "responsibilities": [
    {"id": "plan", "name": "Plan services", "owners": [{"body": "ministry", "role": "lead"}, {"body": "agency", "role": "lead"},
      {"body": "council", "role": "lead"}]},
    {"id": "inspect", "name": "Inspect care", "policy_area": "care",
     "owners": [{"body": "inspect-a", "role": "lead"}, {"body": "inspect-b", "role": "supports"}]}
  ]
})";

MapData example_data() {
  Diagnostics warnings;
  return load_map_data(source_path("examples/scotland-care-system/map.json"), warnings);
}

std::vector<std::string> names_of(const Suggestions& all) {
  std::vector<std::string> names;
  for (const auto& s : all.items) names.push_back(s.proposal.name);
  return names;
}

bool has(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

/// The proposal as -o writes it, read back and checked by check-restructure's own code.
Comparison checked_as_written(const MapData& before, const Suggestion& s) {
  const Proposal read = parse_proposal(write_proposal(s.proposal), "suggestion.json");
  AppliedProposal applied = apply_proposal(before, read);
  const GovernanceMap before_map{MapData(before)};
  const GovernanceMap after_map{MapData(applied.after)};
  return compare_proposal(read, applied, analysed(before_map, analyse(before_map)), analysed(after_map, analyse(after_map)));
}

}  // namespace

TEST_CASE("A duty led on two lines gets one lead: the lead the others answer to") {
  const Evaluator evaluator(data_of(known_map, "known.json"), {});
  const auto names = names_of(suggest(evaluator, {}));
  CHECK(has(names, "Make 'Ministry' the single lead of 'Plan services'; 'Agency' and 'Council' deliver it"));
}

TEST_CASE("Two regulators scrutinising one council merge, and a charity is not merged with a regulator") {
  const Evaluator evaluator(data_of(known_map, "known.json"), {});
  const Suggestions all = suggest(evaluator, {});
  const auto names = names_of(all);
  REQUIRE(has(names, "Merge 'Inspectorate B' into 'Inspectorate A'"));
  for (const auto& name : names) CHECK(name.find("Care Charity") == std::string::npos);
  const auto merge = std::find_if(all.items.begin(), all.items.end(),
                                  [](const Suggestion& s) { return s.proposal.name == "Merge 'Inspectorate B' into 'Inspectorate A'"; });
  std::vector<std::string> resolved;
  for (const auto& f : merge->evaluation.resolved) resolved.push_back(f.rule);
  CHECK(has(resolved, "duplication.duplicate-scrutiny"));
  CHECK(merge->evaluation.lost.empty());
  CHECK(merge->evaluation.disruption == Disruption{2, 0, 2, 0, 0});
}

TEST_CASE("A pinned body or line is touched by no suggestion") {
  const Evaluator evaluator(data_of(known_map, "known.json"), {});
  SuggestOptions options;
  options.pins.bodies = {"council"};
  Link line;
  line.from = "inspect-b";
  line.to = "ministry";
  line.kind = LinkKind::accountable_to;
  options.pins.lines = {line};
  const Suggestions all = suggest(evaluator, options);
  for (const auto& s : all.items) {
    CHECK_FALSE(bodies_named(s.proposal.operations).contains("council"));
    CHECK(s.proposal.name.find("Merge 'Inspectorate B'") == std::string::npos);
  }
  SuggestOptions keep_lead;
  keep_lead.pins.bodies = {"ministry"};
  for (const auto& s : suggest(evaluator, keep_lead).items) CHECK(s.proposal.name.find("'Ministry'") == std::string::npos);
}

TEST_CASE("A proposal that loses a duty does not pass") {
  const Evaluator evaluator(data_of(known_map, "known.json"), {});
  const Evaluation e = evaluator.evaluate(proposal(R"({"op": "abolish", "body": "inspect-a"})"));
  REQUIRE(e.applies);
  REQUIRE(e.lost.size() == 1);
  CHECK(e.lost.front().responsibility == "inspect");
  CHECK_FALSE(e.passes());
}

TEST_CASE("Every suggestion on the example, written as a proposal, passes check-restructure and resolves what it claims") {
  const MapData before = example_data();
  const Evaluator evaluator(MapData(before), {});
  SuggestOptions options;
  options.top = 30;
  const Suggestions all = suggest(evaluator, options);
  REQUIRE(all.items.size() >= 10);
  for (const auto& s : all.items) {
    INFO(s.proposal.name);
    const std::string written = write_proposal(s.proposal);
    CHECK(write_proposal(parse_proposal(written, "suggestion.json")) == written);
    const Comparison c = checked_as_written(before, s);
    CHECK(c.lost.empty());
    CHECK_FALSE(comparison_fails(c, Severity::error));
    CHECK(c.resolved == s.evaluation.resolved);
    CHECK(c.introduced == s.evaluation.introduced);
    CHECK(s.gain > 0);
  }
}

TEST_CASE("The example's search combines a merge with a step on the merged body") {
  const Evaluator evaluator(example_data(), {});
  SuggestOptions options;
  options.top = 40;
  const Suggestions all = suggest(evaluator, options);
  CHECK(std::any_of(all.items.begin(), all.items.end(), [](const Suggestion& s) {
    return s.steps.size() == 2 && s.kinds.front() == CandidateKind::merge && s.kinds.back() == CandidateKind::single_lead &&
           s.proposal.name.rfind("Merge 'Scottish Children's Reporter Administration' into 'Children's Hearings Scotland'; then make ", 0) == 0;
  }));
  for (const auto& s : all.items) CHECK(s.proposal.operations.size() <= options.max_operations);
}

TEST_CASE("Suggestions are the same bytes on one thread or two") {
  const Evaluator evaluator(example_data(), {});
  SuggestOptions one;
  one.threads = 1;
  SuggestOptions two;
  two.threads = 2;
  const SuggestionsAbout about{"Example", "map.json", "out"};
  for (ReportFormat format : {ReportFormat::text, ReportFormat::markdown, ReportFormat::json})
    CHECK(format_suggestions(suggest(evaluator, one), about, format) == format_suggestions(suggest(evaluator, two), about, format));
}

TEST_CASE("The command that checks a written suggestion quotes paths a shell would split") {
  const Evaluator evaluator(example_data(), {});
  const Suggestions all = suggest(evaluator, SuggestOptions{});
  REQUIRE(!all.items.empty());
  const SuggestionsAbout about{"Example", "My Maps/map.json", "Children's suggestions"};
  const std::string text = format_suggestions(all, about, ReportFormat::text);
  CHECK_THAT(text, Catch::Contains("   check it: govgraph check-restructure 'My Maps/map.json' 'Children'\\''s suggestions/01-"));
  const std::string markdown = format_suggestions(all, about, ReportFormat::markdown);
  CHECK_THAT(markdown, Catch::Contains("Check it: `govgraph check-restructure 'My Maps/map.json' 'Children'\\''s suggestions/01-"));
}

TEST_CASE("Analysing only the families a proposal can affect gives what analysing every family gives, on random maps") {
  std::size_t changing = 0;  // proposals that resolve or introduce something: the test is not vacuous
  for (unsigned seed = 1; seed <= 6; ++seed) {
    const MapData data = bench::generate_map(60, 180, seed);
    const Evaluator evaluator(MapData(data), {});
    std::mt19937 random(seed);
    const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
    std::vector<Proposal> proposals;
    const auto add = [&](const std::vector<Operation>& operations) { proposals.push_back(Proposal{"t", "", "", "", operations}); };
    for (const auto& c : candidates_from(evaluator.before(), evaluator.shared(), evaluator.findings(), {}, {})) add(c.operations);
    for (int k = 0; k < 25; ++k) {
      const std::size_t a = pick(data.bodies.size());
      const std::size_t b = pick(data.bodies.size());
      if (a != b) add(merge_candidate(evaluator.before(), a, b).operations);
      const Responsibility& r = data.responsibilities[pick(data.responsibilities.size())];
      Operation assign;
      assign.kind = OperationKind::assign;
      assign.responsibility.id = r.id;
      assign.owner.id = data.bodies[pick(data.bodies.size())].id;
      assign.role = static_cast<Role>(pick(3));
      add({assign});
      Operation line;
      line.kind = pick(2) == 0 ? OperationKind::add_link : OperationKind::remove_link;
      line.link = data.links[pick(data.links.size())];
      if (line.kind == OperationKind::add_link) std::swap(line.link.from, line.link.to);
      line.link.source = pick(2) == 0 ? "" : "a citation";
      add({line});
      add({assign, line});
      // Operations that change which bodies and responsibilities cite a source.
      const Body& kept = data.bodies[pick(data.bodies.size())];
      Operation abolish;
      abolish.kind = OperationKind::abolish;
      abolish.target.id = data.bodies[pick(data.bodies.size())].id;
      if (abolish.target.id != kept.id) abolish.transfer_to = IdRef{kept.id, {}, "transfer_to"};
      add({abolish});
      Operation update;
      update.kind = OperationKind::update_body;
      update.target.id = kept.id;
      update.update.fields = {"source"};
      update.update.values.source = kept.source.empty() ? "a citation" : "";
      add({update});
      Operation body;
      body.kind = OperationKind::add_body;
      body.body = kept;
      body.body.id = "new-" + std::to_string(k);
      body.body.source = pick(2) == 0 ? "" : "a citation";
      Operation duty;
      duty.kind = OperationKind::add_responsibility;
      duty.new_responsibility = data.responsibilities[pick(data.responsibilities.size())];
      duty.new_responsibility.id = "new-duty-" + std::to_string(k);
      duty.new_responsibility.source = pick(2) == 0 ? "" : "a citation";
      add({body, duty});
      Operation dropped;
      dropped.kind = OperationKind::remove_responsibility;
      dropped.responsibility.id = data.responsibilities[pick(data.responsibilities.size())].id;
      dropped.merged_into = IdRef{r.id, {}, "merged_into"};
      add({dropped});
    }
    for (const Proposal& p : proposals) {
      const Evaluation full = checked_as_every_family(evaluator, p);
      if (!full.resolved.empty() || !full.introduced.empty()) ++changing;
    }
  }
  CHECK(changing >= 100);
}

TEST_CASE("A line of accountability added answers unaccountable funding as a full analysis finds it, on random maps") {
  std::size_t answered = 0;  // proposals that resolve such a finding: the test is not vacuous
  for (unsigned seed = 1; seed <= 4; ++seed)
    for (const bool accept_principal : {true, false})
      // 3: searches can give up, so the rule is analysed across the map after instead.
      for (const std::size_t search_limit : {std::size_t{10000}, std::size_t{3}}) {
        const MapData data = bench::generate_map(60, 180, seed);
        AnalysisSettings settings;
        settings.funding.accept_principal = accept_principal;
        settings.funding.search_limit = search_limit;
        const Evaluator evaluator(MapData(data), settings);
        std::mt19937 random(seed);
        const auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(random); };
        std::vector<Proposal> proposals;
        const auto add = [&](const std::string& from, const std::string& to) {
          Operation line;
          line.kind = OperationKind::add_link;
          line.link.from = from;
          line.link.to = to;
          proposals.push_back(Proposal{"t", "", "", "", {line}});
        };
        for (const Link& l : data.links)
          if (l.kind == LinkKind::funds) add(l.to, l.from);  // the line the funding implies
        for (int k = 0; k < 60; ++k)
          add(data.bodies[pick(data.bodies.size())].id, data.bodies[pick(data.bodies.size())].id);
        for (const Proposal& p : proposals) {
          const Evaluation full = checked_as_every_family(evaluator, p);
          if (std::any_of(full.resolved.begin(), full.resolved.end(),
                          [](const Finding& f) { return is(f, rule::unaccountable_funding); }))
            ++answered;
        }
      }
  CHECK(answered >= 100);
}

TEST_CASE("A member_of line added or removed is checked for same-entity, which tells a class from its member by it") {
  testing::MapBuilder m;
  m.apex("parliament").body("ministers", BodyType::minister).answers("ministers", "parliament").area("care");
  m.named("regulators", "Professional regulators").named("social-regulator", "Professional Regulator");
  m.data.bodies[m.data.bodies.size() - 2].class_ = BodyClass::mixed;
  m.answers("regulators", "ministers").answers("social-regulator", "ministers");
  m.link("social-regulator", "regulators", LinkKind::member_of);
  const Evaluator evaluator(MapData(m.data), {});
  Operation line;
  line.kind = OperationKind::remove_link;
  line.link = m.data.links.back();
  const Proposal proposal{"t", "", "", "", {line}};
  const Evaluation fast = evaluator.evaluate(proposal);
  CHECK(fast.introduced == evaluator.evaluate(proposal, true).introduced);
  REQUIRE(fast.introduced.size() == 1);
  CHECK(fast.introduced.front().rule == rule::same_entity.id);
  // No other kind of line tells a class from its member: a line of accountability between
  // the two changes no same-entity finding.
  line.kind = OperationKind::add_link;
  line.link.kind = LinkKind::accountable_to;
  const Proposal other{"t", "", "", "", {line}};
  const Evaluation full = evaluator.evaluate(other, true);
  CHECK(evaluator.evaluate(other).introduced == full.introduced);
  CHECK(std::none_of(full.introduced.begin(), full.introduced.end(),
                     [](const Finding& f) { return is(f, rule::same_entity); }));
}

TEST_CASE("suggest -o writes proposals that check-restructure accepts, and a bad --keep names the nearest body") {
  TempDir dir;
  const std::string map = source_path("examples/scotland-care-system/map.json");
  const auto run = run_govgraph("suggest " + quote(map) + " --top 5 -o " + quote(dir.file("out")) + " --format json");
  REQUIRE(run.exit_code == 0);
  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir.file("out"))) {
    ++files;
    const auto check = run_govgraph("check-restructure " + quote(map) + " " + quote(entry.path().string()));
    CHECK(check.exit_code == 0);
    CHECK(check.out.find("Verdict: Fails") == std::string::npos);
    CHECK(run.out.find(entry.path().filename().string()) != std::string::npos);
  }
  CHECK(files == 5);
  CHECK(run.err == dir.file("out") + ": 5 proposals written\n");
  // A second run into the same folder with fewer suggestions says what it left there.
  const auto again = run_govgraph("suggest " + quote(map) + " --top 3 -o " + quote(dir.file("out")));
  CHECK(again.err == dir.file("out") + ": 3 proposals written; 2 other .json files already there were left as they "
                                       "were (an earlier run's suggestions are not this run's)\n");
  const auto bad = run_govgraph("suggest " + quote(map) + " --keep sssx -o " + quote(dir.file("none")));
  CHECK(bad.exit_code == 2);
  CHECK(bad.err == "--keep: error: no body 'sssx' in the map; nearest is 'sssc'\n");
  CHECK_FALSE(std::filesystem::exists(dir.file("none")));
  const auto no_line = run_govgraph("suggest " + quote(map) + " --keep 'sssc funds cosla'");
  CHECK(no_line.exit_code == 2);
  CHECK(no_line.err == "--keep: error: there is no line 'sssc funds cosla' in the map\n");
  const auto zero = run_govgraph("suggest " + quote(map) + " --top 0");
  CHECK(zero.exit_code == 2);
  CHECK(zero.err.rfind("--top: Value 0 not in range 1 to 1000\n", 0) == 0);
}

TEST_CASE("A suggestion's file is named by its rank and its first step, register codes kept in lowercase") {
  Suggestion s;
  s.slugs = {"merge-SC012345-into-S12000033"};
  CHECK(suggestion_file_name(s, 3) == "03-merge-sc012345-into-s12000033.json");
  s.slugs.push_back("lead-care");
  CHECK(suggestion_file_name(s, 12) == "12-merge-sc012345-into-s12000033-and-more.json");
  CHECK(suggestion_file_name(Suggestion{}, 1) == "01-suggestion.json");
}
