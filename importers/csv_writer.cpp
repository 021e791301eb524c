#include "importers/csv_writer.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "graph/escape.hpp"
#include "graph/schema.hpp"
#include "graph/text.hpp"
#include "importers/json_tree.hpp"
#include "importers/json_writer.hpp"

namespace govgraph {

std::string json_cell_text(const std::string& json) {
  if (json.size() >= 2 && json.front() == '"') {
    try {
      std::string text = parse_json_tree(json, "<field>").text;
      return text.empty() || is_compact_json(text) ? json : text;
    } catch (const InputError&) {
      return json;
    }
  }
  return json;
}

namespace {

void report_losses(const MapData& map, Diagnostics& losses) {
  const auto place = [](const std::string& file, Position at) { return Location{file, at.line, at.column}; };
  for (const auto& b : map.bodies)
    for (const auto& alias : b.aliases)
      if (alias.empty() || alias.find(';') != std::string::npos || alias.front() == ' ' || alias.back() == ' ')
        losses.warning(place(map.origins.bodies, b.at),
                       "bodies '" + b.id + "': the alias '" + alias +
                           "' cannot be kept in CSV, where ';' separates aliases and blanks around them are dropped");
  for (const auto& r : map.responsibilities) {
    for (const auto& o : r.owners)
      for (const auto& e : o.extras)
        losses.warning(place(map.origins.responsibilities, o.at),
                       "responsibilities '" + r.id + "': the owner field '" + e.key + "' of '" + o.body +
                           "' is dropped: CSV holds owners as lead, delivers and supports columns only");
    for (const auto& e : r.extras)
      if (e.key == "lead" || e.key == "delivers" || e.key == "supports")
        losses.warning(place(map.origins.responsibilities, r.at),
                       "responsibilities '" + r.id + "': the unknown field '" + e.key +
                           "' is dropped: in CSV that column lists owners");
  }
}

// One value as a cell: lists ';'-separated (owners: add_owner_cells).
void add_cells(std::vector<std::string>& row, const std::string& v) { row.push_back(v); }
void add_cells(std::vector<std::string>& row, const std::vector<std::string>& v) { row.push_back(join(v, ";")); }
template <typename Enum>
  requires std::is_enum_v<Enum>
void add_cells(std::vector<std::string>& row, Enum v) { row.emplace_back(to_string(v)); }
void add_cells(std::vector<std::string>& row, const std::optional<long long>& v) { row.push_back(canonical_text(v)); }
void add_cells(std::vector<std::string>& row, const std::optional<double>& v) { row.push_back(canonical_text(v)); }
void add_cells(std::vector<std::string>& row, int v) { row.push_back(std::to_string(v)); }
void add_cells(std::vector<std::string>& row, const std::vector<Denominator>& v) { row.push_back(canonical_text(v)); }
/// The name of the body each id names, for the columns beside ids (body_names_column).
class BodyNames {
 public:
  explicit BodyNames(const std::vector<Body>& bodies) {
    for (const auto& b : bodies) names_.emplace(b.id, b.name);  // the first of a repeated id, as the checker keeps
  }
  /// The name of `id`'s body, or empty for an id that names none.
  [[nodiscard]] std::string operator()(const std::string& id) const {
    const auto found = names_.find(id);
    return found == names_.end() ? std::string() : std::string(found->second);
  }

 private:
  std::unordered_map<std::string_view, std::string_view> names_;
};

void add_owner_cells(std::vector<std::string>& row, const std::vector<Owner>& owners, const BodyNames& name_of) {
  for (const Role role : {Role::lead, Role::delivers, Role::supports}) {
    std::vector<std::string> ids, names;
    for (const auto& o : owners)
      if (o.role == role) ids.push_back(o.body), names.push_back(name_of(o.body));
    row.push_back(join(ids, ";"));
    row.push_back(join(names, ";"));
  }
}

/// A record's cells in schema order; a field holding its default (status active) is
/// empty; a column of body ids is followed by their names.
template <typename R>
std::vector<std::string> cells(const R& r, const BodyNames& name_of) {
  std::vector<std::string> row;
  for (const auto& f : schema<R>()) {
    with_value(f, r, [&](const auto& value) {
      if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, std::vector<Owner>>)
        add_owner_cells(row, value, name_of);
      else if (!f.required && field_is_default(f, r))
        row.emplace_back();
      else
        add_cells(row, value);
    });
    if (f.refers_to == RefersTo::body) row.push_back(name_of(row.back()));
  }
  return row;
}

/// One collection's cells: the known columns, then every unknown field seen, in first-seen order.
template <typename Record>
CellTable cell_table(const std::vector<Record>& records, std::string file, const BodyNames& name_of) {
  const std::vector<std::string_view> columns = csv_columns<Record>();
  CellTable table{std::move(file), std::vector<std::string>(columns.begin(), columns.end()), {}, {}};
  for (const auto& r : records)
    for (const auto& e : r.extras)
      if (std::find(table.header.begin(), table.header.end(), e.key) == table.header.end())
        table.header.push_back(e.key);  // a known column's name would repeat in the header (see report_losses)
  for (const auto& column : table.header) {
    const auto* field = find_field<Record>(column);
    table.numeric.push_back(field != nullptr && (field->type == ValueType::amount || field->type == ValueType::count));
  }
  for (const auto& r : records) {
    std::vector<std::string> values = cells(r, name_of);
    for (std::size_t c = columns.size(); c < table.header.size(); ++c) {
      auto found = std::find_if(r.extras.begin(), r.extras.end(),
                                [&](const ExtraField& e) { return e.key == table.header[c]; });
      values.push_back(found == r.extras.end() ? std::string() : json_cell_text(found->json));
    }
    table.rows.push_back(std::move(values));
  }
  return table;
}

/// One CSV file's text.
std::string csv_text(const CellTable& table, CsvFor audience) {
  std::string out;
  auto row = [&](const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? "," : "") + csv_cell(values[i], audience);
    out += "\r\n";
  };
  row(table.header);
  for (const auto& values : table.rows) row(values);
  return out;
}

}  // namespace

MapCells map_cells(const MapData& map, Diagnostics& losses) {
  report_losses(map, losses);
  MapData header;
  for (const auto& field : schema<MapData>()) copy_field(field, map, header);
  header.body_types = map.body_types;
  header.link_bases = map.link_bases;
  header.extras = map.extras;
  std::string meta = write_json_map(header);
  // The header map has empty collections; drop them so map.json holds only the header.
  for (const auto* empty : {",\n  \"sources\": []", ",\n  \"policy_areas\": []", ",\n  \"bodies\": []",
                            ",\n  \"links\": []", ",\n  \"responsibilities\": []"}) {
    if (auto at = meta.find(empty); at != std::string::npos) meta.erase(at, std::string_view(empty).size());
  }
  const BodyNames name_of(map.bodies);
  return MapCells{std::move(meta),
                  {cell_table(map.sources, "sources.csv", name_of),
                   cell_table(map.policy_areas, "policy_areas.csv", name_of),
                   cell_table(map.bodies, "bodies.csv", name_of), cell_table(map.links, "links.csv", name_of),
                   cell_table(map.responsibilities, "responsibilities.csv", name_of)}};
}

std::vector<std::pair<std::string, std::string>> write_csv_folder(const MapData& map, Diagnostics& losses,
                                                                  CsvFor audience) {
  MapCells cells = map_cells(map, losses);
  std::vector<std::pair<std::string, std::string>> files;
  files.emplace_back("map.json", std::move(cells.header_json));
  for (const auto& table : cells.tables) files.emplace_back(table.file, csv_text(table, audience));
  return files;
}

}  // namespace govgraph
