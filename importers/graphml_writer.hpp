#pragma once
// GraphML for Gephi, yEd and other network tools: bodies as nodes, links as edges, with
// the fields those tools can colour and filter by. One way: govgraph does not read it.

#include <string>

#include "graph/governance_map.hpp"

namespace govgraph {

/// Nodes carry id, name, type, sector, status and source; edges kind, amount, period
/// and source. Written through Boost.Graph's write_graphml, which escapes the markup; a
/// character XML cannot hold is shown as '?' (graph/escape.hpp).
std::string write_graphml_map(const GovernanceMap& map);

}  // namespace govgraph
