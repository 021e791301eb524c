#pragma once
// The options of every command that reports findings after waivers (analyse, report):
// --waivers, --today, --top and the rule options, and the run they drive.

#include <cstddef>
#include <string>

#include "analyses/analyse.hpp"
#include "cli/command.hpp"
#include "cli/rule_options.hpp"
#include "report/report.hpp"

namespace govgraph::cli {

struct ReviewOptions {
  std::string waivers;
  std::string today;
  RuleOptions rules;
  std::size_t top = default_summary_top;
};

void add_review_options(CLI::App& command, ReviewOptions& options);

/// Usage problems first (rule settings and selection, the waivers file), before any work
/// on the map; InputError (exit 2) on any. The waivers for rules that did not run are
/// left out: they neither apply nor are stale.
struct PreparedReview {
  AnalysisSettings settings;
  RuleSelection selection;
  std::vector<Waiver> waivers;
};
PreparedReview prepare_review(const ReviewOptions& options);

/// The map's findings after waivers, with its figures when `figures`: those are still being
/// computed when this returns, so `map` must outlive the result. O(analyse).
ReportInput review_map(const GovernanceMap& map, const PreparedReview& prepared, const ReviewOptions& options,
                       const MapFacts& facts, bool figures);

/// Expired waivers and waivers that match nothing, as warnings at their place in the file.
void report_waiver_problems(const Review& review, const Context& context);

}  // namespace govgraph::cli
