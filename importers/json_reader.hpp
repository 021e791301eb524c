#pragma once
// The JSON map format (docs/format.md), read through RapidJSON's iterative parser.

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// How a map's records are read: straight from the parser's events where the reader
/// can, or each one from a tree, as tests and the fuzzer read them to compare the two.
/// Both give the same records and the same messages.
enum class RecordReading { direct, tree };

/// Parses a JSON map. Syntax errors stop at the first; field errors are all collected
/// into `out` (errors and warnings), each with file:line:column. References are not
/// resolved here: see check_map. Nesting deeper than max_json_depth is an error.
///
/// Read directly, the records from the first that starts a line after `read_ahead_from`
/// (a byte offset) are read ahead on a second thread (ItemReadAhead), which changes no
/// record and no message. By default that is half way through a map of
/// read_ahead_min_bytes or more; tests choose other places.
MapData parse_json_map(std::string_view text, const std::string& file_name, Diagnostics& out,
                       RecordReading reading = RecordReading::direct,
                       std::optional<std::size_t> read_ahead_from = std::nullopt);

/// Below this a map is read on one thread: a second would save less than it costs to start.
inline constexpr std::size_t read_ahead_min_bytes = std::size_t{1} << 20;

inline constexpr int max_json_depth = 64;

}  // namespace govgraph
