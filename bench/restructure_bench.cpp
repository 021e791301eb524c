// Checking a restructure: duty conservation (lost_duties) after a generated proposal
// that abolishes or merges one body in 50, on generated maps growing tenfold.

#include <benchmark/benchmark.h>

#include <map>

#include "bench/generate_map.hpp"
#include "restructure/duties.hpp"

namespace {

using namespace govgraph;

struct Restructured {
  MapData before;
  AppliedProposal applied;
};

/// A generated map of range(0) bodies and twice as many links, with the proposal
/// applied, built once per size.
const Restructured& restructured(std::size_t bodies) {
  static std::map<std::size_t, Restructured> cases;
  auto found = cases.find(bodies);
  if (found == cases.end()) {
    MapData before = bench::generate_map(bodies, bodies * 2);
    AppliedProposal applied = apply_proposal(before, bench::generate_proposal(before, 50));
    found = cases.emplace(bodies, Restructured{std::move(before), std::move(applied)}).first;
  }
  return found->second;
}

void lost_duties_generated(benchmark::State& state) {
  const Restructured& c = restructured(static_cast<std::size_t>(state.range(0)));
  std::size_t lost = 0;
  for (auto _ : state) {
    lost = lost_duties(c.before, c.applied).size();
    benchmark::DoNotOptimize(lost);
  }
  state.counters["bodies"] = static_cast<double>(c.before.bodies.size());
  state.counters["duties"] = static_cast<double>(c.before.responsibilities.size());
  state.counters["lost"] = static_cast<double>(lost);
}
BENCHMARK(lost_duties_generated)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
