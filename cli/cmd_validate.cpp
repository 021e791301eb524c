// govgraph validate MAP...: load and check maps; every problem with its place.

#include <memory>

#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "importers/load.hpp"

namespace govgraph::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> maps;
  bool strict = false;
};

int run_validate(const ValidateOptions& options, Context& context) {
  int exit_code = exit_ok;
  const ProgressLine progress(worth_showing(options.maps, context));
  for (const auto& path : options.maps) {
    try {
      Diagnostics warnings;
      MapData map = load_map_data(path, warnings);
      print_warnings(warnings, context);
      if (options.strict && !warnings.all().empty()) exit_code = std::max(exit_code, int{exit_findings});
      if (!context.quiet)
        say(path + ": ok: " + std::to_string(map.bodies.size()) + " bodies, " + std::to_string(map.links.size()) +
            " links, " + std::to_string(map.responsibilities.size()) + " responsibilities, " +
            std::to_string(map.policy_areas.size()) + " policy areas, " + std::to_string(warnings.all().size()) +
            " warnings");
      // The last map is left to the system at exit, as analyse leaves its map: a million
      // records take longer to free one by one than the system takes to reclaim them.
      if (&path == &options.maps.back()) context.keep(std::move(map));
    } catch (const InputError& e) {
      print_diagnostics(e.diagnostics(), context.quiet);
      exit_code = exit_bad_input;
    }
  }
  return exit_code;
}

}  // namespace

void setup_validate(CLI::App& app, Context& context) {
  auto options = std::make_shared<ValidateOptions>();
  CLI::App* command = app.add_subcommand("validate", "Load maps and check them: every error with FILE:LINE:COLUMN");
  command->add_option("MAP", options->maps, "Maps to check: .json files or folders of CSV files")->required();
  command->add_flag("--strict", options->strict, "Exit 1 when a map has warnings (unknown fields, unlisted sources)");
  command->footer(help_footer(
      {"govgraph validate examples/scotland-care-system/map.json",
       "govgraph validate --strict examples/scotland-care-system/csv"},
      "Every error and warning is printed to stderr with its FILE:LINE:COLUMN.",
      "0 valid; 1 warnings with --strict;"));
  command->callback([options, &context] { context.exit_code = run_validate(*options, context); });
}

}  // namespace govgraph::cli
