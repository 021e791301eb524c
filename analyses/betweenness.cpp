#include "analyses/betweenness.hpp"

#include <algorithm>
#include <cmath>
#include <future>
#include <numeric>
#include <random>

namespace govgraph {
namespace {

/// One thread's state for single-source dependencies: after run(s), delta[v] is s's
/// dependency on v for every v reached (Brandes 2001, unweighted).
class Sweep {
 public:
  explicit Sweep(const Neighbours& g) : g_(g), layer_(g.size(), unreached), counts_(g.size()), order_(g.size()) {}

  /// The arithmetic is Boost's, step for step: path counts are whole numbers (exact in a
  /// double below 2^53), and each delta[v] adds its successors' shares in the reverse
  /// order of the breadth-first search.
  void run(std::uint32_t s) {
    // Raw pointers: the compiler cannot tell the vectors' own pointers from the values
    // written, and would read them again at every neighbour.
    const std::size_t* start = g_.start.data();
    const std::uint32_t* neighbours = g_.neighbours.data();
    std::uint8_t* layer = layer_.data();
    Counts* counts = counts_.data();
    std::uint32_t* order = order_.data();
    for (std::size_t k = 0; k < reached_; ++k) layer[order[k]] = unreached, counts[order[k]] = Counts{};
    layer[s] = 0;
    counts[s].paths = 1;
    order[0] = s;
    std::size_t reached = 1;
    // The rows of a large graph are far apart in memory and visited in no order a cache
    // can guess, so each is fetched while a vertex a few places before it is worked on.
    const auto fetch_row = [&](std::size_t k) {
      if (k < reached) __builtin_prefetch(neighbours + start[order[k]]);
    };
    const auto fetch_start = [&](std::size_t k) {
      if (k < reached) __builtin_prefetch(start + order[k]);
    };
    for (std::size_t head = 0; head < reached; ++head) {
      fetch_start(head + 2 * prefetch_distance);
      fetch_row(head + prefetch_distance);
      const std::uint32_t v = order[head];
      const std::uint8_t next = following(layer[v]);
      const double paths = counts[v].paths;
      for (std::size_t i = start[v]; i < start[v + 1]; ++i) {
        const std::uint32_t u = neighbours[i];
        if (layer[u] == unreached) {
          layer[u] = next;
          counts[u].paths = paths;
          order[reached++] = u;
        } else if (layer[u] == next) {
          counts[u].paths += paths;
        }
      }
    }
    reached_ = reached;
    for (std::size_t i = reached; i-- > 0;) {
      if (i >= 2 * prefetch_distance) __builtin_prefetch(start + order[i - 2 * prefetch_distance]);
      if (i >= prefetch_distance) __builtin_prefetch(neighbours + start[order[i - prefetch_distance]]);
      const std::uint32_t w = order[i];
      const std::uint8_t previous = preceding(layer[w]);
      const Counts after = counts[w];  // no neighbour is w itself: the graph is simple
      for (std::size_t j = start[w]; j < start[w + 1]; ++j) {
        const std::uint32_t v = neighbours[j];
        if (layer[v] != previous) continue;
        Counts& before = counts[v];
        double factor = before.paths / after.paths;
        factor *= 1 + after.delta;
        before.delta = before.delta + factor;
      }
    }
  }

  /// Writes s's dependencies into `row` (n values, zero where unreached and at s).
  void store(std::uint32_t s, double* row) const {
    for (std::size_t k = 0; k < reached_; ++k) {
      const std::uint32_t v = order_[k];
      row[v] = v == s ? 0 : counts_[v].delta;
    }
  }

 private:
  /// A reached vertex's distance from the source, modulo `layers`. Every neighbour's
  /// distance is read, so it is kept small and apart from the counts: 100,000 bodies' take
  /// 100 KB, which stays in a core's own cache. The modulus loses nothing: the distances of
  /// two reached neighbours differ by at most one, so "one more" and "one less" are the
  /// same tests on the remainders.
  static constexpr std::uint8_t layers = 128;
  static constexpr std::uint8_t unreached = 0xFF;
  static constexpr std::uint8_t following(std::uint8_t layer) { return static_cast<std::uint8_t>((layer + 1) % layers); }
  static constexpr std::uint8_t preceding(std::uint8_t layer) {
    return static_cast<std::uint8_t>((layer + layers - 1) % layers);
  }

  /// A vertex's path count and dependency, together so that a neighbour's update touches
  /// one cache line.
  struct Counts {
    double paths = 0;
    double delta = 0;
  };

  const Neighbours& g_;
  std::vector<std::uint8_t> layer_;  // unreached, or the distance from the last source modulo `layers`
  std::vector<Counts> counts_;
  std::vector<std::uint32_t> order_;  // breadth-first order from the last source: its first reached_
  std::size_t reached_ = 0;
  static constexpr std::size_t prefetch_distance = 8;  // vertices ahead
};

/// Runs sources[from, to) and leaves each one's dependencies in a row of `rows`.
void run_block(Sweep& sweep, const std::vector<std::uint32_t>& sources, std::size_t from, std::size_t to,
               std::vector<double>& rows, std::size_t n) {
  for (std::size_t i = from; i < to; ++i) {
    double* row = rows.data() + (i - from) * n;
    sweep.run(sources[i]);
    sweep.store(sources[i], row);
  }
}

/// Adds the rows of a block to the totals in source order, and clears them for reuse.
void add_block(std::vector<double>& rows, std::size_t count, std::size_t n, std::vector<double>& total) {
  for (std::size_t r = 0; r < count; ++r) {
    double* row = rows.data() + r * n;
    for (std::size_t v = 0; v < n; ++v) total[v] += row[v];
  }
  std::fill(rows.begin(), rows.begin() + static_cast<std::ptrdiff_t>(count * n), 0.0);
}

/// Sum over the sources of their dependencies, in the sources' order: each block of
/// sources is split between two threads and the rows added in order after both finish,
/// so the sums are those of one thread running every source in turn.
std::vector<double> dependencies(const Neighbours& g, const std::vector<std::uint32_t>& sources) {
  const std::size_t n = g.size();
  // Rows per thread and block: about 16 MB of rows per thread at most, and the sources
  // shared evenly between the blocks, so no thread waits through a short last block
  // (64 sources at 100,000 bodies: four blocks of 16, not 20, 20, 20 and 4).
  const std::size_t most = std::clamp<std::size_t>((std::size_t{1} << 21) / std::max<std::size_t>(n, 1), 1, 64);
  const std::size_t rounds = std::max<std::size_t>((sources.size() + 2 * most - 1) / (2 * most), 1);
  const std::size_t per_thread = std::max<std::size_t>((sources.size() + 2 * rounds - 1) / (2 * rounds), 1);
  std::vector<double> total(n, 0);
  std::vector<double> first(per_thread * n, 0);
  std::vector<double> second(per_thread * n, 0);
  Sweep mine(g);
  Sweep theirs(g);
  for (std::size_t at = 0; at < sources.size(); at += 2 * per_thread) {
    const std::size_t middle = std::min(at + per_thread, sources.size());
    const std::size_t end = std::min(middle + per_thread, sources.size());
    auto other = std::async(std::launch::async, [&] { run_block(theirs, sources, middle, end, second, n); });
    run_block(mine, sources, at, middle, first, n);
    other.get();
    add_block(first, middle - at, n, total);
    add_block(second, end - middle, n, total);
  }
  return total;
}

/// A uniform draw below `range` (> 0) with no modulo bias: the draws below 2^64 mod
/// range are rejected, leaving a whole number of copies of [0, range).
std::uint64_t uniform_below(std::mt19937_64& engine, std::uint64_t range) {
  const std::uint64_t rejected = (0 - range) % range;
  std::uint64_t x = engine();
  while (x < rejected) x = engine();
  return x % range;
}

}  // namespace

std::vector<std::uint32_t> choose_pivots(std::size_t n, std::size_t count) {
  std::vector<std::uint32_t> vertices(n);
  std::iota(vertices.begin(), vertices.end(), 0U);
  count = std::min(count, n);
  std::mt19937_64 engine(20260914);  // fixed: the same pivots on every run and platform
  for (std::size_t i = 0; i < count; ++i)
    std::swap(vertices[i], vertices[i + uniform_below(engine, n - i)]);
  vertices.resize(count);
  std::sort(vertices.begin(), vertices.end());
  return vertices;
}

Betweenness betweenness(const Neighbours& graph, std::size_t exact_up_to, std::size_t pivots) {
  const std::size_t n = graph.size();
  Betweenness result;
  if (n <= exact_up_to || pivots >= n) {
    std::vector<std::uint32_t> sources(n);
    std::iota(sources.begin(), sources.end(), 0U);
    result.score = dependencies(graph, sources);
    for (double& s : result.score) s /= 2;  // each unordered pair was counted from both ends
    return result;
  }
  result.pivots = pivots;
  result.score = dependencies(graph, choose_pivots(n, pivots));
  const double scale = static_cast<double>(n) / static_cast<double>(pivots);
  for (double& s : result.score) s = s * scale / 2;
  const double most = static_cast<double>(n) * static_cast<double>(n - 2) / 2;
  result.error = most * std::sqrt(std::log(2 / 0.05) / (2 * static_cast<double>(pivots)));
  return result;
}

}  // namespace govgraph
