#pragma once
// The JSON map format (docs/format.md), read through RapidJSON's iterative parser.

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
MapData parse_json_map(std::string_view text, const std::string& file_name, Diagnostics& out,
                       RecordReading reading = RecordReading::direct);

inline constexpr int max_json_depth = 64;

}  // namespace govgraph
