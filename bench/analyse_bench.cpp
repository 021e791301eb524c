// Analysing maps: every rule family on the example and on generated maps growing
// tenfold (betweenness apart: it is O(V * E) by nature and measured on its own).

#include <benchmark/benchmark.h>

#include "analyses/accountability.hpp"
#include "analyses/analyse.hpp"
#include "analyses/duplication.hpp"
#include "analyses/figures.hpp"
#include "analyses/funding.hpp"
#include "analyses/orphans.hpp"
#include "analyses/overlap.hpp"
#include "analyses/provenance.hpp"
#include "bench/generate_map.hpp"
#include "importers/load.hpp"

namespace {

using namespace govgraph;

const GovernanceMap& example() {
  static const GovernanceMap map = [] {
    Diagnostics warnings;
    return load_map(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/scotland-care-system/map.json", warnings);
  }();
  return map;
}

void analyse_example(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(analyse(example()).size());
}
BENCHMARK(analyse_example)->Unit(benchmark::kMillisecond);

void figures_example(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(compute_figures(example(), share(example())).by_type.size());
}
BENCHMARK(figures_example)->Unit(benchmark::kMillisecond);

/// A generated map of range(0) bodies and ten times as many links, built once per size.
const GovernanceMap& generated(std::size_t bodies) {
  static std::map<std::size_t, GovernanceMap> maps;
  auto found = maps.find(bodies);
  if (found == maps.end()) found = maps.emplace(bodies, GovernanceMap(bench::generate_map(bodies, bodies * 10))).first;
  return found->second;
}

template <typename Family>
void family(benchmark::State& state, Family run) {
  const GovernanceMap& map = generated(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) benchmark::DoNotOptimize(run(map).size());
  state.counters["bodies"] = static_cast<double>(map.body_count());
  state.counters["links"] = static_cast<double>(map.link_count());
}

#define GOVGRAPH_FAMILY_BENCHMARK(name, call)                                                       \
  void name(benchmark::State& state) { family(state, [](const GovernanceMap& m) { return call; }); } \
  BENCHMARK(name)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1)

GOVGRAPH_FAMILY_BENCHMARK(orphans, find_orphans(m, share(m)));
GOVGRAPH_FAMILY_BENCHMARK(duplication, find_duplication(m, share(m)));
GOVGRAPH_FAMILY_BENCHMARK(overlap, find_overlap(m, share(m)));
GOVGRAPH_FAMILY_BENCHMARK(accountability, find_accountability(m, share(m)));
GOVGRAPH_FAMILY_BENCHMARK(funding, find_funding(m, share(m)));
GOVGRAPH_FAMILY_BENCHMARK(provenance, find_provenance(m, share(m)));
GOVGRAPH_FAMILY_BENCHMARK(analyse_all_rules, analyse(m));

void figures_without_betweenness(benchmark::State& state) {
  FigureSettings settings;
  settings.betweenness_exact_up_to = 0;
  settings.betweenness_pivots = 0;
  family(state, [&](const GovernanceMap& m) { return compute_figures(m, share(m), settings).by_type; });
}
BENCHMARK(figures_without_betweenness)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

void betweenness(benchmark::State& state) {
  family(state, [](const GovernanceMap& m) { return compute_figures(m, share(m)).brokers; });
}
BENCHMARK(betweenness)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
