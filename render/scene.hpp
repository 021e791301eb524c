#pragma once
// A drawing as data: the nodes, edges and subgraphs Graphviz will lay out, with their
// attributes, in the order they are declared. Building one is pure (map, options and
// findings in; no Graphviz), so tests can read it and its DOT text is byte-stable.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace govgraph::render {

/// One Graphviz attribute. `value` is what Graphviz receives: user text in it is already
/// escaped (text.hpp). An HTML-like label has `html` set and holds legal XML.
struct Attribute {
  std::string name;
  std::string value;
  bool html = false;
  friend bool operator==(const Attribute&, const Attribute&) = default;
};
using Attributes = std::vector<Attribute>;

struct SceneNode {
  std::string name;  // the body id (or, for a folded node, a name no body id can take)
  Attributes attributes;
  std::vector<std::string> folded{};  // the ids of the bodies a folded node lists; empty for one body
  std::size_t chart_order = 0;        // among leaves of one master, in the chart layout (chart.hpp)
};

/// Whether a line belongs to the view's hierarchy, the tail drawn above the head: as a
/// line of its own, or as one that a longer route implies.
enum class Hierarchy { none, implied, direct };

struct SceneEdge {
  std::size_t tail = 0;  // indexes into Scene::nodes
  std::size_t head = 0;
  Attributes attributes;
  Hierarchy hierarchy = Hierarchy::none;
};

/// The name of the key's cluster (with_key).
inline constexpr std::string_view key_cluster = "cluster_key";

/// A subgraph of the root: a cluster when its name starts with "cluster", else a
/// grouping that only carries attributes such as rank=sink. Its nodes are declared in it.
struct SceneSubgraph {
  std::string name;
  Attributes attributes;
  std::vector<std::size_t> nodes;  // indexes into Scene::nodes, each in one subgraph at most
};

struct Scene {
  std::string layout = "dot";  // the Graphviz layout engine
  bool pack_clusters = false;  // lay out each cluster alone, then pack them on a page (pack.hpp)
  Attributes graph;            // root graph attributes
  Attributes node_defaults;
  Attributes edge_defaults;
  std::vector<SceneSubgraph> subgraphs;
  std::vector<SceneNode> nodes;
  std::vector<SceneEdge> edges;
  std::vector<SceneNode> key;  // samples for the key (legend.hpp), not bodies: drawn by with_key

  /// The order nodes are declared in: subgraph by subgraph, then the nodes in none, each
  /// group in node order. Graphviz layouts depend on declaration order, so the DOT text
  /// and the cgraph graph both follow this. O(V).
  [[nodiscard]] std::vector<std::size_t> declaration_order() const;
  /// The subgraph node i is declared in, or subgraphs.size() when none. O(V) per call.
  [[nodiscard]] std::vector<std::size_t> subgraph_of() const;
};

/// The scene as it is drawn: its key's samples added as nodes in a cluster of their own
/// (key_cluster), stacked three to a column by invisible lines so that dot, laying out
/// the whole in one piece, keeps the key compact (packed, the key stands as a chart's
/// grid); the scene itself when it has no key. O(size of the scene).
Scene with_key(const Scene& scene);

/// The value of attribute `name`, or nullptr. O(attributes).
const Attribute* find_attribute(const Attributes& attributes, const std::string& name);

/// The smallest font size, in points, of any text the scene draws: body and cluster
/// labels, the title and key, and lines' labels where a line has one (Graphviz's 14
/// where no size is set). What a fitted drawing's smallest label prints at is this
/// times the scale. O(size of the scene).
double smallest_font(const Scene& scene);

/// The scene as DOT source, unlaid-out: what Graphviz is given, in declaration order,
/// every name and value quoted. Same scene, same bytes. O(size of the scene).
std::string write_dot(const Scene& scene);

}  // namespace govgraph::render
