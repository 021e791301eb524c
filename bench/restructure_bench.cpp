// Checking a restructure: duty conservation (lost_duties) after a generated proposal
// that abolishes or merges one body in 50, on generated maps growing tenfold; and the two
// stages of `diff` after both maps are loaded and analysed (load_bench and analyse_bench
// time those): comparing a map with its next version, and writing the comparison as JSON.

#include <benchmark/benchmark.h>

#include <map>
#include <optional>

#include "analyses/analyse.hpp"
#include "bench/generate_map.hpp"
#include "restructure/compare.hpp"
#include "restructure/comparison_report.hpp"
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

/// One version of a generated map, analysed as `diff` analyses it (findings worded when written).
struct Version {
  GovernanceMap map;
  SharedResults shared;
  std::vector<Finding> findings;

  explicit Version(MapData data) : map(std::move(data)), shared(share(map)) {
    findings = analyse(map, shared, {}, {}, analysis_threads, Wording::when_written);
  }
  [[nodiscard]] AnalysedMap analysed() const { return {map, shared, findings}; }
};

/// A generated map of range(0) bodies and ten links a body, and its next version (as
/// `make bench` diffs them), both analysed, built once per size.
const std::pair<Version, Version>& versions(std::size_t bodies) {
  static std::map<std::size_t, std::pair<Version, Version>> cases;
  auto found = cases.find(bodies);
  if (found == cases.end()) {
    MapData before = bench::generate_map(bodies, bodies * 10);
    MapData after = bench::generate_next_version(before);
    found = cases
                .emplace(std::piecewise_construct, std::forward_as_tuple(bodies),
                         std::forward_as_tuple(std::move(before), std::move(after)))
                .first;
  }
  return found->second;
}

void compare_generated(benchmark::State& state) {
  const auto& [before, after] = versions(static_cast<std::size_t>(state.range(0)));
  std::optional<Comparison> comparison;
  for (auto _ : state) {
    state.PauseTiming();  // compare_maps takes the findings; the copies it is handed are not timed
    AnalysedMap earlier = before.analysed();
    AnalysedMap later = after.analysed();
    comparison.reset();
    state.ResumeTiming();
    comparison.emplace(compare_maps(std::move(earlier), std::move(later)));
  }
  state.counters["bodies"] = static_cast<double>(before.map.body_count());
  state.counters["kept"] = static_cast<double>(comparison->kept.size());
}
BENCHMARK(compare_generated)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

void write_comparison_generated(benchmark::State& state) {
  const auto& [before, after] = versions(static_cast<std::size_t>(state.range(0)));
  const Comparison comparison = compare_maps(before.analysed(), after.analysed());
  std::size_t bytes = 0;
  for (auto _ : state) {
    bytes = 0;
    write_comparison_json(comparison, [&](std::string_view block) { bytes += block.size(); });
  }
  state.counters["MB"] = static_cast<double>(bytes) / 1e6;
}
BENCHMARK(write_comparison_generated)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond)->Iterations(1);

}  // namespace
