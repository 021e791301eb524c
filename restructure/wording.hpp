#pragma once
// Small text helpers shared by the restructure messages and reports.

#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

/// The items joined with `separator`; no separator is written while the text so far is
/// empty, so leading empty items leave no stray separator. O(total length).
std::string join_items(const std::vector<std::string>& items, std::string_view separator = ", ");

}  // namespace govgraph
