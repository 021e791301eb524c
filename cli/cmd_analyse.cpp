// govgraph analyse MAP: the findings, in one of five formats, with a linter's exit code.

#include <unistd.h>

#include <cstdlib>
#include <map>
#include <memory>

#include "analyses/analyse.hpp"
#include "analyses/figures.hpp"
#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "cli/rule_options.hpp"
#include "graph/check.hpp"
#include "report/report.hpp"
#include "report/waivers.hpp"

namespace govgraph::cli {
namespace {

struct AnalyseOptions {
  std::string map;
  std::string as_at;
  ReportFormat format = ReportFormat::text;
  std::string output;
  std::string fail_on = "error";
  std::string waivers;
  std::string today;
  RuleOptions rules;
  bool no_figures = false;
  std::size_t top = default_summary_top;
  CsvFor csv_for = CsvFor::people;
};

/// Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).
bool use_colour(const AnalyseOptions& options) {
  const bool to_stdout = options.output.empty() || options.output == "-";
  const char* no_colour = std::getenv("NO_COLOR");
  return options.format == ReportFormat::text && to_stdout && ::isatty(STDOUT_FILENO) == 1 &&
         (no_colour == nullptr || *no_colour == '\0');
}

std::vector<std::string_view> rule_ids() {
  std::vector<std::string_view> ids;
  for (const auto& rule : all_rules) ids.push_back(rule.id);
  return ids;
}

/// Expired waivers and waivers that match nothing, as warnings at their place in the file.
void report_waiver_problems(const Review& review, const Context& context) {
  Diagnostics problems;
  for (const auto& use : review.waivers) {
    const std::string what = "waiver for " + use.waiver.rule;
    if (use.state == WaiverState::expired)
      problems.warning(use.waiver.at, what + " expired on " + use.waiver.expires + (use.matches > 0
                                                                                        ? "; its findings count again"
                                                                                        : " and matches no finding"));
    else if (use.state == WaiverState::unmatched)
      problems.warning(use.waiver.at, what + " matches no finding: remove it or correct its subjects");
  }
  print_warnings(problems, context);
}

void run_analyse(const AnalyseOptions& options, Context& context) {
  // Usage problems first, before any work on the map.
  const AnalysisSettings settings = options.rules.analysis_settings();
  const RuleSelection selection = options.rules.selection();
  refuse_outputs_onto_inputs({options.output}, {options.map, options.waivers});

  std::vector<Waiver> waivers;
  if (!options.waivers.empty()) {
    // A waiver for a rule that did not run neither applies nor is stale: leave it out.
    for (auto& waiver : load_waivers(options.waivers, rule_ids()))
      if (selection.selected(waiver.rule)) waivers.push_back(std::move(waiver));
  }

  const GovernanceMap map = load_map_for_command(options.map, options.as_at, context);
  const std::string today = options.today.empty() ? local_date_today() : options.today;
  const SharedResults shared = share(map, settings.accountability);
  ReportInput input{describe_map(map, options.map, options.as_at),
                    apply_waivers(analyse(map, shared, settings, selection), waivers, today), std::nullopt,
                    options.top};
  if (!options.no_figures) input.figures = compute_figures(map, shared);

  const bool colour = use_colour(options);
  emit(options.output, format_report(input, options.format, colour, options.csv_for), content_of(options.format, colour));
  report_waiver_problems(input.review, context);

  const std::optional<Severity> threshold = parse_severity(options.fail_on);
  for (const auto& reviewed : input.review.findings)
    if (!reviewed.waived() && at_or_above(reviewed.finding.severity, threshold)) context.exit_code = exit_findings;
}

}  // namespace

void setup_analyse(CLI::App& app, Context& context) {
  auto options = std::make_shared<AnalyseOptions>();
  CLI::App* command = app.add_subcommand(
      "analyse", "Find duplication, orphaned responsibilities, overlaps, broken or circular accountability and "
                 "money without accountability");
  add_map_options(*command, options->map, options->as_at);
  add_format_option(*command, options->format,
                    {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::csv, ReportFormat::html});
  command->add_option("-o,--output", options->output, "Write to this file (atomically) instead of stdout");
  command
      ->add_option("--fail-on", options->fail_on,
                   "Exit 1 when an unwaived finding has this severity or a higher one")
      ->check(CLI::IsMember({"error", "warning", "info", "never"}))
      ->capture_default_str();
  command->add_option("--waivers", options->waivers, "Accepted findings: a JSON waivers file (docs/findings-json.md)");
  command->add_option("--today", options->today, "The date waiver expiry is judged against (default: today)")
      ->check([](const std::string& value) {
        return is_iso_date(value) ? std::string() : "expected a date YYYY-MM-DD, such as 2024-04-01";
      });
  add_rule_options(*command, options->rules);
  add_csv_for_option(*command, options->csv_for, "For --format csv: ", "");
  command
      ->add_option("--top", options->top,
                   "How many findings the executive summary ranks first (0 for no summary; JSON: summary.top)")
      ->check([](const std::string& value) {
        return !value.empty() && value.find_first_not_of("0123456789") == std::string::npos
                   ? std::string()
                   : "expected a whole number of findings, such as 5 (0 for no summary)";
      })
      ->capture_default_str();
  command->add_flag("--no-figures", options->no_figures, "Leave out the figures (counts, matrix, funding, brokers)");
  command->footer(help_footer(
      {"govgraph analyse examples/scotland-care-system/map.json",
       "govgraph analyse map.json --format markdown -o report.md --fail-on never",
       "govgraph analyse map.json --only orphan,accountability.cycle --waivers waivers.json",
       "govgraph analyse map.json --set duplication.overlapping-remits.min-jaccard=0.6"},
      "", "0 nothing unwaived at or above --fail-on; 1 findings at or above it;"));
  command->callback([options, &context] { run_analyse(*options, context); });
}

}  // namespace govgraph::cli
