#pragma once
// The links of a map being restructured, indexed by the bodies they join, so that each
// operation of a proposal visits only the links of the bodies it names instead of every
// link in the map (a proposal of a thousand operations on a million links).

#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "graph/governance_map.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// Links are the same link when they join the same bodies with the same kind (either way
/// round for collaborates_with) and, for funding, cover the same period.
inline auto link_key(const Link& link) {
  std::string a = link.from;
  std::string b = link.to;
  if (link.kind == LinkKind::collaborates_with && b < a) std::swap(a, b);
  return std::make_tuple(a, b, link.kind, link.kind == LinkKind::funds ? link.terms->period : std::string());
}

/// Erases the items marked in `removed` (one flag per item), keeping the order of the rest.
template <typename T>
void erase_marked(std::vector<T>& items, const std::vector<bool>& removed) {
  std::size_t kept = 0;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (removed[i]) continue;
    if (kept != i) items[kept] = std::move(items[i]);  // never onto itself: a moved-onto-itself vector empties
    ++kept;
  }
  items.resize(kept);
}

/// Edits a map's links in place. A removed link stays in the vector, marked, until
/// compact(), so the indexes of the others hold; order is kept throughout.
class WorkingLinks {
 public:
  /// Indexes `links` by the bodies they join. O(E).
  explicit WorkingLinks(std::vector<Link>& links);
  /// The same, with `original` a map whose links are `links` as they stand: its rows of
  /// each body's links serve as the index of those, so only links added or given a new
  /// end are indexed here. O(E) bits, no hashing.
  WorkingLinks(std::vector<Link>& links, const GovernanceMap& original);

  Link& operator[](std::size_t i) { return links_[i]; }

  /// The live links that join `body` to anything, in map order. O(degree log degree).
  [[nodiscard]] std::vector<std::size_t> incident(const std::string& body) const;

  /// Appends a link; returns its index.
  std::size_t add(Link link);
  void remove(std::size_t i) { removed_[i] = true; }
  /// Notes that link `i` now joins `body` (after its end was renamed to it).
  void attach(std::size_t i, const std::string& body) { by_body_[body].push_back(i); }
  /// Forgets the index of a body that no longer has links.
  void forget(const std::string& body) { by_body_.erase(body); }

  /// Which links are removed, by index, until compact().
  [[nodiscard]] const std::vector<bool>& removed() const { return removed_; }

  /// Drops the removed links for good. The index is not kept up to date after this.
  void compact();

 private:
  std::vector<Link>& links_;
  std::vector<bool> removed_;
  std::unordered_map<std::string, std::vector<std::size_t>> by_body_;  // may hold removed or repeated indexes
  const GovernanceMap* original_ = nullptr;  // indexes the links as they were, until compact()
};

}  // namespace govgraph
