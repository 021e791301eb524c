// docs/cli.md holds every command's --help verbatim: this keeps it in step with the code.

#include <catch2/catch.hpp>

#include "tests/support/run.hpp"

using namespace govgraph::test;

TEST_CASE("docs/cli.md shows the current help of every command") {
  const std::string docs = slurp(source_path("docs/cli.md"));
  for (const char* command : {"", "validate", "summary", "convert", "analyse", "rules", "render", "report",
                              "check-restructure", "diff", "suggest"}) {
    const RunResult help = run_govgraph(std::string(command) + " --help");
    INFO("govgraph " << command << " --help");
    REQUIRE(help.exit_code == 0);
    CHECK(docs.find("```\n" + help.out + "```") != std::string::npos);
  }
}
