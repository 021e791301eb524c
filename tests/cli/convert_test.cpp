#include <catch2/catch.hpp>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {
const std::string example = source_path("examples/scotland-care-system/map.json");
}

TEST_CASE("Converting JSON to a CSV folder and back gives the same bytes") {
  TempDir temp;
  const std::string first = temp.file("first.json");
  REQUIRE(run_govgraph("convert " + quote(example) + " " + quote(first)).exit_code == 0);
  REQUIRE(run_govgraph("convert " + quote(first) + " " + quote(temp.file("csv"))).exit_code == 0);
  const RunResult back = run_govgraph("convert " + quote(temp.file("csv")) + " " + quote(temp.file("back.json")));
  REQUIRE(back.exit_code == 0);
  CHECK(back.err.empty());
  CHECK(slurp(first) == slurp(temp.file("back.json")));
}

TEST_CASE("The example's JSON is canonical: converting it changes nothing") {
  TempDir temp;
  REQUIRE(run_govgraph("convert " + quote(example) + " " + quote(temp.file("m.json"))).exit_code == 0);
  CHECK(slurp(example) == slurp(temp.file("m.json")));
}

TEST_CASE("The example's CSV folder loads to the same map as its JSON") {
  TempDir temp;
  const RunResult r = run_govgraph("convert " + quote(source_path("examples/scotland-care-system/csv")) + " " +
                                   quote(temp.file("from-csv.json")));
  REQUIRE(r.exit_code == 0);
  CHECK(slurp(example) == slurp(temp.file("from-csv.json")));
}

TEST_CASE("Converting to an unknown extension is a usage error and writes nothing") {
  TempDir temp;
  const RunResult r = run_govgraph("convert " + quote(example) + " " + quote(temp.file("map.xlsx")));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("OUT: expected a .json file or a folder for CSV files, found the extension .xlsx") != std::string::npos);
  CHECK(std::filesystem::is_empty(temp.path()));
}
