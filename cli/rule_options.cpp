#include "cli/rule_options.hpp"

namespace govgraph::cli {

AnalysisSettings RuleOptions::analysis_settings() const {
  AnalysisSettings result;
  for (const auto& assignment : settings) result.set(assignment);
  return result;
}

RuleSelection RuleOptions::selection() const {
  RuleSelection result{only, skip};
  result.validate();
  return result;
}

void add_rule_options(CLI::App& command, RuleOptions& options) {
  command.add_option("--only", options.only, "Run only these rules or families (comma-separated)")->delimiter(',');
  command.add_option("--skip", options.skip, "Skip these rules or families (comma-separated)")->delimiter(',');
  command.add_option("--set", options.settings, "Change a setting: KEY=VALUE (repeatable; 'govgraph rules' lists them)");
}

}  // namespace govgraph::cli
