#pragma once
// The sections of the map report page, each a function of the map (and findings) to
// escaped HTML, so each can be tested alone. Bodies, responsibilities and areas are
// shown by name; ids only in data attributes.

#include <cstddef>
#include <string>

#include "graph/governance_map.hpp"
#include "page/findings_table.hpp"
#include "report/waivers.hpp"

namespace govgraph::page {

struct MapDrawing;

/// Above this many cells a matrix is written as a list per row instead (a table that
/// size would take longer to open than to read).
inline constexpr std::size_t matrix_cells_limit = 120000;

/// The findings with their filter controls (ids f-q, f-severity, f-rule, f-family,
/// f-body, f-area, f-reset) and the count the filter shows (id f-count).
std::string findings_section(const Review& review, const Names& names);

/// The drawing with its zoom controls (ids map-zoom-in, map-zoom-out, map-reset) in a
/// focusable viewport (id map-view).
std::string map_section(const MapDrawing& drawing);

/// Responsibilities x bodies with a role: L lead, D delivers, S supports (id raci).
std::string raci_section(const GovernanceMap& map);

/// Policy areas x bodies with an interest: the body lists the area, or has a role on a
/// responsibility in it (id area-matrix).
std::string areas_section(const GovernanceMap& map);

/// Funding totals counted once (analyses/money.hpp) and who pays whom, link by link.
std::string funding_section(const GovernanceMap& map);

/// Every waiver with its reason, expiry, state and the findings it matches.
std::string waivers_section(const Review& review, const Names& names);

/// The body panel the script fills (id panel), hidden until a body is chosen.
std::string panel_skeleton();

}  // namespace govgraph::page
