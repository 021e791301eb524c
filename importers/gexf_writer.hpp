#pragma once
// GEXF 1.2, Gephi's own format: bodies as nodes (id and label), links as edges weighted
// by their amount, every field as a typed attribute, each body coloured as govgraph's
// maps colour it. Write-only: the map's title, sources, policy areas and
// responsibilities have no place in it (docs/format.md, "GraphML and GEXF").

#include <string>

#include "graph/records.hpp"
#include "importers/graph_xml.hpp"

namespace govgraph {

/// The map as GEXF; `look` (or nullptr) colours the nodes. Byte-stable. O(size of the map).
std::string write_gexf_map(const MapData& map, const GraphLook* look = nullptr);

}  // namespace govgraph
