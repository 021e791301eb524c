#pragma once
// Bash and zsh completion scripts made from the CLI11 app: its commands, each command's
// options, the values CLI11 checks an option against, and file names for any other value.

#include <string>

#include <CLI/CLI.hpp>

namespace govgraph::packaging {

/// A script for bash-completion's completions folder: defines _govgraph and registers it.
std::string bash_completion(const CLI::App& root);

/// A #compdef script for zsh's fpath (vendor-completions).
std::string zsh_completion(const CLI::App& root);

}  // namespace govgraph::packaging
