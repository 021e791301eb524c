// govgraph check-restructure MAP PROPOSAL: what a proposed restructure fixes and breaks.

#include <iostream>
#include <memory>

#include "analyses/analyse.hpp"
#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "importers/load.hpp"
#include "restructure/apply.hpp"
#include "restructure/compare.hpp"
#include "restructure/diff_diagram.hpp"

namespace govgraph::cli {
namespace {

struct CheckRestructureOptions {
  std::string map;
  std::string proposal;
  std::string format = "text";
  std::string output;
  std::string fail_on = "error";
  std::string diagram;
};

ReportFormat report_format(const std::string& name) {
  if (name == "markdown") return ReportFormat::markdown;
  if (name == "json") return ReportFormat::json;
  return ReportFormat::text;
}

void run_check_restructure(const CheckRestructureOptions& options, Context& context) {
  std::optional<render::OutputFormat> diagram_format;
  if (!options.diagram.empty()) {
    diagram_format = render::format_from_path(options.diagram);
    if (!diagram_format)
      throw InputError(Location{options.diagram}, "cannot tell the diagram's format from the file name; use .svg, .png, .pdf or .dot");
  }
  Diagnostics warnings;
  MapData before_data = load_map_data(options.map, warnings);
  print_warnings(warnings, context);
  const Proposal proposal = load_proposal(options.proposal);
  AppliedProposal applied = apply_proposal(before_data, proposal);

  const GovernanceMap before(std::move(before_data));
  const GovernanceMap after(applied.after);
  const Comparison comparison = compare_proposal(proposal, applied, before, analyse(before), after, analyse(after));

  std::string picture;
  if (diagram_format) {
    try {
      picture = draw_diff(before.data(), after.data(), comparison.diff, *diagram_format);
    } catch (const std::runtime_error& e) {
      throw InputError(Location{options.diagram}, e.what());
    }
  }
  emit(options.output, format_comparison(comparison, report_format(options.format)));
  if (diagram_format) {
    write_file_atomically(options.diagram, picture);
    if (!context.quiet) std::cerr << options.diagram << ": diff map written\n";
  }
  if (comparison_fails(comparison, parse_severity(options.fail_on))) context.exit_code = exit_findings;
}

}  // namespace

void setup_check_restructure(CLI::App& app, Context& context) {
  auto options = std::make_shared<CheckRestructureOptions>();
  CLI::App* command = app.add_subcommand(
      "check-restructure",
      "Apply a restructure proposal to a copy of the map: what each operation changed, metrics and findings before "
      "and after, duties lost, and a diff map");
  command->add_option("MAP", options->map, "The map: a .json file or a folder of CSV files")->required();
  command->add_option("PROPOSAL", options->proposal, "The proposal: a JSON file (docs/restructures.md)")->required();
  command->add_option("--format", options->format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  command->add_option("-o,--output", options->output, "Write the report to this file (atomically) instead of stdout");
  command
      ->add_option("--fail-on", options->fail_on,
                   "Exit 1 when the proposal introduces a finding of this severity or a higher one, or loses a duty")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  command->add_option("--diagram", options->diagram,
                      "Draw the diff map to this file: .svg, .png, .pdf or .dot (added green, removed red dashed, "
                      "changed amber)");
  command->footer(
      "Examples:\n"
      "  govgraph check-restructure examples/scotland-care-system/map.json \\\n"
      "      examples/scotland-care-system/proposals/national-childrens-inspectorate.json\n"
      "  govgraph check-restructure map.json proposal.json --format markdown -o report.md --diagram diff.svg\n"
      "\n"
      "Exit codes: 0 nothing introduced at or above --fail-on and no duty lost; 1 otherwise; 2 bad input\n"
      "(the message names the operation and field: operations[2].bodies[1] (merge): ...).");
  command->callback([options, &context] { run_check_restructure(*options, context); });
}

}  // namespace govgraph::cli
