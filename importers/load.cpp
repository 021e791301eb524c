#include "importers/load.hpp"

#include "graph/check.hpp"
#include "graph/input_file.hpp"
#include "importers/csv_reader.hpp"
#include "importers/json_reader.hpp"

namespace govgraph {

MapData load_map_data(const std::filesystem::path& path, Diagnostics& warnings) {
  Diagnostics found;
  MapData map;
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    map = read_csv_folder(path, found);
  } else if (std::filesystem::exists(path, error)) {
    map = parse_json_map(read_file(path), path.string(), found);
  } else {
    throw InputError(Location{path.string()},
                     "no such file or folder; MAP is a .json file or a folder of CSV files");
  }
  found.append(check_map(map));
  if (found.has_errors()) throw InputError(found);
  warnings.append(found);
  return map;
}

GovernanceMap load_map(const std::filesystem::path& path, Diagnostics& warnings, std::string_view as_at_date) {
  MapData data = load_map_data(path, warnings);
  if (!as_at_date.empty()) data = as_at(data, as_at_date);
  return GovernanceMap(std::move(data));
}

}  // namespace govgraph
