// The DOT text of small maps, compared byte for byte with tests/render/golden/*.dot.
// Set GOVGRAPH_UPDATE_GOLDEN=1 to rewrite the files after a deliberate change of style,
// then read the diff before keeping it.

#include <catch2/catch.hpp>

#include <cstdlib>
#include <fstream>

#include "render/map_scene.hpp"
#include "tests/render/maps.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::render;

namespace {

void check_golden(const std::string& name, const MapData& data, const RenderOptions& options,
                  const std::vector<Finding>& findings = {}) {
  const GovernanceMap map = test::checked(data);
  const std::string dot = write_dot(with_key(build_scene(map, options, findings)));
  const std::string path = test::source_path("tests/render/golden/" + name + ".dot");
  if (std::getenv("GOVGRAPH_UPDATE_GOLDEN") != nullptr) std::ofstream(path, std::ios::binary) << dot;
  CHECK(dot == test::slurp(path));
}

}  // namespace

TEST_CASE("The accountability map of a small hierarchy matches its golden DOT") {
  const std::vector<Finding> findings = {
      {Severity::info, "duplication.redundant-line", {"agency", "ministers"}, "implied", {}, {}},
      {Severity::error, "orphan.no-route-to-apex", {"charity"}, "m", {}, {}},
      {Severity::warning, "duplication.duplicate-scrutiny", {"agency"}, "m", {}, {}}};
  check_golden("small_hierarchy", test::small_hierarchy(), {}, findings);
}

TEST_CASE("The funding map of a small hierarchy matches its golden DOT") {
  RenderOptions options;
  options.view = View::funding;
  options.cluster_by = ClusterBy::none;
  check_golden("small_funding", test::small_hierarchy(), options);
}

TEST_CASE("A staggered fan matches its golden DOT") {
  RenderOptions unfolded;
  unfolded.fold_min = 0;
  check_golden("fan", test::fan(9), unfolded);
}

TEST_CASE("A map of odd names, its leaves folded into one list, matches its golden DOT") {
  check_golden("odd_names", test::odd_names(), {});
}
