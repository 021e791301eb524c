#pragma once
// The key of a map: the graph's label (its title, then what the lines and marks mean),
// and sample bodies, one per type drawn in colour, in its real shape (Scene::key).

#include <cstddef>
#include <string>
#include <vector>

#include "graph/records.hpp"
#include "render/scene.hpp"
#include "render/style.hpp"

namespace govgraph::render {

/// What the key explains: what is drawn, and how the bodies drawn were chosen.
/// A body type the key shows: its name as the map writes it, and its look.
struct TypeSample {
  std::string name;
  BodyStyle style;
};

struct LegendFacts {
  std::vector<TypeSample> types;  // drawn in colour (not only as white context): built-in ones in vocabulary order, then declared ones
  std::vector<LinkKind> kinds;  // present, in vocabulary order
  bool folded = false;
  bool errors = false;
  bool warnings = false;
  std::size_t redundant = 0;
  std::string focus_name;
  std::size_t depth = 0;
  std::string sector;
  bool context = false;  // bodies of other sectors drawn
  std::string area_name;
  std::size_t levels = 0;  // RenderOptions::levels, when given
  std::string below_name;  // the body RenderOptions::below names, when given
  bool tooltips = true;    // the drawing carries tooltips (SVG), so the key may point to them
  std::size_t charted = 0;  // drawn as a chart because dot was asked for this many nodes, too many
};

/// The title, then the key to lines and marks, as a Graphviz HTML-like label. A label
/// rather than nodes, so that every layout engine places it the same way and it never
/// joins a rank.
std::string title_and_legend_html(const std::string& title, const std::string& subtitle, const LegendFacts& facts);

/// The key's samples of body types (Scene::key): a node per type of `types`, in the
/// type's shape and colour, labelled with the type's name. HTML-like labels cannot
/// draw a hexagon or a folder, so the samples are nodes.
std::vector<SceneNode> type_samples(const std::vector<TypeSample>& types);

}  // namespace govgraph::render
