#pragma once
// The few text helpers every layer shares: joining items, listing them in a sentence and
// writing a number with a fixed count of decimals. Each is O(length of its output).

#include <filesystem>
#include <iterator>
#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

/// The items joined with `separator`: {"a", "b"}, ", " → "a, b"; {} → "".
std::string join(const std::vector<std::string>& items, std::string_view separator);

/// The items as a sentence lists them: ({"a", "b", "c"}, "or") → "a, b or c"; one item
/// alone; none → "". Items: any sized range of strings or string views.
template <typename Items>
std::string english_list(const Items& items, std::string_view conjunction) {
  std::string text;
  const std::size_t count = std::size(items);
  std::size_t i = 0;
  for (const auto& item : items) {
    if (i > 0 && i + 1 == count) {
      text += ' ';
      text += conjunction;
      text += ' ';
    } else if (i > 0) {
      text += ", ";
    }
    text += item;
    ++i;
  }
  return text;
}

/// A count and its noun: (1, "duty", "duties") → "1 duty"; (3, ...) → "3 duties".
std::string counted(std::size_t n, std::string_view one, std::string_view many);

/// `value` with `decimals` places, as printf's %.*f writes it: (12.5, 2) → "12.50".
std::string format_fixed(double value, int decimals);

/// A file name's extension in lower case (".svg" for "Map.SVG"), so that the format a
/// name asks for does not depend on how it is capitalised.
std::string lowercase_extension(const std::filesystem::path& path);

}  // namespace govgraph
