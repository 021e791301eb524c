#include "importers/load.hpp"

#include <algorithm>

#include "graph/check.hpp"
#include "graph/input_file.hpp"
#include "graph/parallel.hpp"
#include "graph/progress.hpp"
#include "graph/text.hpp"
#include "importers/csv_reader.hpp"
#include "importers/graphml_reader.hpp"
#include "importers/json_reader.hpp"
#include "importers/kumu.hpp"
#include "importers/xlsx_reader.hpp"

namespace govgraph {
namespace {

/// The records of the map at `path`, in whichever form it is; read errors into `found`.
MapData read_records(const std::filesystem::path& path, Diagnostics& found) {
  std::error_code error;
  report_progress("reading " + path.string());
  if (std::filesystem::is_directory(path, error)) return read_csv_folder(path, found);
  if (std::filesystem::exists(path, error) && lowercase_extension(path) == ".graphml")
    return parse_graphml_map(read_file(path), path.string(), found);
  if (std::filesystem::exists(path, error) && lowercase_extension(path) == ".xlsx") return read_xlsx_map(path, found);
  if (std::filesystem::exists(path, error)) {
    const std::string text = read_file(path);
    // A Kumu blueprint is told by its content: Kumu names its exports plain .json.
    return is_kumu_blueprint(text) ? parse_kumu_map(text, path.string(), found)
                                   : parse_json_map(text, path.string(), found);
  }
  throw InputError(Location{path.string()}, "no such file or folder; MAP is " + std::string(map_forms));
}

/// Throws what `found` holds if it holds an error; else adds it to `warnings`.
void keep_warnings(Diagnostics& found, Diagnostics& warnings) {
  if (found.has_errors()) throw InputError(found);
  warnings.append(found);
}

}  // namespace

MapData load_map_data(const std::filesystem::path& path, Diagnostics& warnings) {
  Diagnostics found;
  MapData map = read_records(path, found);
  report_progress("checking " + path.string());
  found.append(check_map(map));
  keep_warnings(found, warnings);
  return map;
}

GovernanceMap load_map(const std::filesystem::path& path, Diagnostics& warnings, std::string_view as_at_date) {
  if (!as_at_date.empty()) return GovernanceMap(as_at(load_map_data(path, warnings), as_at_date));
  Diagnostics found;
  MapData map = read_records(path, found);
  report_progress("checking " + path.string());
  MapIds ids(map);
  // A large map's links are laid out while it is checked, as they need only their ends:
  // when every end is known, whatever else the check finds.
  const bool ends_known = std::none_of(ids.link_ends.begin(), ids.link_ends.end(), [](const auto& ends) {
    return ends.first == unknown_end || ends.second == unknown_end;
  });
  if (map.links.size() < GovernanceMap::links_worth_a_thread || !ends_known) {
    found.append(check_map(map, ids));
    keep_warnings(found, warnings);
    return GovernanceMap(std::move(map), std::move(ids));
  }
  GovernanceMap::Lines lines = beside(
      true, [&] { return GovernanceMap::lines_of(map, ids); }, [&] { found.append(check_map(map, ids)); });
  keep_warnings(found, warnings);
  return GovernanceMap(std::move(map), std::move(ids), std::move(lines));
}

}  // namespace govgraph
