#include "packaging/man_page.hpp"

#include <algorithm>
#include <cctype>
#include <sstream>

#include "packaging/app_model.hpp"

namespace govgraph::packaging {
namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(), [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

std::string trim(std::string_view text) {
  const std::size_t begin = text.find_first_not_of(" \n");
  if (begin == std::string_view::npos) return {};
  return std::string(text.substr(begin, text.find_last_not_of(" \n") - begin + 1));
}

std::string page_name(const CLI::App& root, const CLI::App& command) {
  return &root == &command ? root.get_name() : root.get_name() + "-" + command.get_name();
}

/// govgraph's --help is CLI11's own formatter's: the pages show each option as it does.
const CLI::Formatter formatter;

/// One option as --help shows it: its names in bold, then its value, default and limits.
void write_option(std::ostream& out, const CLI::Option& option) {
  out << ".TP\n\\fB" << roff_escape(formatter.make_option_name(&option, option.get_positional())) << "\\fR"
      << roff_escape(formatter.make_option_opts(&option)) << "\n"
      << roff_escape(option.get_description()) << "\n";
}

/// The footer help_footer (cli/help.cpp) makes: examples, a blank line, notes, exit codes.
void write_footer(std::ostream& out, std::string_view footer) {
  const std::size_t blank = footer.find("\n\n");
  std::istringstream examples(std::string(footer.substr(0, blank)));
  std::string line;
  std::getline(examples, line);  // "Examples:"
  out << ".SH EXAMPLES\n.nf\n.RS 4\n";
  while (std::getline(examples, line)) out << roff_escape(trim(line)) << "\n";
  out << ".RE\n.fi\n";
  if (blank == std::string_view::npos) return;
  const std::string_view rest = footer.substr(blank + 2);
  const std::string_view exit_label = "Exit codes: ";
  const std::size_t exit_codes = rest.find(exit_label);
  const std::string notes = trim(rest.substr(0, exit_codes));
  if (!notes.empty()) out << ".SH NOTES\n" << roff_escape(notes) << "\n";
  if (exit_codes != std::string_view::npos)
    out << ".SH EXIT STATUS\n" << roff_escape(trim(rest.substr(exit_codes + exit_label.size()))) << "\n";
}

void write_see_also(std::ostream& out, const CLI::App& root, const CLI::App& command) {
  out << ".SH SEE ALSO\n";
  if (&root != &command) {
    out << ".BR " << roff_escape(root.get_name()) << " (1)\n";
    return;
  }
  const std::vector<const CLI::App*> commands = visible_commands(root);
  for (std::size_t i = 0; i < commands.size(); ++i)
    out << ".BR " << roff_escape(page_name(root, *commands[i])) << " (1)" << (i + 1 < commands.size() ? "," : "") << "\n";
}

}  // namespace

std::string roff_escape(std::string_view text) {
  std::string escaped;
  bool line_start = true;
  for (const char c : text) {
    if (line_start && (c == '.' || c == '\'')) escaped += "\\&";
    if (c == '\\')
      escaped += "\\e";
    else if (c == '-')
      escaped += "\\-";
    else
      escaped += c;
    line_start = c == '\n';
  }
  return escaped;
}

std::string man_page(const CLI::App& root, const CLI::App& command, std::string_view version) {
  const bool is_root = &root == &command;
  const std::string name = page_name(root, command);
  const std::string invocation = is_root ? root.get_name() : root.get_name() + " " + command.get_name();
  const std::string description = command.get_description();
  // govgraph's own description opens "govgraph: what it does." and goes on below.
  const std::size_t first_end = description.find(".\n");
  std::string summary = description.substr(0, first_end);
  if (summary.rfind(root.get_name() + ": ", 0) == 0) summary.erase(0, root.get_name().size() + 2);
  std::ostringstream out;
  out << ".TH " << roff_escape(upper(name)) << " 1 \"\" \"" << roff_escape(std::string(root.get_name()) + " " + std::string(version))
      << "\" \"User Commands\"\n"
      << ".SH NAME\n"
      << roff_escape(name) << " \\- " << roff_escape(summary) << "\n"
      << ".SH SYNOPSIS\n";
  const std::string usage = formatter.make_usage(&command, invocation);
  out << roff_escape(trim(usage.substr(usage.find(':') + 1))) << "\n";
  if (first_end != std::string::npos) out << ".SH DESCRIPTION\n" << roff_escape(description.substr(first_end + 2)) << "\n";

  const std::vector<const CLI::Option*> positionals =
      command.get_options([](const CLI::Option* option) { return option->get_positional(); });
  if (!positionals.empty()) out << ".SH ARGUMENTS\n";
  for (const CLI::Option* option : positionals) write_option(out, *option);
  out << ".SH OPTIONS\n";
  for (const CLI::Option* option : named_options(root, command)) write_option(out, *option);
  if (is_root) {
    out << ".SH COMMANDS\n";
    for (const CLI::App* sub : visible_commands(root))
      out << ".TP\n\\fB" << roff_escape(sub->get_name()) << "\\fR\n" << roff_escape(sub->get_description()) << "\n";
  }
  write_footer(out, command.get_footer());
  write_see_also(out, root, command);
  return out.str();
}

}  // namespace govgraph::packaging
