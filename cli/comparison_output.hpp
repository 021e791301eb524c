#pragma once
// What `check-restructure` and `diff` share: --as-at, the rule options, the report's
// options (--format, -o, --fail-on, --diagram, --diagram-scope), writing the report with its diff map,
// and the exit code.

#include <optional>
#include <string>
#include <vector>

#include "analyses/analyse.hpp"
#include "cli/command.hpp"
#include "cli/rule_options.hpp"
#include "graph/governance_map.hpp"
#include "graph/progress.hpp"
#include "render/graphviz.hpp"
#include "report/report.hpp"
#include "restructure/compare.hpp"
#include "restructure/diff_diagram.hpp"

namespace govgraph::cli {

struct ComparisonOutputOptions {
  std::string as_at;
  RuleOptions rules;
  ReportFormat format = ReportFormat::text;
  std::string output;
  std::string fail_on;  // each command sets its own default
  std::string diagram;
  DiagramScope diagram_scope = DiagramScope::changed;
};

/// Adds --as-at (described by `as_at_help`), the rule options, --format, -o/--output,
/// --fail-on (described by `fail_on_help`), --diagram and --diagram-scope.
void add_comparison_output_options(CLI::App& command, ComparisonOutputOptions& options, const std::string& as_at_help,
                                   const std::string& fail_on_help);

/// The diagram's format from its file name; nullopt without --diagram. Throws InputError
/// for a name it cannot tell, so a command checks it before any work.
std::optional<render::OutputFormat> diagram_format(const ComparisonOutputOptions& options);

/// The analysis both maps of a comparison get.
struct ComparisonAnalysis {
  AnalysisSettings settings;
  RuleSelection selection;
  /// The map's findings, with the routes they were found from kept for the metrics.
  /// The findings are compared on their data and worded only as the report writes them,
  /// so `map` must stay where it is until the report is written.
  [[nodiscard]] AnalysedMap operator()(const GovernanceMap& map) const {
    report_progress("analysing");
    AnalysedMap result{map, share(map, settings.accountability), {}, settings.provenance};
    result.findings = analyse(map, result.shared, settings, selection, analysis_threads, Wording::when_written);
    return result;
  }
};

/// Checks the usage of a comparison command (the diagram's name, --set, --only, no
/// output onto one of `inputs`) before any map is read, and returns the analysis they
/// make. InputError on a mistake.
ComparisonAnalysis prepare_comparison(const ComparisonOutputOptions& options, const std::vector<std::string>& inputs);

/// Writes the report and, with --diagram, the diff map (all or nothing, so a bad diagram
/// path leaves no report), then sets the exit code from --fail-on.
void write_comparison(const Comparison& comparison, const GovernanceMap& before, const GovernanceMap& after,
                      const ComparisonOutputOptions& options, Context& context);

}  // namespace govgraph::cli
