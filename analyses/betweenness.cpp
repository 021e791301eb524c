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
  explicit Sweep(const Neighbours& g) : g_(g), state_(g.size()) { order_.reserve(g.size()); }

  /// The arithmetic is Boost's, step for step: path counts are whole numbers (exact in a
  /// double below 2^53), and each delta[v] adds its successors' shares in the reverse
  /// order of the breadth-first search.
  void run(std::uint32_t s) {
    for (std::uint32_t v : order_) state_[v] = State{};
    order_.clear();
    state_[s].distance = 0;
    state_[s].paths = 1;
    order_.push_back(s);
    for (std::size_t head = 0; head < order_.size(); ++head) {
      const std::uint32_t v = order_[head];
      const State& from = state_[v];
      for (std::size_t i = g_.start[v]; i < g_.start[v + 1]; ++i) {
        State& to = state_[g_.neighbours[i]];
        if (to.distance < 0) {
          to.distance = from.distance + 1;
          to.paths = from.paths;
          order_.push_back(g_.neighbours[i]);
        } else if (to.distance == from.distance + 1) {
          to.paths += from.paths;
        }
      }
    }
    for (std::size_t i = order_.size(); i-- > 0;) {
      const std::uint32_t w = order_[i];
      const State& after = state_[w];
      for (std::size_t j = g_.start[w]; j < g_.start[w + 1]; ++j) {
        State& before = state_[g_.neighbours[j]];
        if (before.distance != after.distance - 1) continue;
        double factor = before.paths / after.paths;
        factor *= 1 + after.delta;
        before.delta = before.delta + factor;
      }
    }
  }

  /// Writes s's dependencies into `row` (n values, zero where unreached and at s).
  void store(std::uint32_t s, double* row) const {
    for (std::uint32_t v : order_) row[v] = v == s ? 0 : state_[v].delta;
  }

 private:
  /// A vertex's search state, together so that visiting a neighbour touches one cache line.
  struct State {
    double paths = 0;
    double delta = 0;
    int distance = -1;
  };

  const Neighbours& g_;
  std::vector<State> state_;
  std::vector<std::uint32_t> order_;  // breadth-first order from the last source
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
  // Rows per thread and block: about 16 MB of rows per thread at most.
  const std::size_t per_thread = std::clamp<std::size_t>((std::size_t{1} << 21) / std::max<std::size_t>(n, 1), 1, 64);
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
