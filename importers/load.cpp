#include "importers/load.hpp"

#include "graph/check.hpp"
#include "graph/input_file.hpp"
#include "graph/progress.hpp"
#include "graph/text.hpp"
#include "importers/csv_reader.hpp"
#include "importers/graphml_reader.hpp"
#include "importers/json_reader.hpp"
#include "importers/kumu.hpp"
#include "importers/xlsx_reader.hpp"

namespace govgraph {
namespace {

/// The checked map and the id tables its check built.
struct Checked {
  MapData map;
  MapIds ids;
};

Checked load_checked(const std::filesystem::path& path, Diagnostics& warnings) {
  Diagnostics found;
  MapData map;
  std::error_code error;
  report_progress("reading " + path.string());
  if (std::filesystem::is_directory(path, error)) {
    map = read_csv_folder(path, found);
  } else if (std::filesystem::exists(path, error) && lowercase_extension(path) == ".graphml") {
    map = parse_graphml_map(read_file(path), path.string(), found);
  } else if (std::filesystem::exists(path, error) && lowercase_extension(path) == ".xlsx") {
    map = read_xlsx_map(path, found);
  } else if (std::filesystem::exists(path, error)) {
    const std::string text = read_file(path);
    // A Kumu blueprint is told by its content: Kumu names its exports plain .json.
    map = is_kumu_blueprint(text) ? parse_kumu_map(text, path.string(), found)
                                  : parse_json_map(text, path.string(), found);
  } else {
    throw InputError(Location{path.string()},
                     "no such file or folder; MAP is " + std::string(map_forms));
  }
  report_progress("checking " + path.string());
  MapIds ids(map);
  found.append(check_map(map, ids));
  if (found.has_errors()) throw InputError(found);
  warnings.append(found);
  return Checked{std::move(map), std::move(ids)};
}

}  // namespace

MapData load_map_data(const std::filesystem::path& path, Diagnostics& warnings) {
  return load_checked(path, warnings).map;
}

GovernanceMap load_map(const std::filesystem::path& path, Diagnostics& warnings, std::string_view as_at_date) {
  Checked checked = load_checked(path, warnings);
  if (!as_at_date.empty()) return GovernanceMap(as_at(checked.map, as_at_date));
  return GovernanceMap(std::move(checked.map), std::move(checked.ids));
}

}  // namespace govgraph
