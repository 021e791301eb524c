#pragma once
// What the two drawings of a diff map share (the whole map, diff_diagram.hpp; the scoped
// board-paper drawing, scoped_diagram.hpp): the union of both maps' bodies and links with
// what changed about each, and how a change looks.

#include <span>
#include <string_view>
#include <vector>

#include "graph/records.hpp"
#include "render/scene.hpp"
#include "restructure/map_diff.hpp"

namespace govgraph::diagram {

inline constexpr std::string_view added_colour = "#228833";
inline constexpr std::string_view removed_colour = "#CC3311";
inline constexpr std::string_view changed_colour = "#EE9900";
inline constexpr std::string_view unchanged_line = "#999999";

enum class Change { unchanged, added, removed, changed };

struct DrawnBody {
  const Body* body = nullptr;  // as the after map holds it, when it does
  Change change = Change::unchanged;
  std::span<const DeclaredType> declared;  // the body types of the map `body` is from
};

struct DrawnLink {
  const Link* link = nullptr;
  Change change = Change::unchanged;
};

/// Both maps in one: the before map's bodies in order, then the after map's new ones;
/// the after map's links in order, then the before map's removed ones.
struct DiffUnion {
  std::vector<DrawnBody> bodies;
  std::vector<DrawnLink> links;
};

/// The union, each record with its change from `diff` (diff_maps(before, after)).
/// O((V + E) log(V + E)).
DiffUnion union_of(const MapData& before, const MapData& after, const MapDiff& diff);

/// A body in its type's shape and fill, outlined by its change: added green and thick,
/// removed red, dashed and greyed, changed amber; the label wrapped as maps wrap it.
render::Attributes body_attributes(const DrawnBody& drawn);

/// A link in its kind's style, coloured by its change (unchanged grey, removed dashed).
/// `upwards` declares it from its upper end (dir=back), so that dot ranks `to` above
/// `from`; otherwise it is declared from `from` to `to`.
render::Attributes link_attributes(const Link& link, Change change, bool upwards);

}  // namespace govgraph::diagram
