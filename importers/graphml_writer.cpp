#include "importers/graphml_writer.hpp"

#include <sstream>

#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include "graph/escape.hpp"
#include "importers/json_writer.hpp"

namespace govgraph {
namespace {

using Vertex = GovernanceMap::Vertex;
using Edge = GovernanceMap::Edge;

/// A text property: Boost escapes & < > " ', and what XML 1.0 cannot hold at all (most
/// control characters, U+FFFE, U+FFFF) is shown as '?' (graph/escape.hpp).
template <typename Key, typename Read>
void add(boost::dynamic_properties& properties, const std::string& name, Read read) {
  properties.property(name, boost::make_function_property_map<Key, std::string>(
                                [read](Key key) { return readable_text(read(key), "\t\n\r", ""); }));
}

}  // namespace

std::string write_graphml_map(const GovernanceMap& map) {
  boost::dynamic_properties properties(boost::ignore_other_properties);
  add<Vertex>(properties, "id", [&](Vertex v) { return map.body(v).id; });
  add<Vertex>(properties, "name", [&](Vertex v) { return map.body(v).name; });
  add<Vertex>(properties, "type", [&](Vertex v) { return std::string(to_string(map.body(v).type)); });
  add<Vertex>(properties, "sector", [&](Vertex v) { return map.body(v).sector; });
  add<Vertex>(properties, "status", [&](Vertex v) { return std::string(to_string(map.body(v).status)); });
  add<Vertex>(properties, "source", [&](Vertex v) { return map.body(v).source; });
  add<Edge>(properties, "kind", [&](Edge e) { return std::string(to_string(map.link(e).kind)); });
  add<Edge>(properties, "amount",
            [&](Edge e) { return map.link(e).amount ? format_json_number(*map.link(e).amount) : std::string(); });
  add<Edge>(properties, "period", [&](Edge e) { return map.link(e).period; });
  add<Edge>(properties, "link_source", [&](Edge e) { return map.link(e).source; });
  std::ostringstream out;
  boost::write_graphml(out, map.graph(), properties, true);
  return out.str();
}

}  // namespace govgraph
