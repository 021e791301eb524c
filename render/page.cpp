#include "render/page.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

namespace govgraph::render {

double Page::printable_width() const { return std::floor(width() - 2 * page_margin); }
double Page::printable_height() const { return std::floor(height() - 2 * page_margin); }

std::string Page::describe() const {
  std::string name(paper.name);
  std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return std::toupper(c); });
  return name + (landscape ? " landscape" : " portrait");
}

std::vector<std::string> page_names() {
  std::vector<std::string> names;
  for (const Paper& paper : papers) names.emplace_back(paper.name);
  for (const Paper& paper : papers) names.push_back(std::string(paper.name) + "-landscape");
  return names;
}

std::optional<Page> parse_page(std::string_view name) {
  constexpr std::string_view turned = "-landscape";
  const bool landscape = name.ends_with(turned);
  if (landscape) name.remove_suffix(turned.size());
  for (const Paper& paper : papers)
    if (paper.name == name) return Page{paper, landscape};
  return std::nullopt;
}

PageFit fit_on_page(double width, double height, const Page& page) {
  PageFit fit;
  if (width > 0 && height > 0)
    fit.scale = std::min({1.0, page.printable_width() / width, page.printable_height() / height});
  fit.margin_x = (page.width() - width * fit.scale) / 2;
  fit.margin_y = (page.height() - height * fit.scale) / 2;
  return fit;
}

}  // namespace govgraph::render
