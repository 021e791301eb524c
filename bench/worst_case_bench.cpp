// Maps shaped to be expensive rather than typical: one accountability chain 20,000
// bodies deep, a policy-area tree 20,000 deep and a 20,000-area loop. Each must cost
// linear time (a quadratic step turns 20,000 into seconds); memory and report size are
// measured on the command line (README, "Speed").

#include <benchmark/benchmark.h>

#include <string>

#include "analyses/analyse.hpp"
#include "analyses/figures.hpp"
#include "graph/check.hpp"
#include "graph/governance_map.hpp"

namespace {

using namespace govgraph;

/// b0 answers to the legislature, each next body to the one before.
MapData chain(std::size_t length) {
  MapData map;
  map.apex = {"parliament"};
  Body top;
  top.id = "parliament";
  top.type = BodyType::legislature;
  map.bodies.push_back(top);
  std::string above = "parliament";
  for (std::size_t i = 0; i < length; ++i) {
    Body body;
    body.id = "b" + std::to_string(i);
    body.name = "Body " + std::to_string(i);
    body.type = BodyType::agency;
    map.bodies.push_back(body);
    Link line;
    line.from = body.id;
    line.to = above;
    map.links.push_back(line);
    above = body.id;
  }
  return map;
}

/// Areas a0 .. a(n-1), each the parent of the next; closed into a loop when asked.
MapData area_line(std::size_t length, bool loop) {
  MapData map;
  for (std::size_t i = 0; i < length; ++i) {
    PolicyArea area;
    area.id = "a" + std::to_string(i);
    area.name = "Area " + std::to_string(i);
    if (i > 0 || loop) area.parent = "a" + std::to_string(i == 0 ? length - 1 : i - 1);
    map.policy_areas.push_back(area);
  }
  return map;
}

void analyse_chain(benchmark::State& state) {
  const GovernanceMap map(chain(static_cast<std::size_t>(state.range(0))));
  for (auto _ : state) {
    const SharedResults shared = share(map);
    benchmark::DoNotOptimize(analyse(map, shared, {}, {}).size());
    benchmark::DoNotOptimize(compute_figures(map, shared).longest_routes.size());
  }
}
BENCHMARK(analyse_chain)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);

void check_area_tree(benchmark::State& state) {
  const MapData map = area_line(static_cast<std::size_t>(state.range(0)), false);
  for (auto _ : state) benchmark::DoNotOptimize(check_map(map).all().size());
}
BENCHMARK(check_area_tree)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);

void check_area_loop(benchmark::State& state) {
  const MapData map = area_line(static_cast<std::size_t>(state.range(0)), true);
  for (auto _ : state) benchmark::DoNotOptimize(check_map(map).all().size());
}
BENCHMARK(check_area_loop)->Arg(20000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
