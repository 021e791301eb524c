// govgraph analyse MAP: the findings, in one of six formats, with a linter's exit code.

#include <unistd.h>

#include <cstdlib>
#include <memory>

#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/memory.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "cli/review_options.hpp"
#include "page/report_page.hpp"
#include "report/report.hpp"

namespace govgraph::cli {
namespace {

struct AnalyseOptions {
  std::string map;
  std::string as_at;
  ReportFormat format = ReportFormat::text;
  std::string output;
  std::string fail_on = "error";
  ReviewOptions review;
  bool no_figures = false;
  CsvFor csv_for = CsvFor::people;
  CsvBom csv_bom = CsvBom::for_people;
};

/// Colour only for a person at a terminal, and never when NO_COLOR is set (no-color.org).
bool use_colour(const AnalyseOptions& options) {
  const bool to_stdout = options.output.empty() || options.output == "-";
  const char* no_colour = std::getenv("NO_COLOR");
  return options.format == ReportFormat::text && to_stdout && ::isatty(STDOUT_FILENO) == 1 &&
         (no_colour == nullptr || *no_colour == '\0');
}

/// A workbook is binary: it goes to a file, or to stdout only when asked (-o -) and not a terminal.
void refuse_binary_to_terminal(const AnalyseOptions& options) {
  if (options.format != ReportFormat::xlsx) return;
  if (options.output.empty() || (options.output == "-" && ::isatty(STDOUT_FILENO) == 1))
    throw InputError(Location{}, "--format xlsx writes a workbook, a binary file that is not shown on a terminal; "
                                 "name the file with -o findings.xlsx");
}

void run_analyse(const AnalyseOptions& options, Context& context) {
  refuse_binary_to_terminal(options);
  const PreparedReview prepared = prepare_review(options.review);
  refuse_outputs_onto_inputs({options.output}, {options.map, options.review.waivers});

  serve_large_inputs(input_bytes({options.map}));
  const ProgressLine progress(worth_showing({options.map}, context));
  const GovernanceMap& map = context.keep(load_map_for_command(options.map, options.as_at, context));
  report_progress("analysing");
  const ReportInput& input = context.keep(
      review_map(map, prepared, options.review, describe_map(map, options.map, options.as_at), !options.no_figures));

  const bool colour = use_colour(options);
  const Content content = content_of(options.format, colour);
  // HTML is the map report page (govgraph report), which draws the map: one page, one fact.
  if (options.format == ReportFormat::html)
    emit(options.output, page::report_page(map, input), content);
  else if (options.format == ReportFormat::kumu)  // the map itself, its findings as tags
    emit(options.output, format_kumu(map.data(), input.review), content);
  else if (content == Content::data)  // JSON and CSV go out as they are made
    emit_streamed(options.output, [&](const ChunkSink& sink) {
      if (options.format == ReportFormat::csv && starts_with_bom(options.csv_bom, options.csv_for)) sink(utf8_bom);
      write_report(input, options.format, sink, colour, options.csv_for);
    });
  else
    emit(options.output, format_report(input, options.format, colour, options.csv_for), content);
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
                    {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::csv, ReportFormat::html,
                     ReportFormat::kumu, ReportFormat::xlsx});
  command->add_option("-o,--output", options->output, "Write to this file (atomically) instead of stdout");
  one_of_names(command->add_option("--fail-on", options->fail_on,
                                   "Exit 1 when an unwaived finding has this severity or a higher one"),
               {"error", "warning", "info", "never"})
      ->capture_default_str();
  add_review_options(*command, options->review);
  add_csv_for_option(*command, options->csv_for, "For --format csv: ", "");
  add_csv_bom_option(*command, options->csv_bom, "For --format csv: ");
  command->add_flag("--no-figures", options->no_figures, "Leave out the figures (counts, matrix, funding, brokers)");
  command->footer(help_footer(
      {"govgraph analyse examples/scotland-care-system/map.json",
       "govgraph analyse map.json --format markdown -o report.md --fail-on never",
       "govgraph analyse map.json --format xlsx -o findings.xlsx    (a Findings and a Summary sheet)",
       "govgraph analyse map.json --only orphan,accountability.cycle --waivers waivers.json",
       "govgraph analyse map.json --set duplication.overlapping-remits.min-jaccard=0.6",
       "govgraph analyse map.json --format kumu -o findings.kumu.json   (a Kumu blueprint, findings as tags)"},
      "--format kumu writes the map as a Kumu blueprint whose bodies and responsibilities carry their open\n"
      "findings as tags (finding:RULE) and a findings attribute; docs/kumu.md.", "0 nothing unwaived at or above --fail-on; 1 findings at or above it;"));
  command->callback([options, &context] { run_analyse(*options, context); });
}

}  // namespace govgraph::cli
