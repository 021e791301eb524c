// A failure of the system or of Graphviz is not bad input: exit code 3 and a message
// saying so, where bad input is 2 (docs/cli.md).

#include <catch2/catch.hpp>

#include <cstdlib>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {
const std::string example = quote(source_path("examples/scotland-care-system/map.json"));
}

TEST_CASE("A full disk on standard output is the environment's failure, not success") {
  for (const std::string command : {"summary ", "validate ", "analyse --format json "}) {
    const RunResult result = run_govgraph(command + example + " >/dev/full");
    INFO(command << result.err);
    CHECK(result.exit_code == 3);
    CHECK(result.err.find("govgraph: error: cannot write to standard output: No space left on device") !=
          std::string::npos);
  }
}

TEST_CASE("Graphviz unable to lay out is the environment's failure, and writes nothing") {
  TempDir dir;
  ::setenv("GVBINDIR", dir.path().c_str(), 1);  // a plugin folder without Graphviz's layouts
  const RunResult result = run_govgraph("render " + example + " -o " + quote(dir.file("map.svg")));
  ::unsetenv("GVBINDIR");
  INFO(result.err);
  CHECK(result.exit_code == 3);
  CHECK(result.err.find("govgraph: error: Graphviz could not lay out the map with 'dot'") != std::string::npos);
  CHECK_FALSE(std::filesystem::exists(dir.file("map.svg")));
}

TEST_CASE("An output path in a folder that does not exist stays a usage mistake") {
  TempDir dir;
  const RunResult result = run_govgraph("summary " + example + " -o " + quote(dir.file("no/such/folder/out.txt")));
  CHECK(result.exit_code == 2);
}
