#include "restructure/wording.hpp"

namespace govgraph {

std::string join_items(const std::vector<std::string>& items, std::string_view separator) {
  std::string text;
  for (const auto& item : items) {
    if (!text.empty()) text += separator;
    text += item;
  }
  return text;
}

}  // namespace govgraph
