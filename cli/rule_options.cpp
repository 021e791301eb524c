#include "cli/rule_options.hpp"

#include <utility>

#include "graph/diagnostic.hpp"

namespace govgraph::cli {

namespace {

/// Runs `check`, placing any InputError it throws at the option that gave the text.
template <typename Check>
void at_option(const char* option, Check check) {
  try {
    check();
  } catch (const InputError& error) {
    Diagnostics placed;
    for (const auto& d : error.diagnostics().all()) placed.error(Location{option, 0, 0}, d.message);
    throw InputError(std::move(placed));
  }
}

}  // namespace

AnalysisSettings RuleOptions::analysis_settings() const {
  AnalysisSettings result;
  for (const auto& assignment : settings) at_option("--set", [&] { result.set(assignment); });
  return result;
}

RuleSelection RuleOptions::selection() const {
  at_option("--only", [&] { RuleSelection{only, {}}.validate(); });
  at_option("--skip", [&] { RuleSelection{{}, skip}.validate(); });
  return RuleSelection{only, skip};
}

void add_rule_options(CLI::App& command, RuleOptions& options) {
  command.add_option("--only", options.only, "Run only these rules or families (comma-separated)")->delimiter(',');
  command.add_option("--skip", options.skip, "Skip these rules or families (comma-separated)")->delimiter(',');
  command.add_option("--set", options.settings, "Change a setting: KEY=VALUE (repeatable; 'govgraph rules' lists them)");
}

}  // namespace govgraph::cli
