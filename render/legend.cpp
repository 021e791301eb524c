#include "render/legend.hpp"

#include <algorithm>

#include "graph/text.hpp"
#include "render/style.hpp"
#include "render/text.hpp"

namespace govgraph::render {

std::string title_and_legend_html(const std::string& title, const std::string& subtitle, const LegendFacts& facts) {
  std::string html = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">)"
                     R"(<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="20">)" +
                     html_text(title) + "</FONT></TD></TR>";
  if (!subtitle.empty())
    html += R"(<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="13">)" + html_text(subtitle) + "</FONT></TD></TR>";
  html += R"(<TR><TD ALIGN="LEFT"><B>Key</B></TD></TR>)";
  // Graphviz stretches a nested table to its cell, so the items are a grid of cells that
  // reads well stretched: one cell per line or mark.
  const auto grid = [&](const std::vector<std::string>& cells, std::size_t per_row, std::string_view table) {
    if (cells.empty()) return;
    html += R"(<TR><TD ALIGN="LEFT">)" + std::string(table);
    for (std::size_t i = 0; i < cells.size(); i += per_row) {
      html += "<TR>";
      for (std::size_t k = i; k < std::min(i + per_row, cells.size()); ++k) html += cells[k];
      html += "</TR>";
    }
    html += "</TABLE></TD></TR>";
  };
  std::vector<std::string> items;
  const auto item = [&](std::string_view colour, std::string_view glyph, const std::string& text) {
    items.push_back(R"(<TD ALIGN="LEFT"><FONT COLOR=")" + std::string(colour) + R"(">)" + std::string(glyph) +
                    "</FONT> " + text + "</TD>");
  };
  for (LinkKind kind : facts.kinds) {
    const LinkStyle style = link_style(kind);
    item(style.colour, style.glyph, std::string(style.meaning));
  }
  if (facts.redundant > 0)
    item(dimmed_colour, link_style(LinkKind::accountable_to).glyph,
         counted(facts.redundant, "implied accountability line", "implied accountability lines") +
             " dimmed (a longer route exists)");
  if (facts.folded)
    items.push_back(R"(<TD ALIGN="LEFT">a box listing names: bodies of one type answering to one body</TD>)");
  if (facts.errors) item(error_colour, "<B>\u25A1</B>", "outlined red: subject of an error");
  if (facts.warnings) item(warning_colour, "<B>\u25A1</B>", "outlined amber: subject of a warning");
  if (facts.tooltips && (facts.errors || facts.warnings))
    items.push_back(R"(<TD ALIGN="LEFT">(rule ids in the tooltips)</TD>)");
  grid(items, 2, R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">)");
  if (!facts.focus_name.empty())
    html += R"(<TR><TD ALIGN="LEFT">Bodies within )" + counted(facts.depth, "link", "links") + " of " +
            html_text(facts.focus_name) + "</TD></TR>";
  if (!facts.area_name.empty())
    html += R"(<TR><TD ALIGN="LEFT">Policy area: )" + html_text(facts.area_name) + "</TD></TR>";
  if (facts.levels > 0)
    html += R"(<TR><TD ALIGN="LEFT">The top )" + counted(facts.levels, "level", "levels") +
            " of the hierarchy; \u201C(+N below)\u201D counts the bodies under a body, not drawn</TD></TR>";
  std::vector<std::string> narrowed;
  if (!facts.sector.empty()) narrowed.push_back("Sector: " + html_text(facts.sector));
  if (!facts.below_name.empty()) narrowed.push_back(html_text(facts.below_name) + " and the bodies below it");
  if (!narrowed.empty())
    html += R"(<TR><TD ALIGN="LEFT">)" + join(narrowed, "; ") +
            (!facts.context             ? ""
             : facts.below_name.empty() ? "; bodies of other sectors linked to it are drawn white, in grey"
                                        : "; bodies elsewhere linked to them are drawn white, in grey") +
            "</TD></TR>";
  if (facts.charted > 0)
    html += R"(<TR><TD ALIGN="LEFT">Drawn as a chart: )" + std::to_string(facts.charted) +
            " boxes are more than dot lays out in good time</TD></TR>";
  html += "</TABLE>";
  return html;
}

std::vector<SceneNode> type_samples(const std::vector<TypeSample>& types) {
  std::vector<SceneNode> samples;
  for (const auto& [name, style] : types) {
    SceneNode& node = samples.emplace_back(SceneNode{"key_" + name,
                                                     {{"id", "key_" + name},
                                                      {"class", "key " + name},
                                                      {"label", name},
                                                      {"shape", std::string(style.shape)},
                                                      {"style", filled_style(style)},
                                                      {"fillcolor", std::string(style.fill)},
                                                      {"tooltip", name}},
                                                     {}});
    if (style.peripheries != 1) node.attributes.push_back({"peripheries", std::to_string(style.peripheries)});
    if (!style.text_colour.empty()) node.attributes.push_back({"fontcolor", std::string(style.text_colour)});
  }
  return samples;
}

}  // namespace govgraph::render
