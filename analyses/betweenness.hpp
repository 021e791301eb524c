#pragma once
// Betweenness centrality on a simple undirected graph (Brandes' algorithm), exact or
// estimated from sampled sources (Brandes and Pich's pivots), on two threads. Every
// body's score is summed over the sources in ascending order whichever thread ran them,
// so the result is the same bytes on every run, and exact scores are the same bytes as
// boost::brandes_betweenness_centrality on the same graph with neighbours in id order.

#include <cstddef>
#include <cstdint>
#include <vector>

namespace govgraph {

/// A simple undirected graph as compressed rows: the neighbours of v, in ascending order
/// without repeats, are neighbours[start[v]] up to neighbours[start[v + 1]].
struct Neighbours {
  std::vector<std::size_t> start;  // one per vertex, plus one
  std::vector<std::uint32_t> neighbours;
  [[nodiscard]] std::size_t size() const { return start.empty() ? 0 : start.size() - 1; }
};

struct Betweenness {
  /// Per vertex: shortest paths between other vertices through it, each unordered pair
  /// counted once (Boost's scale); an estimate when sampled.
  std::vector<double> score;
  std::size_t pivots = 0;  // sources sampled; 0: exact, every vertex a source
  /// Sampled: with 95% confidence, each vertex's estimate is within this of its exact
  /// score (Hoeffding's bound on the mean of the pivots' dependencies, each in
  /// [0, n - 2]: n(n - 2)/2 * sqrt(ln(2 / 0.05) / (2 * pivots))).
  double error = 0;
};

/// Exact when the graph has at most exact_up_to vertices or pivots >= its size; else
/// (pivots > 0) from `pivots` distinct sources drawn with a fixed seed, scores scaled by n / pivots.
/// O(sources * (V + E)) time, O(V + E) memory per thread.
Betweenness betweenness(const Neighbours& graph, std::size_t exact_up_to, std::size_t pivots);

/// The pivots a sampled run uses: `count` distinct vertices below `n`, ascending, from a
/// std::mt19937_64 with a fixed seed and an unbiased draw of our own (the standard
/// library's distributions differ between implementations).
std::vector<std::uint32_t> choose_pivots(std::size_t n, std::size_t count);

}  // namespace govgraph
