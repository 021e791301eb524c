#pragma once
// Loading MAP arguments the same way in every command: warnings to stderr (unless
// --quiet), errors thrown as InputError for main to report with exit code 2.

#include <string>

#include "cli/command.hpp"
#include "graph/diagnostic.hpp"
#include "graph/governance_map.hpp"

namespace govgraph::cli {

/// Adds the MAP positional argument and --as-at to a subcommand.
void add_map_options(CLI::App& command, std::string& map_path, std::string& as_at_date);

/// Adds --as-at DATE (checked to be a real YYYY-MM-DD date) with this help text.
void add_as_at_option(CLI::App& command, std::string& as_at_date, const std::string& help);

/// Loads MAP (JSON file or CSV folder), printing its warnings unless quiet.
GovernanceMap load_map_for_command(const std::string& map_path, const std::string& as_at_date, const Context& context);

/// Prints the warnings of a load to stderr unless quiet.
void print_warnings(const Diagnostics& warnings, const Context& context);

}  // namespace govgraph::cli
