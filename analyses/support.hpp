#pragma once
// Helpers shared by the analysis families (internal to analyses/): who is still in the
// map, bounded searches up the accountability lines, similar pairs
// of sets, and the wording of messages and evidence.

#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "graph/governance_map.hpp"

namespace govgraph::detail {

using Vertex = GovernanceMap::Vertex;

/// Abolished bodies take no part in most rules.
inline bool active(const GovernanceMap& map, Vertex v) { return map.body(v).status != BodyStatus::abolished; }

/// Whether the record stands for a class of bodies (`represents`, or `class` similar or
/// mixed) rather than one body. docs/rules.md, "Classes", says what each rule makes of it.
inline bool is_class(const GovernanceMap& map, Vertex v) {
  const Body& b = map.body(v);
  return b.class_ != BodyClass::none || b.represents.has_value();
}
/// A class of unlike bodies: its links and duties hold for some members, not for each.
inline bool is_mixed_class(const GovernanceMap& map, Vertex v) { return map.body(v).class_ == BodyClass::mixed; }
/// Whether `member` is one of the bodies the class `group` stands for: a `member_of` it,
/// of the class's own type unless the class is mixed. A member of another type is a
/// partner in each of them (a health board in the community planning partnerships), not
/// one of them. O(out-degree of member).
bool in_class(const GovernanceMap& map, Vertex member, Vertex group);
/// Whether one of the two is a class the other is a member of.
inline bool class_and_member(const GovernanceMap& map, Vertex a, Vertex b) {
  return in_class(map, a, b) || in_class(map, b, a);
}

/// Keeps the links of one kind between two active bodies.
struct ActiveLinks {
  const GovernanceMap* map = nullptr;
  LinkKind kind = LinkKind::accountable_to;
  bool operator()(const GovernanceMap::Edge& e) const {
    const auto& g = map->graph();
    return g[e].kind == kind && active(*map, boost::source(e, g)) && active(*map, boost::target(e, g));
  }
};
using ActiveView = boost::filtered_graph<GovernanceMap::Graph, ActiveLinks>;
inline ActiveView active_view(const GovernanceMap& map, LinkKind kind) {
  return ActiveView(map.graph(), ActiveLinks{&map, kind});
}

/// Strongly connected sets of bodies joined by `kind` links that form a cycle (two or
/// more bodies, or one with a link to itself), each sorted by id, in id order of their
/// first body. Boost strong_components over the bodies left when those with no line of
/// the kind in or out are trimmed away: O(V + E of that kind).
std::vector<std::vector<Vertex>> cycles(const GovernanceMap& map, LinkKind kind);

/// One closed route through a cycle found by cycles(), starting and ending at its
/// first body. O(size of the cycle's links).
std::vector<Vertex> cycle_route(const GovernanceMap& map, LinkKind kind, const std::vector<Vertex>& component);

/// A breadth-first search up the active accountable_to lines that visits at most
/// `limit` bodies: every line, or only those flagged in `counted` (by link index, as
/// SharedResults::counted). Marks are kept between searches (reset in O(1)), so many
/// small searches cost only what they visit.
class UpwardSearch {
 public:
  UpwardSearch(const GovernanceMap& map, std::size_t limit, const std::vector<bool>* counted = nullptr);
  enum class Outcome { found, not_found, gave_up };
  /// Whether `to` is reachable from `from` by one or more links.
  Outcome reaches(Vertex from, Vertex to);
  /// The bodies reachable from `from` by one or more links (without `from` unless on a
  /// cycle); `complete` is false when the search gave up.
  std::vector<Vertex> ancestors(Vertex from, bool& complete);

 private:
  bool mark(Vertex v);
  const GovernanceMap& map_;
  std::size_t limit_;
  const std::vector<bool>* counted_;
  std::vector<std::uint32_t> seen_;
  std::uint32_t epoch_ = 0;
  std::vector<Vertex> queue_;
};

/// A pair of sets (indexes into the input) with their overlap and Jaccard similarity.
struct SimilarPair {
  std::size_t a = 0;
  std::size_t b = 0;
  std::size_t shared = 0;
  double jaccard = 0;
};

/// Every pair of sets with Jaccard similarity >= min_jaccard and at least
/// max(min_shared, 1) shared items, a < b, sorted. Each set holds sorted unique item
/// numbers below `universe`. All-pairs similarity search with prefix filtering: items
/// are ordered rarest first and only the prefix a qualifying pair must share is indexed,
/// so candidate pairs come from rare shared items, and a candidate's check stops once too
/// few items are left to share. O(universe + total items + candidate pairs x set size),
/// never all pairs of sets unless most sets share the same common items.
std::vector<SimilarPair> similar_pairs(const std::vector<std::vector<std::uint32_t>>& sets,
                                       std::size_t universe, double min_jaccard, std::size_t min_shared);

/// A finding of `rule` at its default severity; its subjects and their roles are those
/// of `roles`, in order.
Finding make_finding(const Rule& rule, std::vector<Subject> roles, std::string message,
                     std::vector<std::string> evidence, std::vector<std::string> sources);
/// The same with every subject playing `role`: the ids move in as they are, so a finding
/// of a million records is not made twice.
Finding make_finding(const Rule& rule, SubjectRole role, std::vector<std::string> ids, std::string message,
                     std::vector<std::string> evidence, std::vector<std::string> sources);
/// Each id as a subject playing `role`, in the order given.
std::vector<Subject> playing(SubjectRole role, std::vector<std::string> ids);
/// The ids of the bodies along a route, in order.
std::vector<std::string> route_ids(const GovernanceMap& map, const std::vector<Vertex>& route);

/// Citations, collected then sorted and made unique.
class Sources {
 public:
  void add(const std::string& source) {
    if (!source.empty()) items_.push_back(source);
  }
  std::vector<std::string> take();

 private:
  std::vector<std::string> items_;
};

/// The body's name (its id when it has none).
const std::string& name_of(const GovernanceMap& map, Vertex v);
/// A responsibility's name (its id when it has none).
std::string responsibility_name(const Responsibility& r);
/// A policy area's name (its id when it has none).
std::string area_name(const PolicyArea& area);
/// The areas each active body has an interest in (listed, or of a responsibility it
/// owns), by area index, sorted, each once: the figures' matrix and the overlap rules
/// read the same interests. O(V + owners).
std::vector<std::vector<std::uint32_t>> interests(const GovernanceMap& map);
/// The bodies' ids, sorted, each once.
std::vector<std::string> ids_of(const GovernanceMap& map, const std::vector<Vertex>& bodies);

/// Whether a + `after` comes before b + `after` as text. With '\0' (nothing follows):
/// whether a comes before b; with ':', as ids stand in a link's "from:kind:to". O(length).
bool before_followed(std::string_view a, std::string_view b, char after = '\0');
/// Each body's place in the order of their ids by before_followed: rank[v] < rank[w]
/// exactly when v's id comes first, so findings can be made in the order they are listed
/// without comparing ids again. O(V log V).
std::vector<std::uint32_t> id_ranks(const GovernanceMap& map, char after = '\0');
/// The bodies' names, in the order of their ids.
std::vector<std::string> names_of(const GovernanceMap& map, std::vector<Vertex> bodies);
/// The most names a list in a finding gives before counting the rest, so a finding's
/// size does not grow with the map.
inline constexpr std::size_t names_listed = 30;
/// "A, B and C"; past names_listed, "A, B, ... and 12 others".
std::string join_names(const std::vector<std::string>& names);
/// "A, B, C and 12 others": at most `most` names.
std::string join_some(const std::vector<std::string>& names, std::size_t most);
/// As join_some, where `names` are the first of `total`: "A, B and 38 others".
std::string join_some(const std::vector<std::string>& names, std::size_t most, std::size_t total);
/// "A → B → Parliament", or "A → B → … 988 more → Parliament" when bodies were left out
/// of a route's excerpt (RouteExcerpt).
std::string route_text(const GovernanceMap& map, const std::vector<Vertex>& shown, std::size_t hidden);
/// "4.0m", "250k", "1.2bn", "900", prefixed by the currency when known: "GBP 4.0m".
std::string format_amount(double amount, std::string_view currency);
/// "0.67"
std::string format_ratio(double value);
/// Sorts and removes duplicates.
void sort_unique(std::vector<std::string>& items);

}  // namespace govgraph::detail
