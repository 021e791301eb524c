// A long run shows what it is doing on a terminal, and nothing in a pipe or a log. The
// terminal is script(1)'s pseudo-terminal; "long" is a large input, here a small map
// padded by a long note so that it reads and analyses in a moment.

#include <catch2/catch.hpp>

#include <cstdlib>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

/// A valid map of at least 8 MB, the size from which a run shows its progress.
std::string large_map() {
  return R"({"govgraph": 1, "bodies": [
    {"id": "parliament", "name": "Parliament", "type": "legislature", "note": ")" + std::string(8'500'000, 'x') +
         R"("},
    {"id": "agency", "name": "Agency", "type": "agency"}],
  "links": [{"from": "agency", "to": "parliament", "kind": "accountable_to"}]})";
}

/// What `govgraph ARGS` writes to a terminal: stdout and stderr as script(1) records them.
std::string on_terminal(const TempDir& dir, const std::string& args) {
  const std::string transcript = dir.file("transcript");
  const std::string command = "script -qec " + quote(std::string(GOVGRAPH_BIN) + " " + args) + " " +
                              quote(transcript) + " >/dev/null 2>&1";
  REQUIRE(std::system(command.c_str()) == 0);
  return slurp(transcript);
}

constexpr const char* wipe = "\r\x1b[K";

}  // namespace

TEST_CASE("A long run shows its phases on a terminal, wipes the line at the end, and shows nothing in a pipe") {
  TempDir dir;
  const std::string map = quote(dir.write("large.json", large_map()));
  const std::string out = quote(dir.file("findings.json"));
  const std::string shown = on_terminal(dir, "analyse " + map + " --format json -o " + out);
  for (const std::string phase : {"reading ", "checking ", "analysing (", "writing "})
    CHECK(shown.find(std::string(wipe) + "govgraph: " + phase) != std::string::npos);
  const std::size_t last = shown.rfind("govgraph: ");
  REQUIRE(last != std::string::npos);
  CHECK(shown.find(wipe, last) != std::string::npos);  // the last phase is wiped

  const RunResult piped = run_govgraph("analyse " + map + " --format json -o " + out);
  CHECK(piped.exit_code == 0);
  CHECK(piped.err.empty());
  CHECK(on_terminal(dir, "analyse " + map + " --format json -o " + out + " --quiet").find("govgraph: ") ==
        std::string::npos);
  // A small map is done before a progress line would help.
  const std::string example = quote(source_path("examples/scotland-care-system/map.json"));
  CHECK(on_terminal(dir, "validate " + example).find("govgraph: ") == std::string::npos);
}

TEST_CASE("A warning printed during a long run starts on a clean line") {
  TempDir dir;
  std::string map = large_map();
  map.insert(map.find("\"links\""), "\"colour\": \"blue\",\n  ");  // an unknown field: a warning
  const std::string path = dir.write("large.json", map);
  const std::string shown = on_terminal(dir, "validate " + quote(path));
  CHECK(shown.find("govgraph: checking ") != std::string::npos);
  // The progress line is wiped, and the warning written from the line's start.
  CHECK(shown.find(std::string(wipe) + path + ":4:3: warning: colour") != std::string::npos);
}
