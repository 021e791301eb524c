#pragma once
// The stages of build_scene (map_scene.hpp) that its files share: what the findings say
// about each body, which leaves are folded into one box, and the nodes drawn. The
// stages run in order: select_drawn (selection.hpp), read_findings, fold_leaves,
// scene_frame, add_nodes (map_nodes.cpp), stagger_ranks, add_edges, then the title and key.

#include <cstddef>
#include <functional>
#include <limits>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"
#include "graph/index.hpp"
#include "render/legend.hpp"
#include "render/map_scene.hpp"
#include "render/scene.hpp"
#include "render/selection.hpp"

namespace govgraph::render {

struct BodyFindings {
  std::optional<Severity> worst;  // error or warning only: what gets a coloured outline
  std::set<std::string> rules;
};

/// What the findings say about each drawn body and link.
struct FindingsAbout {
  std::map<std::string, BodyFindings, std::less<>> bodies;        // by body id
  std::set<std::pair<std::string, std::string>> redundant_lines;  // the rule names the line's ends, from first

  [[nodiscard]] bool is_redundant(const Link& link) const {
    return link.kind == LinkKind::accountable_to && redundant_lines.contains({link.from, link.to});
  }
  [[nodiscard]] const BodyFindings* of(std::string_view id) const {
    const auto found = bodies.find(id);
    return found == bodies.end() ? nullptr : &found->second;
  }
};

/// Into Folding::folds.
using FoldIndex = Index<struct FoldTag>;

/// Leaves drawn as one box listing them (build_scene's contract says which).
struct Folding {
  std::vector<FoldIndex> fold_of;                         // body → its box, or the invalid index
  std::vector<std::vector<GovernanceMap::Vertex>> folds;  // each box's bodies, in map order
  std::vector<LinkIndex> only_link;                       // a leaf's one drawn link

  [[nodiscard]] const std::vector<GovernanceMap::Vertex>& members(FoldIndex fold) const { return folds[fold.value()]; }
  /// The body a box's bodies answer to.
  [[nodiscard]] GovernanceMap::Vertex master(const GovernanceMap& map, FoldIndex fold) const {
    return map.to(only_link[members(fold).front()]);
  }
};

/// The key of a body's cluster: its sector or type, or none.
std::string cluster_key(const Body& body, ClusterBy by);

/// The drawn bodies' nodes and what the later stages need of them.
struct NodeTable {
  static constexpr std::size_t no_node = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> node_of;                 // body → its node (a folded body: its box's), or no_node
  std::vector<double> widths;                       // each node's estimated width, inches
  std::vector<GovernanceMap::Vertex> body_of_node;  // a folded node's: its first member
};

/// A node for each drawn body, or for each box of folded bodies, in map order, each in
/// its cluster; notes in `facts` the body types drawn and what else the key must explain.
NodeTable add_nodes(Scene& scene, const GovernanceMap& map, const RenderOptions& options, const Selection& drawn,
                    const Folding& folding, const FindingsAbout& about, LegendFacts& facts);

}  // namespace govgraph::render
