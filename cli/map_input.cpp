#include "cli/map_input.hpp"

#include "cli/output.hpp"
#include "graph/check.hpp"
#include "importers/load.hpp"

namespace govgraph::cli {

void add_as_at_option(CLI::App& command, std::string& as_at_date, const std::string& help) {
  command.add_option("--as-at", as_at_date, help)->check([](const std::string& value) {
    return is_iso_date(value) ? std::string() : "expected a date YYYY-MM-DD, such as 2021-06-30";
  });
}

void add_map_options(CLI::App& command, std::string& map_path, std::string& as_at_date) {
  command.add_option("MAP", map_path, "The map: " + std::string(map_forms))->required();
  add_as_at_option(command, as_at_date, "Use the map as it stood on this date (YYYY-MM-DD)");
}

void print_warnings(const Diagnostics& warnings, const Context& context) {
  if (!context.quiet) print_diagnostics(warnings, false);
}

GovernanceMap load_map_for_command(const std::string& map_path, const std::string& as_at_date, const Context& context) {
  Diagnostics warnings;
  GovernanceMap map = load_map(map_path, warnings, as_at_date);
  print_warnings(warnings, context);
  return map;
}

}  // namespace govgraph::cli
