#pragma once
// What several rules need, computed once per analysis and passed to every family (and
// to the restructure metrics): which accountable_to links count as lines of
// accountability, and shortest routes to the apex over those lines through the bodies
// still in the map. Abolished bodies have no route and lead nowhere: a route through one
// is no line of accountability.

#include <cstddef>
#include <limits>
#include <vector>

#include "analyses/rules.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

inline constexpr std::size_t no_route = std::numeric_limits<std::size_t>::max();

/// The part of a route a finding shows: all of it when it is short enough, else its
/// first bodies and its last, with the number left out between (`hidden`).
struct RouteExcerpt {
  std::vector<GovernanceMap::Vertex> bodies;  // the route's first, its last at the end
  std::size_t hidden = 0;                     // bodies left out before the last

  /// Whether bodies[i] and bodies[i + 1] are neighbours on the whole route.
  [[nodiscard]] bool adjacent(std::size_t i) const { return i + 2 < bodies.size() || hidden == 0; }
};

/// The excerpt of a route already known whole (a cycle's, say).
RouteExcerpt excerpt_of(const std::vector<GovernanceMap::Vertex>& route, std::size_t bodies);

/// Shortest accountable_to routes from every body to the nearest active apex, through
/// active bodies only.
struct ApexRoutes {
  std::vector<std::size_t> distance;        // links to the nearest apex; `no_route` if none
  std::vector<GovernanceMap::Vertex> next;  // the next body on that route (itself for an apex)
  std::vector<GovernanceMap::Vertex> apex;  // the apex that route ends at (itself for an apex)

  /// The route from v to its apex, v first. Empty when v has none. O(its length).
  [[nodiscard]] std::vector<GovernanceMap::Vertex> route(GovernanceMap::Vertex v) const;

  /// At most `bodies` bodies of that route, for a finding to show (see RouteExcerpt).
  /// O(bodies), so a map of long chains costs linear time, not quadratic.
  [[nodiscard]] RouteExcerpt excerpt(GovernanceMap::Vertex v, std::size_t bodies) const;
};

/// How many bodies of a long route a finding shows.
inline constexpr std::size_t route_bodies_shown = 12;

/// Keeps the accountable_to links that count as lines of accountability.
struct CountedLines {
  const GovernanceMap::Graph* graph = nullptr;
  const std::vector<bool>* counted = nullptr;  // by link index
  bool operator()(const GovernanceMap::Edge& e) const { return (*counted)[(*graph)[e].index.value()]; }
};
using LineView = boost::filtered_graph<GovernanceMap::Graph, CountedLines>;

struct SharedResults {
  /// By link index: whether the link is an accountable_to line the rules about routes to
  /// the apex count (its basis is one of accountability.count-bases, or not a known one).
  std::vector<bool> counted;
  ApexRoutes routes;  // over the counted lines

  /// The counted lines as a Boost graph (every body, abolished ones too). It points into
  /// this object: use it while this object lives where it is.
  [[nodiscard]] LineView lines(const GovernanceMap& map) const {
    return LineView(map.graph(), CountedLines{&map.graph(), &counted});
  }
};

/// Which lines count, then one multi-source breadth-first search from every active apex
/// over the reversed counted lines, in body order. O(V + E).
SharedResults share(const GovernanceMap& map, const AccountabilitySettings& settings = {});

}  // namespace govgraph
