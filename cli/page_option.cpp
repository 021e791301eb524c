#include "cli/page_option.hpp"

#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "graph/diagnostic.hpp"
#include "graph/text.hpp"

namespace govgraph::cli {

void add_page_option(CLI::App& command, std::string& page, std::string_view what) {
  one_of_names(
      command.add_option("--page", page,
                  "Print " + std::string(what) +
                      " on a sheet of this size: a PDF exactly that size (A4 595 x 842 pt, A3 842 x 1191, A2 1191 x "
                      "1684; -landscape turns it), with 10 mm margins, the drawing shrunk to fit (never enlarged) "
                      "and centred. Says the size its smallest labels print at, and warns below 6 pt. PDF only"),
      render::page_names());
}

std::optional<render::Page> page_for_output(const std::string& page, const std::string& output) {
  if (page.empty()) return std::nullopt;
  if (render::format_from_path(output) != render::OutputFormat::pdf)
    throw InputError(Location{output}, "--page prints on paper, so it needs a .pdf file; an SVG or PNG is the size of "
                                       "its drawing (an SVG zooms on screen)");
  return render::parse_page(page);
}


std::string draw(const render::Scene& scene, render::OutputFormat format, const std::optional<render::Page>& page,
                 const std::string& output, const Context& context) {
  std::optional<ProgressLine> progress(std::in_place, !context.quiet);
  if (!page) return render::render(scene, format);
  render::PageDrawing drawing = render::render_on_page(scene, *page);
  progress.reset();  // before the notes, on a clean line
  const double label = render::smallest_font(scene) * drawing.scale;
  if (!context.quiet)
    note(output + ": " + page->describe() + ", labels " + format_fixed(label, 1) + " pt at " +
         format_fixed(drawing.scale * 100, 0) + "%");
  if (label < render::smallest_readable)
    note("govgraph: warning: " + output + ": labels print at " + format_fixed(label, 1) + " pt, below " +
         format_fixed(render::smallest_readable, 0) +
         " pt, too small to read on paper; try a larger --page, or draw less (--levels, --sector, --below, --fold 1)");
  return std::move(drawing.pdf);
}

}  // namespace govgraph::cli
