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
namespace {

/// An extra field's cell: a JSON string as its text, anything else as its JSON. A string
/// whose text would read back as another value ("3", "true", "") keeps its quotes.
std::string extra_text(const std::string& json) {
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

/// Builds one CSV file: the known columns, then every unknown field seen, in first-seen order.
template <typename Record>
std::string table(const std::vector<Record>& records, CsvFor audience, const BodyNames& name_of) {
  const std::vector<std::string_view> columns = csv_columns<Record>();
  std::vector<std::string> extra_columns;
  for (const auto& r : records)
    for (const auto& e : r.extras)
      if (std::find(columns.begin(), columns.end(), e.key) == columns.end() &&
          std::find(extra_columns.begin(), extra_columns.end(), e.key) == extra_columns.end())
        extra_columns.push_back(e.key);  // a known column's name would repeat in the header (see report_losses)
  std::string out;
  auto row = [&](const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? "," : "") + csv_cell(values[i], audience);
    out += "\r\n";
  };
  std::vector<std::string> header(columns.begin(), columns.end());
  header.insert(header.end(), extra_columns.begin(), extra_columns.end());
  row(header);
  for (const auto& r : records) {
    std::vector<std::string> values = cells(r, name_of);
    for (const auto& column : extra_columns) {
      auto found = std::find_if(r.extras.begin(), r.extras.end(), [&](const ExtraField& e) { return e.key == column; });
      values.push_back(found == r.extras.end() ? std::string() : extra_text(found->json));
    }
    row(values);
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> write_csv_folder(const MapData& map, Diagnostics& losses,
                                                                  CsvFor audience) {
  report_losses(map, losses);
  MapData header;
  for (const auto& field : schema<MapData>()) copy_field(field, map, header);
  header.extras = map.extras;
  std::string meta = write_json_map(header);
  // The header map has empty collections; drop them so map.json holds only the header.
  for (const auto* empty : {",\n  \"sources\": []", ",\n  \"policy_areas\": []", ",\n  \"bodies\": []",
                            ",\n  \"links\": []", ",\n  \"responsibilities\": []"}) {
    if (auto at = meta.find(empty); at != std::string::npos) meta.erase(at, std::string_view(empty).size());
  }

  std::vector<std::pair<std::string, std::string>> files;
  files.emplace_back("map.json", std::move(meta));
  const BodyNames name_of(map.bodies);
  files.emplace_back("sources.csv", table(map.sources, audience, name_of));
  files.emplace_back("policy_areas.csv", table(map.policy_areas, audience, name_of));
  files.emplace_back("bodies.csv", table(map.bodies, audience, name_of));
  files.emplace_back("links.csv", table(map.links, audience, name_of));
  files.emplace_back("responsibilities.csv", table(map.responsibilities, audience, name_of));
  return files;
}

}  // namespace govgraph
