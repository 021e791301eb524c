#pragma once
// Reads back the GraphML importers/graphml_writer.hpp writes, also after Gephi or yEd
// re-saved it keeping the keys: nodes are bodies, edges links, and the graph's
// `govgraph` data the rest of the map. Keys and elements it does not know are ignored.

#include <string>
#include <string_view>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// Parses a GraphML map with libxml2 (no network, no DTD). XML that is not well-formed,
/// or holds no <graphml> and <graph>, throws InputError at file:line:column; each bad
/// value is collected into `out` at file:line naming the node or edge and the attribute.
/// References are not resolved here: see check_map. O(size of the file).
MapData parse_graphml_map(std::string_view text, const std::string& file_name, Diagnostics& out);

}  // namespace govgraph
