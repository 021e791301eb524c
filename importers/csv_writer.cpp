#include "importers/csv_writer.hpp"

#include <algorithm>
#include <span>

#include "graph/escape.hpp"
#include "graph/text.hpp"
#include "importers/field_rules.hpp"
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

/// Builds one CSV file: the known columns, then every unknown field seen, in first-seen order.
template <typename Record, typename Cells>
std::string table(std::span<const std::string_view> columns, const std::vector<Record>& records, Cells cells) {
  std::vector<std::string> extra_columns;
  for (const auto& r : records)
    for (const auto& e : r.extras)
      if (std::find(columns.begin(), columns.end(), e.key) == columns.end() &&
          std::find(extra_columns.begin(), extra_columns.end(), e.key) == extra_columns.end())
        extra_columns.push_back(e.key);  // a known column's name would repeat in the header (see report_losses)
  std::string out;
  auto row = [&](const std::vector<std::string>& values) {
    for (std::size_t i = 0; i < values.size(); ++i) out += (i ? "," : "") + csv_cell(values[i]);
    out += "\r\n";
  };
  std::vector<std::string> header(columns.begin(), columns.end());
  header.insert(header.end(), extra_columns.begin(), extra_columns.end());
  row(header);
  for (const auto& r : records) {
    std::vector<std::string> values = cells(r);
    values.push_back(r.source);
    values.push_back(r.note);
    for (const auto& column : extra_columns) {
      auto found = std::find_if(r.extras.begin(), r.extras.end(), [&](const ExtraField& e) { return e.key == column; });
      values.push_back(found == r.extras.end() ? std::string() : extra_text(found->json));
    }
    row(values);
  }
  return out;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> write_csv_folder(const MapData& map, Diagnostics& losses) {
  report_losses(map, losses);
  MapData header;
  header.format_version = map.format_version;
  header.name = map.name;
  header.as_of = map.as_of;
  header.currency = map.currency;
  header.apex = map.apex;
  header.extras = map.extras;
  std::string meta = write_json_map(header);
  // The header map has empty collections; drop them so map.json holds only the header.
  for (const auto* empty : {",\n  \"sources\": []", ",\n  \"policy_areas\": []", ",\n  \"bodies\": []",
                            ",\n  \"links\": []", ",\n  \"responsibilities\": []"}) {
    if (auto at = meta.find(empty); at != std::string::npos) meta.erase(at, std::string_view(empty).size());
  }

  std::vector<std::pair<std::string, std::string>> files;
  files.emplace_back("map.json", std::move(meta));
  files.emplace_back("sources.csv", table(fields::source_fields, map.sources, [](const SourceDoc& s) {
                       return std::vector<std::string>{s.id, s.title, s.file, s.url};
                     }));
  files.emplace_back("policy_areas.csv", table(fields::policy_area_fields, map.policy_areas, [](const PolicyArea& a) {
                       return std::vector<std::string>{a.id, a.name, a.parent};
                     }));
  files.emplace_back("bodies.csv", table(fields::body_fields, map.bodies, [](const Body& b) {
                       return std::vector<std::string>{
                           b.id, b.name, join(b.aliases, ";"), std::string(to_string(b.type)), b.sector,
                           join(b.policy_areas, ";"),
                           b.status == BodyStatus::active ? std::string() : std::string(to_string(b.status)),
                           b.represents ? std::to_string(*b.represents) : std::string(), b.start, b.end};
                     }));
  files.emplace_back("links.csv", table(fields::link_fields, map.links, [](const Link& l) {
                       return std::vector<std::string>{
                           l.from, l.to, std::string(to_string(l.kind)), l.basis,
                           l.amount ? format_json_number(*l.amount) : std::string(), l.currency, l.period,
                           join(l.policy_areas, ";"), l.start, l.end};
                     }));
  files.emplace_back("responsibilities.csv",
                     table(fields::responsibility_csv_columns, map.responsibilities, [](const Responsibility& r) {
                       std::vector<std::string> by_role[3];
                       for (const auto& o : r.owners) by_role[static_cast<int>(o.role)].push_back(o.body);
                       return std::vector<std::string>{r.id, r.name, r.policy_area, r.status,
                                                       join(by_role[0], ";"), join(by_role[1], ";"), join(by_role[2], ";")};
                     }));
  return files;
}

}  // namespace govgraph
