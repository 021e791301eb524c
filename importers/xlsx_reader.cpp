#include "importers/xlsx_reader.hpp"

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <zip.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <map>
#include <memory>
#include <optional>
#include <string_view>

#include "graph/amount.hpp"
#include "graph/escape.hpp"
#include "graph/input_file.hpp"
#include "graph/schema.hpp"
#include "graph/text.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_tree.hpp"

namespace govgraph {
namespace {

/// Larger parts are refused rather than unpacked: a zip can claim any size.
constexpr zip_uint64_t max_part_size = zip_uint64_t{1} << 31;

/// A workbook's zip archive, read from memory.
class Archive {
 public:
  explicit Archive(const std::filesystem::path& path) : book_(path.string()), bytes_(read_file(path)) {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(bytes_.data(), bytes_.size(), 0, &error);
    if (source != nullptr) zip_ = zip_open_from_source(source, ZIP_RDONLY, &error);
    if (zip_ == nullptr) {
      if (source != nullptr) zip_source_free(source);
      zip_error_fini(&error);
      throw InputError(Location{book_}, "not a workbook: the file is not a zip archive, as an .xlsx file is; save it "
                                        "from the spreadsheet as 'Excel Workbook (.xlsx)'");
    }
    zip_error_fini(&error);
  }
  Archive(const Archive&) = delete;
  Archive& operator=(const Archive&) = delete;
  ~Archive() { zip_discard(zip_); }

  /// The part's bytes, or nothing when the archive has no such part.
  std::optional<std::string> part(const std::string& name) const {
    zip_stat_t stat;
    if (zip_stat(zip_, name.c_str(), 0, &stat) != 0) return std::nullopt;
    if ((stat.valid & ZIP_STAT_SIZE) == 0 || stat.size > max_part_size)
      throw InputError(Location{book_ + ":" + name}, "this part of the workbook is too large to read");
    std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> file(zip_fopen(zip_, name.c_str(), 0), zip_fclose);
    std::string text(stat.size, '\0');
    if (!file || zip_fread(file.get(), text.data(), stat.size) != static_cast<zip_int64_t>(stat.size))
      throw InputError(Location{book_ + ":" + name}, "this part of the workbook cannot be unpacked: " +
                                                         std::string(zip_strerror(zip_)));
    return text;
  }
  std::string required_part(const std::string& name) const {
    auto text = part(name);
    if (!text) throw InputError(Location{book_}, "not a workbook: the zip archive has no " + name);
    return *text;
  }
  [[nodiscard]] const std::string& book() const { return book_; }

 private:
  std::string book_;
  std::string bytes_;
  zip_t* zip_ = nullptr;
};

/// One XML part as a tree; malformed XML is an error at the part. A part declaring a
/// document type is refused: workbooks have none, and its entities could expand without end.
class XmlPart {
 public:
  XmlPart(const std::string& text, const std::string& place)
      : doc_(xmlReadMemory(text.data(), static_cast<int>(text.size()), place.c_str(), nullptr,
                           XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING),
             xmlFreeDoc) {
    if (!doc_ || xmlDocGetRootElement(doc_.get()) == nullptr) {
      const xmlError* error = xmlGetLastError();
      std::string why = error != nullptr && error->message != nullptr ? error->message : "no root element";
      while (!why.empty() && why.back() == '\n') why.pop_back();
      throw InputError(Location{place, error != nullptr ? error->line : 0}, "not well-formed XML: " + why);
    }
    if (doc_->intSubset != nullptr)
      throw InputError(Location{place}, "not a workbook's part: it declares a document type (<!DOCTYPE>)");
  }
  [[nodiscard]] xmlNode* root() const { return xmlDocGetRootElement(doc_.get()); }

 private:
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc_;
};

bool named(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && name == reinterpret_cast<const char*>(node->name);
}

/// The children of `node` named `name` (any namespace: parts use prefixes freely).
std::vector<xmlNode*> children(const xmlNode* node, std::string_view name) {
  std::vector<xmlNode*> found;
  for (xmlNode* child = node->children; child != nullptr; child = child->next)
    if (named(child, name)) found.push_back(child);
  return found;
}
xmlNode* child(const xmlNode* node, std::string_view name) {
  auto found = children(node, name);
  return found.empty() ? nullptr : found.front();
}

/// An attribute by its local name (r:id is "id"), or empty.
std::string attribute(const xmlNode* node, std::string_view name) {
  for (const xmlAttr* a = node->properties; a != nullptr; a = a->next)
    if (name == reinterpret_cast<const char*>(a->name) && a->children != nullptr && a->children->content != nullptr)
      return reinterpret_cast<const char*>(a->children->content);
  return {};
}

std::string content(const xmlNode* node) {
  xmlChar* text = xmlNodeGetContent(node);
  std::string result = text != nullptr ? reinterpret_cast<const char*>(text) : "";
  xmlFree(text);
  return result;
}

/// The text of a string item (<si> or <is>): its <t> runs, without phonetic guides (<rPh>).
std::string string_item(const xmlNode* item) {
  std::string text;
  for (const xmlNode* t : children(item, "t")) text += content(t);
  for (const xmlNode* run : children(item, "r"))
    for (const xmlNode* t : children(run, "t")) text += content(t);
  return text;
}

std::vector<std::string> shared_strings(const Archive& archive) {
  std::vector<std::string> strings;
  const auto text = archive.part("xl/sharedStrings.xml");
  if (!text) return strings;
  const XmlPart part(*text, archive.book() + ":xl/sharedStrings.xml");
  for (const xmlNode* item : children(part.root(), "si")) strings.push_back(string_item(item));
  return strings;
}

/// Whether a number format shows a date: the built-in date formats, or a format code
/// with a day, month or year outside quotes and brackets.
bool date_format(int id, std::string_view code) {
  if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47)) return true;
  bool quoted = false;
  int bracket = 0;
  for (const char c : code) {
    if (c == '"') quoted = !quoted;
    else if (!quoted && c == '[') ++bracket;
    else if (!quoted && c == ']') --bracket;
    else if (!quoted && bracket == 0 && std::string_view("dmyDMY").find(c) != std::string_view::npos) return true;
  }
  return false;
}

/// For each cell style (a cell's s="n"), whether it shows a date.
std::vector<bool> date_styles(const Archive& archive) {
  std::vector<bool> dates;
  const auto text = archive.part("xl/styles.xml");
  if (!text) return dates;
  const XmlPart part(*text, archive.book() + ":xl/styles.xml");
  std::map<int, std::string> codes;
  if (const xmlNode* formats = child(part.root(), "numFmts"))
    for (const xmlNode* format : children(formats, "numFmt"))
      codes[std::atoi(attribute(format, "numFmtId").c_str())] = attribute(format, "formatCode");
  if (const xmlNode* xfs = child(part.root(), "cellXfs"))
    for (const xmlNode* xf : children(xfs, "xf")) {
      const int id = std::atoi(attribute(xf, "numFmtId").c_str());
      dates.push_back(date_format(id, codes.count(id) != 0 ? codes[id] : std::string()));
    }
  return dates;
}

/// A date serial number as YYYY-MM-DD (the time of day dropped). In the 1900 system day
/// 60 is Excel's 29 February 1900, which never was, so days before it count from a day later.
std::string serial_date(double serial, bool date1904) {
  using namespace std::chrono;
  const auto day = static_cast<int>(std::floor(serial));
  const sys_days base = date1904 ? sys_days{year{1904} / 1 / 1} : sys_days{year{1899} / 12 / (day < 61 ? 31 : 30)};
  const year_month_day date{base + days{day}};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(date.year()),
                static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()));
  return text;
}

/// What one workbook needs to turn a cell into text.
struct CellReading {
  const std::vector<std::string>& strings;
  const std::vector<bool>& date_style;
  bool date1904 = false;
  std::string place;  // the sheet, for a bad shared-string index
};

/// A cell reference "C7" as (row 7, column 3); nothing when it is not one.
std::optional<Position> cell_reference(std::string_view ref) {
  int column = 0;
  std::size_t i = 0;
  for (; i < ref.size() && std::isalpha(static_cast<unsigned char>(ref[i])) != 0 && column <= 16384; ++i)
    column = column * 26 + (std::toupper(static_cast<unsigned char>(ref[i])) - 'A' + 1);
  int row = 0;
  auto [stop, error] = std::from_chars(ref.data() + i, ref.data() + ref.size(), row);
  if (i == 0 || column > 16384 || error != std::errc{} || stop != ref.data() + ref.size() || row < 1)
    return std::nullopt;
  return Position{row, column};
}

/// A cell's text, as a CSV file would hold it.
std::string cell_text(const xmlNode* cell, Position at, const CellReading& reading) {
  const std::string type = attribute(cell, "t");
  if (type == "inlineStr") {
    const xmlNode* item = child(cell, "is");
    return item != nullptr ? remove_formula_guard(string_item(item)) : std::string();
  }
  const xmlNode* value_node = child(cell, "v");
  if (value_node == nullptr) return {};
  const std::string value = content(value_node);
  if (type == "s") {
    std::size_t index = 0;
    auto [stop, error] = std::from_chars(value.data(), value.data() + value.size(), index);
    if (error != std::errc{} || stop != value.data() + value.size() || index >= reading.strings.size())
      throw InputError(Location{reading.place, at.line, at.column},
                       "the cell names shared string " + value + ", which the workbook does not have");
    return remove_formula_guard(reading.strings[index]);
  }
  if (type == "b") return value == "1" ? "true" : "false";
  if (type == "str" || type == "e") return remove_formula_guard(value);
  if (type == "d") return value.substr(0, value.find('T'));
  double number = 0;
  auto [stop, error] = std::from_chars(value.data(), value.data() + value.size(), number);
  if (error != std::errc{} || stop != value.data() + value.size()) return value;
  const std::size_t style = static_cast<std::size_t>(std::max(0, std::atoi(attribute(cell, "s").c_str())));
  if (style < reading.date_style.size() && reading.date_style[style]) return serial_date(number, reading.date1904);
  return format_json_number(number);
}

/// The sheet's rows as a table: gaps between cells are empty cells, rows with no value skipped.
CsvTable sheet_table(const XmlPart& part, const CellReading& reading) {
  CsvTable table;
  const xmlNode* data = child(part.root(), "sheetData");
  if (data == nullptr) return table;
  int row_number = 0;
  for (const xmlNode* row : children(data, "row")) {
    const int stated = std::atoi(attribute(row, "r").c_str());
    row_number = stated > 0 ? stated : row_number + 1;
    std::vector<CsvCell> cells;
    bool has_value = false;
    for (const xmlNode* cell : children(row, "c")) {
      const auto ref = cell_reference(attribute(cell, "r"));
      const Position at = ref ? *ref : Position{row_number, static_cast<int>(cells.size()) + 1};
      if (at.line != row_number || at.column <= static_cast<int>(cells.size()))
        throw InputError(Location{reading.place, row_number},
                         "the cell " + attribute(cell, "r") + " is out of place in its row");
      while (static_cast<int>(cells.size()) + 1 < at.column)
        cells.push_back(CsvCell{{}, Position{row_number, static_cast<int>(cells.size()) + 1}});
      cells.push_back(CsvCell{cell_text(cell, at, reading), at});
      has_value = has_value || !cells.back().text.empty();
    }
    if (!has_value) continue;
    while (!cells.empty() && cells.back().text.empty()) cells.pop_back();
    if (table.header.empty() && table.rows.empty()) {
      table.header = std::move(cells);
    } else {
      table.rows.push_back(std::move(cells));
      table.row_at.push_back(Position{row_number, 1});
    }
  }
  return table;
}

/// "xl/worksheets/sheet1.xml" for each relationship id of xl/workbook.xml.
std::map<std::string, std::string> sheet_parts(const Archive& archive) {
  std::map<std::string, std::string> parts;
  const XmlPart rels(archive.required_part("xl/_rels/workbook.xml.rels"), archive.book() + ":xl/_rels/workbook.xml.rels");
  for (const xmlNode* rel : children(rels.root(), "Relationship")) {
    const std::string target = attribute(rel, "Target");
    parts[attribute(rel, "Id")] = target.starts_with('/') ? target.substr(1) : "xl/" + target;
  }
  return parts;
}

/// A text as a JSON string.
std::string json_string(const std::string& text) {
  JsonNode node;
  node.type = JsonNode::Type::string;
  node.text = text;
  return to_json_text(node);
}

/// "policy_areas" for a sheet named "Policy areas", "policy-areas" or "POLICY_AREAS".
std::string collection_of(std::string_view sheet) {
  std::string name;
  for (const char c : sheet)
    name += c == ' ' || c == '-' ? '_' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return name;
}

/// The collections' sheets.
constexpr std::array<std::string_view, 5> collections = {"sources", "policy_areas", "bodies", "links",
                                                         "responsibilities"};

/// The Map sheet's (field, value) rows as a JSON object whose member for sheet row r
/// is on line r, so the JSON reader's line is the row; `value_at` keeps the column each
/// line's value starts at, to tell a field's cell from its value's.
struct HeaderJson {
  std::string text = "{";
  std::map<int, int> value_at;
};

HeaderJson header_json(const CsvTable& table, const std::string& place, Diagnostics& out) {
  HeaderJson json;
  int line = 1;
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const auto& cells = table.rows[i];
    const std::string field = cells.empty() ? std::string() : cells[0].text;
    const std::string value = cells.size() < 2 ? std::string() : cells[1].text;
    if (value.empty()) continue;
    if (field.empty()) {
      out.error(Location{place, cells[1].at.line, 1}, "a value with no field name; expected a field in column A");
      continue;
    }
    for (; line < table.row_at[i].line; ++line) json.text += '\n';
    const std::string member = (json.value_at.empty() ? "" : ",") + json_string(field) + ":";
    json.value_at[line] = static_cast<int>(member.size()) + 1;
    json.text += member + cell_json(value);
  }
  json.text += "\n}";
  return json;
}

/// The Map sheet's header fields into `map`, each problem at the field's or value's cell.
void read_header(const SheetTable& sheet, const std::string& place, MapData& map, Diagnostics& out) {
  const HeaderJson json = header_json(sheet.table, place, out);
  Diagnostics found;
  MapData header;
  try {
    header = parse_json_map(json.text, place, found);
  } catch (const InputError& error) {
    found.append(error.diagnostics());
  }
  const auto column = [&](Position at) {
    const auto value_at = json.value_at.find(at.line);
    return value_at != json.value_at.end() && at.column >= value_at->second ? 2 : 1;
  };
  for (const auto& d : found.all()) {
    Location where = d.where;
    if (where.line > 0) where.column = column(Position{where.line, where.column});
    if (d.level == Diagnostic::Level::error) out.error(where, d.message);
    else out.warning(where, d.message);
  }
  if (!header.sources.empty() || !header.policy_areas.empty() || !header.bodies.empty() || !header.links.empty() ||
      !header.responsibilities.empty())
    out.error(Location{place}, "records belong in their own sheets; the Map sheet holds only the header's fields");
  for (const auto& field : schema<MapData>()) copy_field(field, header, map);
  for (auto& at : header.apex_at) at.column = 2;
  for (auto& d : map.universe) d.at.column = 2;
  map.apex_at = header.apex_at;
  map.body_types = header.body_types;
  map.link_bases = header.link_bases;
  map.extras = header.extras;
}

}  // namespace

std::vector<SheetTable> read_workbook(const std::filesystem::path& path) {
  const Archive archive(path);
  const XmlPart workbook(archive.required_part("xl/workbook.xml"), archive.book() + ":xl/workbook.xml");
  const std::map<std::string, std::string> parts = sheet_parts(archive);
  const std::vector<std::string> strings = shared_strings(archive);
  const std::vector<bool> dates = date_styles(archive);
  const xmlNode* properties = child(workbook.root(), "workbookPr");
  const std::string date1904 = properties != nullptr ? attribute(properties, "date1904") : "";
  std::vector<SheetTable> sheets;
  const xmlNode* list = child(workbook.root(), "sheets");
  for (const xmlNode* sheet : list != nullptr ? children(list, "sheet") : std::vector<xmlNode*>{}) {
    const std::string name = attribute(sheet, "name");
    const auto part = parts.find(attribute(sheet, "id"));
    if (part == parts.end())
      throw InputError(Location{archive.book()}, "not a workbook: the sheet " + name + " has no part in the archive");
    const CellReading reading{strings, dates, date1904 == "1" || date1904 == "true", sheet_place(archive.book(), name)};
    const XmlPart xml(archive.required_part(part->second), archive.book() + ":" + part->second);
    sheets.push_back(SheetTable{name, sheet_table(xml, reading)});
  }
  return sheets;
}

MapData read_xlsx_map(const std::filesystem::path& path, Diagnostics& out) {
  const std::string book = path.string();
  std::vector<SheetTable> sheets = read_workbook(path);
  MapData map;
  map.origins.map = sheet_place(book, "Map");
  std::vector<std::string> ignored;
  for (const auto& sheet : sheets) {
    const std::string collection = collection_of(sheet.name);
    if (collection == "map") {
      map.origins.map = sheet_place(book, sheet.name);
      read_header(sheet, map.origins.map, map, out);
    } else if (std::find(collections.begin(), collections.end(), collection) == collections.end()) {
      ignored.push_back(sheet.name);
    }
  }
  std::vector<CsvSource> tables;
  for (auto& sheet : sheets)
    if (std::find(collections.begin(), collections.end(), collection_of(sheet.name)) != collections.end())
      tables.push_back(CsvSource{collection_of(sheet.name), sheet_place(book, sheet.name), std::move(sheet.table)});
  if (std::none_of(tables.begin(), tables.end(), [](const CsvSource& t) { return t.collection == "bodies"; }))
    out.error(Location{book}, "missing: a workbook map needs a sheet named Bodies");
  read_csv_tables(std::move(tables), map, out);
  if (!ignored.empty())
    out.warning(Location{book}, "not read, as not a map's sheet: " + join(ignored, ", ") +
                                    " (a map's sheets are Map, Sources, Policy areas, Bodies, Links and "
                                    "Responsibilities)");
  return map;
}

}  // namespace govgraph
