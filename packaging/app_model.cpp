#include "packaging/app_model.hpp"

namespace govgraph::packaging {

std::vector<const CLI::App*> visible_commands(const CLI::App& app) {
  return app.get_subcommands([](const CLI::App* command) { return !command->get_group().empty(); });
}

std::vector<std::string> option_choices(const CLI::Option& option) {
  const std::string type = option.get_type_name();
  const std::size_t open = type.find(":{");
  const std::size_t close = type.find('}', open);
  if (open == std::string::npos || close == std::string::npos) return {};
  std::vector<std::string> choices;
  std::size_t start = open + 2;
  while (start <= close) {
    const std::size_t end = std::min(type.find(',', start), close);
    choices.push_back(type.substr(start, end - start));
    start = end + 1;
  }
  return choices;
}

bool takes_value(const CLI::Option& option) { return option.get_expected_max() != 0; }

std::vector<const CLI::Option*> named_options(const CLI::App& root, const CLI::App& command) {
  const auto named = [](const CLI::Option* option) { return option->nonpositional(); };
  std::vector<const CLI::Option*> options = command.get_options(named);
  if (&root != &command)
    for (const CLI::Option* option : root.get_options(named))
      if (option != root.get_help_ptr()) options.push_back(option);  // each command has its own
  return options;
}

}  // namespace govgraph::packaging
