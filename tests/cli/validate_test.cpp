#include <catch2/catch.hpp>

#include "tests/support/run.hpp"

using namespace govgraph::test;

TEST_CASE("The example map validates without warnings") {
  const RunResult r = run_govgraph("validate " + quote(source_path("examples/scotland-care-system/map.json")));
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find(": ok: ") != std::string::npos);
}

TEST_CASE("Unknown CSV columns are warned about and their values kept in JSON") {
  TempDir temp;
  temp.write("map/bodies.csv", "id,name,type,budget\r\na,A,agency,12m\r\nb,B,board,\r\n");
  temp.write("map/links.csv", "from,to,kind\na,b,accountable_to\n");
  const RunResult validate = run_govgraph("validate " + quote(temp.file("map")));
  CHECK(validate.exit_code == 0);
  CHECK(validate.err == temp.file("map/bodies.csv") + ":1:14: warning: budget: unknown column, its values are kept\n");
  REQUIRE(run_govgraph("convert " + quote(temp.file("map")) + " " + quote(temp.file("m.json"))).exit_code == 0);
  CHECK(slurp(temp.file("m.json")).find(R"({"id": "a", "name": "A", "type": "agency", "budget": "12m"})") !=
        std::string::npos);
}

TEST_CASE("validate --strict fails on warnings and --quiet silences them") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "colour": "red"})");
  CHECK(run_govgraph("validate " + quote(map)).exit_code == 0);
  CHECK(run_govgraph("validate --strict " + quote(map)).exit_code == 1);
  const RunResult quiet = run_govgraph("--quiet validate " + quote(map));
  CHECK(quiet.exit_code == 0);
  CHECK(quiet.err.empty());
  CHECK(quiet.out.empty());
}

TEST_CASE("Several maps are validated in one run and the worst result decides the exit code") {
  TempDir temp;
  const std::string good = temp.write("good.json", R"({"govgraph": 1})");
  const std::string bad = temp.write("bad.json", R"({"govgraph": 2})");
  const RunResult r = run_govgraph("validate " + quote(good) + " " + quote(bad));
  CHECK(r.exit_code == 2);
  CHECK(r.out == good + ": ok: 0 bodies, 0 links, 0 responsibilities, 0 policy areas, 0 warnings\n");
  CHECK(r.err == bad + ":1:14: error: govgraph: expected the format version 1, found 2\n");
}

TEST_CASE("summary counts the example by type and kind and totals its funding") {
  const RunResult r = run_govgraph("summary " + quote(source_path("examples/scotland-care-system/map.json")));
  REQUIRE(r.exit_code == 0);
  CHECK(r.out.find("  Scottish Parliament (scottish-parliament)\n") != std::string::npos);
  CHECK(r.out.find("\n  legislature              2\n") != std::string::npos);
  CHECK(r.out.find("\n  funds              16\n") != std::string::npos);
  CHECK(r.out.find("Corra Foundation pays out 4.0m GBP") != std::string::npos);
}

TEST_CASE("summary --as-at leaves out what had ended") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "bodies": [
    {"id": "a", "name": "A", "type": "agency"}, {"id": "b", "name": "B", "type": "board", "end": "2020-03-31"}]})");
  CHECK(run_govgraph("summary " + quote(map)).out.find("2 bodies,") != std::string::npos);
  CHECK(run_govgraph("summary --as-at 2021-01-01 " + quote(map)).out.find("1 body,") != std::string::npos);
  const RunResult bad = run_govgraph("summary --as-at 2021-13-01 " + quote(map));
  CHECK(bad.exit_code == 2);
  CHECK(bad.err.find("expected a date YYYY-MM-DD") != std::string::npos);
}
