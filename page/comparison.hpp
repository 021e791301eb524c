#pragma once
// The comparison page (check-restructure and diff --format html): the verdict in words,
// the duties the change loses, the figures before and after, the findings it introduces,
// resolves and keeps in one table to filter, and the before/after diagram. One
// self-contained file on the report page's shell (page/document.hpp).

#include <optional>
#include <string>

#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"
#include "restructure/compare.hpp"

namespace govgraph::page {

struct ComparisonPageInput {
  const Comparison& comparison;
  const GovernanceMap& before;
  const GovernanceMap& after;
  std::optional<Severity> fail_on;  // the threshold the verdict is judged at (nullopt: never fails on findings)
  std::string diagram_svg;          // the diff map as SVG (restructure/diff_diagram.hpp), prolog and all
};

/// The page, same input same bytes. Every piece of map text is escaped. O(size of the
/// comparison + the diagram).
std::string comparison_page(const ComparisonPageInput& input);

}  // namespace govgraph::page
