// govgraph analyse and govgraph rules end to end: exit codes with --fail-on and waivers,
// the five formats, -o, and bad input.

#include <catch2/catch.hpp>

#include <filesystem>
#include <string>

#include <rapidjson/document.h>

#include "analyses/analyse.hpp"
#include "tests/report/json_schema.hpp"
#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

// One error (orphan.no-lead on plan), one warning (duplication.multiple-leads on review)
// and one info finding (orphan.body-without-purpose on forum); every record is sourced.
const std::string small_map = R"({
  "govgraph": 1,
  "name": "Small <map>",
  "as_of": "2024-01-01",
  "sources": [{"id": "s1", "title": "Annual report"}],
  "policy_areas": [{"id": "care", "name": "Care"}],
  "bodies": [
    {"id": "parliament", "name": "Parliament", "type": "legislature", "source": "s1 p.1"},
    {"id": "ministers", "name": "Ministers", "type": "minister", "policy_areas": ["care"], "source": "s1 p.1"},
    {"id": "agency", "name": "Care Agency", "type": "agency", "policy_areas": ["care"], "source": "s1 p.2"},
    {"id": "forum", "name": "Care Forum", "type": "board", "source": "s1 p.5"},
    {"id": "inspectorate", "name": "Care Inspectorate", "type": "regulator", "policy_areas": ["care"], "source": "s1 p.7"}
  ],
  "links": [
    {"from": "ministers", "to": "parliament", "kind": "accountable_to", "source": "s1 p.1"},
    {"from": "agency", "to": "ministers", "kind": "accountable_to", "source": "s1 p.2"},
    {"from": "forum", "to": "ministers", "kind": "accountable_to", "source": "s1 p.5"},
    {"from": "inspectorate", "to": "parliament", "kind": "accountable_to", "source": "s1 p.7"}
  ],
  "responsibilities": [
    {"id": "inspect", "name": "Inspect care homes", "policy_area": "care",
     "owners": [{"body": "agency", "role": "lead"}], "source": "s1 p.3"},
    {"id": "plan", "name": "Write the care plan", "policy_area": "care",
     "owners": [{"body": "agency", "role": "delivers"}], "source": "s1 p.4"},
    {"id": "review", "name": "Review care", "policy_area": "care",
     "owners": [{"body": "agency", "role": "lead"}, {"body": "inspectorate", "role": "lead"}], "source": "s1 p.6"}
  ]
}
)";

const std::string waive_error = R"({"waivers": [
  {"rule": "orphan.no-lead", "subjects": ["agency", "plan"], "reason": "Lead to be named in April", "expires": "2024-04-30"}
]}
)";

struct Fixture {
  TempDir dir;
  std::string map = dir.write("map.json", small_map);
  RunResult analyse(const std::string& options) const { return run_govgraph("analyse " + quote(map) + " " + options); }
};

}  // namespace

TEST_CASE("analyse exits 1 when an unwaived finding is at or above --fail-on, else 0") {
  Fixture f;
  CHECK(f.analyse("").exit_code == 1);
  CHECK(f.analyse("--fail-on error").exit_code == 1);
  CHECK(f.analyse("--fail-on never").exit_code == 0);
  CHECK(f.analyse("--skip orphan.no-lead").exit_code == 0);
  CHECK(f.analyse("--skip orphan.no-lead --fail-on warning").exit_code == 1);
  CHECK(f.analyse("--only orphan.body-without-purpose --fail-on warning").exit_code == 0);
  CHECK(f.analyse("--only orphan.body-without-purpose --fail-on info").exit_code == 1);
}

TEST_CASE("analyse opens with an executive summary of as many findings as --top asks") {
  Fixture f;
  const RunResult standard = f.analyse("--no-figures");
  CHECK(standard.out.find("SUMMARY: what matters most\n  1. ") != std::string::npos);
  const RunResult one = f.analyse("--no-figures --top 1");
  CHECK(one.out.find("\n  1. ") != std::string::npos);
  CHECK(one.out.find("\n  2. ") == std::string::npos);
  CHECK(f.analyse("--no-figures --top 0").out.find("SUMMARY") == std::string::npos);
  CHECK(f.analyse("--top -1").exit_code == 2);
}

TEST_CASE("analyse reports each finding with its rule and subjects in the text output") {
  Fixture f;
  const RunResult r = f.analyse("--no-figures");
  CHECK(r.out.find("ERRORS (1)\n  orphan.no-lead [plan, agency]") != std::string::npos);
  CHECK(r.out.find("WARNINGS (1)\n  duplication.multiple-leads [review, agency, inspectorate]") != std::string::npos);
  CHECK(r.out.find("INFO (1)\n  orphan.body-without-purpose [forum]") != std::string::npos);
  CHECK(r.out.find("3 findings: 1 error, 1 warning, 1 info.") != std::string::npos);
  CHECK(r.out.find('\x1b') == std::string::npos);  // not a terminal: no colour
}

TEST_CASE("A waived error no longer fails the run and is shown as waived with its reason") {
  Fixture f;
  const std::string waivers = f.dir.write("waivers.json", waive_error);
  const RunResult r = f.analyse("--waivers " + quote(waivers) + " --today 2024-04-30 --no-figures");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("WAIVED (1)\n  orphan.no-lead (error) [plan, agency]") != std::string::npos);
  CHECK(r.out.find("waived: Lead to be named in April (until 2024-04-30)") != std::string::npos);
  CHECK(r.err.empty());
  CHECK(f.analyse("--waivers " + quote(waivers) + " --today 2024-04-30 --fail-on warning").exit_code == 1);
}

TEST_CASE("An expired waiver waives nothing and is reported with its place") {
  Fixture f;
  const std::string waivers = f.dir.write("waivers.json", waive_error);
  const RunResult r = f.analyse("--waivers " + quote(waivers) + " --today 2024-05-01 --no-figures");
  CHECK(r.exit_code == 1);
  CHECK(r.out.find("ERRORS (1)\n  orphan.no-lead [plan, agency]") != std::string::npos);
  CHECK(r.err.find(waivers + ":2:3: warning: waiver for orphan.no-lead expired on 2024-04-30") != std::string::npos);
}

TEST_CASE("A waiver that matches no finding is reported, and the run still fails on its findings") {
  Fixture f;
  const std::string waivers = f.dir.write(
      "waivers.json", R"({"waivers": [{"rule": "orphan.no-lead", "subjects": ["plan"], "reason": "wrong subjects"}]})");
  const RunResult r = f.analyse("--waivers " + quote(waivers) + " --format json");
  CHECK(r.exit_code == 1);
  CHECK(r.err.find(waivers + ":1:14: warning: waiver for orphan.no-lead matches no finding") != std::string::npos);
  CHECK(r.out.find("\"state\": \"unmatched\"") != std::string::npos);
}

TEST_CASE("A malformed waivers file is bad input: exit 2, its place, and no output file") {
  Fixture f;
  const std::string waivers = f.dir.write("waivers.json", "{\"waivers\": [\n  {\"rule\": \"orphan.no-lead\", \"subjects\": [\"plan\"]\n]}");
  const std::string out = f.dir.file("report.md");
  const RunResult r = f.analyse("--waivers " + quote(waivers) + " -o " + quote(out));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find(waivers + ":3:1: error: invalid JSON: Missing a comma or '}' after an object member") !=
        std::string::npos);
  CHECK_FALSE(std::filesystem::exists(out));

  const std::string missing_reason =
      f.dir.write("missing.json", "{\"waivers\": [\n  {\"rule\": \"orphan.no-lead\", \"subjects\": [\"plan\"]}\n]}");
  const RunResult r2 = f.analyse("--waivers " + quote(missing_reason));
  CHECK(r2.exit_code == 2);
  CHECK(r2.err.find(missing_reason + ":2:3: error: waivers[0].reason: missing") != std::string::npos);

  const std::string unknown_rule = f.dir.write(
      "unknown.json", R"({"waivers": [{"rule": "orphan.no-leads", "subjects": ["plan"], "reason": "r"}]})");
  const RunResult r3 = f.analyse("--waivers " + quote(unknown_rule));
  CHECK(r3.exit_code == 2);
  CHECK(r3.err.find("did you mean 'orphan.no-lead'?") != std::string::npos);
}

TEST_CASE("Unknown settings, rules and formats are usage errors with exit 2") {
  Fixture f;
  CHECK(f.analyse("--set no.such.setting=1").exit_code == 2);
  CHECK(f.analyse("--set duplication.overlapping-remits.min-jaccard=lots").exit_code == 2);
  CHECK(f.analyse("--only orphan.no-such-rule").exit_code == 2);
  CHECK(f.analyse("--format pdf").exit_code == 2);
  CHECK(f.analyse("--fail-on sometimes").exit_code == 2);
  CHECK(f.analyse("--today 2024-13-01").exit_code == 2);
}

TEST_CASE("A setting changes a rule's severity and so the exit code") {
  Fixture f;
  CHECK(f.analyse("--set orphan.no-lead.severity=warning").exit_code == 0);
  CHECK(f.analyse("--set orphan.body-without-purpose.severity=error --skip orphan.no-lead").exit_code == 1);
}

TEST_CASE("Every format is written atomically with -o, and two runs give the same bytes") {
  Fixture f;
  for (const std::string format : {"text", "markdown", "json", "csv", "html"}) {
    INFO("format " << format);
    const std::string first = f.dir.file("first." + format);
    const std::string second = f.dir.file("second." + format);
    const RunResult r = f.analyse("--format " + format + " -o " + quote(first));
    CHECK(r.exit_code == 1);
    CHECK(r.out.empty());
    f.analyse("--format " + format + " -o " + quote(second));
    const std::string content = slurp(first);
    CHECK(!content.empty());
    CHECK(content == slurp(second));
  }
  CHECK(slurp(f.dir.file("first.html")).find("<h1>Small &lt;map&gt;</h1>") != std::string::npos);
  CHECK(slurp(f.dir.file("first.csv")).find("error,orphan.no-lead,plan; agency,") != std::string::npos);
}

TEST_CASE("The JSON output of a real map matches the published schema") {
  Fixture f;
  const RunResult r = f.analyse("--format json");
  CHECK(schema_problems(r.out).empty());
  CHECK(r.out.find("\"govgraph_findings\": 1") != std::string::npos);
  const RunResult example =
      run_govgraph("analyse " + quote(source_path("examples/scotland-care-system/map.json")) + " --format json --fail-on never");
  CHECK(example.exit_code == 0);
  CHECK(schema_problems(example.out).empty());
}

TEST_CASE("govgraph rules lists every rule with its default severity") {
  const RunResult text = run_govgraph("rules");
  CHECK(text.exit_code == 0);
  for (const auto& rule : govgraph::all_rules) {
    INFO("rule " << rule.id);
    CHECK(text.out.find("  " + std::string(rule.id) + " ") != std::string::npos);
  }
  CHECK(text.out.find("--set duplication.overlapping-remits.min-jaccard=0.5") != std::string::npos);
  const RunResult json = run_govgraph("rules --format json");
  CHECK(json.exit_code == 0);
  CHECK(json.out.find("\"id\": \"accountability.cycle\",\n      \"family\": \"accountability\",\n      \"severity\": \"error\"") !=
        std::string::npos);
  const RunResult markdown = run_govgraph("rules --format markdown");
  CHECK(markdown.out.find("| `orphan.no-owner` | orphan | error |") != std::string::npos);
}

TEST_CASE("A 20,000-body chain gives a report under 10 MB: one finding a chain, not one a body on it") {
  // Reports once grew with the square of a chain: every route printed whole, for every
  // body on it (3 GB at this size).
  std::string map = R"({"govgraph": 1, "name": "chain", "apex": ["parliament"], "bodies": [)"
                    R"({"id": "parliament", "name": "Parliament", "type": "legislature"})";
  std::string links;
  for (int i = 0; i < 20000; ++i) {
    const std::string id = "b" + std::to_string(i);
    map += ",\n{\"id\": \"" + id + "\", \"name\": \"Body " + std::to_string(i) + "\", \"type\": \"agency\"}";
    links += std::string(i == 0 ? "" : ",\n") + "{\"from\": \"" + id + "\", \"to\": \"" +
             (i == 0 ? std::string("parliament") : "b" + std::to_string(i - 1)) + "\", \"kind\": \"accountable_to\"}";
  }
  map += "], \"links\": [" + links + "]}";
  TempDir dir;
  const std::string file = dir.write("chain.json", map);
  const std::string report = dir.file("report.json");
  const RunResult result = run_govgraph("analyse " + quote(file) + " --format json -o " + quote(report));
  REQUIRE(result.exit_code == 0);
  CHECK(std::filesystem::file_size(report) < 10'000'000);
  rapidjson::Document document;
  document.Parse(slurp(report).c_str());
  REQUIRE(document.IsObject());
  const auto& by_rule = document["summary"]["by_rule"];
  CHECK(by_rule["accountability.gatekeeper"].GetInt() == 1);
  CHECK(by_rule["accountability.long-chain"].GetInt() == 1);
}
