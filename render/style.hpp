#pragma once
// The visual vocabulary of every map: one look per body type and per link kind, the
// colours that mark findings, and how money is written in tooltips. docs/maps.md shows it.

#include <span>
#include <string>
#include <string_view>

#include "graph/records.hpp"

namespace govgraph::render {

struct BodyStyle {
  std::string_view shape;  // a Graphviz shape that holds text well
  std::string_view fill;   // light fills from Paul Tol's colour-blind-safe "light" scheme
  std::string_view extra;  // more style words ("rounded"), or empty
  int peripheries = 1;
  std::string_view text_colour;  // empty: the default black; white on a dark fill a map declares
};

struct LinkStyle {
  std::string_view style;  // solid, dashed, dotted
  std::string_view colour;
  std::string_view arrowhead;
  bool directed = true;      // collaborates_with is symmetric
  std::string_view glyph;    // how the legend draws the line
  std::string_view meaning;  // legend text
};

[[nodiscard]] BodyStyle body_style(BodyType type);
/// A body's look: its type's, with the shape and colour of the type it declares
/// (MapData::body_types, `declared`) in place of its like's. Refers to `declared`.
[[nodiscard]] BodyStyle body_style(const Body& body, std::span<const DeclaredType> declared);
/// The Graphviz style of a body of this look: "filled", then its extra words.
[[nodiscard]] std::string filled_style(const BodyStyle& style);
[[nodiscard]] LinkStyle link_style(LinkKind kind);

inline constexpr std::string_view error_colour = "#CC3311";    // outline of an error's subjects
inline constexpr std::string_view warning_colour = "#EE9900";  // outline of a warning's subjects
inline constexpr std::string_view dimmed_colour = "#BBBBBB";   // redundant (implied) lines
inline constexpr std::string_view context_fill = "#FFFFFF";    // `sector`: a body of another sector
inline constexpr std::string_view context_text = "#777777";
inline constexpr std::string_view font = "Helvetica";

}  // namespace govgraph::render
