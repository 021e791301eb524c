#include <algorithm>

#include <catch2/catch.hpp>

#include "analyses/analyse.hpp"
#include "analyses/provenance.hpp"
#include "restructure/comparison_report.hpp"
#include "tests/analyses/map_builder.hpp"
#include "tests/restructure/support.hpp"

using namespace govgraph;
using namespace govgraph::test;

TEST_CASE("The diff of a map with itself is empty and changes nothing") {
  const GovernanceMap a(small_data());
  const GovernanceMap b(small_data());
  const Finding f{Severity::warning, "duplication.duplicate-scrutiny", {"council"}, "m", {}, {}};
  const Comparison c = compare_maps(analysed(a, {f}), analysed(b, {f}));
  CHECK(c.diff.empty());
  CHECK(c.introduced.empty());
  CHECK(c.resolved.empty());
  CHECK(c.kept.size() == 1);
  CHECK(c.verdict == "No change: the two maps hold the same records.");
}

TEST_CASE("A diff lists records added, removed and changed field by field") {
  MapData after = small_data();
  after.bodies[4].name = "City Council";
  after.bodies.erase(after.bodies.begin() + 3);  // inspect-b
  std::erase_if(after.links, [](const Link& l) { return l.from == "inspect-b" || l.to == "inspect-b"; });
  for (auto& r : after.responsibilities) std::erase_if(r.owners, [](const Owner& o) { return o.body == "inspect-b"; });
  const MapDiff d = diff_maps(small_data(), after);
  REQUIRE(d.bodies.size() == 2);
  CHECK(d.bodies[0].what == RecordChange::What::changed);
  CHECK(d.bodies[0].key == "council");
  CHECK(d.bodies[0].fields.at(0).field == "name");
  CHECK(d.bodies[0].fields.at(0).after == "City Council");
  CHECK(d.bodies[1].what == RecordChange::What::removed);
  CHECK(d.bodies[1].key == "inspect-b");
  CHECK(d.links.size() == 3);
  CHECK(d.responsibilities.size() == 2);
}

TEST_CASE("Findings are matched through the renames a merge makes") {
  const GovernanceMap before(small_data());
  const auto applied = apply(R"({"op": "merge", "bodies": ["inspect-b"], "into": "inspect-a"})");
  const GovernanceMap after(applied.after);
  const Finding old_one{Severity::info, "orphan.body-without-purpose", {"inspect-b", "ministry"}, "old", {}, {}};
  const Finding new_one{Severity::info, "orphan.body-without-purpose", {"inspect-a", "ministry"}, "new", {}, {}};
  const Finding gone{Severity::warning, "duplication.duplicate-scrutiny", {"council"}, "two", {}, {}};
  const Finding fresh{Severity::error, "orphan.no-lead", {"plan"}, "none", {}, {}};
  const Comparison c = compare_maps(analysed(before, {old_one, gone}), analysed(after, {new_one, fresh}), applied.renames);
  CHECK(c.kept == std::vector<Finding>{new_one});
  CHECK(c.resolved == std::vector<Finding>{gone});
  CHECK(c.introduced == std::vector<Finding>{fresh});
  CHECK(comparison_fails(c, Severity::error));
  CHECK_FALSE(comparison_fails(c, std::nullopt));
  CHECK(c.verdict.rfind("Fails: introduces 1 error", 0) == 0);
}

namespace {

/// Checks that two matches of the same findings agree, part by part.
void check_same_match(const FindingMatch& got, const FindingMatch& expected) {
  CHECK(got.kept == expected.kept);
  CHECK(got.resolved == expected.resolved);
  CHECK(got.introduced == expected.introduced);
  CHECK(got.kept_records == expected.kept_records);
  CHECK(got.resolved_records == expected.resolved_records);
  CHECK(got.introduced_records == expected.introduced_records);
}

}  // namespace

TEST_CASE("Findings hashed once match as findings hashed for each comparison, through renames and repeats") {
  const auto finding = [](std::string rule, std::vector<std::string> subjects) {
    return Finding{Severity::info, std::move(rule), std::move(subjects), "", {}, {}};
  };
  // Two equal findings before (each matches at most one after), a finding named only
  // through a rename, subjects out of order, and a list of links no rename can touch.
  const std::vector<Finding> before = {
      finding("duplication.same-entity", {"inspect-b", "ministry"}),
      finding("duplication.same-entity", {"inspect-b", "ministry"}),
      finding("orphan.no-lead", {"plan"}),
      finding("duplication.overlapping-remits", {"zeta", "inspect-b"}),
      finding("provenance.unsourced", {"a:funds:inspect-b", "b:funds:c"}),
  };
  const std::vector<Finding> after = {
      finding("duplication.same-entity", {"inspect-a", "ministry"}),
      finding("duplication.same-entity", {"inspect-b", "ministry"}),
      finding("duplication.overlapping-remits", {"inspect-a", "zeta"}),
      finding("provenance.unsourced", {"a:funds:inspect-b", "b:funds:c"}),
      finding("orphan.no-lead", {"plan"}),
  };
  const FindingsBefore prepared(before);
  for (const std::map<std::string, std::string>& renames :
       {std::map<std::string, std::string>{}, std::map<std::string, std::string>{{"inspect-b", "inspect-a"}},
        std::map<std::string, std::string>{{"plan", "plan-2"}, {"zeta", "inspect-a"}}}) {
    check_same_match(prepared.match(after, renames), match_findings(before, after, renames));
  }
  const FindingMatch merged = prepared.match(after, {{"inspect-b", "inspect-a"}});
  CHECK(merged.kept == std::vector<std::size_t>{0, 2, 4});
  CHECK(merged.resolved == std::vector<std::size_t>{1});
  CHECK(merged.introduced == std::vector<std::size_t>{1});
  // The unsourced links are matched one by one, a link's ends renamed: a:funds:inspect-b
  // before is a:funds:inspect-a after the merge, which the list after does not hold.
  CHECK(merged.kept_records == std::vector<RecordsPart>{{3, {1}}});
  CHECK(merged.resolved_records == std::vector<RecordsPart>{{4, {0}}});
  CHECK(merged.introduced_records == std::vector<RecordsPart>{{3, {0}}});
}

TEST_CASE("Findings of a large comparison, matched on several threads, match as one thread matches them") {
  const auto finding = [](std::string rule, std::vector<std::string> subjects) {
    return Finding{Severity::info, std::move(rule), std::move(subjects), "", {}, {}};
  };
  // 24,000 findings in all: past the size at which match_findings matches the findings
  // listing records beside the others. FindingsBefore matches on the calling thread only.
  std::vector<Finding> before;
  std::vector<Finding> after;
  for (int k = 0; k < 4'000; ++k) {
    const std::string n = std::to_string(k);
    before.push_back(finding("duplication.same-entity", {"a-" + n, "b-" + n}));
    before.push_back(finding("orphan.no-lead", {"duty-" + n}));
    before.push_back(finding("provenance.unsourced", {"a-" + n + ":funds:b-" + n, "c-" + n + ":funds:d-" + n}));
    after.push_back(finding("duplication.same-entity", {"a-" + n, k % 3 == 0 ? "c-" + n : "b-" + n}));
    after.push_back(finding("orphan.no-lead", {"duty-" + n}));
    after.push_back(finding("provenance.unsourced", {"a-" + n + ":funds:b-" + n, "e-" + n + ":funds:d-" + n}));
  }
  const std::map<std::string, std::string> renames{{"duty-7", "duty-seven"}, {"c-5", "e-5"}};
  const FindingMatch got = match_findings(before, after, renames);
  check_same_match(got, FindingsBefore(before).match(after, renames));
  CHECK(got.kept_records.size() == 4'000);
  CHECK(got.introduced.size() == 1'334 + 1);  // a-k, c-k for k a multiple of 3; duty-7 renamed
}

TEST_CASE("Records without a source are compared one by one: a merge resolves only the line it drops") {
  const GovernanceMap before(small_data());
  const auto applied = apply(R"({"op": "merge", "bodies": ["inspect-b"], "into": "inspect-a"})");
  const GovernanceMap after(applied.after);
  // Nothing in the small map cites a source. The merge moves inspect-b's lines to
  // inspect-a, where two fold into lines inspect-a had, and drops the line between the two.
  const Comparison c = compare_maps(analysed(before, find_provenance(before, share(before))),
                                    analysed(after, find_provenance(after, share(after))), applied.renames);
  CHECK(c.introduced.empty());
  REQUIRE(c.resolved.size() == 1);
  CHECK(c.resolved[0].subjects == std::vector<std::string>{"inspect-a:collaborates_with:inspect-b"});
  CHECK(c.resolved[0].message == "1 of 7 links cite no source, so a reader cannot check them.");
  REQUIRE(c.kept.size() == 3);  // bodies, links and responsibilities, as the map after lists them
  for (const Finding& f : c.kept) CHECK(f.number("unsourced") == f.number("total"));
  CHECK(c.verdict == "Passes: introduces no errors or warnings; resolves 1 finding (0 errors, 0 warnings).");
}

TEST_CASE("A list of records split into introduced and kept parts gives each part its own records") {
  const GovernanceMap before(small_data());
  const auto applied = apply(R"({"op": "add_link", "link": {"from": "council", "to": "inspect-a", "kind": "scrutinises"}})");
  const GovernanceMap after(applied.after);
  // Both parts come from the one list of unsourced links after, which the comparison owns
  // and takes its records from: each record must land in its own part, once.
  const Comparison c = compare_maps(analysed(before, find_provenance(before, share(before))),
                                    analysed(after, find_provenance(after, share(after))), applied.renames);
  REQUIRE(c.introduced.size() == 1);
  CHECK(c.introduced[0].subjects == std::vector<std::string>{"council:scrutinises:inspect-a"});
  CHECK(c.introduced[0].message == "1 of 8 links cite no source, so a reader cannot check them.");
  const auto kept_links = std::find_if(c.kept.begin(), c.kept.end(), [](const Finding& f) {
    return !f.roles.empty() && f.roles.front() == SubjectRole::link;
  });
  REQUIRE(kept_links != c.kept.end());
  std::vector<std::string> links_before;
  for (const LinkIndex l : before.link_indices()) links_before.push_back(link_subject(before, l));
  std::sort(links_before.begin(), links_before.end());
  CHECK(kept_links->subjects == links_before);
  CHECK(kept_links->message == "7 of 8 links cite no source, so a reader cannot check them.");
}

TEST_CASE("Metrics count routes to the apex and scrutiny load") {
  const GovernanceMap map(small_data());
  const Metrics m = measure(map, share(map), {});
  CHECK(m.bodies == 5);
  CHECK(m.longest_route == 2);
  CHECK(m.mean_route == Approx((1.0 + 2 + 2 + 1) / 4));
  CHECK(m.without_route == 0);
  CHECK(m.scrutiny_max == 2);
  CHECK(m.scrutiny_mean == Approx(2.0));
}

TEST_CASE("Route metrics leave abolished bodies out and do not route through them, as the analyses do") {
  MapData data = small_data();
  for (auto& b : data.bodies)
    if (b.id == "ministry") b.status = BodyStatus::abolished;
  const GovernanceMap map(data);
  const Metrics m = measure(map, share(map), {});
  CHECK(m.without_route == 2);  // the inspectorates answer only to the abolished ministry
  CHECK(m.longest_route == 1);  // council
  CHECK(m.mean_route == Approx(1.0));
}

TEST_CASE("Orphaned responsibilities count the responsibilities of orphan findings, not the bodies they name") {
  const GovernanceMap map(small_data());
  const Finding no_lead{Severity::error, "orphan.no-lead", {"plan", "council", "ministry"}, "m", {}, {},
                        {SubjectRole::responsibility, SubjectRole::owner, SubjectRole::owner}};
  const Finding lone{Severity::warning, "orphan.body-unaccountable", {"council"}, "m", {}, {}, {SubjectRole::body}};
  CHECK(measure(map, share(map), {no_lead, lone}).orphans == 1);
}

TEST_CASE("The same comparison gives the same bytes in every format") {
  const GovernanceMap a(small_data());
  const auto applied = apply(R"({"op": "abolish", "body": "council"})");
  const GovernanceMap b(applied.after);
  const Proposal p = proposal(R"({"op": "abolish", "body": "council"})");
  const Comparison c = compare_proposal(p, applied, analysed(a, {}), analysed(b, {}));
  for (auto format : {ReportFormat::text, ReportFormat::markdown, ReportFormat::json})
    CHECK(format_comparison(c, format) == format_comparison(compare_proposal(p, applied, analysed(a, {}), analysed(b, {})), format));
  CHECK(format_comparison(c, ReportFormat::text).find("LOST plan (Plan services)") != std::string::npos);
}

TEST_CASE("User text in a comparison is escaped for Markdown and kept whole in JSON") {
  const GovernanceMap a(small_data());
  const auto applied = apply(R"({"op": "abolish", "body": "council"})");
  const GovernanceMap b(applied.after);
  Comparison c = compare_proposal(proposal(R"({"op": "abolish", "body": "council"})"), applied, analysed(a, {}), analysed(b, {}));
  c.rationale = "Line one\n| *two* ~ #3";
  // One paragraph, every character Markdown could read as syntax escaped.
  CHECK(format_comparison(c, ReportFormat::markdown).find("Line one \\| \\*two\\* \\~ \\#3\n") != std::string::npos);
  CHECK(format_comparison(c, ReportFormat::json).find(R"("rationale": "Line one\n| *two* ~ #3")") !=
        std::string::npos);
}

TEST_CASE("Amounts a fraction of a penny apart differ, written as the map file writes them") {
  MapData before = small_data();
  before.links.push_back(before.links.front());
  before.links.back().kind = LinkKind::funds;
  before.links.back().amount = 1234.5;
  MapData after = before;
  after.links.back().amount = 1234.501;
  const MapDiff d = diff_maps(before, after);
  REQUIRE(d.links.size() == 1);
  REQUIRE(d.links[0].fields.size() == 1);
  CHECK(d.links[0].fields[0].field == "amount");
  CHECK(d.links[0].fields[0].before == "1234.5");
  CHECK(d.links[0].fields[0].after == "1234.501");
}

namespace {

/// Reads "small" as the small map and "renamed" as the same map renamed, each with a
/// warning; any other name fails as a missing file does.
GovernanceMap read_test_map(const std::string& path, Diagnostics& warnings) {
  if (path != "small" && path != "renamed") throw InputError(Location{path}, "cannot read " + path);
  MapData data = small_data();
  if (path == "renamed") data.bodies[4].name = "City Council";
  warnings.warning(Location{path}, "a warning about " + path);
  return GovernanceMap(std::move(data));
}

AnalysedMap analyse_test_map(const GovernanceMap& map) { return analysed(map, analyse(map)); }

}  // namespace

TEST_CASE("Reading two versions on two threads gives the same comparison and warnings as one after the other") {
  const auto serial = read_versions("small", "renamed", read_test_map, analyse_test_map, false);
  const auto parallel = read_versions("small", "renamed", read_test_map, analyse_test_map, true);
  const auto report = [](const auto& versions) {
    return format_comparison(compare_maps(*versions.first->analysed, *versions.second->analysed), ReportFormat::json);
  };
  CHECK(report(parallel) == report(serial));
  CHECK(parallel.first->warnings.all().at(0).message == "a warning about small");
  CHECK(parallel.second->warnings.all().at(0).message == "a warning about renamed");
  CHECK(&parallel.first->analysed->map == &parallel.first->map);
}

TEST_CASE("When both versions fail to read, the earlier's error is the one reported") {
  CHECK_THROWS_WITH(read_versions("missing-old", "missing-new", read_test_map, analyse_test_map, true),
                    Catch::Contains("cannot read missing-old"));
}

namespace {

/// A chain of `length` bodies below an apex (a long-chain finding) and a body funded by
/// the apex without answering to it (an unaccountable-funding finding): the findings an
/// analysis stores as data.
GovernanceMap chained_map(int length) {
  govgraph::testing::MapBuilder m;
  m.apex("ministers").body("a");
  std::string above = "ministers";
  for (int i = 0; i < length; ++i) {
    const std::string id = "c" + std::to_string(i);
    m.body(id).answers(id, above);
    above = id;
  }
  m.link("ministers", "a", LinkKind::funds, 2500000);
  return m.build();
}

AnalysedMap analysed_now_or_later(const GovernanceMap& map, Wording wording) {
  AnalysedMap result{map, share(map), {}};
  result.findings = analyse(map, result.shared, {}, {}, analysis_threads, wording);
  return result;
}

}  // namespace

TEST_CASE("A comparison of findings worded as they are written says what one of findings worded at once says") {
  const GovernanceMap before = chained_map(30);
  const GovernanceMap after = chained_map(31);
  const auto comparison = [&](Wording wording) {
    return compare_maps(analysed_now_or_later(before, wording), analysed_now_or_later(after, wording));
  };
  const Comparison now = comparison(Wording::now);
  const Comparison later = comparison(Wording::when_written);
  REQUIRE(!later.kept.empty());
  CHECK(std::any_of(later.kept.begin(), later.kept.end(),
                    [](const Finding& f) { return f.describer.describe != nullptr && f.message.empty(); }));
  CHECK(!later.introduced.empty());
  CHECK(!later.resolved.empty());
  for (const ReportFormat format : {ReportFormat::text, ReportFormat::markdown, ReportFormat::json})
    CHECK(format_comparison(later, format) == format_comparison(now, format));
}

TEST_CASE("The JSON comparison streamed a block at a time is the one written whole") {
  const GovernanceMap before = chained_map(30);
  const GovernanceMap after = chained_map(31);
  const Comparison c = compare_maps(analysed_now_or_later(before, Wording::when_written),
                                    analysed_now_or_later(after, Wording::when_written));
  std::string streamed;
  std::size_t blocks = 0;
  write_comparison_json(c, [&](std::string_view block) {
    streamed += block;
    ++blocks;
  });
  CHECK(streamed == format_comparison(c, ReportFormat::json));
  CHECK(blocks >= 1);
}
