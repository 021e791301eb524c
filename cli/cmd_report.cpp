// govgraph report MAP -o report.html: the map report page, one self-contained HTML file.

#include <memory>

#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "cli/review_options.hpp"
#include "page/report_page.hpp"

namespace govgraph::cli {
namespace {

struct ReportOptions {
  std::string map;
  std::string as_at;
  std::string output;
  ReviewOptions review;
};

void run_report(const ReportOptions& options, Context& context) {
  const PreparedReview prepared = prepare_review(options.review);
  refuse_outputs_onto_inputs({options.output}, {options.map, options.review.waivers});

  const ProgressLine progress(worth_showing({options.map}, context));
  const GovernanceMap map = load_map_for_command(options.map, options.as_at, context);
  report_progress("analysing");
  const ReportInput input =
      review_map(map, prepared, options.review, describe_map(map, options.map, options.as_at), false);
  emit(options.output, page::report_page(map, input), Content::data);
  report_waiver_problems(input.review, context);
  if (!context.quiet && !options.output.empty() && options.output != "-")
    say(options.output + ": report of " + std::to_string(input.review.findings.size()) + " findings on " +
        std::to_string(map.body_count()) + " bodies; open it in a browser");
}

}  // namespace

void setup_report(CLI::App& app, Context& context) {
  auto options = std::make_shared<ReportOptions>();
  CLI::App* command = app.add_subcommand(
      "report", "Write the map report: one self-contained HTML page with the summary, every finding to filter and "
                "sort, the map to explore, who leads what, and the funding");
  add_map_options(*command, options->map, options->as_at);
  command->add_option("-o,--output", options->output, "Write the page to this file (atomically) instead of stdout");
  add_review_options(*command, options->review);
  command->footer(help_footer(
      {"govgraph report examples/scotland-care-system/map.json -o report.html",
       "govgraph report map.json --waivers waivers.json -o report.html",
       "govgraph report map.json --skip provenance -o report.html"},
      "The page needs no network: send it as a file. See docs/report.md for what it shows.", "0 written;"));
  command->callback([options, &context] { run_report(*options, context); });
}

}  // namespace govgraph::cli
