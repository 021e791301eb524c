// govgraph diff OLD NEW: what changed between two versions of a map, record by record,
// and what that did to the findings.

#include <iostream>
#include <memory>

#include "analyses/analyse.hpp"
#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "importers/load.hpp"
#include "restructure/compare.hpp"
#include "restructure/diff_diagram.hpp"

namespace govgraph::cli {
namespace {

struct DiffOptions {
  std::string old_map;
  std::string new_map;
  std::string format = "text";
  std::string output;
  std::string fail_on = "never";
  std::string diagram;
};

void run_diff(const DiffOptions& options, Context& context) {
  std::optional<render::OutputFormat> diagram_format;
  if (!options.diagram.empty()) {
    diagram_format = render::format_from_path(options.diagram);
    if (!diagram_format)
      throw InputError(Location{options.diagram}, "cannot tell the diagram's format from the file name; use .svg, .png, .pdf or .dot");
  }
  Diagnostics warnings;
  MapData old_data = load_map_data(options.old_map, warnings);
  MapData new_data = load_map_data(options.new_map, warnings);
  print_warnings(warnings, context);
  const GovernanceMap before(std::move(old_data));
  const GovernanceMap after(std::move(new_data));
  Comparison comparison = compare_maps(before, analyse(before), after, analyse(after));
  comparison.title = "Changes from " + options.old_map + " to " + options.new_map;

  std::string picture;
  if (diagram_format) {
    try {
      picture = draw_diff(before.data(), after.data(), comparison.diff, *diagram_format);
    } catch (const std::runtime_error& e) {
      throw InputError(Location{options.diagram}, e.what());
    }
  }
  const ReportFormat format = options.format == "markdown" ? ReportFormat::markdown
                              : options.format == "json"   ? ReportFormat::json
                                                           : ReportFormat::text;
  emit(options.output, format_comparison(comparison, format));
  if (diagram_format) {
    write_file_atomically(options.diagram, picture);
    if (!context.quiet) std::cerr << options.diagram << ": diff map written\n";
  }
  if (comparison_fails(comparison, parse_severity(options.fail_on))) context.exit_code = exit_findings;
}

}  // namespace

void setup_diff(CLI::App& app, Context& context) {
  auto options = std::make_shared<DiffOptions>();
  CLI::App* command = app.add_subcommand(
      "diff", "Compare two versions of a map: bodies, links and responsibilities added, removed and changed field by "
              "field; metrics and findings before and after; a diff map");
  command->add_option("OLD", options->old_map, "The earlier map: a .json file or a folder of CSV files")->required();
  command->add_option("NEW", options->new_map, "The later map: a .json file or a folder of CSV files")->required();
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "Write the report to this file (atomically) instead of stdout");
  command
      ->add_option("--fail-on", options->fail_on,
                   "Exit 1 when the new map introduces a finding of this severity or a higher one")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  command->add_option("--diagram", options->diagram,
                      "Draw the diff map to this file: .svg, .png, .pdf or .dot (added green, removed red dashed, "
                      "changed amber)");
  command->footer(
      "Examples:\n"
      "  govgraph diff old/map.json map.json\n"
      "  govgraph diff old/map.json map.json --format markdown --diagram changes.svg --fail-on error\n"
      "\n"
      "Exit codes: 0 nothing introduced at or above --fail-on (default never); 1 otherwise; 2 bad input.");
  command->callback([options, &context] { run_diff(*options, context); });
}

}  // namespace govgraph::cli
