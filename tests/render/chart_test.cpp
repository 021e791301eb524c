// The chart layout (chart.hpp), on trees built by hand with known answers.

#include <catch2/catch.hpp>

#include <cmath>
#include <string>
#include <vector>

#include "render/chart.hpp"

using namespace govgraph::render;

namespace {

std::string value_of(const Attributes& attributes, const std::string& name) {
  const Attribute* found = find_attribute(attributes, name);
  return found == nullptr ? std::string("(none)") : found->value;
}

/// A parent (80 × 30 points) over `leaves` leaves of 100 × 40, each answering to it.
std::pair<std::vector<Box>, std::vector<ChartLine>> fan_of(std::size_t leaves) {
  std::vector<Box> sizes{{80, 30}};
  std::vector<ChartLine> lines;
  for (std::size_t k = 1; k <= leaves; ++k) {
    sizes.push_back({100, 40});
    lines.push_back({0, k});
  }
  return {sizes, lines};
}

}  // namespace

TEST_CASE("A lone node sits at the top left of a chart its own size") {
  const ChartLayout layout = chart_layout({{80, 30}}, {}, {0}, 0.7);
  CHECK(layout.centres == std::vector<Spot>{{40, 15}});
  CHECK(layout.size.width == 80);
  CHECK(layout.size.height == 30);
}

TEST_CASE("Two leaves stand in one column below their master, joined by a bus down its left") {
  const auto [sizes, lines] = fan_of(2);
  const ChartLayout layout = chart_layout(sizes, lines, {0, 1, 2}, 7.5 / 10.9);
  // One column: 20 points for the bus, then the leaves, 8 apart; the master centred over
  // them, 20 points above.
  CHECK(layout.size.width == 120);
  CHECK(layout.size.height == 30 + 20 + 40 + 8 + 40);
  CHECK(layout.centres == std::vector<Spot>{{60, 15}, {70, 70}, {70, 118}});
  // Down from the master, along the line above the column, down the bus, across to the leaf.
  CHECK(layout.routes[0] == std::vector<Spot>{{60, 30}, {60, 40}, {8, 40}, {8, 70}, {20, 70}});
  CHECK(layout.routes[1] == std::vector<Spot>{{60, 30}, {60, 40}, {8, 40}, {8, 118}, {20, 118}});
}

TEST_CASE("An only child stands right below its master, its line straight down") {
  const auto [sizes, lines] = fan_of(1);
  const ChartLayout layout = chart_layout(sizes, lines, {0, 0}, 7.5 / 10.9);
  CHECK(layout.size.width == 100);
  CHECK(layout.size.height == 30 + 20 + 40);
  CHECK(layout.centres == std::vector<Spot>{{50, 15}, {50, 70}});
  CHECK(layout.routes[0] == std::vector<Spot>{{50, 30}, {50, 50}});
}

TEST_CASE("Twelve leaves stand in the number of columns that shapes the chart most like an upright page") {
  const auto [sizes, lines] = fan_of(12);
  std::vector<std::size_t> keys(sizes.size(), 0);
  const ChartLayout layout = chart_layout(sizes, lines, keys, 7.5 / 10.9);
  // One column would be 120 × 628 points, three 380 × 244: two (250 × 340) is nearest.
  CHECK(layout.size.width == 250);
  CHECK(layout.size.height == 30 + 20 + 6 * 40 + 5 * 8);
  for (std::size_t k = 1; k <= 6; ++k) CHECK(layout.centres[k].x == 70);
  for (std::size_t k = 7; k <= 12; ++k) {
    CHECK(layout.centres[k].x == 120 + 10 + 20 + 50);
    CHECK(layout.routes[k - 1][2].x == 130 + 8);  // the second column's bus
  }
}

TEST_CASE("Bodies with bodies below them come first, then leaves by their sort key") {
  // 0 over 1, 2, 3; 2 over 4. Keys put leaf 3 before leaf 1.
  const std::vector<Box> sizes(5, Box{100, 40});
  const std::vector<ChartLine> lines{{0, 1}, {0, 2}, {0, 3}, {2, 4}};
  const ChartLayout layout = chart_layout(sizes, lines, {0, 9, 5, 1, 0}, 0.1);  // tall: one column
  CHECK(layout.centres[2].y < layout.centres[3].y);
  CHECK(layout.centres[3].y < layout.centres[1].y);
  CHECK(layout.centres[4].y > layout.centres[2].y);  // under its own master
  CHECK(layout.centres[4].y < layout.centres[3].y);
}

TEST_CASE("A second master's line and a cycle's closing line are left out of the tree") {
  // 0 and 1 are roots over 2 (its line from 1 is a second master's); 3 and 4 answer to
  // each other, with nothing above them: 3, the first, heads them.
  const std::vector<Box> sizes(5, Box{100, 40});
  const std::vector<ChartLine> lines{{0, 2}, {1, 2}, {3, 4}, {4, 3}};
  const ChartLayout layout = chart_layout(sizes, lines, {0, 0, 0, 0, 0}, 1.0);
  CHECK_FALSE(layout.routes[0].empty());
  CHECK(layout.routes[1].empty());
  CHECK_FALSE(layout.routes[2].empty());
  CHECK(layout.routes[3].empty());
  CHECK(layout.centres[4].y > layout.centres[3].y);
}

TEST_CASE("A body hangs from a line a longer route implies only when no other line reaches it") {
  // 0 over 1 over 2, and 0 over 2 directly (implied); 0 over 3 only by an implied line.
  const std::vector<Box> sizes(4, Box{100, 40});
  const std::vector<ChartLine> lines{{0, 2, false}, {0, 1}, {1, 2}, {0, 3, false}};
  const ChartLayout layout = chart_layout(sizes, lines, {0, 0, 0, 0}, 1.0);
  CHECK(layout.routes[0].empty());       // 2 hangs from 1, its longer route
  CHECK_FALSE(layout.routes[2].empty());
  CHECK_FALSE(layout.routes[3].empty());  // 3 has no other line: it hangs from 0 all the same
  CHECK(layout.centres[3].y > layout.centres[0].y);
}

TEST_CASE("Trees of one block never overlap") {
  const std::vector<Box> sizes{{100, 40}, {60, 30}, {60, 30}, {120, 50}, {80, 20}, {90, 35}};
  const std::vector<ChartLine> lines{{0, 1}, {0, 2}, {3, 4}};
  const ChartLayout layout = chart_layout(sizes, lines, {0, 0, 0, 0, 0, 0}, 1.0);
  for (std::size_t a = 0; a < sizes.size(); ++a) {
    for (std::size_t b = a + 1; b < sizes.size(); ++b) {
      const bool apart_x = std::abs(layout.centres[a].x - layout.centres[b].x) >= (sizes[a].width + sizes[b].width) / 2;
      const bool apart_y =
          std::abs(layout.centres[a].y - layout.centres[b].y) >= (sizes[a].height + sizes[b].height) / 2;
      INFO(a << " and " << b);
      CHECK((apart_x || apart_y));
    }
    CHECK(layout.centres[a].x - sizes[a].width / 2 >= 0);
    CHECK(layout.centres[a].x + sizes[a].width / 2 <= layout.size.width);
    CHECK(layout.centres[a].y + sizes[a].height / 2 <= layout.size.height);
  }
}

TEST_CASE("A block laid out as a chart gets Graphviz's positions: nodes, tree lines with arrows, and its box") {
  Scene block;
  block.edge_defaults = {{"arrowsize", "0.7"}};
  block.nodes = {{"master", {}, {}}, {"one", {}, {}}, {"two", {}, {}}};
  block.subgraphs = {{"cluster_1", {{"label", "national"}}, {0, 1, 2}}};
  block.edges = {{0, 1, {{"dir", "back"}}, Hierarchy::direct},
                 {0, 2, {{"dir", "back"}, {"label", "4.0m"}}, Hierarchy::direct},  // labelled: Graphviz places it
                 {1, 2, {{"constraint", "false"}}, Hierarchy::none}};                // not a line of the hierarchy
  lay_out_chart(block, {{80, 30}, {100, 40}, {100, 40}});
  // The chart is 120 × 138, inside 10 points of margin and 22 for the cluster's label.
  CHECK(value_of(block.subgraphs[0].attributes, "bb") == "0,0,140.00,180.00");
  CHECK(value_of(block.graph, "bb") == "0,0,140.00,180.00");
  CHECK(value_of(block.nodes[0].attributes, "pos") == "70.00,133.00");
  CHECK(value_of(block.nodes[1].attributes, "pos") == "80.00,78.00");
  // The arrow (7 points at arrowsize 0.7) at the master, then straight runs as a B-spline.
  CHECK(value_of(block.edges[0].attributes, "pos") ==
        "s,70.00,118.00 70.00,111.00 70.00,110.00 70.00,109.00 70.00,108.00 52.67,108.00 35.33,108.00 "
        "18.00,108.00 18.00,98.00 18.00,88.00 18.00,78.00 22.00,78.00 26.00,78.00 30.00,78.00");
  CHECK(value_of(block.edges[1].attributes, "pos") == "(none)");
  CHECK(value_of(block.edges[2].attributes, "pos") == "(none)");
}

TEST_CASE("A tree line drawn downwards ends in an arrowhead at the lower body") {
  Scene block;
  block.nodes = {{"funder", {}, {}}, {"funded", {}, {}}};
  block.edges = {{0, 1, {}, Hierarchy::direct}};
  lay_out_chart(block, {{80, 30}, {100, 40}});
  // No cluster label: 10 points of margin all round. The only child's line runs straight
  // down and ends 10 points (arrowsize 1) short of its top at y = 50, "e," giving the tip.
  CHECK(value_of(block.edges[0].attributes, "pos") == "e,60.00,50.00 60.00,70.00 60.00,66.67 60.00,63.33 60.00,60.00");
}
