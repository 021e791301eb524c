#include <algorithm>
#include <filesystem>

#include "cli/command.hpp"
#include "cli/output.hpp"
#include "graph/check.hpp"
#include "govgraph_version.hpp"
#include "packaging/app_model.hpp"
#include "packaging/completion.hpp"
#include "packaging/man_page.hpp"

namespace govgraph::cli {

std::string help_footer(std::initializer_list<std::string_view> examples, std::string_view notes,
                        std::string_view exit_codes) {
  std::string footer = examples.size() == 1 ? "Example:\n" : "Examples:\n";
  for (std::string_view example : examples) footer += "  " + std::string(example) + "\n";
  footer += "\n";
  if (!notes.empty()) footer += std::string(notes) + "\n";
  footer += "Exit codes: " + std::string(exit_codes) +
            "\n2 bad input or usage; 3 the system failed (a disk full, out of memory, a drawing Graphviz could not make).\n"
            "After either, nothing is written.";
  return footer;
}

namespace {

/// FOLDER/man1/govgraph.1 and govgraph-COMMAND.1, FOLDER/bash/govgraph, FOLDER/zsh/_govgraph.
void write_manual(const CLI::App& app, const std::filesystem::path& folder) {
  std::vector<std::pair<std::filesystem::path, std::string>> files;
  files.emplace_back(folder / "man1" / (app.get_name() + ".1"), packaging::man_page(app, app, version));
  for (const CLI::App* command : packaging::visible_commands(app))
    files.emplace_back(folder / "man1" / (app.get_name() + "-" + command->get_name() + ".1"),
                       packaging::man_page(app, *command, version));
  files.emplace_back(folder / "bash" / app.get_name(), packaging::bash_completion(app));
  files.emplace_back(folder / "zsh" / ("_" + app.get_name()), packaging::zsh_completion(app));
  std::vector<std::pair<std::filesystem::path, std::string_view>> contents;
  for (const auto& [path, text] : files) {
    std::filesystem::create_directories(path.parent_path());
    contents.emplace_back(path, text);
  }
  write_files_atomically(contents);
}

}  // namespace

void setup_help(CLI::App& app) {
  auto folder = std::make_shared<std::string>();
  CLI::App* command = app.add_subcommand("help", "Write the man pages and shell completions made from this help");
  command->group("");  // hidden: the build runs it, and people read the pages it writes
  command->add_option("--write", *folder, "The folder to write them in")->required();
  command->callback([&app, folder] { write_manual(app, *folder); });
}

CLI::Option* one_of_names(CLI::Option* option, const std::vector<std::string>& names) {
  option->transform(CLI::IsMember(names));
  // Added last, so run first: IsMember's own message names no nearest choice.
  return option->transform(CLI::Validator(
      [names](const std::string& value) {
        if (std::find(names.begin(), names.end(), value) != names.end()) return std::string();
        const std::vector<std::string_view> candidates(names.begin(), names.end());
        const std::string meant = likely_meant(value, candidates);
        std::string listed;
        for (const auto& name : names) listed += (listed.empty() ? "" : ",") + name;
        return value + " not in {" + listed + "}" + (meant.empty() ? "" : "; nearest is '" + meant + "'");
      },
      ""));
}

}  // namespace govgraph::cli
