// govgraph report end to end: the file it writes, the options it shares with analyse,
// and its messages on bad input.

#include <catch2/catch.hpp>

#include <string>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

const std::string example = source_path("examples/scotland-care-system/map.json");

}  // namespace

TEST_CASE("govgraph report writes the page and says where") {
  TempDir dir;
  const std::string out = (dir.path() / "report.html").string();
  const RunResult r = run_govgraph("report " + quote(example) + " -o " + quote(out));
  CHECK(r.exit_code == 0);
  CHECK(r.out == out + ": report of 48 findings on 116 bodies; open it in a browser\n");
  const std::string page = slurp(out);
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("<h1>Scotland&#39;s care system governance map</h1>") != std::string::npos);
  CHECK(page.find("<table id=\"raci\" class=\"matrix\">") != std::string::npos);
  CHECK(run_govgraph("report " + quote(example) + " -q").out == page);  // stdout: the same bytes
}

TEST_CASE("govgraph report takes analyse's rule and waiver options") {
  const RunResult r = run_govgraph("report " + quote(example) + " --only orphan -q");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("data-rule=\"duplication.multiple-leads\"") == std::string::npos);
  TempDir dir;
  const std::string waivers = dir.write("waivers.json", R"({"waivers": [{"rule": "orphan.no-lead", "subjects": ["x"],
    "reason": "r"}]})");
  const RunResult stale = run_govgraph("report " + quote(example) + " --waivers " + quote(waivers) + " -o " +
                                       quote((dir.path() / "r.html").string()));
  CHECK(stale.exit_code == 0);
  CHECK(stale.err.find("waiver for orphan.no-lead matches no finding") != std::string::npos);
}

TEST_CASE("govgraph report's bad input exits 2 with a message naming the problem") {
  const RunResult no_map = run_govgraph("report");
  CHECK(no_map.exit_code == 2);
  CHECK(no_map.err.find("MAP is required") != std::string::npos);

  const RunResult missing = run_govgraph("report /no/such/map.json -o /tmp/never.html");
  CHECK(missing.exit_code == 2);
  CHECK(missing.err == "/no/such/map.json: error: no such file or folder; MAP is a .json file (govgraph's, or a "
                       "Kumu blueprint), a .xlsx workbook, a .graphml file or a folder of CSV files\n");

  const RunResult onto = run_govgraph("report " + quote(example) + " -o " + quote(example));
  CHECK(onto.exit_code == 2);
  CHECK(onto.err == example + ": error: is the input " + example +
                        ", which writing would destroy; choose another output (nothing was written)\n");

  const RunResult rule = run_govgraph("report " + quote(example) + " --only nosuch");
  CHECK(rule.exit_code == 2);
  CHECK(rule.err.rfind("--only: error: unknown rule or family 'nosuch': expected one of orphan, ", 0) == 0);

  const RunResult today = run_govgraph("report " + quote(example) + " --today 2024-13-01");
  CHECK(today.exit_code == 2);
  CHECK(today.err.find("--today: expected a date YYYY-MM-DD, such as 2024-04-01") != std::string::npos);
}
