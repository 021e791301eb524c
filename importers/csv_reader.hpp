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

/// A table of cells read elsewhere, such as a workbook's sheet, for a collection
/// ("sources", "policy_areas", "bodies", "links" or "responsibilities"); `origin` is its
/// place in messages and in map.origins.
struct CsvSource {
  std::string collection;
  std::string origin;
  CsvTable table;
};

/// Appends the records of each table to `map`, checked as the collection's CSV file is
/// (names beside ids included); a table of another collection is not read.
void read_csv_tables(std::vector<CsvSource> sources, MapData& map, Diagnostics& out);

/// An unknown column's cell as JSON: the value its text is the compact JSON of (as the
/// CSV writer puts numbers, booleans, lists and look-alike strings), else the text.
std::string cell_json(const std::string& text);

/// Reads bodies.csv (required), links.csv, responsibilities.csv, policy_areas.csv,
/// sources.csv and map.json (name, as_of, currency, apex) from `folder`.
MapData read_csv_folder(const std::filesystem::path& folder, Diagnostics& out);

}  // namespace govgraph
