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
  const RunResult r = run_govgraph("convert " + quote(example) + " " + quote(temp.file("map.ods")));
  CHECK(r.exit_code == 2);
  CHECK(r.err.find("OUT: expected a .json, .kumu.json, .xlsx, .graphml or .gexf file, or a folder for CSV files; "
                   "found the extension .ods") != std::string::npos);
  CHECK(std::filesystem::is_empty(temp.path()));
}

TEST_CASE("GraphML for network tools holds every body and escapes names") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "bodies": [
    {"id": "a", "name": "<script> & \"A\\lB\"", "type": "agency"}, {"id": "b", "name": "B", "type": "board"}],
    "links": [{"from": "a", "to": "b", "kind": "funds", "amount": 50000}]})");
  const RunResult r = run_govgraph("convert " + quote(map) + " " + quote(temp.file("m.graphml")));
  REQUIRE(r.exit_code == 0);
  const std::string graphml = slurp(temp.file("m.graphml"));
  CHECK(graphml.find("&lt;script&gt; &amp; &quot;A\\lB&quot;") != std::string::npos);
  CHECK(graphml.find("<node id=\"a\">\n      <data key=\"n_label\">&lt;script&gt;") != std::string::npos);
  CHECK(graphml.find("<data key=\"e_kind\">funds</data>") != std::string::npos);
  CHECK(graphml.find("<script>") == std::string::npos);
}
