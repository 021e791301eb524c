// libFuzzer target: the JSON map reader, then everything the CLI does with a map it read.
// Its records read straight from the parser's events, also with those from half way
// read ahead on a second thread, and read from trees must give the same map, the same
// messages and the same error.

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>

#include "graph/check.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

/// The map read one way, written back, and every message reading and checking it gave.
std::string outcome(std::string_view text, govgraph::RecordReading reading,
                    std::optional<std::size_t> read_ahead_from = std::nullopt) {
  govgraph::Diagnostics found;
  std::string result;
  try {
    const govgraph::MapData map = govgraph::parse_json_map(text, "map.json", found, reading, read_ahead_from);
    found.append(govgraph::check_map(map));
    result = govgraph::write_json_map(map);
  } catch (const govgraph::InputError& e) {
    found.append(e.diagnostics());
  }
  for (const auto& d : found.all()) result += "\n" + d.format();
  return result;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const std::string tree = outcome(text, govgraph::RecordReading::tree);
  if (outcome(text, govgraph::RecordReading::direct) != tree) std::abort();
  if (outcome(text, govgraph::RecordReading::direct, size / 2) != tree) std::abort();
  govgraph::fuzz::expecting_input_errors([&] {
    govgraph::Diagnostics found;
    govgraph::MapData map = govgraph::parse_json_map(text, "map.json", found);
    govgraph::fuzz::exercise_map(std::move(map), std::move(found));
  });
  return 0;
}
