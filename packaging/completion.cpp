#include "packaging/completion.hpp"

#include <sstream>

#include "packaging/app_model.hpp"

namespace govgraph::packaging {
namespace {

std::string names_of(const CLI::Option& option, std::string_view separator) {
  std::string names;
  for (const std::string& name : option.get_snames()) names += (names.empty() ? "-" : std::string(separator) + "-") + name;
  for (const std::string& name : option.get_lnames()) names += (names.empty() ? "--" : std::string(separator) + "--") + name;
  return names;
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += (text.empty() ? "" : " ") + word;
  return text;
}

/// The bash case arm for one command: its options, then what follows each option.
void write_bash_command(std::ostream& out, const CLI::App& root, const CLI::App& command, std::string_view label) {
  const std::vector<const CLI::Option*> options = named_options(root, command);
  out << "    " << label << ")\n      options=\"";
  for (std::size_t i = 0; i < options.size(); ++i) out << (i == 0 ? "" : " ") << names_of(*options[i], " ");
  out << "\"\n      case $prev in\n";
  for (const CLI::Option* option : options) {
    if (!takes_value(*option)) continue;
    const std::vector<std::string> choices = option_choices(*option);
    out << "        " << names_of(*option, "|") << ") "
        << (choices.empty() ? "_govgraph_files" : "COMPREPLY=($(compgen -W \"" + joined(choices) + "\" -- \"$cur\"))")
        << "; return ;;\n";
  }
  out << "      esac ;;\n";
}

/// Text inside zsh single quotes; `special` characters (those _arguments or _describe
/// would read as syntax there) escaped with a backslash.
std::string zsh_quoted(std::string_view text, std::string_view special) {
  std::string quoted;
  for (const char c : text) {
    if (c == '\'')
      quoted += "'\\''";
    else if (special.find(c) != std::string_view::npos)
      quoted += std::string("\\") + c;
    else
      quoted += c;
  }
  return quoted;
}

void write_zsh_specs(std::ostream& out, const CLI::App& root, const CLI::App& command) {
  for (const CLI::Option* option : named_options(root, command)) {
    const std::vector<std::string> choices = option_choices(*option);
    const bool repeats = option->get_expected_max() > 1;
    const std::string value =
        !takes_value(*option) ? "" : choices.empty() ? ":value:_files" : ":value:(" + joined(choices) + ")";
    for (const std::string& name : CLI::detail::split(names_of(*option, ","), ','))
      out << "        '" << (repeats ? "*" : "") << name << "[" << zsh_quoted(option->get_description(), "[]\\")
          << "]" << value << "' \\\n";
  }
  if (!command.get_options([](const CLI::Option* option) { return option->get_positional(); }).empty())
    out << "        '*:file:_files' \\\n";
}

}  // namespace

std::string bash_completion(const CLI::App& root) {
  std::ostringstream out;
  std::string commands;
  for (const CLI::App* command : visible_commands(root)) commands += (commands.empty() ? "" : "|") + command->get_name();
  out << "# bash completion for " << root.get_name() << ", made by `" << root.get_name()
      << " help --write` from its commands and options.\n\n"
      << "_govgraph_files() {\n  compopt -o filenames 2>/dev/null\n  mapfile -t COMPREPLY < <(compgen -f -- \"$cur\")\n}\n\n"
      << "_govgraph() {\n"
      << "  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]} command= options word\n"
      << "  for word in \"${COMP_WORDS[@]:1:COMP_CWORD-1}\"; do\n"
      << "    case $word in " << commands << ") command=$word; break ;; esac\n  done\n"
      << "  case $command in\n";
  write_bash_command(out, root, root, "\"\"");
  for (const CLI::App* command : visible_commands(root)) write_bash_command(out, root, *command, command->get_name());
  out << "  esac\n"
      << "  if [[ $cur == -* ]]; then\n    COMPREPLY=($(compgen -W \"$options\" -- \"$cur\"))\n"
      << "  elif [[ -z $command ]]; then\n    COMPREPLY=($(compgen -W \"" << CLI::detail::join(CLI::detail::split(commands, '|'), " ")
      << "\" -- \"$cur\"))\n"
      << "  else\n    _govgraph_files\n  fi\n}\n\n"
      << "complete -F _govgraph " << root.get_name() << "\n";
  return out.str();
}

std::string zsh_completion(const CLI::App& root) {
  std::ostringstream out;
  out << "#compdef " << root.get_name() << "\n# zsh completion for " << root.get_name() << ", made by `"
      << root.get_name() << " help --write` from its commands and options.\n\n"
      << "_govgraph() {\n  local curcontext=$curcontext state line\n  typeset -A opt_args\n"
      << "  _arguments -C \\\n";
  write_zsh_specs(out, root, root);
  out << "        '1:command:->command' '*::argument:->argument'\n"
      << "  case $state in\n    command)\n      local -a commands=(\n";
  for (const CLI::App* command : visible_commands(root))
    out << "        '" << command->get_name() << ":" << zsh_quoted(command->get_description(), "") << "'\n";
  out << "      )\n      _describe command commands ;;\n    argument)\n      case $line[1] in\n";
  for (const CLI::App* command : visible_commands(root)) {
    out << "        " << command->get_name() << ") _arguments \\\n";
    write_zsh_specs(out, root, *command);
    out << "          ;;\n";
  }
  out << "      esac ;;\n  esac\n}\n\n_govgraph \"$@\"\n";
  return out.str();
}

}  // namespace govgraph::packaging
