// Loading maps: parse, check and build the graph, for the example and generated maps
// growing tenfold, to show the cost grows near-linearly.

#include <benchmark/benchmark.h>

#include "bench/generate_map.hpp"
#include "graph/check.hpp"
#include "graph/governance_map.hpp"
#include "graph/input_file.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "importers/load.hpp"

namespace {

using namespace govgraph;

/// What loading does after reading the file: parse, check, build the graph.
GovernanceMap load_text(const std::string& text, const std::string& file) {
  Diagnostics out;
  MapData data = parse_json_map(text, file, out);
  out.append(check_map(data));
  return GovernanceMap(std::move(data));
}

void load_example(benchmark::State& state) {
  const std::string text = read_file(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/scotland-care-system/map.json");
  for (auto _ : state) benchmark::DoNotOptimize(load_text(text, "map.json").body_count());
}
BENCHMARK(load_example)->Unit(benchmark::kMillisecond);

/// Parse + check + graph for a generated map of range(0) bodies and 10x links.
void load_generated_json(benchmark::State& state) {
  const auto bodies = static_cast<std::size_t>(state.range(0));
  const std::string text = write_json_map(bench::generate_map(bodies, bodies * 10));
  for (auto _ : state) benchmark::DoNotOptimize(load_text(text, "generated.json").link_count());
  state.counters["bodies"] = static_cast<double>(bodies);
  state.counters["MB"] = static_cast<double>(text.size()) / 1e6;
}
BENCHMARK(load_generated_json)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace


