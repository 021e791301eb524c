#include <catch2/catch.hpp>

#include "tests/support/run.hpp"

using namespace govgraph::test;

TEST_CASE("The example map validates without warnings") {
  const RunResult r = run_govgraph("validate " + quote(source_path("examples/scotland-care-system/map.json")));
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
  CHECK(r.out.find(": ok: ") != std::string::npos);
}
