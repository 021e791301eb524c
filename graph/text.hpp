#pragma once
// The few text helpers every layer shares: joining items and writing a number with a
// fixed count of decimals. Each is O(length of its output).

#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

/// The items joined with `separator`: {"a", "b"}, ", " → "a, b"; {} → "".
std::string join(const std::vector<std::string>& items, std::string_view separator);

/// `value` with `decimals` places, as printf's %.*f writes it: (12.5, 2) → "12.50".
std::string format_fixed(double value, int decimals);

}  // namespace govgraph
