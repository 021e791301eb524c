#include "cli/comparison_output.hpp"

#include <iostream>
#include <stdexcept>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/output.hpp"
#include "graph/diagnostic.hpp"
#include "restructure/diff_diagram.hpp"

namespace govgraph::cli {

void add_comparison_output_options(CLI::App& command, ComparisonOutputOptions& options,
                                   const std::string& fail_on_help) {
  command.add_option("--format", options.format, "Output format")
      ->check(CLI::IsMember({"text", "markdown", "json"}))
      ->capture_default_str();
  command.add_option("-o,--output", options.output, "Write the report to this file (atomically) instead of stdout");
  command.add_option("--fail-on", options.fail_on, fail_on_help)
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  command.add_option("--diagram", options.diagram,
                     "Draw the diff map to this file: .svg, .png, .pdf or .dot (added green, removed red dashed, "
                     "changed amber)");
}

std::optional<render::OutputFormat> diagram_format(const ComparisonOutputOptions& options) {
  if (options.diagram.empty()) return std::nullopt;
  const auto format = render::format_from_path(options.diagram);
  if (!format)
    throw InputError(Location{options.diagram}, "cannot tell the diagram's format from the file name; use .svg, .png, .pdf or .dot");
  return format;
}

void write_comparison(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                      const ComparisonOutputOptions& options, Context& context) {
  const auto picture_format = diagram_format(options);
  std::string picture;
  if (picture_format) {
    try {
      picture = draw_diff(before.data(), after.data(), comparison.diff, *picture_format);
    } catch (const std::runtime_error& e) {
      throw InputError(Location{options.diagram}, e.what());
    }
  }
  const ReportFormat format = options.format == "markdown" ? ReportFormat::markdown
                              : options.format == "json"   ? ReportFormat::json
                                                           : ReportFormat::text;
  const std::string report = format_comparison(comparison, format);
  std::vector<std::pair<std::string, std::string_view>> outputs{{options.output, report}};
  if (picture_format) outputs.emplace_back(options.diagram, picture);
  emit_all(outputs);
  if (picture_format && !context.quiet) std::cerr << options.diagram << ": diff map written\n";
  if (comparison_fails(comparison, parse_severity(options.fail_on))) context.exit_code = exit_findings;
}

}  // namespace govgraph::cli
