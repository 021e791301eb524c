#include "render/scene.hpp"

#include <algorithm>
#include <cstdlib>

namespace govgraph::render {
namespace {

/// A DOT quoted string: only '"' needs a backslash inside quotes; backslashes already in
/// the value are escString escapes and pass through unchanged.
void append_quoted(std::string& out, const std::string& text) {
  out += '"';
  for (char c : text) {
    if (c == '"')
      out += "\\\"";
    else
      out += c;
  }
  out += '"';
}

void append_value(std::string& out, const Attribute& attribute) {
  if (attribute.html) {
    out += '<';
    out += attribute.value;
    out += '>';
  } else {
    append_quoted(out, attribute.value);
  }
}

void append_attribute_list(std::string& out, const Attributes& attributes) {
  out += '[';
  for (std::size_t i = 0; i < attributes.size(); ++i) {
    if (i > 0) out += ", ";
    out += attributes[i].name;
    out += '=';
    append_value(out, attributes[i]);
  }
  out += ']';
}

void append_node(std::string& out, const SceneNode& node, const std::string& indent) {
  out += indent;
  append_quoted(out, node.name);
  if (!node.attributes.empty()) {
    out += ' ';
    append_attribute_list(out, node.attributes);
  }
  out += ";\n";
}

/// The font size `attributes` give, else `defaults`, else `inherited`.
double font_size(const Attributes& attributes, const Attributes& defaults, double inherited) {
  const Attribute* size = find_attribute(attributes, "fontsize");
  if (size == nullptr) size = find_attribute(defaults, "fontsize");
  return size != nullptr ? std::strtod(size->value.c_str(), nullptr) : inherited;
}

}  // namespace

Scene with_key(const Scene& scene) {
  if (scene.key.empty()) return scene;
  constexpr std::size_t per_column = 3;
  Scene drawn = scene;
  drawn.key.clear();
  SceneSubgraph cluster{std::string(key_cluster),
                        {{"label", "Body types"},
                         {"class", "key"},
                         {"style", "rounded"},
                         {"color", "#BBBBBB"},
                         {"labeljust", "l"}},
                        {}};
  for (std::size_t k = 0; k < scene.key.size(); ++k) {
    if (k % per_column != 0) drawn.edges.push_back({drawn.nodes.size() - 1, drawn.nodes.size(), {{"style", "invis"}}});
    cluster.nodes.push_back(drawn.nodes.size());
    drawn.nodes.push_back(scene.key[k]);
  }
  drawn.subgraphs.push_back(std::move(cluster));
  return drawn;
}

double smallest_font(const Scene& scene) {
  constexpr double graphviz_default = 14;
  const double graph_size = font_size(scene.graph, {}, graphviz_default);
  double smallest = find_attribute(scene.graph, "label") != nullptr ? graph_size : graphviz_default;
  const auto consider = [&](double size) { smallest = std::min(smallest, size); };
  for (const SceneSubgraph& subgraph : scene.subgraphs)
    if (find_attribute(subgraph.attributes, "label") != nullptr) consider(font_size(subgraph.attributes, {}, graph_size));
  for (const auto* nodes : {&scene.nodes, &scene.key})
    for (const SceneNode& node : *nodes) consider(font_size(node.attributes, scene.node_defaults, graphviz_default));
  for (const SceneEdge& edge : scene.edges)
    for (const char* label : {"label", "xlabel", "headlabel", "taillabel"})
      if (find_attribute(edge.attributes, label) != nullptr)
        consider(font_size(edge.attributes, scene.edge_defaults, graphviz_default));
  return smallest;
}

std::vector<std::size_t> Scene::subgraph_of() const {
  std::vector<std::size_t> owner(nodes.size(), subgraphs.size());
  for (std::size_t s = 0; s < subgraphs.size(); ++s)
    for (std::size_t n : subgraphs[s].nodes) owner[n] = s;
  return owner;
}

std::vector<std::size_t> Scene::declaration_order() const {
  std::vector<std::size_t> order;
  order.reserve(nodes.size());
  for (const auto& subgraph : subgraphs) order.insert(order.end(), subgraph.nodes.begin(), subgraph.nodes.end());
  const std::vector<std::size_t> owner = subgraph_of();
  for (std::size_t n = 0; n < nodes.size(); ++n)
    if (owner[n] == subgraphs.size()) order.push_back(n);
  return order;
}

const Attribute* find_attribute(const Attributes& attributes, const std::string& name) {
  for (const auto& attribute : attributes)
    if (attribute.name == name) return &attribute;
  return nullptr;
}

std::string write_dot(const Scene& scene) {
  std::string out = "digraph \"govgraph\" {\n";
  const auto defaults = [&](const char* keyword, const Attributes& attributes) {
    if (attributes.empty()) return;
    out += "  ";
    out += keyword;
    out += ' ';
    append_attribute_list(out, attributes);
    out += ";\n";
  };
  // The engine is part of the source, so Graphviz's own programs draw it with the one
  // govgraph used (`dot` itself fails on some maps drawn for sfdp).
  if (scene.layout != "dot" && find_attribute(scene.graph, "layout") == nullptr) {
    Attributes graph = scene.graph;
    graph.push_back({"layout", scene.layout});
    defaults("graph", graph);
  } else {
    defaults("graph", scene.graph);
  }
  defaults("node", scene.node_defaults);
  defaults("edge", scene.edge_defaults);
  for (const auto& subgraph : scene.subgraphs) {
    out += "  subgraph ";
    append_quoted(out, subgraph.name);
    out += " {\n";
    if (!subgraph.attributes.empty()) {
      out += "    graph ";
      append_attribute_list(out, subgraph.attributes);
      out += ";\n";
    }
    for (std::size_t n : subgraph.nodes) append_node(out, scene.nodes[n], "    ");
    out += "  }\n";
  }
  const std::vector<std::size_t> owner = scene.subgraph_of();
  for (std::size_t n = 0; n < scene.nodes.size(); ++n)
    if (owner[n] == scene.subgraphs.size()) append_node(out, scene.nodes[n], "  ");
  for (const auto& edge : scene.edges) {
    out += "  ";
    append_quoted(out, scene.nodes[edge.tail].name);
    out += " -> ";
    append_quoted(out, scene.nodes[edge.head].name);
    if (!edge.attributes.empty()) {
      out += ' ';
      append_attribute_list(out, edge.attributes);
    }
    out += ";\n";
  }
  out += "}\n";
  return out;
}

}  // namespace govgraph::render
