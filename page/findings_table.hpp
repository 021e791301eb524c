#pragma once
// The pieces of a page about findings that every page shows the same way: the summary
// block (executive summary and counts) and the findings table, each finding's bodies and
// policy areas by name. The table's rows carry data attributes the scripts filter on.

#include <cstddef>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/governance_map.hpp"
#include "report/waivers.hpp"

namespace govgraph::page {

/// Display names of a map's bodies, responsibilities and policy areas, by id.
class Names {
 public:
  explicit Names(const GovernanceMap& map);
  /// The record's name, or `id` itself when no record has that id.
  [[nodiscard]] const std::string& of(const std::string& id) const;
  /// Adds `other`'s names for ids not named yet (a comparison names removed bodies from
  /// the map before).
  void add_missing(const Names& other);

 private:
  std::unordered_map<std::string, std::string> names_;
};

/// What a finding concerns, as ids of the map: its bodies (subjects and named records
/// that are bodies, each once, in finding order) and its policy areas (named areas and
/// the areas of its responsibilities and its bodies' responsibilities, each once).
struct FindingScope {
  std::vector<std::string> bodies;
  std::vector<std::string> areas;
};
FindingScope scope_of(const GovernanceMap& map, const Finding& finding);

/// The executive summary (the `top` ranked findings, report/ranking.hpp) and the table
/// of open and waived findings by severity, as <section id="summary">. O(F log F).
std::string summary_block(const Review& review, std::size_t top);

/// How many findings rows the page shows at first; the rest are class "beyond" (not laid
/// out on screen) until the reader asks for them, because laying out thousands of rows
/// takes seconds. Without the script every row shows.
inline constexpr std::size_t findings_page_size = 200;

/// The findings as one <table id="`table_id`">: severity, rule, what it concerns (by
/// name), the message with its evidence and sources, and its state (open, or waived
/// with the waiver's reason and expiry). Row i is findings[i], with data-index="i",
/// data-severity, data-rule and data-family, and is focusable. With `changes` (one per
/// finding: "introduced", "resolved" or "kept"), a first column says which and the row
/// carries data-change. Without `changes`, past findings_page_size rows a pager (#f-page:
/// #f-showing, #f-more, #f-all) follows. O(size of the findings).
std::string findings_table(std::span<const ReviewedFinding> findings, const std::vector<WaiverUse>& waivers,
                           const Names& names, std::string_view table_id,
                           std::span<const std::string_view> changes = {});

/// The rule's family ("orphan"), or the part of its id before the first dot.
std::string family_of(std::string_view rule);

}  // namespace govgraph::page
