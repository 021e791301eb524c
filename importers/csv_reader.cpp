#include "importers/csv_reader.hpp"

#include <csv.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <cstdio>
#include <span>
#include <unordered_map>

#include "graph/escape.hpp"
#include "graph/schema.hpp"
#include "graph/text.hpp"
#include "importers/field_rules.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_tree.hpp"
#include "graph/input_file.hpp"

namespace govgraph {
namespace {

/// Feeds libcsv one byte at a time so that every field's start is known exactly.
class CsvCollector {
 public:
  explicit CsvCollector(CsvTable& table) : table_(table) {}

  void feed(std::string_view text, csv_parser& parser) {
    std::size_t i = text.starts_with(utf8_bom) ? utf8_bom.size() : 0;
    for (; i < text.size(); ++i) {
      const char c = text[i];
      if (field_start_pending_ && c != '\r' && c != '\n') {
        field_start_ = here_;
        field_start_pending_ = false;
      }
      // libcsv grows its field buffer by a fixed block, which is quadratic for a long
      // cell (a 5 MB note took minutes); doubling the block keeps it linear.
      if (parser.entry_pos + 1 >= parser.entry_size && parser.entry_size >= parser.blk_size)
        csv_set_blk_size(&parser, parser.entry_size);
      if (csv_parse(&parser, &text[i], 1, on_field, on_row, this) != 1) return;
      advance(c);
    }
  }

  [[nodiscard]] Position here() const { return here_; }

  static void on_field(void* data, std::size_t length, void* self_ptr) {
    auto& self = *static_cast<CsvCollector*>(self_ptr);
    if (self.row_.empty()) self.row_at_ = self.field_start_;
    // The writer guards cells a spreadsheet would run as formulas (csv_writer.hpp).
    const std::string_view cell = data == nullptr ? std::string_view() : std::string_view(static_cast<const char*>(data), length);
    self.row_.push_back(CsvCell{remove_formula_guard(cell), self.field_start_});
    self.field_start_pending_ = true;
  }

  static void on_row(int, void* self_ptr) {
    auto& self = *static_cast<CsvCollector*>(self_ptr);
    if (self.table_.header.empty() && self.table_.rows.empty()) {
      self.table_.header = std::move(self.row_);
    } else {
      self.table_.rows.push_back(std::move(self.row_));
      self.table_.row_at.push_back(self.row_at_);
    }
    self.row_.clear();
    self.field_start_pending_ = true;
  }

 private:
  void advance(char c) {
    if (c == '\n') {
      ++here_.line;
      here_.column = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) {
      ++here_.column;  // UTF-8 continuation bytes share their character's column
    }
  }

  CsvTable& table_;
  std::vector<CsvCell> row_;
  Position row_at_{1, 1};
  Position here_{1, 1};
  Position field_start_{1, 1};
  bool field_start_pending_ = true;
};

/// Values of a file read from a spreadsheet's form (a UK date, money with a currency sign
/// or thousands separators): said once for each column, with its first such cell, rather
/// than once a cell.
class SpreadsheetForms {
 public:
  /// `cell` of the column `field` was read as `read_as`: a `noun` in the `form` said.
  void add(const std::string& field, const CsvCell& cell, const std::string& read_as, std::string_view noun,
           std::string_view form) {
    auto found = std::find_if(columns_.begin(), columns_.end(), [&](const Column& c) { return c.field == field; });
    if (found == columns_.end()) {
      columns_.push_back(Column{field, std::string(noun), std::string(form), cell.at, cell.text, read_as, 0});
      found = columns_.end() - 1;
    }
    ++found->count;
  }
  void report(const std::string& file, Diagnostics& out) const {
    for (const auto& c : columns_)
      out.warning(Location{file, c.first.line, c.first.column},
                  c.field + ": read " + std::to_string(c.count) + " " + c.noun + (c.count == 1 ? " " : "s ") + c.form +
                      ", such as '" + c.example + "' as " + c.read_as);
  }

 private:
  struct Column {
    std::string field;
    std::string noun;
    std::string form;
    Position first;
    std::string example;
    std::string read_as;
    std::size_t count;
  };
  std::vector<Column> columns_;
};

/// One row read by column name; columns never read are unknown fields.
class Row {
 public:
  Row(const CsvTable& table, std::size_t index, const std::string& file, std::string_view collection, Diagnostics& out,
      SpreadsheetForms& forms)
      : table_(table), cells_(table.rows[index]), at_(table.row_at[index]), file_(file), collection_(collection),
        out_(out), forms_(forms) {}

  [[nodiscard]] Position at() const { return at_; }
  [[nodiscard]] Location where(Position p) const { return {file_, p.line, p.column}; }
  [[nodiscard]] std::string field(std::string_view column) const {
    return std::string(collection_) + "." + std::string(column);
  }
  /// The place of a cell, made only if a check refuses its value.
  [[nodiscard]] auto place(Position at, std::string_view column) const {
    return [this, at, column] { return fields::Placed{where(at), field(column)}; };
  }

  /// The cell under `column`, or nullptr when the column is absent or the cell empty.
  const CsvCell* cell(std::string_view column) const {
    for (std::size_t i = 0; i < table_.header.size() && i < cells_.size(); ++i)
      if (table_.header[i].text == column) return cells_[i].text.empty() ? nullptr : &cells_[i];
    return nullptr;
  }
  std::string text(std::string_view column, bool required = false) const {
    const CsvCell* c = cell(column);
    if (c == nullptr) {
      if (required) out_.error(where(at_), field(column) + ": missing; expected a value in this column");
      return {};
    }
    return c->text;
  }
  std::string id(std::string_view column, bool required, Position* at = nullptr) const {
    const CsvCell* c = cell(column);
    if (c == nullptr) {
      if (required) out_.error(where(at_), field(column) + ": missing; expected an id");
      return {};
    }
    if (at != nullptr) *at = c->at;
    return fields::slug(c->text, fields::Place(place(c->at, column)), out_).value_or("");
  }
  /// A ';'-separated list, blanks around items ignored.
  std::vector<std::string> list(std::string_view column, Position* at = nullptr) const {
    std::vector<std::string> items;
    const CsvCell* c = cell(column);
    if (c == nullptr) return items;
    if (at != nullptr) *at = c->at;
    std::string_view rest = c->text;
    while (!rest.empty()) {
      const std::size_t end = rest.find(';');
      std::string_view item = rest.substr(0, end);
      while (!item.empty() && item.front() == ' ') item.remove_prefix(1);
      while (!item.empty() && item.back() == ' ') item.remove_suffix(1);
      if (!item.empty()) items.emplace_back(item);
      rest = end == std::string_view::npos ? std::string_view() : rest.substr(end + 1);
    }
    return items;
  }
  std::vector<std::string> id_list(std::string_view column, Position* at = nullptr) const {
    std::vector<std::string> ids;
    Position list_at;
    for (const auto& item : list(column, &list_at))
      if (auto id = fields::slug(item, fields::Place(place(list_at, column)), out_)) ids.push_back(*id);
    if (at != nullptr) *at = list_at;
    return ids;
  }
  std::string date(std::string_view column) const {
    const CsvCell* c = cell(column);
    if (c == nullptr) return {};
    if (auto iso = fields::uk_date_as_iso(c->text)) {
      forms_.add(field(column), *c, *iso, "date", "written day/month/year as YYYY-MM-DD");
      return *iso;
    }
    return fields::date(c->text, fields::Place(place(c->at, column)), out_).value_or("");
  }
  std::optional<double> number(std::string_view column) const {
    const CsvCell* c = cell(column);
    if (c == nullptr) return std::nullopt;
    double value = 0;
    std::string_view text = c->text;
    const auto parsed = [&] {
      auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), value);
      return error == std::errc{} && stop == text.data() + text.size();
    };
    std::optional<std::string> plain;
    if (!parsed() && (plain = fields::formatted_amount_as_plain(c->text))) {
      text = *plain;
      if (parsed()) forms_.add(field(column), *c, *plain, "amount",
                   "written with a currency sign or thousands separators as a plain number");
    }
    if (!parsed()) {
      out_.error(where(c->at), field(column) + ": '" + c->text +
                                   "' is not a number; expected digits such as 4000000 (or £4,000,000)");
      return std::nullopt;
    }
    if (!fields::amount(value, fields::Place(place(c->at, column)), out_)) return std::nullopt;
    return value;
  }
  /// A value from a closed vocabulary, checked by one of the fields:: parsers.
  template <typename Enum>
  std::optional<Enum> closed(std::string_view column,
                             std::optional<Enum> (*parse)(std::string_view, const fields::Place&, Diagnostics&),
                             bool required) const {
    const CsvCell* c = cell(column);
    if (c == nullptr) {
      if (required) out_.error(where(at_), field(column) + ": missing; expected a value in this column");
      return std::nullopt;
    }
    return parse(c->text, fields::Place(place(c->at, column)), out_);
  }
  /// Reads every field the schema lists for R, then keeps the unknown columns' values.
  template <typename R>
  R record() const {
    R r;
    r.at = at_;
    for (const auto& f : schema<R>()) {
      if constexpr (std::is_same_v<R, Body>) {
        // A name other than a built-in type's, kept for fields::resolve_declared_types.
        const CsvCell* c = cell(f.name);
        if (std::holds_alternative<BodyType Body::*>(f.member) && c != nullptr && !parse_body_type(c->text)) {
          r.declared_type = c->text;
          continue;
        }
      }
      Position ignored;
      Position& at = f.at ? r.*f.at : ignored;
      with_value(f, r, [&](auto& value) { read_value(f.name, f.type, f.required, value, at); });
      if (const CsvCell* c = cell(f.name); c != nullptr && f.type == ValueType::term)
        fields::term(c->text, f.vocabulary, fields::Place(place(c->at, f.name)), out_);
    }
    for (std::size_t i = 0; i < table_.header.size() && i < cells_.size(); ++i)
      if (!known(table_.header[i].text) && !cells_[i].text.empty())
        r.extras.push_back(ExtraField{table_.header[i].text, cell_json(cells_[i].text)});
    return r;
  }
  void set_known(std::span<const std::string_view> known_columns) { known_ = known_columns; }

 private:
  void read_value(std::string_view column, ValueType type, bool required, std::string& value, Position& at) const {
    if (type == ValueType::text || type == ValueType::term) value = text(column, required);
    else if (type == ValueType::date) value = date(column);
    else value = id(column, required, &at);
  }
  void read_value(std::string_view column, ValueType type, bool, std::vector<std::string>& value, Position& at) const {
    value = type == ValueType::ids ? id_list(column, &at) : list(column);
  }
  template <typename Enum>
    requires std::is_enum_v<Enum>
  void read_value(std::string_view column, ValueType, bool required, Enum& value, Position&) const {
    if (auto parsed = closed(column, fields::vocabulary<Enum>, required)) value = *parsed;
  }
  void read_value(std::string_view column, ValueType, bool, std::optional<long long>& value, Position&) const {
    const CsvCell* c = cell(column);
    if (c == nullptr) return;
    long long n = 0;
    const char* end = c->text.data() + c->text.size();
    auto [stop, bad] = std::from_chars(c->text.data(), end, n);
    if (bad != std::errc{} || stop != end || n < 1)
      out_.error(where(c->at), field(column) + ": '" + c->text + "' is not a whole number of bodies, 1 or more");
    else
      value = n;
  }
  void read_value(std::string_view column, ValueType, bool, std::optional<double>& value, Position&) const {
    value = number(column);
  }
  void read_value(std::string_view, ValueType, bool, std::vector<Owner>& owners, Position&) const {
    for (Role role : {Role::lead, Role::delivers, Role::supports}) {
      Position at;
      for (auto& body : id_list(to_string(role), &at)) owners.push_back(Owner{std::move(body), role, {}, at});
    }
  }
  void read_value(std::string_view, ValueType, bool, int&, Position&) const {}  // only the header has one
  void read_value(std::string_view, ValueType, bool, std::vector<Denominator>&, Position&) const {}  // likewise

  [[nodiscard]] bool known(std::string_view column) const {
    for (auto k : known_)
      if (k == column) return true;
    return false;
  }

  const CsvTable& table_;
  const std::vector<CsvCell>& cells_;
  Position at_;
  const std::string& file_;
  std::string_view collection_;
  Diagnostics& out_;
  SpreadsheetForms& forms_;
  std::span<const std::string_view> known_;
};

/// `text` without the blanks around it, as a spreadsheet cell is often typed.
std::string_view without_edge_blanks(std::string_view text) {
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) text.remove_prefix(1);
  while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) text.remove_suffix(1);
  return text;
}

/// A header name as govgraph spells its columns: blanks around it dropped, letters in
/// lowercase, and runs of spaces or hyphens inside it as one underscore ("Policy Areas"
/// is policy_areas), as spreadsheets are often headed for people.
std::string column_name(std::string_view header) {
  header = without_edge_blanks(header);
  std::string name;
  for (const char c : header) {
    if (c == ' ' || c == '-') {
      if (name.empty() || name.back() != '_') name += '_';
    } else {
      name += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  return name;
}

/// Renames each header cell that names a known column in another case or spacing, and
/// says so once for the file: "ID" is read as id, "Policy areas" as policy_areas.
void normalise_header(CsvTable& table, std::span<const std::string_view> known, const std::string& origin,
                      Diagnostics& out) {
  std::vector<std::string> renamed;
  Position first;
  for (auto& cell : table.header) {
    if (std::find(known.begin(), known.end(), cell.text) != known.end()) continue;
    const std::string name = column_name(cell.text);
    if (std::find(known.begin(), known.end(), name) == known.end()) continue;
    if (renamed.empty()) first = cell.at;
    renamed.push_back("'" + cell.text + "' as " + name);
    cell.text = name;
  }
  if (!renamed.empty())
    out.warning(Location{origin, first.line, first.column},
                "read the header " + join(renamed, ", ") + " (govgraph's column names are lowercase, with _)");
}

/// A names cell beside a column of body ids (body_names_column): the names it gives for
/// the ids, checked once every body is read.
struct NamesClaim {
  std::vector<std::string> ids;
  std::string names;  // as written
  Location where;
  std::string field;
};

/// The names cells of `row` for the record `r` just read from it.
template <typename R>
void claim_names(const Row& row, const R& r, std::vector<NamesClaim>& claims) {
  const auto claim = [&](std::string_view ids_column, std::vector<std::string> ids) {
    const std::string_view column = body_names_column(ids_column);
    if (const CsvCell* c = row.cell(column))
      claims.push_back(NamesClaim{std::move(ids), c->text, row.where(c->at), row.field(column)});
  };
  if constexpr (std::is_same_v<R, Link>) {
    claim("from", {r.from});
    claim("to", {r.to});
  } else if constexpr (std::is_same_v<R, Responsibility>) {
    for (const Role role : {Role::lead, Role::delivers, Role::supports}) {
      std::vector<std::string> ids;
      for (const auto& o : r.owners)
        if (o.role == role) ids.push_back(o.body);
      claim(to_string(role), std::move(ids));
    }
  }
}

/// A name as compared with another: blanks around it dropped, ASCII letters in lowercase.
std::string comparable_name(std::string_view name) {
  std::string folded(without_edge_blanks(name));
  for (char& c : folded) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return folded;
}

/// Reports each names cell that does not give the names of the bodies its ids name: a
/// spreadsheet edited by hand where an id was changed and its name was not, or the
/// reverse. Unknown ids are left to the map's check, which reports them.
void check_names(const std::vector<NamesClaim>& claims, const std::vector<Body>& bodies, Diagnostics& out) {
  std::unordered_map<std::string_view, std::string_view> name_of;
  for (const auto& b : bodies) name_of.emplace(b.id, b.name);
  for (const auto& claim : claims) {
    std::vector<std::string> expected;
    bool all_known = true;
    for (const auto& id : claim.ids) {
      const auto found = name_of.find(id);
      all_known = all_known && found != name_of.end();
      if (found != name_of.end()) expected.emplace_back(found->second);
    }
    if (!all_known) continue;
    std::vector<std::string> written;
    for (std::string_view rest = claim.names;;) {
      const std::size_t end = rest.find(';');
      written.push_back(comparable_name(rest.substr(0, end)));
      if (end == std::string_view::npos) break;
      rest.remove_prefix(end + 1);
    }
    std::vector<std::string> wanted;
    for (const auto& name : expected) wanted.push_back(comparable_name(name));
    if (written == wanted || (wanted.empty() && written == std::vector<std::string>{""})) continue;
    const std::string fix = "; correct the id or the name, or empty this cell";
    if (claim.ids.empty())
      out.error(claim.where,
                claim.field + ": '" + claim.names + "' names bodies, but the column of ids beside it is empty" + fix);
    else if (claim.ids.size() == 1)
      out.error(claim.where, claim.field + ": '" + claim.names + "' is not the name of the body '" + claim.ids.front() +
                                 "', which is '" + expected.front() + "'" + fix);
    else
      out.error(claim.where, claim.field + ": '" + claim.names + "' are not the names of the bodies '" +
                                 join(claim.ids, ";") + "', which are '" + join(expected, ";") + "', in that order" +
                                 fix);
  }
}

template <typename R>
void read_rows(CsvTable& table, const std::string& origin, std::string_view collection, Diagnostics& out,
               std::vector<R>& records, std::vector<NamesClaim>& claims,
               std::vector<fields::PendingType>& declared_at);

/// Reads one collection's file if present, checking its header, and appends its records.
template <typename R>
void read_collection(const std::filesystem::path& folder, const std::string& name, bool required, std::string& origin,
                     Diagnostics& out, std::vector<R>& records, std::vector<NamesClaim>& claims,
               std::vector<fields::PendingType>& declared_at) {
  const std::filesystem::path path = folder / name;
  origin = path.string();
  std::error_code error;
  if (!std::filesystem::exists(path, error)) {
    if (required) out.error(Location{origin}, "missing: a CSV map folder needs " + name);
    return;
  }
  CsvTable table = parse_csv(read_file(path), origin, out);
  read_rows(table, origin, path.stem().string(), out, records, claims, declared_at);
}

/// Checks a table's header and appends its rows as records; `collection` ("bodies")
/// names the fields in messages.
template <typename R>
void read_rows(CsvTable& table, const std::string& origin, std::string_view collection, Diagnostics& out,
               std::vector<R>& records, std::vector<NamesClaim>& claims,
               std::vector<fields::PendingType>& declared_at) {
  const std::vector<std::string_view> known = csv_columns<R>();
  std::vector<std::string_view> required_columns;
  for (const auto& f : schema<R>())
    if (f.required) required_columns.push_back(f.name);
  normalise_header(table, known, origin, out);
  for (auto column : required_columns) {
    bool present = false;
    std::string hint;
    for (const auto& h : table.header) {
      present = present || h.text == column;
      if (h.text.find(';') != std::string::npos)
        hint = "; the header is separated by ';', but govgraph reads comma-separated files: save as 'CSV UTF-8 "
               "(Comma delimited)'";
    }
    if (!present) out.error(Location{origin, 1, 1}, std::string(column) + ": missing column in the header" + hint);
  }
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    const CsvCell& h = table.header[c];
    const Location where{origin, h.at.line, h.at.column};
    bool is_known = false;
    for (auto k : known) is_known = is_known || k == h.text;
    bool repeated = false;
    for (std::size_t earlier = 0; earlier < c && !repeated; ++earlier) repeated = table.header[earlier].text == h.text;
    bool has_values = false;
    for (const auto& row : table.rows) has_values = has_values || (c < row.size() && !row[c].text.empty());
    if (repeated) {
      // A second column of one name would be read as the first, and its values lost.
      if (!h.text.empty() || has_values)
        out.error(where, "'" + h.text + "': the header names this column twice; expected each column once");
    } else if (h.text.empty()) {
      if (has_values) out.error(where, "column " + std::to_string(c + 1) + " has values but no name in the header");
    } else if (!is_known) {
      out.warning(where, h.text + ": unknown column, its values are kept");
    }
  }
  SpreadsheetForms forms;
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    const auto& cells = table.rows[i];
    for (std::size_t c = table.header.size(); c < cells.size(); ++c) {
      if (cells[c].text.empty()) continue;  // spreadsheets pad rows with empty cells
      out.error(Location{origin, cells[c].at.line, cells[c].at.column},
                "this row has a value in column " + std::to_string(c + 1) + " but the header names only " +
                    std::to_string(table.header.size()) +
                    " columns; a value holding a comma must be quoted (\"Government, Scottish\")");
      break;
    }
    Row row(table, i, origin, collection, out, forms);
    row.set_known(known);
    const std::size_t problems = out.all().size();
    records.push_back(row.record<R>());
    claim_names(row, records.back(), claims);
    if constexpr (std::is_same_v<R, Body>)
      if (!records.back().declared_type.empty())
        declared_at.push_back({row.place(row.cell("type")->at, "type")(), problems});
  }
  forms.report(origin, out);
}

/// "govgraph, name, ... and universe": what map.json may hold.
std::string header_fields() {
  std::vector<std::string_view> names;
  for (const auto& field : schema<MapData>())
    if (field.type != ValueType::records) names.push_back(field.name);
  return english_list(names, "and");
}

}  // namespace

CsvTable parse_csv(std::string_view text, const std::string& file_name, Diagnostics& out) {
  CsvTable table;
  if (const std::size_t bad = first_invalid_utf8(text); bad != std::string_view::npos) {
    TextLocator locator(text);
    const Position p = locator.position(bad);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(static_cast<unsigned char>(text[bad])));
    out.error(Location{file_name, p.line, p.column},
              std::string("the file is not UTF-8 text (byte ") + hex +
                  "; Excel's plain 'CSV' is Windows-1252): save it as 'CSV UTF-8 (Comma delimited)'");
  }
  csv_parser parser{};
  if (csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI | CSV_APPEND_NULL) != 0)
    throw std::bad_alloc();
  CsvCollector collector(table);
  collector.feed(text, parser);
  if (csv_error(&parser) == CSV_SUCCESS) csv_fini(&parser, CsvCollector::on_field, CsvCollector::on_row, &collector);
  if (csv_error(&parser) != CSV_SUCCESS) {
    const Position p = collector.here();
    out.error(Location{file_name, p.line, p.column},
              std::string("invalid CSV: ") + csv_strerror(csv_error(&parser)) +
                  "; a quote inside a quoted field is written twice (\"\")");
  }
  csv_free(&parser);
  return table;
}

std::string cell_json(const std::string& text) {
  if (is_compact_json(text)) return text;
  JsonNode node;
  node.type = JsonNode::Type::string;
  node.text = text;
  return to_json_text(node);
}

void read_csv_tables(std::vector<CsvSource> sources, MapData& map, Diagnostics& out) {
  std::vector<NamesClaim> claims;
  std::vector<fields::PendingType> declared_at;
  const auto read = [&](std::string_view collection, std::string& origin, auto& records) {
    for (auto& source : sources)
      if (source.collection == collection) {
        origin = source.origin;
        read_rows(source.table, source.origin, collection, out, records, claims, declared_at);
      }
  };
  read("sources", map.origins.sources, map.sources);
  read("policy_areas", map.origins.policy_areas, map.policy_areas);
  read("bodies", map.origins.bodies, map.bodies);
  read("links", map.origins.links, map.links);
  read("responsibilities", map.origins.responsibilities, map.responsibilities);
  check_names(claims, map.bodies, out);
  fields::resolve_declared_types(map.bodies, map.body_types, declared_at, out);
}

MapData read_csv_folder(const std::filesystem::path& folder, Diagnostics& out) {
  MapData map;
  const std::filesystem::path meta = folder / "map.json";
  std::error_code error;
  if (std::filesystem::exists(meta, error)) {
    MapData header = parse_json_map(read_file(meta), meta.string(), out);
    if (!header.sources.empty() || !header.policy_areas.empty() || !header.bodies.empty() || !header.links.empty() ||
        !header.responsibilities.empty())
      out.error(Location{meta.string(), 1, 1},
                "map.json: records belong in the CSV files; in a CSV folder map.json holds only " + header_fields());
    for (const auto& field : schema<MapData>()) copy_field(field, header, map);
    map.apex_at = header.apex_at;
    map.body_types = header.body_types;
    map.link_bases = header.link_bases;
    map.extras = header.extras;
  }
  map.origins.map = meta.string();

  std::vector<NamesClaim> claims;
  std::vector<fields::PendingType> declared_at;
  const auto read = [&](const std::string& name, bool required, std::string& origin, auto& records) {
    read_collection(folder, name, required, origin, out, records, claims, declared_at);
  };
  read("sources.csv", false, map.origins.sources, map.sources);
  read("policy_areas.csv", false, map.origins.policy_areas, map.policy_areas);
  read("bodies.csv", true, map.origins.bodies, map.bodies);
  read("links.csv", false, map.origins.links, map.links);
  read("responsibilities.csv", false, map.origins.responsibilities, map.responsibilities);
  check_names(claims, map.bodies, out);
  fields::resolve_declared_types(map.bodies, map.body_types, declared_at, out);
  return map;
}

}  // namespace govgraph
