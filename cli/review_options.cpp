// The options of commands that report findings after waivers: see review_options.hpp.

#include "cli/review_options.hpp"

#include <future>

#include "analyses/figures.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "graph/check.hpp"
#include "report/waivers.hpp"

namespace govgraph::cli {
namespace {

std::vector<std::string_view> rule_ids() {
  std::vector<std::string_view> ids;
  for (const auto& rule : all_rules) ids.push_back(rule.id);
  return ids;
}

}  // namespace

void add_review_options(CLI::App& command, ReviewOptions& options) {
  command.add_option("--waivers", options.waivers, "Accepted findings: a JSON waivers file (docs/findings-json.md)");
  command.add_option("--today", options.today, "The date waiver expiry is judged against (default: today)")
      ->check([](const std::string& value) {
        return is_iso_date(value) ? std::string() : "expected a date YYYY-MM-DD, such as 2024-04-01";
      });
  add_rule_options(command, options.rules);
  command
      .add_option("--top", options.top,
                  "How many findings the executive summary ranks first (0 for no summary; JSON: summary.top)")
      ->check([](const std::string& value) {
        return !value.empty() && value.find_first_not_of("0123456789") == std::string::npos
                   ? std::string()
                   : "expected a whole number of findings, such as 5 (0 for no summary)";
      })
      ->capture_default_str();
}

PreparedReview prepare_review(const ReviewOptions& options) {
  PreparedReview prepared{options.rules.analysis_settings(), options.rules.selection(), {}};
  if (!options.waivers.empty()) {
    for (auto& waiver : load_waivers(options.waivers, rule_ids()))
      if (prepared.selection.selected(waiver.rule)) prepared.waivers.push_back(std::move(waiver));
  }
  return prepared;
}

ReportInput review_map(const GovernanceMap& map, const PreparedReview& prepared, const ReviewOptions& options,
                       const MapFacts& facts, bool figures) {
  const std::string today = options.today.empty() ? local_date_today() : options.today;
  SharedResults shared = share(map, prepared.settings.accountability);
  ReportInput input{facts,
                    apply_waivers(analyse(map, shared, prepared.settings, prepared.selection, analysis_threads,
                                          Wording::when_written),
                                  prepared.waivers, today),
                    {}, options.top};
  // The rules have had both cores; the figures are computed while the findings are
  // written, which takes one. They only read the map, and keep the shared results.
  if (figures)
    input.figures = ReportFigures(std::async(
        std::launch::async, [&map, shared = std::move(shared), settings = prepared.settings.figures] {
          return compute_figures(map, shared, settings);
        }));
  return input;
}

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

}  // namespace govgraph::cli
