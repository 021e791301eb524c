#pragma once
// Writes workbooks (.xlsx) with libxlsxwriter: a map as a sheet per collection, and any
// tables of cells (the findings). The bytes are made in full before anything is written
// where the user asked, so the caller writes them all or nothing.

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"
#include "importers/csv_writer.hpp"

namespace govgraph {

/// The sheet of a CSV folder's file: "policy_areas.csv" is "Policy areas".
std::string sheet_name(std::string_view csv_file);

/// The bytes of a workbook holding each (sheet name, table) in order: the header row in
/// bold and frozen, columns as wide as their text (within limits), a numeric column's
/// numbers as number cells, every other cell as text guarded from running as a formula
/// (graph/escape.hpp's guard_formula). The same tables give the same bytes (a fixed
/// creation time). InputError at the sheet!cell of a text longer than a cell holds
/// (32,767 characters); EnvironmentError when libxlsxwriter fails. O(cells).
std::string write_workbook(const std::vector<std::pair<std::string, CellTable>>& sheets, const std::string& book);

/// The map as a workbook: a Map sheet of the header's fields (field, value) and a sheet
/// per collection holding the CSV folder's columns and cells (importers/csv_writer.hpp's
/// map_cells), with its losses. `book` names the workbook in messages.
std::string write_xlsx_map(const MapData& map, Diagnostics& losses, const std::string& book);

}  // namespace govgraph
