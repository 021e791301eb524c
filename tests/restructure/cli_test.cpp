#include <catch2/catch.hpp>

#include "tests/restructure/support.hpp"
#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {
const std::string example_map = source_path("examples/scotland-care-system/map.json");
std::string example_proposal(const std::string& name) {
  return source_path("examples/scotland-care-system/proposals/" + name + ".json");
}
}  // namespace

TEST_CASE("check-restructure exits 1 when a proposal loses duties and 0 with --fail-on never") {
  TempDir dir;
  const std::string map = dir.write("map.json", small_map);
  const std::string p = dir.write("p.json", R"({"name": "Drop", "operations": [{"op": "abolish", "body": "council"}]})");
  const auto failing = run_govgraph("check-restructure " + quote(map) + " " + quote(p));
  CHECK(failing.exit_code == 1);
  CHECK(failing.out.find("Verdict: Fails: loses 1 duty") != std::string::npos);
  CHECK(run_govgraph("check-restructure " + quote(map) + " " + quote(p) + " --fail-on never").exit_code == 0);
}

TEST_CASE("check-restructure of a bad proposal exits 2 with the place and writes nothing") {
  TempDir dir;
  const std::string map = dir.write("map.json", small_map);
  const std::string p = dir.write("p.json", "{\"name\": \"x\", \"operations\": [\n  {\"op\": \"merge\", \"bodies\": [\"nobody\"], \"into\": \"council\"}]}");
  const auto result = run_govgraph("check-restructure " + quote(map) + " " + quote(p) + " -o " + quote(dir.file("out.md")) +
                                   " --diagram " + quote(dir.file("d.svg")));
  CHECK(result.exit_code == 2);
  CHECK(result.err == p + ":2:30: error: operations[0].bodies[0] (merge): body 'nobody' does not exist at this point; "
                          "nearest is 'council'\n");
  CHECK_FALSE(std::filesystem::exists(dir.file("out.md")));
  CHECK_FALSE(std::filesystem::exists(dir.file("d.svg")));
}

TEST_CASE("diff of a map with itself reports no change and exits 0") {
  const auto result = run_govgraph("diff " + quote(example_map) + " " + quote(example_map) + " --format json");
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("\"verdict\": \"No change: the two maps hold the same records.\"") != std::string::npos);
  CHECK(result.out.find("\"introduced\": []") != std::string::npos);
}

TEST_CASE("The whole-map diff diagram colours added and removed bodies and keeps unchanged ones in place") {
  TempDir dir;
  const std::string map = dir.write("map.json", small_map);
  const std::string p = dir.write("p.json", R"({"name": "M", "operations": [{"op": "merge", "bodies": ["inspect-a", "inspect-b"],
    "into": {"id": "inspectorate", "name": "Inspectorate", "type": "regulator"}}]})");
  const auto result = run_govgraph("check-restructure " + quote(map) + " " + quote(p) + " --diagram-scope all --diagram " +
                                   quote(dir.file("d.dot")));
  CHECK(result.exit_code == 0);
  const std::string dot = slurp(dir.file("d.dot"));
  CHECK(dot.find(R"("inspectorate" [id="inspectorate")") != std::string::npos);
  CHECK(dot.find("color=\"#228833\"") != std::string::npos);   // added
  CHECK(dot.find("filled,dashed") != std::string::npos);        // removed
  CHECK(dot.find("pos=\"0.00,0.00!\"") == std::string::npos);   // every body placed
  CHECK(dot.find("pos=\"") != std::string::npos);
}

TEST_CASE("The diagram scope option takes changed or all and names them on a mistake") {
  TempDir dir;
  const std::string map = dir.write("map.json", small_map);
  const auto result = run_govgraph("diff " + quote(map) + " " + quote(map) + " --diagram-scope some --diagram " +
                                   quote(dir.file("d.svg")));
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("changed") != std::string::npos);
  CHECK(result.err.find("all") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("d.svg")));
}

TEST_CASE("The bundled proposals give the verdicts a reader expects") {
  const auto inspectorate = run_govgraph("check-restructure " + quote(example_map) + " " +
                                         quote(example_proposal("national-childrens-inspectorate")));
  CHECK(inspectorate.exit_code == 0);
  CHECK(inspectorate.out.find("no duty lost") != std::string::npos);
  const auto promise = run_govgraph("check-restructure " + quote(example_map) + " " +
                                    quote(example_proposal("promise-oversight-2030")));
  CHECK(promise.exit_code == 0);
  CHECK(promise.out.find("no duty lost") != std::string::npos);
  const auto careless = run_govgraph("check-restructure " + quote(example_map) + " " +
                                     quote(example_proposal("careless-declutter")) + " --format markdown");
  CHECK(careless.exit_code == 1);
  CHECK(careless.out.find("**Lost:** `family-therapies`") != std::string::npos);
  CHECK(careless.out.find("**Lost:** `data-mapping`") != std::string::npos);
}

TEST_CASE("diff's JSON report streamed to a file or stdout is the one made whole beside a diagram") {
  TempDir dir;
  // The example less one link, so the report has a change and findings to show.
  std::string next = slurp(example_map);
  const std::string link = "{\"from\": \"sg-sponsor-teams\", \"to\": \"scottish-government\"";
  const std::size_t at = next.find(link);
  REQUIRE(at != std::string::npos);
  next.erase(at, next.find('\n', at) + 1 - at);
  const std::string old_map = example_map;
  const std::string new_map = dir.write("new.json", next);
  const std::string pair = "diff " + quote(old_map) + " " + quote(new_map) + " --format json";
  const auto to_stdout = run_govgraph(pair);
  REQUIRE(to_stdout.exit_code == 0);
  REQUIRE(run_govgraph(pair + " -o " + quote(dir.file("streamed.json"))).exit_code == 0);
  REQUIRE(run_govgraph(pair + " -o " + quote(dir.file("whole.json")) + " --diagram " + quote(dir.file("d.dot"))).exit_code == 0);
  CHECK(slurp(dir.file("streamed.json")) == slurp(dir.file("whole.json")));
  CHECK(to_stdout.out == slurp(dir.file("whole.json")));
}
