// check-restructure and diff take the analysis options analyse takes, and --as-at.

#include <catch2/catch.hpp>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

const char* const two_versions_base = R"({"govgraph": 1, "bodies": [
  {"id": "parliament", "name": "Parliament", "type": "legislature"},
  {"id": "agency", "name": "Agency", "type": "agency"},
  {"id": "board", "name": "Board", "type": "board", "end": "2020-12-31"}],
  "links": [{"from": "agency", "to": "parliament", "kind": "accountable_to"}]})";

const char* const add_body_proposal =
    R"({"name": "n", "rationale": "r", "operations": [{"op": "add_body", "body": {"id": "new", "name": "New", "type": "board"}}]})";

}  // namespace

TEST_CASE("diff and check-restructure run only the selected rules") {
  TempDir temp;
  const std::string before = temp.write("before.json", two_versions_base);
  const RunResult all = run_govgraph("diff " + quote(before) + " " + quote(before));
  CHECK(all.out.find("orphan.body-unaccountable") != std::string::npos);  // the board answers to nobody
  const RunResult only = run_govgraph("diff --only accountability " + quote(before) + " " + quote(before));
  CHECK(only.exit_code == 0);
  CHECK(only.out.find("orphan.body-unaccountable") == std::string::npos);
  const std::string proposal = temp.write("p.json", add_body_proposal);
  const RunResult skip =
      run_govgraph("check-restructure --skip orphan " + quote(before) + " " + quote(proposal));
  CHECK(skip.exit_code == 0);
  CHECK(skip.out.find("orphan.") == std::string::npos);
}

TEST_CASE("diff and check-restructure refuse unknown rules and settings with exit code 2") {
  TempDir temp;
  const std::string map = temp.write("m.json", two_versions_base);
  const std::string proposal = temp.write("p.json", add_body_proposal);
  const RunResult rule = run_govgraph("diff --only orphans.nothing " + quote(map) + " " + quote(map));
  CHECK(rule.exit_code == 2);
  CHECK(rule.err.find("orphans.nothing") != std::string::npos);
  const RunResult setting =
      run_govgraph("check-restructure --set no.such.key=1 " + quote(map) + " " + quote(proposal));
  CHECK(setting.exit_code == 2);
  CHECK(setting.err.find("no.such.key") != std::string::npos);
}

TEST_CASE("A date compares the maps as they stood that day") {
  TempDir temp;
  const std::string map = temp.write("m.json", two_versions_base);
  const std::string proposal = temp.write("p.json", add_body_proposal);
  const RunResult now = run_govgraph("check-restructure --as-at 2021-06-30 " + quote(map) + " " + quote(proposal));
  CHECK(now.exit_code == 0);
  // The new body is the one record newly without a source, of the bodies in the map that
  // day: the board had ended.
  CHECK(now.out.find("provenance.unsourced [new]: 1 of 3 bodies") != std::string::npos);
  const RunResult then = run_govgraph("check-restructure --as-at 2020-06-30 " + quote(map) + " " + quote(proposal));
  CHECK(then.out.find("provenance.unsourced [new]: 1 of 4 bodies") != std::string::npos);
  CHECK(run_govgraph("diff --as-at 2021-02-30 " + quote(map) + " " + quote(map)).exit_code == 2);
}
