#pragma once
// Man pages made from the CLI11 app, the same text `--help` prints: one page for govgraph
// and one per command (govgraph-analyse(1)), so a page cannot drift from the binary.

#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

namespace govgraph::packaging {

/// Text as roff shows it literally: a backslash as \e, every hyphen-minus as \- (so it
/// copies as one), and \& before a line's leading '.' or '\'' (a request otherwise).
std::string roff_escape(std::string_view text);

/// The page for `command` (`root` itself for govgraph(1)).
std::string man_page(const CLI::App& root, const CLI::App& command, std::string_view version);

}  // namespace govgraph::packaging
