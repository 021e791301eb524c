#pragma once
// Ranks for the dot layout: each node as high as its masters allow, but no rank wider
// than the page, so that the leaves of a wide fan overflow to the ranks below, as
// Graphviz's unflatten -l staggers them. Pure: map_scene.cpp turns the ranks into
// minlen on the lines.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace govgraph::render {

// What dot is asked for (inches): the gap between nodes and between ranks.
inline constexpr double node_gap = 0.15;
inline constexpr double rank_gap = 0.4;

/// A line that decides ranks: `upper` ranks above `lower` (node indexes).
struct RankLine {
  std::size_t upper = 0;
  std::size_t lower = 0;
};

/// About how wide Graphviz draws a label of these lines in an 11-point Helvetica node of
/// this shape (inches): enough to share out a rank's width, not to draw with.
double estimated_width(const std::vector<std::string>& lines, std::string_view shape);

/// A rank for each node (`widths` in inches, `group` its cluster): below all its
/// masters (`upper` of its lines), on the first rank with room. A rank's room is
/// `row_width` inches (0: as wide as makes the drawing about 1.4 times as wide as tall,
/// and at least 10), shared between clusters by their size so that clusters drawn side
/// by side fit too; when the clusters are `packed` (laid out one by one, then packed on
/// a page), each cluster has room for its own proportions instead. Every node with
/// children is placed before any leaf, so that chains of command keep the highest ranks
/// and the leaves of a wide fan fill the room left, overflowing to the ranks below.
/// Lines that close a cycle are left to dot. O((V + E) log V + V × ranks).
std::vector<std::size_t> assign_layers(const std::vector<std::size_t>& group, const std::vector<double>& widths,
                                       const std::vector<RankLine>& lines, double row_width, bool packed);

}  // namespace govgraph::render
