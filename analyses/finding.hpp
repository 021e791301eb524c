#pragma once
// A finding: one thing an analysis says about the map. A plain value with a total order,
// so that every output built from findings is sorted and byte-stable.

#include <compare>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

enum class Severity { error, warning, info };  // most severe first: the sort order

std::string_view to_string(Severity severity);
std::optional<Severity> parse_severity(std::string_view text);

struct Finding {
  Severity severity = Severity::info;
  std::string rule;                    // "orphan.no-lead"
  std::vector<std::string> subjects;   // ids of the bodies, links or responsibilities concerned
  std::string message;                 // one sentence a board member understands
  std::vector<std::string> evidence;   // routes, shared items, amounts: one line each
  std::vector<std::string> sources;    // citations of the records involved, sorted, unique

  friend auto operator<=>(const Finding&, const Finding&) = default;
  friend bool operator==(const Finding&, const Finding&) = default;
};

}  // namespace govgraph
