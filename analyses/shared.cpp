#include "analyses/shared.hpp"

#include <algorithm>
#include <utility>

#include "analyses/support.hpp"

namespace govgraph {

using detail::active;
using detail::Vertex;

std::vector<GovernanceMap::Vertex> ApexRoutes::route(Vertex v) const {
  std::vector<GovernanceMap::Vertex> path;
  if (distance[v] == no_route) return path;
  path.push_back(v);
  while (distance[path.back()] > 0) path.push_back(next[path.back()]);
  return path;
}

RouteExcerpt excerpt_of(const std::vector<Vertex>& route, std::size_t bodies) {
  if (route.size() <= bodies || bodies < 2) return {route, 0};
  RouteExcerpt shown{{route.begin(), route.begin() + static_cast<std::ptrdiff_t>(bodies - 1)}, route.size() - bodies};
  shown.bodies.push_back(route.back());
  return shown;
}

RouteExcerpt ApexRoutes::excerpt(Vertex v, std::size_t bodies) const {
  RouteExcerpt shown;
  if (distance[v] == no_route || bodies < 2) return shown;
  const std::size_t length = distance[v] + 1;  // bodies on the whole route
  const std::size_t head = length <= bodies ? length : bodies - 1;
  for (Vertex at = v; shown.bodies.size() < head; at = next[at]) shown.bodies.push_back(at);
  if (head < length) {
    shown.hidden = length - head - 1;
    shown.bodies.push_back(apex[v]);
  }
  return shown;
}

namespace {

std::vector<bool> counted_lines(const GovernanceMap& map, const std::vector<Basis>& bases) {
  std::vector<bool> counted(map.link_count(), false);
  for (const LinkIndex l : map.link_indices()) {
    const Link& link = map.link(l);
    if (link.kind != LinkKind::accountable_to) continue;
    const auto basis = map.basis(link);
    counted[l.value()] = !basis || std::find(bases.begin(), bases.end(), *basis) != bases.end();
  }
  return counted;
}

}  // namespace

SharedResults share(const GovernanceMap& map, const AccountabilitySettings& settings) {
  SharedResults shared{counted_lines(map, settings.count_bases), {}};
  const std::size_t n = map.body_count();
  ApexRoutes routes{std::vector<std::size_t>(n, no_route), std::vector<GovernanceMap::Vertex>(n),
                    std::vector<GovernanceMap::Vertex>(n)};
  std::vector<GovernanceMap::Vertex> queue;
  queue.reserve(n);
  for (Vertex a : map.apexes()) {
    if (!active(map, a)) continue;
    routes.distance[a] = 0;
    routes.next[a] = a;
    routes.apex[a] = a;
    queue.push_back(a);
  }
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const Vertex w = queue[head];
    for (const auto& line : map.in_links(w, LinkKind::accountable_to)) {
      const Vertex u = line.body;
      if (!shared.counted[line.link] || routes.distance[u] != no_route || !active(map, u)) continue;
      routes.distance[u] = routes.distance[w] + 1;
      routes.next[u] = w;
      routes.apex[u] = routes.apex[w];
      queue.push_back(u);
    }
  }
  shared.routes = std::move(routes);
  return shared;
}

}  // namespace govgraph
