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

/// The most bodies drawn in full: above this, the page's map draws the top levels only
/// (see draw_map) so that the report stays quick to write and to open.
inline constexpr std::size_t full_map_bodies = 2500;

/// The accountability view in the chart layout (govgraph render --layout chart), as SVG
/// with each body's node carrying its id. Above full_map_bodies bodies only the levels
/// that keep it under that many are drawn, and the note says so. O(Graphviz's layout).
MapDrawing draw_map(const GovernanceMap& map, const std::vector<Finding>& findings);

/// The page, same input same bytes. `input.figures` is not needed: the page computes the
/// funding itself. O(size of the map + findings + size of the drawing).
std::string report_page(const GovernanceMap& map, const ReportInput& input, const MapDrawing& drawing);

/// The page with the map drawn by draw_map: what govgraph report and analyse --format
/// html write.
std::string report_page(const GovernanceMap& map, const ReportInput& input);

}  // namespace govgraph::page
