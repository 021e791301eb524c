#pragma once
// Reads a workbook (.xlsx: a zip of XML parts, opened with libzip and parsed with
// libxml2) as tables of cells, and a map from it: each sheet's rows go to the CSV
// folder's row reader, so a workbook is read and checked exactly as a CSV folder is.

#include <filesystem>
#include <string>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"
#include "importers/csv_reader.hpp"

namespace govgraph {

/// One sheet as a table: the first row holding a value is the header; each cell's
/// position is its row (line) and column number. Shared strings, inline strings and
/// formula results are their text; booleans true or false; a number its shortest text
/// (4200000, not 4.2E6); a number shown as a date (a date style) its YYYY-MM-DD date.
struct SheetTable {
  std::string name;
  CsvTable table;
};

/// The sheets of the workbook at `path`, in the workbook's order. InputError at the file
/// when it is not a zip archive or lacks a workbook's parts, and at the part when its
/// XML is malformed.
std::vector<SheetTable> read_workbook(const std::filesystem::path& path);

/// Reads a map from a workbook: a Map sheet of header fields (field, value; optional),
/// and Sources, Policy areas, Bodies (required), Links and Responsibilities sheets with
/// the CSV files' columns (sheet names in any case, '_' or ' ' alike). Problems are
/// added to `out` at BOOK:SHEET!CELL places; other sheets are named in a warning.
MapData read_xlsx_map(const std::filesystem::path& path, Diagnostics& out);

}  // namespace govgraph
