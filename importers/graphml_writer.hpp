#pragma once
// GraphML for Gephi, yEd, NetworkX and igraph, and for govgraph to read back
// (importers/graphml_reader.hpp): bodies as nodes keyed by their ids, links as edges,
// every field as a typed attribute, the rest of the map as canonical JSON in the graph's
// own data. docs/format.md, "GraphML and GEXF", describes the file.

#include <string>

#include "graph/records.hpp"
#include "importers/graph_xml.hpp"

namespace govgraph {

/// The GraphML attribute holding the map's header, sources, policy areas and
/// responsibilities (everything but bodies and links) as canonical JSON.
inline constexpr std::string_view graphml_map_attribute = "govgraph";

/// The `type` of a responsibility drawn as a node, which the reader skips.
inline constexpr std::string_view responsibility_node_type = "responsibility";

struct GraphmlOptions {
  /// Each responsibility also as a node of type "responsibility" (id "responsibility:"
  /// and its id), joined to each owner by an edge whose kind is the owner's role.
  bool responsibilities_as_nodes = false;
  /// yEd's colours and shapes (its yFiles extension); no look, no yFiles data.
  const GraphLook* look = nullptr;
};

/// The map as GraphML. Byte-stable: the same map and options give the same bytes.
/// O(size of the map).
std::string write_graphml_map(const MapData& map, const GraphmlOptions& options = {});

}  // namespace govgraph
