#pragma once
// --page a4|a3|a2[-landscape]: a drawing printed on a sheet of that size. One option
// adder and one drawing step, for every command that writes a map or a diagram.

#include <optional>
#include <string>

#include "cli/command.hpp"
#include "render/graphviz.hpp"
#include "render/page.hpp"

namespace govgraph::cli {

/// Adds --page to `command`, storing the name given (empty when not given).
/// `what` names the drawing in the help ("the map", "the --diagram").
void add_page_option(CLI::App& command, std::string& page, std::string_view what);

/// The page `page` names, or nothing when empty. InputError (exit 2, naming the
/// file) when a page is asked for and `output` is not a PDF: only a PDF has pages.
std::optional<render::Page> page_for_output(const std::string& page, const std::string& output);

/// The scene drawn in `format`; on `page` when one is given, saying on stderr (unless
/// quiet) what its smallest labels print at, "map.pdf: A4 portrait, labels 7.1 pt at
/// 62%", and warning (even when quiet) when they print below 6 points. Unless quiet,
/// shows the drawing's phase and elapsed time on stderr while it runs, when stderr is a
/// terminal, and wipes that line when done.
std::string draw(const render::Scene& scene, render::OutputFormat format, const std::optional<render::Page>& page,
                 const std::string& output, const Context& context);

}  // namespace govgraph::cli
