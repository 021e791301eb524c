#include "render/layering.hpp"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <queue>
#include <tuple>

#include "render/text.hpp"

namespace govgraph::render {
namespace {

/// Each group's room on a rank, in inches (assign_layers says how it is shared out).
std::vector<double> room_per_group(const std::vector<std::size_t>& group, const std::vector<double>& widths,
                                   double row_width, bool packed) {
  std::size_t groups = 0;
  for (std::size_t g : group) groups = std::max(groups, g + 1);
  std::vector<double> group_width(groups, 0);
  std::vector<double> widest(groups, 0);
  double total = 0;
  for (std::size_t n = 0; n < widths.size(); ++n) {
    group_width[group[n]] += widths[n] + node_gap;
    widest[group[n]] = std::max(widest[group[n]], widths[n] + node_gap);
    total += widths[n] + node_gap;
  }
  // A rank is about 0.5 inches of node and rank_gap of space: W / H = 1.4 with
  // H = (total / W) × (0.5 + rank_gap) gives W = sqrt(1.4 × total × (0.5 + rank_gap)).
  // Never narrower than fits A4 unscaled (10 inches): a small map keeps its natural shape.
  const double width = row_width > 0 ? row_width : std::max(10.0, std::sqrt(1.4 * total * (0.5 + rank_gap)));
  // A packed cluster is drawn wider than a page's proportions: the packing fits it
  // to the page, and this ratio printed largest of those measured on the example.
  constexpr double packed_aspect = 2.5;
  std::vector<double> room(groups);
  for (std::size_t g = 0; g < groups; ++g) {
    double share = total > 0 ? width * group_width[g] / total : 0.0;
    if (packed && row_width <= 0) share = std::sqrt(packed_aspect * group_width[g] * (0.5 + rank_gap));
    room[g] = std::max(widest[g], share);
  }
  return room;
}

}  // namespace

double estimated_width(const std::vector<std::string>& lines, std::string_view shape) {
  std::size_t longest = 0;
  for (const auto& line : lines) longest = std::max(longest, display_length(line));
  const double box = 0.085 * static_cast<double>(longest) + 0.24;
  if (shape == "ellipse") return box * 1.4;
  if (shape == "hexagon" || shape == "octagon") return box * 1.25;
  return box;
}

std::vector<std::size_t> assign_layers(const std::vector<std::size_t>& group, const std::vector<double>& widths,
                                       const std::vector<RankLine>& lines, double row_width, bool packed) {
  const std::size_t count = widths.size();
  std::vector<std::vector<std::size_t>> below(count);
  std::vector<std::size_t> waiting(count, 0);  // masters not yet placed
  for (const RankLine& line : lines) {
    below[line.upper].push_back(line.lower);
    ++waiting[line.lower];
  }
  const std::vector<double> room = room_per_group(group, widths, row_width, packed);

  constexpr std::size_t unplaced = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> layer(count, unplaced);
  std::vector<std::size_t> lowest(count, 0);  // the first rank each node may take
  std::vector<std::vector<double>> used(room.size());
  // Ready nodes, first by the rank they may take, then nodes with children, then order.
  using Key = std::tuple<bool, std::size_t, std::size_t>;
  std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
  for (std::size_t n = 0; n < count; ++n)
    if (waiting[n] == 0) ready.emplace(below[n].empty(), 0, n);
  std::size_t next_stuck = 0;  // where to look for a node held up by a cycle
  for (std::size_t placed = 0; placed < count;) {
    if (ready.empty()) {
      while (layer[next_stuck] != unplaced) ++next_stuck;
      ready.emplace(below[next_stuck].empty(), lowest[next_stuck], next_stuck);
      waiting[next_stuck] = 0;
    }
    const auto [is_leaf, first, n] = ready.top();
    ready.pop();
    if (layer[n] != unplaced) continue;
    auto& rows = used[group[n]];
    std::size_t at = first;
    const double need = widths[n] + node_gap;
    while (at < rows.size() && rows[at] > 0 && rows[at] + need > room[group[n]]) ++at;
    if (rows.size() <= at) rows.resize(at + 1, 0);
    rows[at] += need;
    layer[n] = at;
    ++placed;
    for (std::size_t child : below[n]) {
      lowest[child] = std::max(lowest[child], at + 1);
      if (waiting[child] > 0 && --waiting[child] == 0) ready.emplace(below[child].empty(), lowest[child], child);
    }
  }
  return layer;
}

}  // namespace govgraph::render
