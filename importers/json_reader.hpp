#pragma once
// The JSON map format (docs/format.md), read through RapidJSON's iterative parser.

#include <string>
#include <string_view>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// Parses a JSON map. Syntax errors stop at the first; field errors are all collected
/// into `out` (errors and warnings), each with file:line:column. References are not
/// resolved here: see check_map. Nesting deeper than max_json_depth is an error.
MapData parse_json_map(std::string_view text, const std::string& file_name, Diagnostics& out);

inline constexpr int max_json_depth = 64;

}  // namespace govgraph
