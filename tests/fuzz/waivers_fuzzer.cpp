// libFuzzer target: the waivers reader, then the waivers applied to the example map's findings.

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "analyses/analyse.hpp"
#include "report/waivers.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

const std::vector<std::string_view>& rule_ids() {
  static const std::vector<std::string_view> ids = [] {
    std::vector<std::string_view> all;
    for (const auto& rule : govgraph::all_rules) all.push_back(rule.id);
    return all;
  }();
  return ids;
}

const std::vector<govgraph::Finding>& example_findings() {
  static const std::vector<govgraph::Finding> findings =
      govgraph::analyse(govgraph::GovernanceMap(govgraph::fuzz::example_map()));
  return findings;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  govgraph::fuzz::expecting_input_errors([&] {
    const std::vector<govgraph::Waiver> waivers = govgraph::parse_waivers(text, "waivers.json", rule_ids());
    (void)govgraph::apply_waivers(example_findings(), waivers, "2024-06-30");
  });
  return 0;
}
