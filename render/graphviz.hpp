#pragma once
// Laying out and drawing a Scene with Graphviz's libraries (cgraph and gvc), in this
// process: no `dot` subprocess. The only place that includes a Graphviz header is
// graphviz.cpp.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "render/page.hpp"
#include "render/scene.hpp"

namespace govgraph::render {

enum class OutputFormat { svg, png, pdf, dot };

/// The format a path's extension asks for (".svg", ".PNG", ...), or nothing.
std::optional<OutputFormat> format_from_path(const std::filesystem::path& path);

/// The scene laid out with its engine and drawn in `format`, as bytes. `dot` gives the
/// unlaid-out DOT source (write_dot), which needs no layout and is byte-stable. A PDF's
/// creation date is fixed at 2000-01-01, so every format is byte-stable.
///
/// Builds a fresh cgraph graph per call (a layout writes positions back into the graph),
/// declaring subgraphs, nodes and edges in the scene's declaration order. Graphviz keeps
/// one context for the whole process; it is not thread-safe, so call from one thread.
/// Throws EnvironmentError with Graphviz's own messages when the layout engine or the
/// renderer is missing or fails. Cost: Graphviz's layout, roughly O((V + E) log(V + E))
/// to O((V + E)²) for dot, depending on the crossings.
std::string render(const Scene& scene, OutputFormat format);

/// A PDF of exactly one page, and the scale its drawing was printed at (1: full size).
struct PageDrawing {
  std::string pdf;
  double scale = 1;
};

/// The scene drawn as a PDF exactly `page`'s size: packed for that page (when its
/// layout packs), shrunk to fit inside the margins (page.hpp), never enlarged, and
/// centred. Graphviz itself sizes the page, from the graph's size and margin
/// attributes. Same threading, errors and cost as render; byte-stable.
PageDrawing render_on_page(const Scene& scene, const Page& page);

/// A node's centre after layout, in points with y growing upwards, as Graphviz places it.
struct NodeCentre {
  double x = 0;
  double y = 0;
};

/// Lays the scene out with its engine and returns each node's centre by node name, read
/// from the laid-out graph itself, and for each body a folded node lists, the centre of
/// its row (the node's height shared out, top down), packed for `page` as
/// render_on_page packs, or as render does when none. Same threading and errors as render.
std::map<std::string, NodeCentre> node_centres(const Scene& scene, const std::optional<Page>& page = std::nullopt);

}  // namespace govgraph::render
