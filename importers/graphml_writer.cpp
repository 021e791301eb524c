#include "importers/graphml_writer.hpp"

#include <cmath>

#include "importers/json_writer.hpp"

namespace govgraph {
namespace {

// yEd reads its drawing hints from data under keys of these yfiles.types.
constexpr const char* yfiles_namespace = "http://www.yworks.com/xml/graphml";
constexpr const char* node_graphics = "n_graphics";
constexpr const char* edge_graphics = "e_graphics";
// A responsibility node and a role edge have no look in render/style.hpp (maps draw
// duties as tables): a white parallelogram and a grey dotted line keep them apart.
constexpr NodeLook responsibility_look{"parallelogram", "#FFFFFF", "", ""};
constexpr EdgeLook role_look{"dotted", "#777777", true};

std::string key_id(char domain, std::string_view name) { return std::string{domain, '_'} + std::string(name); }

void key(XmlWriter& out, char domain, std::string_view name, std::string_view type) {
  out.start("key");
  out.attribute("id", key_id(domain, name));
  out.attribute("for", domain == 'n' ? "node" : domain == 'e' ? "edge" : "graph");
  out.attribute("attr.name", name);
  out.attribute("attr.type", type);
  out.end();
}

/// A <key> per attribute of R, the field's own name and type (one list: the schema).
template <typename R>
void keys(XmlWriter& out, char domain) {
  for (const auto& f : schema<R>())
    if (is_attribute(f)) key(out, domain, attribute_name(f.name), attribute_type(f.type));
  key(out, domain, extras_attribute, "string");
}

void data(XmlWriter& out, char domain, std::string_view name, std::string_view text) {
  out.start("data");
  out.attribute("key", key_id(domain, name));
  out.text(text);
  out.end();
}

/// A record's attributes, each that holds a value, in schema order.
template <typename R>
void record_data(XmlWriter& out, char domain, const R& record) {
  for (const auto& f : schema<R>()) {
    if (!is_attribute(f)) continue;
    if (const std::string text = attribute_text(f, record); !text.empty())
      data(out, domain, attribute_name(f.name), text);
  }
  if (const std::string json = extras_json(record.extras); !json.empty()) data(out, domain, extras_attribute, json);
}

/// yEd's name for the nearest of its shapes to a Graphviz one.
std::string_view yed_shape(const NodeLook& look) {
  if (look.shape == "box") return look.extra == "rounded" ? "roundrectangle" : "rectangle";
  if (look.shape == "ellipse" || look.shape == "hexagon" || look.shape == "octagon" || look.shape == "parallelogram")
    return look.shape;
  if (look.shape == "component") return "rectangle3d";
  if (look.shape == "tab") return "trapezoid";
  if (look.shape == "folder") return "trapezoid2";
  if (look.shape == "note") return "fatarrow";
  return "rectangle";
}

/// yEd's ShapeNode: the fill and shape of the look and the name as the label, placed on
/// a grid (yEd lays nothing out on opening; its Layout menu does).
void yed_node(XmlWriter& out, const NodeLook& look, std::string_view label, std::size_t index, std::size_t columns) {
  out.start("data");
  out.attribute("key", node_graphics);
  out.start("y:ShapeNode");
  out.start("y:Geometry");
  out.attribute("height", "40.0");
  out.attribute("width", "180.0");
  out.attribute("x", std::to_string(index % columns * 220) + ".0");
  out.attribute("y", std::to_string(index / columns * 80) + ".0");
  out.end();
  out.start("y:Fill");
  out.attribute("color", look.fill);
  out.attribute("transparent", "false");
  out.end();
  out.start("y:BorderStyle");
  out.attribute("color", "#000000");
  out.attribute("type", "line");
  out.attribute("width", look.extra == "bold" ? "2.0" : "1.0");
  out.end();
  out.start("y:NodeLabel");
  if (!look.text.empty()) out.attribute("textColor", look.text);
  out.text(label);
  out.end();
  out.start("y:Shape");
  out.attribute("type", yed_shape(look));
  out.end();
  out.end();
  out.end();
}

void yed_edge(XmlWriter& out, const EdgeLook& look) {
  out.start("data");
  out.attribute("key", edge_graphics);
  out.start("y:PolyLineEdge");
  out.start("y:LineStyle");
  out.attribute("color", look.colour);
  out.attribute("type", look.style == "solid" ? "line" : look.style);
  out.attribute("width", "1.0");
  out.end();
  out.start("y:Arrows");
  out.attribute("source", "none");
  out.attribute("target", look.directed ? "standard" : "none");
  out.end();
  out.end();
  out.end();
}

void yed_keys(XmlWriter& out) {
  for (const auto& [id, domain, type] :
       {std::array{node_graphics, "node", "nodegraphics"}, std::array{edge_graphics, "edge", "edgegraphics"}}) {
    out.start("key");
    out.attribute("id", id);
    out.attribute("for", domain);
    out.attribute("yfiles.type", type);
    out.end();
  }
}

std::string responsibility_node_id(const Responsibility& r) { return "responsibility:" + r.id; }

void edge_start(XmlWriter& out, std::string_view from, std::string_view to) {
  out.start("edge");
  out.attribute("source", from);
  out.attribute("target", to);
}

void responsibility_nodes(XmlWriter& out, const MapData& map, const GraphLook* look, std::size_t columns) {
  std::size_t index = map.bodies.size();
  for (const auto& r : map.responsibilities) {
    out.start("node");
    out.attribute("id", responsibility_node_id(r));
    data(out, 'n', attribute_name("name"), r.name);
    data(out, 'n', "type", responsibility_node_type);
    if (look) yed_node(out, responsibility_look, r.name, index++, columns);
    out.end();
  }
}

void role_edges(XmlWriter& out, const MapData& map, const GraphLook* look) {
  for (const auto& r : map.responsibilities)
    for (const auto& owner : r.owners) {
      edge_start(out, owner.body, responsibility_node_id(r));
      data(out, 'e', "kind", to_string(owner.role));
      if (look) yed_edge(out, role_look);
      out.end();
    }
}

}  // namespace

std::string write_graphml_map(const MapData& map, const GraphmlOptions& options) {
  const GraphLook* look = options.look != nullptr && options.look->body && options.look->link ? options.look : nullptr;
  XmlWriter out;
  out.start("graphml");
  out.attribute("xmlns", "http://graphml.graphdrawing.org/xmlns");
  if (look) out.attribute("xmlns:y", yfiles_namespace);
  key(out, 'g', graphml_map_attribute, "string");
  keys<Body>(out, 'n');
  keys<Link>(out, 'e');
  if (look) yed_keys(out);
  out.start("graph");
  out.attribute("id", "G");
  out.attribute("edgedefault", "directed");
  MapData rest = map;  // a copy, so a field MapData gains later is kept without a change here
  rest.bodies.clear();
  rest.links.clear();
  data(out, 'g', graphml_map_attribute, write_json_map(rest));
  const std::size_t nodes = map.bodies.size() + (options.responsibilities_as_nodes ? map.responsibilities.size() : 0);
  const auto columns = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(nodes))));
  for (std::size_t i = 0; i < map.bodies.size(); ++i) {
    const Body& body = map.bodies[i];
    out.start("node");
    out.attribute("id", body.id);
    record_data(out, 'n', body);
    if (look) yed_node(out, look->body(body), body.name, i, columns);
    out.end();
  }
  if (options.responsibilities_as_nodes) responsibility_nodes(out, map, look, columns);
  for (const Link& link : map.links) {
    edge_start(out, link.from, link.to);
    record_data(out, 'e', link);
    if (look) yed_edge(out, look->link(link.kind));
    out.end();
  }
  if (options.responsibilities_as_nodes) role_edges(out, map, look);
  return out.finish();
}

}  // namespace govgraph
