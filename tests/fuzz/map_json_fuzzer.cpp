// libFuzzer target: the JSON map reader, then everything the CLI does with a map it read.

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "importers/json_reader.hpp"
#include "tests/fuzz/fuzz_support.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  govgraph::fuzz::expecting_input_errors([&] {
    govgraph::Diagnostics found;
    govgraph::MapData map = govgraph::parse_json_map(text, "map.json", found);
    govgraph::fuzz::exercise_map(std::move(map), std::move(found));
  });
  return 0;
}
