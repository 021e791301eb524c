#pragma once
// Writes a map as a CSV folder: the files read_csv_folder reads, spreadsheet-quoted.

#include <string>
#include <utility>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/escape.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// (file name, content) for map.json, sources.csv, policy_areas.csv, bodies.csv,
/// links.csv and responsibilities.csv. Unknown fields become extra columns.
/// What the CSV form cannot hold (unknown fields of an owner, an alias holding ';' or
/// edge blanks, a responsibility's unknown field named like an owner column) is reported
/// in `losses` as a warning at the record's place. For people, every cell that a
/// spreadsheet would run as a formula is guarded (guard_formula), which read_csv_folder
/// removes; for tools, cells are the text exactly. O(size of the map).
std::vector<std::pair<std::string, std::string>> write_csv_folder(const MapData& map, Diagnostics& losses,
                                                                  CsvFor audience = CsvFor::people);

}  // namespace govgraph
