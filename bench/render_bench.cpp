// Drawing maps: the example drawn by dot and as a chart (Graphviz's layout and rendering
// included), and the chart layout alone on generated trees and forests growing tenfold.

#include <benchmark/benchmark.h>

#include "analyses/analyse.hpp"
#include "importers/load.hpp"
#include "render/chart.hpp"
#include "render/graphviz.hpp"
#include "render/map_scene.hpp"

namespace {

using namespace govgraph;
using namespace govgraph::render;

void draw_example(benchmark::State& state, const std::string& layout) {
  Diagnostics warnings;
  const GovernanceMap map =
      load_map(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/scotland-care-system/map.json", warnings);
  const std::vector<Finding> findings = analyse(map);
  RenderOptions options;
  options.layout = layout;
  for (auto _ : state) benchmark::DoNotOptimize(render::render(build_scene(map, options, findings), OutputFormat::svg));
}
void draw_example_dot(benchmark::State& state) { draw_example(state, "dot"); }
void draw_example_chart(benchmark::State& state) { draw_example(state, "chart"); }
BENCHMARK(draw_example_dot)->Unit(benchmark::kMillisecond);
BENCHMARK(draw_example_chart)->Unit(benchmark::kMillisecond);

/// range(0) bodies of 100 × 40 points; with `branching`, body i answers to body
/// (i - 1) / branching, else none answers to any (a forest of lone trees).
void chart_of(benchmark::State& state, std::size_t branching) {
  const auto count = static_cast<std::size_t>(state.range(0));
  const std::vector<Box> sizes(count, Box{100, 40});
  std::vector<ChartLine> lines;
  if (branching > 0)
    for (std::size_t i = 1; i < count; ++i) lines.push_back({(i - 1) / branching, i});
  const std::vector<std::size_t> keys(count, 0);
  for (auto _ : state) benchmark::DoNotOptimize(chart_layout(sizes, lines, keys, 0.7).size);
  state.counters["bodies"] = static_cast<double>(count);
}
void chart_tree(benchmark::State& state) { chart_of(state, 8); }
void chart_forest(benchmark::State& state) { chart_of(state, 0); }
BENCHMARK(chart_tree)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(chart_forest)->Arg(1000)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
