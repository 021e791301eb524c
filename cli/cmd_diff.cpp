// govgraph diff OLD NEW: what changed between two versions of a map, record by record,
// and what that did to the findings.

#include <memory>

#include "cli/command.hpp"
#include "cli/comparison_output.hpp"
#include "cli/map_input.hpp"
#include "cli/memory.hpp"
#include "cli/progress.hpp"
#include "importers/load.hpp"
#include "restructure/compare.hpp"

namespace govgraph::cli {
namespace {

struct DiffOptions {
  std::string old_map;
  std::string new_map;
  ComparisonOutputOptions out;
};

void run_diff(const DiffOptions& options, Context& context) {
  const ComparisonAnalysis analysis = prepare_comparison(options.out, {options.old_map, options.new_map});
  serve_large_inputs(input_bytes({options.old_map, options.new_map}));
  const ProgressLine progress(worth_showing({options.old_map, options.new_map}, context));
  auto versions = read_versions(
      options.old_map, options.new_map,
      [&](const std::string& path, Diagnostics& warnings) { return load_map(path, warnings, options.out.as_at); },
      analysis, true);
  MapVersion& before = *context.keep(std::move(versions.first));
  MapVersion& after = *context.keep(std::move(versions.second));
  Diagnostics warnings = before.warnings;
  warnings.append(after.warnings);
  print_warnings(warnings, context);
  report_progress("comparing");
  // The findings move into the comparison; the maps stay put, as the report words the findings from them.
  Comparison& comparison = context.keep(compare_maps(std::move(*before.analysed), std::move(*after.analysed)));
  comparison.title = "Changes from " + options.old_map + " to " + options.new_map;
  write_comparison(comparison, before.map, after.map, options.out, context);
}

}  // namespace

void setup_diff(CLI::App& app, Context& context) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand(
      "diff", "Compare two versions of a map: bodies, links and responsibilities added, removed and changed field by "
              "field; metrics and findings before and after; a diff map");
  command->add_option("OLD", options->old_map, "The earlier map: " + std::string(map_forms))->required();
  command->add_option("NEW", options->new_map, "The later map: " + std::string(map_forms))->required();
  options->out.fail_on = "never";
  add_comparison_output_options(*command, options->out, "Compare both maps as they stood on this date (YYYY-MM-DD)",
                                "Exit 1 when the new map introduces a finding of this severity or a higher one");
  command->footer(help_footer(
      {"govgraph diff old/map.json map.json",
       "govgraph diff old/map.json map.json --format markdown --diagram changes.svg --fail-on error",
       "govgraph diff old/map.json map.json --format html -o changes.html   # a page for a browser"},
      "", "0 nothing introduced at or above --fail-on (default never); 1 otherwise;"));
  command->callback([options, &context] { run_diff(*options, context); });
}

}  // namespace govgraph::cli
