#pragma once
// The shape of every subcommand (one file each): setup_<name>(app, context) adds the
// subcommand, its options and a callback that runs it and sets context.exit_code.
// Errors in user input are thrown as InputError (exit code 2), failures of the
// environment or a library as EnvironmentError (exit code 3); main maps them.

#include <initializer_list>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

namespace govgraph::cli {

/// Exit codes, as a linter's: see docs/cli.md.
enum ExitCode : int { exit_ok = 0, exit_findings = 1, exit_bad_input = 2, exit_environment = 3, exit_internal_error = 70 };

struct Context {
  int exit_code = exit_ok;
  bool quiet = false;  // --quiet: errors only on stderr

  /// Keeps `value` (a loaded map, its findings) until the process ends, which main ends
  /// without freeing them: a million records take longer to free one by one than the
  /// system takes to reclaim them all. Returns the kept value.
  template <typename T>
  T& keep(T value) {
    auto kept = std::make_shared<T>(std::move(value));
    kept_.push_back(kept);
    return *kept;
  }
  [[nodiscard]] bool keeps_anything() const { return !kept_.empty(); }

  Context() = default;
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  /// On a path that does free them (an error), later values go first: a value may refer to
  /// one kept before it, as findings being written refer to their map.
  ~Context() {
    while (!kept_.empty()) kept_.pop_back();
  }

 private:
  std::vector<std::shared_ptr<void>> kept_;
};

/// A command's --help footer: its examples, then `notes` (may be empty), then the exit
/// codes only it gives (0 and 1), then those every command shares, written here once.
std::string help_footer(std::initializer_list<std::string_view> examples, std::string_view notes,
                        std::string_view exit_codes);

/// Restricts `option` to one of `names`, listed in the help as {a,b,c}; a value a letter
/// or two off one is refused naming it: "--format: jsn not in {text,json}; nearest is
/// 'json'". Runs before the option's other validators (a Transformer from names to an
/// enum, say). Returns `option`.
CLI::Option* one_of_names(CLI::Option* option, const std::vector<std::string>& names);

void setup_validate(CLI::App& app, Context& context);
void setup_summary(CLI::App& app, Context& context);
void setup_convert(CLI::App& app, Context& context);
void setup_analyse(CLI::App& app, Context& context);
void setup_rules(CLI::App& app, Context& context);
void setup_render(CLI::App& app, Context& context);
void setup_report(CLI::App& app, Context& context);
void setup_check_restructure(CLI::App& app, Context& context);
void setup_diff(CLI::App& app, Context& context);
void setup_suggest(CLI::App& app, Context& context);
/// A hidden `help --write FOLDER`: the man pages and completions, from `app` as built.
void setup_help(CLI::App& app);

}  // namespace govgraph::cli
