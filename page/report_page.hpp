#pragma once
// The map report page (govgraph report): the executive summary, every finding in a
// table to filter and sort, the accountability map to pan and zoom with a panel per
// body, the responsibilities and policy areas by body, the funding, and the waivers.
// One self-contained file; the HTML alone is the whole, printable report.

#include <cstddef>
#include <string>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"
#include "report/report.hpp"

namespace govgraph::page {

/// The accountability map as the page embeds it.
struct MapDrawing {
  std::string svg;   // an inline <svg> element (no XML prolog), or empty for no drawing
  std::string note;  // plain text said above the drawing (what it leaves out, and why), may be empty
};

/// The most nodes the page's map draws. Graphviz's routing of the lines outside the
/// chart's tree grows steeply with the bodies around them (docs/report.md has the
/// timings: 116 bodies take about a second, 250 about 18 s, 500 about three minutes),
/// so a larger map is drawn to the depth that keeps within this, and the page says so.
inline constexpr std::size_t map_node_budget = 150;

/// The accountability view in the chart layout (govgraph render --layout chart), as SVG
/// with each body's node carrying its id. When the whole view needs more than
/// map_node_budget nodes, only the top levels that fit are drawn (at least one), each
/// body saying how many it hides below it, and the note says so. O(Graphviz's layout)
/// plus O(levels x (V + E)) to choose the depth.
MapDrawing draw_map(const GovernanceMap& map, const std::vector<Finding>& findings);

/// The page, same input same bytes. `input.figures` is not needed: the page computes the
/// funding itself. O(size of the map + findings + size of the drawing).
std::string report_page(const GovernanceMap& map, const ReportInput& input, const MapDrawing& drawing);

/// The page with the map drawn by draw_map: what govgraph report and analyse --format
/// html write.
std::string report_page(const GovernanceMap& map, const ReportInput& input);

}  // namespace govgraph::page
