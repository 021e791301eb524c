#pragma once
// The shape of every subcommand (one file each): setup_<name>(app, context) adds the
// subcommand, its options and a callback that runs it and sets context.exit_code.
// Errors in user input are thrown as InputError (exit code 2), failures of the
// environment or a library as EnvironmentError (exit code 3); main maps them.

#include <initializer_list>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace govgraph::cli {

/// Exit codes, as a linter's: see docs/cli.md.
enum ExitCode : int { exit_ok = 0, exit_findings = 1, exit_bad_input = 2, exit_environment = 3, exit_internal_error = 70 };

struct Context {
  int exit_code = exit_ok;
  bool quiet = false;  // --quiet: errors only on stderr
};

/// A command's --help footer: its examples, then `notes` (may be empty), then the exit
/// codes only it gives (0 and 1), then those every command shares, written here once.
std::string help_footer(std::initializer_list<std::string_view> examples, std::string_view notes,
                        std::string_view exit_codes);

void setup_validate(CLI::App& app, Context& context);
void setup_summary(CLI::App& app, Context& context);
void setup_convert(CLI::App& app, Context& context);
void setup_analyse(CLI::App& app, Context& context);
void setup_rules(CLI::App& app, Context& context);
void setup_render(CLI::App& app, Context& context);
void setup_report(CLI::App& app, Context& context);
void setup_check_restructure(CLI::App& app, Context& context);
void setup_diff(CLI::App& app, Context& context);

}  // namespace govgraph::cli
