#pragma once
// Writes a map as a CSV folder: the files read_csv_folder reads, spreadsheet-quoted.

#include <string>
#include <utility>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/escape.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// One collection as its CSV file holds it: the file's name, the header and each
/// record's cells, as text before any formula guard.
struct CellTable {
  std::string file;                        // "bodies.csv"
  std::vector<std::string> header;         // the known columns, then the unknown fields seen
  std::vector<std::vector<std::string>> rows;
  std::vector<bool> numeric;               // per column: an amount or count, whose cells are numbers
};

/// What a CSV folder holds: map.json's text and the five collections' cells, in the
/// order of write_csv_folder's files. Losses as write_csv_folder reports them.
struct MapCells {
  std::string header_json;
  std::vector<CellTable> tables;
};
MapCells map_cells(const MapData& map, Diagnostics& losses);

/// The cell of an unknown field (or a header field) holding `json`: a JSON string as its
/// text, anything else as its JSON. A string whose text would read back as another value
/// ("3", "true", "") keeps its quotes.
std::string json_cell_text(const std::string& json);

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
