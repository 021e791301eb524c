#include "importers/xlsx_writer.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>

#include "graph/escape.hpp"
#include "graph/input_file.hpp"
#include "importers/json_tree.hpp"

namespace govgraph {
namespace {

/// The workbook's creation time, fixed so that the same tables give the same bytes:
/// 2000-01-01T00:00:00Z.
constexpr time_t fixed_created = 946684800;

/// Column widths in characters: room for the text, but a long note does not make a
/// column wider than a screen.
constexpr double min_width = 8;
constexpr double max_width = 60;

/// The most characters a workbook cell holds (Excel's limit, which libxlsxwriter enforces).
constexpr std::size_t max_cell_characters = 32767;

/// A temporary file that is removed however the writing ends; libxlsxwriter writes only to a path.
class TemporaryFile {
 public:
  TemporaryFile() {
    path_ = (std::filesystem::temp_directory_path() / "govgraph-workbook-XXXXXX").string();
    const int fd = ::mkstemp(path_.data());
    if (fd < 0) throw EnvironmentError("could not make a temporary file for the workbook: " + std::string(std::strerror(errno)));
    ::close(fd);
  }
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() { std::remove(path_.c_str()); }
  [[nodiscard]] const std::string& path() const { return path_; }

 private:
  std::string path_;
};

/// Characters, not bytes: UTF-8 continuation bytes share their character.
std::size_t characters(std::string_view text) {
  return static_cast<std::size_t>(
      std::count_if(text.begin(), text.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0U) != 0x80U; }));
}

/// The number a numeric column's cell holds, when a number cell keeps it exactly (libxlsxwriter writes 16 digits).
std::optional<double> exact_number(const std::string& text) {
  double value = 0;
  const char* end = text.data() + text.size();
  auto [stop, error] = std::from_chars(text.data(), end, value);
  if (text.empty() || error != std::errc{} || stop != end) return std::nullopt;
  char written[32];
  std::snprintf(written, sizeof written, "%.16G", value);
  return std::strtod(written, nullptr) == value ? std::optional<double>(value) : std::nullopt;
}

void check(lxw_error error, const std::string& what) {
  if (error != LXW_NO_ERROR) throw EnvironmentError("could not write the workbook: " + what + ": " + lxw_strerror(error));
}

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t column, const std::string& text, bool numeric,
                lxw_format* format, const std::string& place) {
  if (text.empty()) return;
  if (numeric) {
    if (auto number = exact_number(text)) {
      check(worksheet_write_number(sheet, row, column, *number, format), place);
      return;
    }
  }
  const std::string cell = guard_formula(text);
  if (characters(cell) > max_cell_characters)
    throw InputError(Location{place, static_cast<int>(row) + 1, static_cast<int>(column) + 1},
                     "this text is " + std::to_string(characters(cell)) + " characters long; a workbook cell holds at most " +
                         std::to_string(max_cell_characters));
  check(worksheet_write_string(sheet, row, column, cell.c_str(), format), place);
}

void write_sheet(lxw_workbook* workbook, lxw_format* bold, const std::string& name, const CellTable& table,
                 const std::string& book) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
  if (sheet == nullptr) throw EnvironmentError("could not add the sheet " + name + " to the workbook");
  const std::string place = sheet_place(book, name);
  std::vector<std::size_t> widths(table.header.size(), 0);
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    write_cell(sheet, 0, static_cast<lxw_col_t>(c), table.header[c], false, bold, place);
    widths[c] = characters(table.header[c]);
  }
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    const auto& row = table.rows[r];
    for (std::size_t c = 0; c < row.size(); ++c) {
      const bool numeric = c < table.numeric.size() && table.numeric[c];
      write_cell(sheet, static_cast<lxw_row_t>(r + 1), static_cast<lxw_col_t>(c), row[c], numeric, nullptr, place);
      if (c < widths.size()) widths[c] = std::max(widths[c], characters(row[c]));
    }
  }
  for (std::size_t c = 0; c < widths.size(); ++c)
    check(worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                               std::clamp(static_cast<double>(widths[c]) + 2, min_width, max_width), nullptr),
          place);
  worksheet_freeze_panes(sheet, 1, 0);
}

/// The header's fields as (field, value) rows, each value as a cell (json_cell_text).
CellTable header_table(const std::string& header_json) {
  CellTable table{"map.json", {"field", "value"}, {}, {false, false}};
  for (const auto& member : parse_json_tree(header_json, "map.json").members)
    table.rows.push_back({member.key, json_cell_text(to_json_text(member.value))});
  return table;
}

}  // namespace

std::string sheet_name(std::string_view csv_file) {
  std::string name(csv_file.substr(0, csv_file.rfind('.')));
  std::replace(name.begin(), name.end(), '_', ' ');
  if (!name.empty()) name[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(name[0])));
  return name;
}

std::string write_workbook(const std::vector<std::pair<std::string, CellTable>>& sheets, const std::string& book) {
  TemporaryFile file;
  lxw_workbook* workbook = workbook_new(file.path().c_str());
  if (workbook == nullptr) throw EnvironmentError("could not start a workbook in " + file.path());
  lxw_doc_properties properties{};
  properties.created = fixed_created;
  try {
    check(workbook_set_properties(workbook, &properties), "its properties");
    lxw_format* bold = workbook_add_format(workbook);
    format_set_bold(bold);
    for (const auto& [name, table] : sheets) write_sheet(workbook, bold, name, table, book);
  } catch (...) {
    workbook_close(workbook);
    throw;
  }
  check(workbook_close(workbook), file.path());
  return read_file(file.path());
}

std::string write_xlsx_map(const MapData& map, Diagnostics& losses, const std::string& book) {
  MapCells cells = map_cells(map, losses);
  std::vector<std::pair<std::string, CellTable>> sheets;
  sheets.emplace_back("Map", header_table(cells.header_json));
  for (auto& table : cells.tables) sheets.emplace_back(sheet_name(table.file), std::move(table));
  return write_workbook(sheets, book);
}

}  // namespace govgraph
