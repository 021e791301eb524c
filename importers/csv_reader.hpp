#pragma once
// The CSV folder form of a map (docs/format.md): one file per collection, the same
// fields as JSON, multi-valued cells separated by ';', read with libcsv.

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// One CSV file: its header and rows, every cell with its line and column.
struct CsvCell {
  std::string text;
  Position at;
};
struct CsvTable {
  std::vector<CsvCell> header;
  std::vector<std::vector<CsvCell>> rows;
  std::vector<Position> row_at;
};

/// Parses CSV text (RFC 4180 quoting, CRLF or LF, a UTF-8 BOM tolerated). Malformed
/// quoting is an error at its place in `out`.
CsvTable parse_csv(std::string_view text, const std::string& file_name, Diagnostics& out);

/// Reads bodies.csv (required), links.csv, responsibilities.csv, policy_areas.csv,
/// sources.csv and map.json (name, as_of, currency, apex) from `folder`.
MapData read_csv_folder(const std::filesystem::path& folder, Diagnostics& out);

}  // namespace govgraph
