#pragma once
// The map as a graph: bodies are the vertices of a Boost adjacency_list, links its edges.
// Analyses read it through this API and through per-kind filtered views, never through
// raw containers of their own.

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/filtered_graph.hpp>

#include "graph/id_table.hpp"
#include "graph/index.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// The edge bundle: which link record this edge is, and its kind (kept here so that
/// filtering a view never touches the record).
struct LinkEdge {
  LinkIndex index;
  LinkKind kind = LinkKind::accountable_to;
};

/// A body's part in a responsibility.
struct Duty {
  ResponsibilityIndex responsibility;
  Role role = Role::lead;
};

class GovernanceMap {
 public:
  // vecS vertices: vertex v is MapData::bodies[v]. The graph is append-only (a
  // restructure builds a new map), so descriptors taken once it is built stay valid for
  // the map's life. vecS edges: one array, not a list node per link.
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS,
                                      boost::no_property, LinkEdge, boost::no_property, boost::vecS>;
  using Vertex = Graph::vertex_descriptor;
  using Edge = Graph::edge_descriptor;
  /// The invalid body: what find_body returns for an unknown id (Boost's null_vertex()).
  static constexpr Vertex no_body = std::numeric_limits<Vertex>::max();

  /// Keeps the edges whose kind is in a set.
  struct KindFilter {
    const Graph* graph = nullptr;
    unsigned kinds = 0;  // bit i: LinkKind i
    bool operator()(const Edge& e) const { return ((kinds >> static_cast<unsigned>((*graph)[e].kind)) & 1U) != 0; }
  };
  using View = boost::filtered_graph<Graph, KindFilter>;

  /// Builds the graph and indexes. Precondition: check_map(data) reported no errors
  /// (a dangling reference throws std::logic_error). O(V + E + owners).
  explicit GovernanceMap(MapData data);
  /// The same with the map's id tables already built (MapIds(data), as check_map used).
  GovernanceMap(MapData data, MapIds ids);

  GovernanceMap(const GovernanceMap&) = delete;
  GovernanceMap& operator=(const GovernanceMap&) = delete;
  GovernanceMap(GovernanceMap&&) noexcept = default;
  GovernanceMap& operator=(GovernanceMap&&) noexcept = default;

  [[nodiscard]] const MapData& data() const { return data_; }
  [[nodiscard]] const Graph& graph() const { return *graph_; }
  /// The map's ids, each with the index of its record (a body's index is its vertex).
  [[nodiscard]] const MapIds& ids() const { return ids_; }

  [[nodiscard]] std::size_t body_count() const { return data_.bodies.size(); }
  /// The built-in basis a link holds by: its own, or the `like` of a basis the map
  /// declares (link_bases); nullopt when unspecified or free text.
  [[nodiscard]] std::optional<Basis> basis(const Link& link) const;
  [[nodiscard]] const Body& body(Vertex v) const { return data_.bodies[v]; }
  // Every find_* returns its kind's invalid value (no_body, an invalid index) for an
  // unknown id.
  [[nodiscard]] Vertex find_body(std::string_view id) const;

  [[nodiscard]] std::size_t link_count() const { return data_.links.size(); }
  /// Every link's index, in the order the links were written.
  [[nodiscard]] IndexRange<LinkIndex> link_indices() const { return IndexRange<LinkIndex>(link_count()); }
  [[nodiscard]] LinkIndex index(Edge e) const { return (*graph_)[e].index; }
  [[nodiscard]] const Link& link(Edge e) const { return link(index(e)); }
  [[nodiscard]] const Link& link(LinkIndex l) const { return data_.links[l.value()]; }
  /// The body link `l` runs from (Link::from) and the body it runs to (Link::to).
  [[nodiscard]] Vertex from(LinkIndex l) const { return ids_.link_ends[l.value()].first; }
  [[nodiscard]] Vertex to(LinkIndex l) const { return ids_.link_ends[l.value()].second; }

  /// A link seen from one of its ends: the body at the other end, and the link.
  struct Neighbour {
    std::uint32_t body;
    std::uint32_t link;  // a LinkIndex's value
  };
  /// The links of `kind` out of body v (from v), or into it, in the order they were
  /// written: the same links as view(kind)'s out_edges and in_edges, kept compactly per
  /// kind, so a search along one kind of link reads nothing else.
  [[nodiscard]] std::span<const Neighbour> out_links(Vertex v, LinkKind kind) const { return out_.of(v, kind); }
  [[nodiscard]] std::span<const Neighbour> in_links(Vertex v, LinkKind kind) const { return in_.of(v, kind); }
  /// The links of every kind out of body v, or into it: its rows of each kind, which lie
  /// one after another, kind by kind.
  [[nodiscard]] std::span<const Neighbour> out_links(Vertex v) const { return out_.of(v); }
  [[nodiscard]] std::span<const Neighbour> in_links(Vertex v) const { return in_.of(v); }

  /// The links of one kind, or of several, as a Boost graph.
  [[nodiscard]] View view(LinkKind kind) const;
  [[nodiscard]] View view(std::initializer_list<LinkKind> kinds) const;
  [[nodiscard]] View accountability() const { return view(LinkKind::accountable_to); }

  /// Apexes: every legislature plus the bodies listed in "apex", in body order.
  [[nodiscard]] const std::vector<Vertex>& apexes() const { return apexes_; }
  [[nodiscard]] bool is_apex(Vertex v) const { return is_apex_[v]; }

  [[nodiscard]] const std::vector<Responsibility>& responsibilities() const { return data_.responsibilities; }
  [[nodiscard]] IndexRange<ResponsibilityIndex> responsibility_indices() const {
    return IndexRange<ResponsibilityIndex>(data_.responsibilities.size());
  }
  [[nodiscard]] const Responsibility& responsibility(ResponsibilityIndex r) const {
    return data_.responsibilities[r.value()];
  }
  [[nodiscard]] ResponsibilityIndex find_responsibility(std::string_view id) const;
  /// The owners of responsibility r, resolved to vertices, in the order written.
  [[nodiscard]] std::span<const std::pair<Vertex, Role>> owners(ResponsibilityIndex r) const {
    return owners_[r.value()];
  }
  /// What body v takes part in, in responsibility order.
  [[nodiscard]] std::span<const Duty> duties(Vertex v) const { return duties_[v]; }

  [[nodiscard]] const std::vector<PolicyArea>& policy_areas() const { return data_.policy_areas; }
  [[nodiscard]] IndexRange<AreaIndex> area_indices() const { return IndexRange<AreaIndex>(data_.policy_areas.size()); }
  [[nodiscard]] const PolicyArea& policy_area(AreaIndex a) const { return data_.policy_areas[a.value()]; }
  [[nodiscard]] AreaIndex find_policy_area(std::string_view id) const;
  /// The policy areas body v lists that the map declares, in the order written: looked up
  /// once when the map is built rather than by every rule that reads them.
  [[nodiscard]] std::span<const AreaIndex> areas(Vertex v) const {
    return std::span<const AreaIndex>(body_areas_)
        .subspan(body_areas_start_[v], body_areas_start_[v + 1] - body_areas_start_[v]);
  }
  /// The policy area responsibility r is in, or the invalid index when the map does not declare it.
  [[nodiscard]] AreaIndex area(ResponsibilityIndex r) const { return responsibility_area_[r.value()]; }
  /// The parent of area `a`, or the invalid index when it has none.
  [[nodiscard]] AreaIndex parent_area(AreaIndex a) const { return area_parent_[a.value()]; }

  [[nodiscard]] const std::vector<SourceDoc>& sources() const { return data_.sources; }

 private:
  /// Each body's links of each kind, one after another (compressed sparse rows):
  /// start[v * kinds + k] is where body v's links of kind k begin.
  struct Adjacency {
    std::vector<std::uint32_t> start;
    std::vector<Neighbour> links;
    [[nodiscard]] std::span<const Neighbour> of(Vertex v, LinkKind kind) const {
      const std::size_t row = v * link_kind_count + static_cast<std::size_t>(kind);
      return std::span<const Neighbour>(links).subspan(start[row], start[row + 1] - start[row]);
    }
    [[nodiscard]] std::span<const Neighbour> of(Vertex v) const {
      const std::size_t first = v * link_kind_count;
      return std::span<const Neighbour>(links).subspan(start[first], start[first + link_kind_count] - start[first]);
    }
  };

  void build();
  void build_adjacency();

  MapData data_;
  MapIds ids_;
  // Boost 1.74's adjacency_list has no move constructor, so moving one copies it: held
  // by pointer, a map moves in constant time and views of its graph stay valid.
  std::unique_ptr<Graph> graph_;
  Adjacency out_;
  Adjacency in_;
  std::vector<AreaIndex> area_parent_;
  std::vector<std::uint32_t> body_areas_start_;  // body v's areas: [start[v], start[v + 1]) of body_areas_
  std::vector<AreaIndex> body_areas_;
  std::vector<AreaIndex> responsibility_area_;
  std::vector<Vertex> apexes_;
  std::vector<bool> is_apex_;
  std::vector<std::vector<std::pair<Vertex, Role>>> owners_;
  std::vector<std::vector<Duty>> duties_;
};

/// The map as it stood on `date` (YYYY-MM-DD): bodies and links whose start is after it
/// or whose end is before it are left out, with the links and ownerships they carried.
MapData as_at(const MapData& map, std::string_view date);

/// A body's place in the order types are counted and keyed in: the built-in types in
/// vocabulary order, then the types the map declares (`declared`) in their order.
std::size_t type_slot(const Body& body, const std::vector<DeclaredType>& declared);
/// The name of the type at a slot.
std::string_view type_slot_name(std::size_t slot, const std::vector<DeclaredType>& declared);
/// How many bodies of each type the map holds, by name, in slot order, non-zero only.
std::vector<std::pair<std::string_view, std::size_t>> bodies_by_type(const MapData& map);

}  // namespace govgraph
