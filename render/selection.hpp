#pragma once
// Which bodies and links a view of the map draws (build_scene's contract in
// map_scene.hpp says which), and what the key says about the choice.

#include <cstddef>
#include <vector>

#include "graph/governance_map.hpp"
#include "render/legend.hpp"
#include "render/map_scene.hpp"

namespace govgraph::render {

/// The kind whose links decide the ranks: the others are drawn without constraint.
LinkKind primary_kind(View view);

/// Whether a link of this kind is drawn from its `to` body down to its `from` body:
/// the body answered to (or joined, or advised) ranks above.
bool drawn_upwards(LinkKind kind);

struct Selection {
  std::vector<bool> keep;                 // body drawn
  std::vector<bool> context;              // drawn white: outside `sector` or `below`, linked to it
  std::vector<std::size_t> hidden_below;  // `levels`: bodies under each drawn body, not drawn
  GovernanceMap::Vertex focus = GovernanceMap::no_body;
  std::vector<LinkIndex> links;  // drawn links, in map order
};

/// The bodies and links build_scene draws, filling in the key's facts about focus,
/// policy area, branch, sector and levels. Throws UnknownChoice for an unknown focus or
/// `below` body, policy area or sector. O(V + E).
Selection select_drawn(const GovernanceMap& map, const RenderOptions& options, LegendFacts& facts);

}  // namespace govgraph::render
