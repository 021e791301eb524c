#pragma once
// The options that tune the analysis, shared by every command that runs it (analyse,
// check-restructure, diff): --only, --skip and --set.

#include <string>
#include <vector>

#include "analyses/analyse.hpp"
#include "cli/command.hpp"

namespace govgraph::cli {

struct RuleOptions {
  std::vector<std::string> only;
  std::vector<std::string> skip;
  std::vector<std::string> settings;  // KEY=VALUE

  /// The settings they make; InputError (exit 2) on an unknown key or bad value.
  [[nodiscard]] AnalysisSettings analysis_settings() const;
  /// The rules they select; InputError (exit 2) on an unknown rule or family.
  [[nodiscard]] RuleSelection selection() const;
};

void add_rule_options(CLI::App& command, RuleOptions& options);

}  // namespace govgraph::cli
