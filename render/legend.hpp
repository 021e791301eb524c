#pragma once
// The graph's label of a map: its title, then a key to what the drawing shows.

#include <cstddef>
#include <string>
#include <vector>

#include "graph/records.hpp"

namespace govgraph::render {

/// What the key explains: what is drawn, and how the bodies drawn were chosen.
struct LegendFacts {
  std::vector<BodyType> types;  // present, in vocabulary order
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
};

/// The title, then the key, as a Graphviz HTML-like label. A label rather than a node,
/// so that every layout engine places it the same way and it never joins a rank.
std::string title_and_legend_html(const std::string& title, const std::string& subtitle, const LegendFacts& facts);

}  // namespace govgraph::render
