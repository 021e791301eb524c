// Ranks for dot (layering.hpp) on small inputs with known answers: widths of 1 inch
// take 1.15 inches of a rank with the gap between nodes.

#include <catch2/catch.hpp>

#include "render/layering.hpp"

using namespace govgraph::render;

namespace {

using Layers = std::vector<std::size_t>;

/// `count` nodes one inch wide in one group.
std::vector<double> inch_wide(std::size_t count) { return std::vector<double>(count, 1.0); }

}  // namespace

TEST_CASE("Each node ranks below all its masters") {
  // 0 → 1 → 2, and 0 → 2: 2 waits for both.
  const std::vector<RankLine> lines = {{0, 1}, {1, 2}, {0, 2}};
  CHECK(assign_layers({0, 0, 0}, inch_wide(3), lines, 0, false) == Layers{0, 1, 2});
}

TEST_CASE("The leaves of a wide fan overflow to the ranks below when a rank is full") {
  // A master over five leaves; 3.5 inches hold three nodes (3 × 1.15), not four.
  const std::vector<RankLine> lines = {{0, 1}, {0, 2}, {0, 3}, {0, 4}, {0, 5}};
  CHECK(assign_layers(Layers(6, 0), inch_wide(6), lines, 3.5, false) == Layers{0, 1, 1, 1, 2, 2});
  // With no width given a rank is at least 10 inches: all five fit on one rank.
  CHECK(assign_layers(Layers(6, 0), inch_wide(6), lines, 0, false) == Layers{0, 1, 1, 1, 1, 1});
}

TEST_CASE("A node with children takes a rank before a leaf does") {
  // 0 over leaf 1 and over 2, which is over 3; one node per rank. 2 comes after 1 in
  // order but has a child, so it takes rank 1 and the leaf overflows to rank 2.
  const std::vector<RankLine> lines = {{0, 1}, {0, 2}, {2, 3}};
  CHECK(assign_layers(Layers(4, 0), inch_wide(4), lines, 1.2, false) == Layers{0, 2, 1, 3});
}

TEST_CASE("A cycle is broken at its first node") {
  const std::vector<RankLine> lines = {{0, 1}, {1, 0}};
  CHECK(assign_layers({0, 0}, inch_wide(2), lines, 0, false) == Layers{0, 1});
}

TEST_CASE("Clusters share a rank's width by their size") {
  // Two clusters of two: 2.4 inches give each 1.2, one node a rank; as one cluster, two.
  CHECK(assign_layers({0, 0, 1, 1}, inch_wide(4), {}, 2.4, false) == Layers{0, 1, 0, 1});
  CHECK(assign_layers({0, 0, 0, 0}, inch_wide(4), {}, 2.4, false) == Layers{0, 0, 1, 1});
}

TEST_CASE("A packed cluster gets room for its own proportions") {
  // Ten nodes (11.5 inches with gaps): unpacked, a rank is 10 inches and holds eight;
  // packed, sqrt(2.5 × 11.5 × 0.9) ≈ 5.09 inches holds four.
  CHECK(assign_layers(Layers(10, 0), inch_wide(10), {}, 0, false) == Layers{0, 0, 0, 0, 0, 0, 0, 0, 1, 1});
  CHECK(assign_layers(Layers(10, 0), inch_wide(10), {}, 0, true) == Layers{0, 0, 0, 0, 1, 1, 1, 1, 2, 2});
  // A row width given wins over packing.
  CHECK(assign_layers(Layers(10, 0), inch_wide(10), {}, 2.4, true) == Layers{0, 0, 1, 1, 2, 2, 3, 3, 4, 4});
}

TEST_CASE("A rank is never narrower than the widest node") {
  CHECK(assign_layers({0, 0}, {5.0, 1.0}, {}, 2.0, false) == Layers{0, 1});
}

TEST_CASE("A label's estimated width follows its longest line and its shape") {
  const std::vector<std::string> lines = {"ab", "abcd"};
  CHECK(estimated_width(lines, "box") == Approx(0.085 * 4 + 0.24));
  CHECK(estimated_width(lines, "ellipse") == Approx((0.085 * 4 + 0.24) * 1.4));
  CHECK(estimated_width(lines, "hexagon") == Approx((0.085 * 4 + 0.24) * 1.25));
  CHECK(estimated_width({}, "box") == Approx(0.24));
}
