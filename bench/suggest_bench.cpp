// govgraph suggest's checking: every pairwise merge of the bundled example checked as
// check-restructure checks a proposal, and suggest on generated maps of 1,000 bodies.

#include <benchmark/benchmark.h>

#include "bench/generate_map.hpp"
#include "importers/load.hpp"
#include "restructure/suggest.hpp"

namespace {

using namespace govgraph;

/// Every pair of the example's active bodies, merged one into the other.
void pairwise_merges_example(benchmark::State& state) {
  Diagnostics warnings;
  const Evaluator evaluator(load_map_data(GOVGRAPH_SOURCE_DIR "/examples/scotland-care-system/map.json", warnings), {});
  const std::vector<Proposal> proposals = bench::pairwise_merges(evaluator.before());
  std::size_t passing = 0;
  for (auto _ : state) {
    passing = 0;
    for (const auto& e : evaluate_all(evaluator, proposals, 2, Detail::summary))
      if (e.passes()) ++passing;
  }
  state.counters["pairs"] = static_cast<double>(proposals.size());
  state.counters["passing"] = static_cast<double>(passing);
}
BENCHMARK(pairwise_merges_example)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

/// suggest, default options, on a generated map of range(0) bodies and ten links a body.
void suggest_generated(benchmark::State& state) {
  const auto bodies = static_cast<std::size_t>(state.range(0));
  const Evaluator evaluator(bench::generate_map(bodies, bodies * 10), {});
  std::size_t listed = 0;
  std::size_t checked = 0;
  for (auto _ : state) {
    const Suggestions s = suggest(evaluator, {});
    listed = s.items.size();
    checked = s.counts.checked;
  }
  state.counters["checked"] = static_cast<double>(checked);
  state.counters["listed"] = static_cast<double>(listed);
}
BENCHMARK(suggest_generated)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(1)->UseRealTime();

}  // namespace
