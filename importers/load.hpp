#pragma once
// Reading a map from disk in any of its forms (map_forms), chosen by what the path is.
// Every problem in the input is collected and thrown together.

#include <filesystem>
#include <string>
#include <string_view>

#include "graph/diagnostic.hpp"
#include "graph/governance_map.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// The forms a map is read from, for help and messages: "MAP is " + map_forms.
inline constexpr std::string_view map_forms =
    "a .json file (govgraph's, or a Kumu blueprint), a .xlsx workbook, a .graphml file or a folder of CSV files";

/// Reads and checks a map in any of map_forms. Warnings (unknown fields, unlisted
/// sources) are appended to `warnings`; any error throws InputError holding every
/// problem found, warnings included.
MapData load_map_data(const std::filesystem::path& path, Diagnostics& warnings);

/// load_map_data, then the graph. When `as_at_date` is not empty, the map as it stood
/// that day (see as_at).
GovernanceMap load_map(const std::filesystem::path& path, Diagnostics& warnings,
                       std::string_view as_at_date = {});

}  // namespace govgraph
