#include "cli/comparison_output.hpp"

#include <map>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "graph/diagnostic.hpp"
#include "page/comparison.hpp"
#include "restructure/comparison_report.hpp"
#include "restructure/diff_diagram.hpp"

namespace govgraph::cli {

void add_comparison_output_options(CLI::App& command, ComparisonOutputOptions& options, const std::string& as_at_help,
                                   const std::string& fail_on_help) {
  add_as_at_option(command, options.as_at, as_at_help);
  add_rule_options(command, options.rules);
  add_format_option(command, options.format, {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::html});
  command.add_option("-o,--output", options.output, "Write the report to this file (atomically) instead of stdout");
  one_of_names(command.add_option("--fail-on", options.fail_on, fail_on_help), {"error", "warning", "info", "never"})
      ->capture_default_str();
  command.add_option("--diagram", options.diagram,
                     "Draw the diff map to this file: .svg, .png, .pdf or .dot (added green, removed red dashed, "
                     "changed amber), titled with the verdict; a body left as a duty's last lead is marked 'Duty lost'");
  CLI::Option* scope =
      command
          .add_option("--diagram-scope", options.diagram_scope,
                      "What the diff map draws: changed (the bodies a change touches, their neighbours and their "
                      "routes to the apex; sized for a page) or all (every body, unchanged ones where a drawing of the "
                      "old map puts them, to lay beside it)")
          ->transform(CLI::Transformer(std::map<std::string, DiagramScope>{{"changed", DiagramScope::changed},
                                                                          {"all", DiagramScope::all}})
                          .description(""));
  one_of_names(scope, {"changed", "all"})
      ->type_name("TEXT")
      ->default_str("changed");
}

std::optional<render::OutputFormat> diagram_format(const ComparisonOutputOptions& options) {
  if (options.diagram.empty()) return std::nullopt;
  const auto format = render::format_from_path(options.diagram);
  if (!format)
    throw InputError(Location{options.diagram}, "cannot tell the diagram's format from the file name; use .svg, .png, .pdf or .dot");
  return format;
}

namespace {

/// The report in --format; html is the page (page/comparison.hpp), with the diff map as
/// SVG drawn for it unless --diagram already drew one.
std::string report_text(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                        const ComparisonOutputOptions& options, const DiagramOptions& diagram,
                        std::optional<render::OutputFormat> picture_format, const std::string& picture) {
  if (options.format != ReportFormat::html) return format_comparison(comparison, options.format);
  const bool svg_drawn = picture_format == render::OutputFormat::svg;
  return page::comparison_page(
      {comparison, before, after, parse_severity(options.fail_on),
       svg_drawn ? picture : draw_diff(comparison, before, after, diagram, render::OutputFormat::svg)});
}

}  // namespace

ComparisonAnalysis prepare_comparison(const ComparisonOutputOptions& options, const std::vector<std::string>& inputs) {
  diagram_format(options);
  refuse_outputs_onto_inputs({options.output, options.diagram}, inputs);
  return {options.rules.analysis_settings(), options.rules.selection()};
}

void write_comparison(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                      const ComparisonOutputOptions& options, Context& context) {
  const auto picture_format = diagram_format(options);
  const DiagramOptions diagram{options.diagram_scope, options.rules.analysis_settings().accountability};
  if (options.format == ReportFormat::json && !picture_format) {
    // JSON alone goes out as it is made, never held whole; beside a diagram it is held, as
    // the two files are written all or nothing.
    emit_streamed(options.output, [&](const ChunkSink& sink) { write_comparison_json(comparison, sink); });
  } else {
    const std::string picture =
        picture_format ? draw_diff(comparison, before, after, diagram, *picture_format) : std::string();
    const std::string report = report_text(comparison, before, after, options, diagram, picture_format, picture);
    std::vector<Output> outputs{{options.output, report, content_of(options.format)}};
    if (picture_format) outputs.push_back({options.diagram, picture, Content::data});
    emit_all(outputs);
  }
  if (picture_format && !context.quiet) note(options.diagram + ": diff map written");
  if (comparison_fails(comparison, parse_severity(options.fail_on))) context.exit_code = exit_findings;
}

}  // namespace govgraph::cli
