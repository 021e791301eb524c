// govgraph: wires the subcommands (one file each) and maps failures to exit codes.

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <new>

#include <CLI/CLI.hpp>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "graph/diagnostic.hpp"
#include "graph/input_file.hpp"
#include "importers/load.hpp"
#include "govgraph_version.hpp"

int main(int argc, char** argv) {
  using namespace govgraph;
  CLI::App app{"govgraph: analyse governance and accountability maps.\n"
               "Load a map of bodies and their accountability, funding, membership and scrutiny\n"
               "links; find duplication, orphaned responsibilities and overlaps; draw maps; check\n"
               "restructures before they are adopted.",
               "govgraph"};
  app.footer(cli::help_footer(
      {"govgraph validate examples/scotland-care-system/map.json",
       "govgraph summary examples/scotland-care-system/map.json",
       "govgraph convert examples/scotland-care-system/map.json out/csv",
       "govgraph analyse examples/scotland-care-system/map.json --format markdown -o report.md",
       "govgraph render examples/scotland-care-system/map.json -o accountability.svg",
       "govgraph check-restructure examples/scotland-care-system/map.json proposal.json --diagram diff.svg"},
      "MAP is " + std::string(govgraph::map_forms) + " (see docs/format.md).\n"
      "Run 'govgraph COMMAND --help' for a command's options.",
      "0 fine; 1 findings at or above --fail-on;"));
  app.require_subcommand(1);
  app.set_version_flag("--version", std::string("govgraph ") + govgraph::version);

  cli::Context context;
  app.fallthrough();  // the options below may follow the command: govgraph analyse map.json -q
  app.add_flag("-q,--quiet", context.quiet, "Print nothing but errors");
  app.add_option_function<std::uint64_t>("--max-input-size", set_max_input_size,
                                         "Refuse any input file larger than this, before reading it (default " +
                                             describe_size(default_max_input_size) + ")")
      ->type_name("SIZE")
      ->transform(CLI::AsSizeValue(false));

  cli::setup_validate(app, context);
  cli::setup_summary(app, context);
  cli::setup_convert(app, context);
  cli::setup_analyse(app, context);
  cli::setup_rules(app, context);
  cli::setup_render(app, context);
  cli::setup_report(app, context);
  cli::setup_check_restructure(app, context);
  cli::setup_diff(app, context);
  cli::setup_suggest(app, context);
  cli::setup_help(app);

  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    app.exit(e);  // --help or --version, on standard output
    if (!std::cout.flush()) {
      cli::note("govgraph: error: cannot write to standard output");
      return cli::exit_environment;
    }
    return cli::exit_ok;
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return cli::exit_bad_input;
  } catch (const InputError& e) {
    cli::print_diagnostics(e.diagnostics(), context.quiet);
    return cli::exit_bad_input;
  } catch (const EnvironmentError& e) {
    cli::note(std::string("govgraph: error: ") + e.what() +
              "\nThe system or a library failed, not the input; nothing was written.");
    return cli::exit_environment;
  } catch (const std::bad_alloc&) {
    cli::note("govgraph: error: out of memory. The input needs more memory than this machine gave; nothing was "
              "written.");
    return cli::exit_environment;
  } catch (const std::exception& e) {
    // Not the input's fault nor the system's: a bug. Say so plainly rather than abort.
    cli::note(std::string("govgraph: internal error: ") + e.what() +
              "\nThis is a bug in govgraph; please report it with the command and its input.");
    return cli::exit_internal_error;
  }
  if (context.keeps_anything()) {
    // Every output is written and closed; what the command kept is left to the system.
    std::cout.flush();
    std::fflush(nullptr);
    std::_Exit(context.exit_code);
  }
  return context.exit_code;
}
