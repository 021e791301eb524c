// The diff map: what the board-paper drawing (the default scope) holds and how it marks
// a change, that --diagram-scope all still draws the whole map as before, and that the
// bundled proposal's drawing prints on A4 with readable labels.
// Set GOVGRAPH_UPDATE_GOLDEN=1 to rewrite tests/restructure/golden/*.dot after a
// deliberate change of style, then read the diff before keeping it.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <regex>
#include <stdexcept>

#include "render/graphviz.hpp"
#include "restructure/compare.hpp"
#include "restructure/diff_diagram.hpp"
#include "restructure/scoped_diagram.hpp"
#include "tests/restructure/support.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::test;

namespace {

/// The small map with two bodies no change below touches: a school under the council and
/// an agency under the ministry.
MapData wider_data() {
  std::string text = small_map;
  auto insert_after = [&](const std::string& anchor, const std::string& more) {
    text.insert(text.find(anchor) + anchor.size(), more);
  };
  insert_after(R"({"id": "council", "name": "Council", "type": "local-authority"})",
               R"(, {"id": "school", "name": "School", "type": "other"}, {"id": "agency", "name": "Agency", "type": "agency"})");
  insert_after(R"({"from": "ministry", "to": "parliament", "kind": "accountable_to"})",
               R"(, {"from": "school", "to": "council", "kind": "accountable_to"},
                    {"from": "agency", "to": "ministry", "kind": "accountable_to"})");
  Diagnostics out;
  MapData data = parse_json_map(text, "wider.json", out);
  REQUIRE_FALSE(out.has_errors());
  REQUIRE_FALSE(check_map(data).has_errors());
  return data;
}

const std::string merge = R"({"op": "merge", "bodies": ["inspect-a", "inspect-b"],
  "into": {"id": "inspectorate", "name": "Inspectorate", "type": "regulator"}})";

/// A proposal applied to a map, compared, ready to draw.
struct Drawn {
  GovernanceMap before;
  AppliedProposal applied;
  GovernanceMap after;
  Comparison comparison;

  Drawn(MapData data, const std::string& operations)
      : before(std::move(data)),
        applied(apply_proposal(before.data(), proposal(operations))),
        after(applied.after),
        comparison(compare_proposal(proposal(operations), applied, analysed(before, {}), analysed(after, {}))) {}

  [[nodiscard]] render::Scene scene() const { return scoped_scene(comparison, before, after, {}); }
  [[nodiscard]] std::string draw(DiagramScope scope, render::OutputFormat format) const {
    return draw_diff(comparison, before, after, {scope, {}}, format);
  }
};

std::vector<std::string> names(const render::Scene& scene) {
  std::vector<std::string> out;
  for (const auto& n : scene.nodes) out.push_back(n.name);
  std::sort(out.begin(), out.end());
  return out;
}

const render::SceneNode& node(const render::Scene& scene, const std::string& name) {
  for (const auto& n : scene.nodes)
    if (n.name == name) return n;
  FAIL("no node " << name);
  throw std::logic_error("unreachable");
}

std::string attribute(const render::Attributes& attributes, const std::string& name) {
  const auto* a = render::find_attribute(attributes, name);
  return a == nullptr ? "" : a->value;
}

void check_golden(const std::string& name, const std::string& dot) {
  const std::string path = source_path("tests/restructure/golden/" + name + ".dot");
  if (std::getenv("GOVGRAPH_UPDATE_GOLDEN") != nullptr) std::ofstream(path, std::ios::binary) << dot;
  CHECK(dot == slurp(path));
}

}  // namespace

TEST_CASE("The diff map draws the bodies a merge touches, their neighbours and their routes to the apex, and no other") {
  const Drawn drawn(wider_data(), merge);
  const render::Scene scene = drawn.scene();
  CHECK(names(scene) == std::vector<std::string>{"council", "inspect-a", "inspect-b", "inspectorate", "ministry", "parliament"});
  // The merged bodies as changes, the others as context: white, grey text.
  CHECK(attribute(node(scene, "inspectorate").attributes, "color") == "#228833");
  CHECK(attribute(node(scene, "inspect-a").attributes, "style").find("dashed") != std::string::npos);
  CHECK(attribute(node(scene, "council").attributes, "fillcolor") == "#FFFFFF");
  CHECK(attribute(node(scene, "parliament").attributes, "fontcolor") == "#777777");
  // The whole map draws the bodies no change touches too.
  CHECK(drawn.draw(DiagramScope::all, render::OutputFormat::dot).find("\"school\" [") != std::string::npos);
}

TEST_CASE("A body whose fields change is drawn with its route to the apex, not its unchanged neighbours") {
  const Drawn drawn(wider_data(), R"({"op": "update_body", "body": "ministry", "set": {"name": "Department"}})");
  const render::Scene scene = drawn.scene();
  CHECK(names(scene) == std::vector<std::string>{"ministry", "parliament"});
  CHECK(attribute(node(scene, "ministry").attributes, "color") == "#EE9900");
  REQUIRE(scene.edges.size() == 1);  // the route's line, ministry below parliament
  CHECK(scene.nodes[scene.edges[0].tail].name == "parliament");
  CHECK(scene.nodes[scene.edges[0].head].name == "ministry");
}

TEST_CASE("The diff map is titled with the proposal and its verdict") {
  const auto label = [](const Drawn& d) { return attribute(d.scene().graph, "label"); };
  const std::string passes = label(Drawn(small_data(), merge));
  CHECK(passes.find("<B>Proposal: Test</B>") != std::string::npos);
  CHECK(passes.find("Passes: introduces no errors") != std::string::npos);
  CHECK(passes.find("Duty lost:") == std::string::npos);  // nothing lost, no key entry for it
  const std::string fails = label(Drawn(small_data(), R"({"op": "abolish", "body": "council"})"));
  CHECK(fails.find("Fails: loses 1 duty") != std::string::npos);
  CHECK(fails.find("Duty lost:") != std::string::npos);
}

TEST_CASE("A body that loses the last lead on a duty is marked with the duty's name") {
  const Drawn drawn(small_data(), R"({"op": "abolish", "body": "council"})");
  const render::Scene scene = drawn.scene();
  const auto* label = render::find_attribute(node(scene, "council").attributes, "label");
  REQUIRE(label != nullptr);
  CHECK(label->html);
  CHECK(label->value == "Council<BR/><FONT COLOR=\"#CC3311\"><B>Duty lost:</B><BR/>Plan services</FONT>");
  // inspect-b supported the duty but was not its lead: no mark.
  CHECK(attribute(node(scene, "inspect-b").attributes, "label") == "Inspectorate B");
}

TEST_CASE("A merged body is drawn between the bodies it replaces, framed with them") {
  const Drawn drawn(wider_data(), merge);
  const render::Scene scene = drawn.scene();
  REQUIRE(scene.subgraphs.size() == 1);
  CHECK(scene.subgraphs[0].name == "cluster_merge_inspectorate");
  CHECK(attribute(scene.subgraphs[0].attributes, "rank") == "same");
  const auto at = render::node_centres(scene);
  const double a = at.at("inspect-a").x;
  const double b = at.at("inspect-b").x;
  const double merged = at.at("inspectorate").x;
  CHECK(std::min(a, b) < merged);
  CHECK(merged < std::max(a, b));
  CHECK(std::abs(at.at("inspectorate").y - at.at("inspect-a").y) < 1);  // on their rank
}

TEST_CASE("The diff map's DOT matches its goldens: the whole map as before, and the board-paper scope") {
  const Drawn drawn(wider_data(), merge);
  check_golden("merge-all", drawn.draw(DiagramScope::all, render::OutputFormat::dot));
  check_golden("merge-changed", drawn.draw(DiagramScope::changed, render::OutputFormat::dot));
  CHECK(drawn.draw(DiagramScope::changed, render::OutputFormat::svg) == drawn.draw(DiagramScope::changed, render::OutputFormat::svg));
}

TEST_CASE("The bundled national inspectorate proposal's diff map fits an A4 page with labels of 6 points or more") {
  TempDir dir;
  const std::string svg_path = dir.file("d.svg");
  const auto result = run_govgraph(
      "check-restructure " + quote(source_path("examples/scotland-care-system/map.json")) + " " +
      quote(source_path("examples/scotland-care-system/proposals/national-childrens-inspectorate.json")) + " -o " +
      quote(dir.file("r.txt")) + " --diagram " + quote(svg_path));
  REQUIRE(result.exit_code == 0);
  const std::string svg = slurp(svg_path);
  std::smatch size;
  REQUIRE(std::regex_search(svg, size, std::regex(R"(<svg width="([0-9.]+)pt" height="([0-9.]+)pt")")));
  const double width = std::stod(size[1]);
  const double height = std::stod(size[2]);
  double smallest = 1000;
  const std::regex font(R"re(font-size="([0-9.]+)")re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), font); it != std::sregex_iterator(); ++it)
    smallest = std::min(smallest, std::stod((*it)[1]));
  // A4 is 595 x 842 points; 10 mm margins leave 538.3 x 785.3. The drawing is scaled
  // down to fit, portrait or landscape, whichever scales it less.
  const double margin = 10 / 25.4 * 72;
  const double short_side = 595 - 2 * margin;
  const double long_side = 842 - 2 * margin;
  const double scale = std::min(1.0, std::max(std::min(short_side / width, long_side / height),
                                              std::min(long_side / width, short_side / height)));
  INFO("drawing " << width << " x " << height << " pt, smallest font " << smallest << " pt, scale " << scale
                  << ", printed at " << smallest * scale << " pt");
  CHECK(smallest * scale >= 6);
}
