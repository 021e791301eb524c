// The graph algorithms behind the rules, checked against naive implementations on small
// random maps made here: cycles by pairwise reachability, routes by Floyd-Warshall,
// dominators by removing a body, redundant lines by reachability without the source,
// betweenness by counting shortest routes, similar sets by comparing every pair.

#include <catch2/catch.hpp>

#include <map>
#include <random>
#include <set>

#include "analyses/accountability.hpp"
#include "analyses/duplication.hpp"
#include "analyses/figures.hpp"
#include "analyses/support.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {

constexpr int inf = 1 << 20;

struct RandomMap {
  int n = 0;
  std::vector<std::pair<int, int>> edges;  // accountable_to, distinct, no loops
  std::vector<bool> apex;
  MapBuilder builder;
};

std::string id(int v) { return "b" + std::to_string(v); }

RandomMap random_map(unsigned seed, int n, double density) {
  std::mt19937 rng(seed);
  std::uniform_real_distribution<double> coin(0, 1);
  RandomMap m;
  m.n = n;
  m.apex.assign(static_cast<std::size_t>(n), false);
  for (int v = 0; v < n; ++v) {
    const bool is_apex = v < 2 && coin(rng) < 0.8;
    m.apex[static_cast<std::size_t>(v)] = is_apex;
    m.builder.body(id(v), is_apex ? BodyType::legislature : BodyType::agency);
  }
  for (int a = 0; a < n; ++a)
    for (int b = 0; b < n; ++b)
      if (a != b && coin(rng) < density) {
        m.edges.emplace_back(a, b);
        m.builder.answers(id(a), id(b));
      }
  return m;
}

/// reach[a][b]: a route of one or more links from a to b, avoiding `without`.
std::vector<std::vector<bool>> reachability(const RandomMap& m, int without = -1) {
  const auto n = static_cast<std::size_t>(m.n);
  std::vector<std::vector<bool>> reach(n, std::vector<bool>(n, false));
  for (auto [a, b] : m.edges)
    if (a != without && b != without) reach[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)] = true;
  for (std::size_t k = 0; k < n; ++k)
    for (std::size_t i = 0; i < n; ++i)
      for (std::size_t j = 0; j < n; ++j)
        if (reach[i][k] && reach[k][j]) reach[i][j] = true;
  return reach;
}

bool reaches_apex(const RandomMap& m, const std::vector<std::vector<bool>>& reach, int v, int without) {
  if (v == without) return false;
  if (m.apex[static_cast<std::size_t>(v)]) return true;
  for (int a = 0; a < m.n; ++a)
    if (a != without && m.apex[static_cast<std::size_t>(a)] && reach[static_cast<std::size_t>(v)][static_cast<std::size_t>(a)])
      return true;
  return false;
}

std::set<std::vector<std::string>> subject_set(const std::vector<Finding>& findings, const Rule& rule) {
  std::set<std::vector<std::string>> out;
  for (const auto& f : of_rule(findings, rule)) out.insert(f.subjects);
  return out;
}

const std::vector<unsigned> seeds = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16};

}  // namespace

TEST_CASE("Accountability cycles agree with pairwise reachability") {
  for (unsigned seed : seeds) {
    const auto m = random_map(seed, 9, 0.15);
    const auto reach = reachability(m);
    std::set<std::vector<std::string>> expected;
    for (int v = 0; v < m.n; ++v) {
      std::vector<std::string> component;
      for (int w = 0; w < m.n; ++w)
        if (v == w || (reach[static_cast<std::size_t>(v)][static_cast<std::size_t>(w)] &&
                       reach[static_cast<std::size_t>(w)][static_cast<std::size_t>(v)]))
          component.push_back(id(w));
      std::sort(component.begin(), component.end());
      if (component.size() >= 2) expected.insert(component);
    }
    INFO("seed " << seed);
    CHECK(subject_set(accountability_of(m.builder.build()), rule::accountability_cycle) == expected);
  }
}

TEST_CASE("Shortest routes to the apex agree with Floyd-Warshall") {
  for (unsigned seed : seeds) {
    const auto m = random_map(seed, 10, 0.18);
    const auto n = static_cast<std::size_t>(m.n);
    std::vector<std::vector<int>> d(n, std::vector<int>(n, inf));
    for (std::size_t i = 0; i < n; ++i) d[i][i] = 0;
    for (auto [a, b] : m.edges) d[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)] = 1;
    for (std::size_t k = 0; k < n; ++k)
      for (std::size_t i = 0; i < n; ++i)
        for (std::size_t j = 0; j < n; ++j) d[i][j] = std::min(d[i][j], d[i][k] + d[k][j]);
    std::map<std::string, int> expected;
    for (std::size_t v = 0; v < n; ++v) {
      int best = inf;
      for (std::size_t a = 0; a < n; ++a)
        if (m.apex[a]) best = std::min(best, d[v][a]);
      if (best > 0 && best < inf) expected[id(static_cast<int>(v))] = best;
    }
    AccountabilitySettings settings;
    settings.long_chain_max_length = 0;
    std::map<std::string, int> found;
    for (const auto& f : of_rule(accountability_of(m.builder.build(), settings), rule::long_chain)) {
      REQUIRE(f.routes.size() == 1);
      const auto& route = f.routes[0];
      CHECK(f.number("links") == static_cast<double>(route.size() - 1));
      // One finding a chain: the bodies above on its route are each a link nearer.
      for (std::size_t i = 0; i + 1 < route.size(); ++i) found[route[i]] = static_cast<int>(route.size() - 1 - i);
    }
    INFO("seed " << seed);
    CHECK(found == expected);
  }
}

TEST_CASE("Gatekeepers agree with removing each body and seeing who loses every route") {
  for (unsigned seed : seeds) {
    const auto m = random_map(seed, 10, 0.2);
    const auto reach = reachability(m);
    std::map<std::string, std::size_t> expected;
    for (int g = 0; g < m.n; ++g) {
      if (m.apex[static_cast<std::size_t>(g)]) continue;
      const auto without = reachability(m, g);
      std::size_t lost = 0;
      for (int v = 0; v < m.n; ++v)
        if (v != g && reaches_apex(m, reach, v, -1) && !reaches_apex(m, without, v, g)) ++lost;
      if (lost > 0) expected[id(g)] = lost;
    }
    AccountabilitySettings settings;
    settings.gatekeeper_min_dominated = 1;
    std::map<std::string, std::size_t> found;
    for (const auto& f : of_rule(accountability_of(m.builder.build(), settings), rule::gatekeeper)) {
      const auto dependants = static_cast<std::size_t>(f.number("dependants").value_or(0));
      found[f.subjects[0]] = dependants;
      // A chain of gatekeepers is one finding, naming those below the first in order.
      for (std::size_t i = 0; i < f.named.size(); ++i) found[f.named[i].id] = dependants - i - 1;
    }
    INFO("seed " << seed);
    CHECK(found == expected);
  }
}

TEST_CASE("Redundant lines agree with reachability that avoids the source") {
  for (unsigned seed : seeds) {
    const auto m = random_map(seed, 9, 0.25);
    std::set<std::vector<std::string>> expected;
    for (int a = 0; a < m.n; ++a) {
      const auto without = reachability(m, a);
      for (auto [x, b] : m.edges) {
        if (x != a) continue;
        for (auto [y, c] : m.edges)
          if (y == a && c != b && without[static_cast<std::size_t>(c)][static_cast<std::size_t>(b)])
            expected.insert({id(a), id(b)});
      }
    }
    INFO("seed " << seed);
    CHECK(subject_set(duplication_of(m.builder.build()), rule::redundant_line) == expected);
  }
}

TEST_CASE("Betweenness agrees with counting shortest routes") {
  for (unsigned seed : seeds) {
    auto m = random_map(seed, 9, 0.12);
    const auto n = static_cast<std::size_t>(m.n);
    std::vector<std::vector<bool>> adjacent(n, std::vector<bool>(n, false));
    for (auto [a, b] : m.edges)
      adjacent[static_cast<std::size_t>(a)][static_cast<std::size_t>(b)] = adjacent[static_cast<std::size_t>(b)][static_cast<std::size_t>(a)] = true;
    // Distances and shortest-route counts from every body by breadth-first search.
    std::vector<std::vector<int>> dist(n, std::vector<int>(n, inf));
    std::vector<std::vector<double>> sigma(n, std::vector<double>(n, 0));
    for (std::size_t s = 0; s < n; ++s) {
      dist[s][s] = 0;
      sigma[s][s] = 1;
      std::vector<std::size_t> queue = {s};
      for (std::size_t h = 0; h < queue.size(); ++h)
        for (std::size_t w = 0; w < n; ++w) {
          const std::size_t v = queue[h];
          if (!adjacent[v][w]) continue;
          if (dist[s][w] == inf) {
            dist[s][w] = dist[s][v] + 1;
            queue.push_back(w);
          }
          if (dist[s][w] == dist[s][v] + 1) sigma[s][w] += sigma[s][v];
        }
    }
    std::map<std::string, double> expected;
    for (std::size_t v = 0; v < n; ++v) {
      double score = 0;
      for (std::size_t s = 0; s < n; ++s)
        for (std::size_t t = s + 1; t < n; ++t)
          if (s != v && t != v && dist[s][t] < inf && dist[s][v] + dist[v][t] == dist[s][t])
            score += sigma[s][v] * sigma[v][t] / sigma[s][t];
      if (score > 0) expected[id(static_cast<int>(v))] = score;
    }
    FigureSettings settings;
    settings.top = 100;
    const auto figures = figures_of(m.builder.build(), settings);
    INFO("seed " << seed);
    REQUIRE(figures.brokers.size() == expected.size());
    for (const auto& b : figures.brokers) CHECK(b.score == Approx(expected[b.body]));
  }
}

TEST_CASE("Similar sets agree with comparing every pair") {
  std::mt19937 random(7);
  std::size_t found = 0;
  std::size_t at_threshold = 0;  // pairs whose similarity is the threshold itself
  for (int round = 0; round < 60; ++round) {
    const std::size_t universe = 4 + random() % 30;
    std::vector<std::vector<std::uint32_t>> sets(2 + random() % 40);
    for (auto& set : sets) {
      const std::size_t size = random() % 9;
      for (std::size_t i = 0; i < size; ++i) set.push_back(static_cast<std::uint32_t>(random() % universe));
      std::sort(set.begin(), set.end());
      set.erase(std::unique(set.begin(), set.end()), set.end());
    }
    for (const double min_jaccard : {0.0, 1.0 / 3, 0.5, 0.8, 1.0})
      for (const std::size_t min_shared : {std::size_t{0}, std::size_t{1}, std::size_t{3}}) {
        std::vector<detail::SimilarPair> expected;
        for (std::size_t a = 0; a < sets.size(); ++a)
          for (std::size_t b = a + 1; b < sets.size(); ++b) {
            std::vector<std::uint32_t> both;
            std::set_intersection(sets[a].begin(), sets[a].end(), sets[b].begin(), sets[b].end(),
                                  std::back_inserter(both));
            const std::size_t shared = both.size();
            const double jaccard =
                static_cast<double>(shared) / static_cast<double>(sets[a].size() + sets[b].size() - shared);
            if (shared >= std::max<std::size_t>(min_shared, 1) && jaccard + 1e-12 >= min_jaccard) {
              expected.push_back({a, b, shared, jaccard});
              if (std::abs(jaccard - min_jaccard) < 1e-9) ++at_threshold;
            }
          }
        const auto pairs = detail::similar_pairs(sets, universe, min_jaccard, min_shared);
        REQUIRE(pairs.size() == expected.size());
        for (std::size_t i = 0; i < pairs.size(); ++i) {
          CHECK(pairs[i].a == expected[i].a);
          CHECK(pairs[i].b == expected[i].b);
          CHECK(pairs[i].shared == expected[i].shared);
          CHECK(pairs[i].jaccard == expected[i].jaccard);
        }
        found += pairs.size();
      }
  }
  CHECK(found >= 1000);
  CHECK(at_threshold >= 50);
}
