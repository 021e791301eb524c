#include "cli/command.hpp"

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

}  // namespace govgraph::cli
