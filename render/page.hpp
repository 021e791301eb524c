#pragma once
// Paper: the ISO sizes a map can be printed on, and the arithmetic that fits a drawing
// onto one (scale and centring margins). Pure; graphviz.cpp hands the result to Graphviz.

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace govgraph::render {

struct Paper {
  std::string_view name;  // "a4", as the option spells it
  double width = 0;       // points, portrait, rounded to the whole point as printers' drivers do
  double height = 0;
};

/// The one table of paper sizes.
inline constexpr std::array<Paper, 3> papers{{{"a4", 595, 842}, {"a3", 842, 1191}, {"a2", 1191, 1684}}};

/// The white border kept on every side of a page: 10 mm, in points.
inline constexpr double page_margin = 10 / 25.4 * 72;

/// A sheet of paper in one orientation.
struct Page {
  Paper paper = papers.front();
  bool landscape = false;

  [[nodiscard]] double width() const { return landscape ? paper.height : paper.width; }
  [[nodiscard]] double height() const { return landscape ? paper.width : paper.height; }
  /// The area inside the margins, in whole points (Graphviz rounds its "size" so).
  [[nodiscard]] double printable_width() const;
  [[nodiscard]] double printable_height() const;
  /// "A4 portrait", "A3 landscape".
  [[nodiscard]] std::string describe() const;
};

/// Every name parse_page takes: "a4", "a4-landscape", ... in table order.
std::vector<std::string> page_names();

/// The page a name from page_names() gives, or nothing.
std::optional<Page> parse_page(std::string_view name);

/// How a drawing sits on a page: shrunk by `scale` (never enlarged) to fit inside the
/// margins, and centred, with `margin_x` and `margin_y` points of paper on either side.
struct PageFit {
  double scale = 1;
  double margin_x = 0;
  double margin_y = 0;
};

/// The fit of a drawing `width` × `height` points on `page`. O(1).
PageFit fit_on_page(double width, double height, const Page& page);

/// Labels smaller than this, once printed, are too small to read on paper (points).
inline constexpr double smallest_readable = 6;

}  // namespace govgraph::render
