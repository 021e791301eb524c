#pragma once
// What the man pages and shell completions read from the CLI11 app the binary builds, so
// that neither can name a command, an option or a value the binary does not have.

#include <string>
#include <vector>

#include <CLI/CLI.hpp>

namespace govgraph::packaging {

/// The commands a person runs: hidden ones (an empty group, as `help` is) left out.
std::vector<const CLI::App*> visible_commands(const CLI::App& app);

/// The values an option accepts when CLI11 checks them against a list (IsMember), as its
/// help shows them (`TEXT:{text,markdown}`); empty when any value goes.
std::vector<std::string> option_choices(const CLI::Option& option);

/// Whether the option is followed by a value (a flag is not).
bool takes_value(const CLI::Option& option);

/// The options of `command` and, for a subcommand, those of `root` it also accepts (the
/// root falls through: `govgraph analyse map.json -q`). Positionals are not options.
std::vector<const CLI::Option*> named_options(const CLI::App& root, const CLI::App& command);

}  // namespace govgraph::packaging
