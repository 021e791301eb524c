// libFuzzer target: the proposal reader, then the proposal applied to the example map,
// whose result must pass check_map as apply_proposal promises.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "graph/check.hpp"
#include "restructure/apply.hpp"
#include "restructure/proposal.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  govgraph::fuzz::expecting_input_errors([&] {
    const govgraph::Proposal proposal = govgraph::parse_proposal(text, "proposal.json");
    const govgraph::AppliedProposal applied = govgraph::apply_proposal(govgraph::fuzz::example_map(), proposal);
    const govgraph::Diagnostics problems = govgraph::check_map(applied.after);
    if (problems.has_errors()) {
      for (const auto& problem : problems.all()) std::fprintf(stderr, "%s\n", problem.format().c_str());
      std::fprintf(stderr, "broken promise: an applied proposal passes check_map\n");
      std::abort();
    }
  });
  return 0;
}
