#include "analyses/support.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

#include <boost/graph/compressed_sparse_row_graph.hpp>
#include <boost/graph/strong_components.hpp>

#include "graph/amount.hpp"
#include "graph/text.hpp"

namespace govgraph::detail {

namespace {

/// The bodies that may lie on a cycle of active `kind` links: those left once every body
/// without such a line in or out is taken away, again and again (so a chain leading to or
/// from a cycle goes too). Every cycle is left whole, and little else: a hierarchy trims
/// away completely. O(V + E of that kind), reading only the map's rows of that kind.
std::vector<bool> cycle_core(const GovernanceMap& map, LinkKind kind) {
  const std::size_t n = map.body_count();
  std::vector<bool> in_core(n);
  for (Vertex v = 0; v < n; ++v) in_core[v] = active(map, v);
  std::vector<std::uint32_t> in_degree(n, 0);
  std::vector<std::uint32_t> out_degree(n, 0);
  for (Vertex v = 0; v < n; ++v) {
    if (!in_core[v]) continue;
    for (const auto& line : map.out_links(v, kind))
      if (in_core[line.body]) ++out_degree[v], ++in_degree[line.body];
  }
  std::vector<Vertex> trimmed;
  for (Vertex v = 0; v < n; ++v)
    if (in_core[v] && (in_degree[v] == 0 || out_degree[v] == 0)) in_core[v] = false, trimmed.push_back(v);
  // A line counts at both ends until the first of its ends is trimmed, which takes it off the other.
  while (!trimmed.empty()) {
    const Vertex v = trimmed.back();
    trimmed.pop_back();
    for (const auto& line : map.out_links(v, kind))
      if (in_core[line.body] && --in_degree[line.body] == 0) in_core[line.body] = false, trimmed.push_back(line.body);
    for (const auto& line : map.in_links(v, kind))
      if (in_core[line.body] && --out_degree[line.body] == 0) in_core[line.body] = false, trimmed.push_back(line.body);
  }
  return in_core;
}

}  // namespace

std::vector<std::vector<Vertex>> cycles(const GovernanceMap& map, LinkKind kind) {
  const std::vector<bool> in_core = cycle_core(map, kind);
  std::vector<std::vector<Vertex>> found;
  if (std::find(in_core.begin(), in_core.end(), true) == in_core.end()) return found;
  // The lines among the core, from the map's rows of the kind, as compressed sparse rows:
  // the search reads them one after another rather than filtering every line of the map.
  std::vector<std::pair<Vertex, Vertex>> lines;
  for (Vertex v = 0; v < map.body_count(); ++v)
    if (in_core[v])
      for (const auto& line : map.out_links(v, kind))
        if (in_core[line.body]) lines.emplace_back(v, line.body);
  using Rows = boost::compressed_sparse_row_graph<boost::directedS>;
  const Rows rows(boost::edges_are_unsorted_multi_pass, lines.begin(), lines.end(), map.body_count());
  std::vector<std::size_t> component(map.body_count());
  const std::size_t count = boost::strong_components(
      rows, boost::make_iterator_property_map(component.begin(), boost::get(boost::vertex_index, rows)));
  std::vector<std::vector<Vertex>> members(count);
  for (Vertex v = 0; v < map.body_count(); ++v)
    if (in_core[v]) members[component[v]].push_back(v);
  for (auto& group : members) {
    bool loop = group.size() >= 2;
    if (group.size() == 1)
      for (auto e : boost::make_iterator_range(boost::out_edges(group[0], rows)))
        loop = loop || boost::target(e, rows) == group[0];
    if (!loop) continue;
    std::sort(group.begin(), group.end(), [&](Vertex x, Vertex y) { return map.body(x).id < map.body(y).id; });
    found.push_back(std::move(group));
  }
  std::sort(found.begin(), found.end(), [&](const auto& x, const auto& y) { return map.body(x[0]).id < map.body(y[0]).id; });
  return found;
}

std::vector<Vertex> cycle_route(const GovernanceMap& map, LinkKind kind, const std::vector<Vertex>& component) {
  const Vertex start = component.front();
  std::unordered_map<Vertex, Vertex> parent;  // breadth-first tree inside the component
  parent.reserve(component.size());
  // Every body inside is active, so the map's rows of the kind give the view's lines, in its order.
  std::unordered_set<Vertex> inside(component.begin(), component.end());
  std::vector<Vertex> queue = {start};
  for (std::size_t head = 0; head < queue.size(); ++head) {
    const Vertex v = queue[head];
    for (const auto& line : map.out_links(v, kind)) {
      const Vertex w = line.body;
      if (w == start) {  // closed: walk back to the start
        std::vector<Vertex> route = {start};
        for (Vertex at = v; at != start; at = parent[at]) route.push_back(at);
        route.push_back(start);
        std::reverse(route.begin(), route.end());
        return route;
      }
      if (!inside.contains(w) || parent.contains(w)) continue;
      parent[w] = v;
      queue.push_back(w);
    }
  }
  return {start};
}

Finding make_finding(const Rule& rule, std::vector<Subject> roles, std::string message,
                     std::vector<std::string> evidence, std::vector<std::string> sources) {
  Finding f{rule.severity, std::string(rule.id), {}, std::move(message), std::move(evidence), std::move(sources)};
  f.subjects.reserve(roles.size());
  f.roles.reserve(roles.size());
  for (auto& s : roles) {
    f.subjects.push_back(std::move(s.id));
    f.roles.push_back(s.role);
  }
  return f;
}

Finding make_finding(const Rule& rule, SubjectRole role, std::vector<std::string> ids, std::string message,
                     std::vector<std::string> evidence, std::vector<std::string> sources) {
  Finding f{rule.severity,      std::string(rule.id), std::move(ids),
            std::move(message), std::move(evidence),  std::move(sources)};
  f.roles.assign(f.subjects.size(), role);
  return f;
}

std::vector<Subject> playing(SubjectRole role, std::vector<std::string> ids) {
  std::vector<Subject> subjects;
  subjects.reserve(ids.size());
  for (auto& id : ids) subjects.push_back({role, std::move(id)});
  return subjects;
}

std::vector<std::string> route_ids(const GovernanceMap& map, const std::vector<Vertex>& route) {
  std::vector<std::string> ids;
  for (Vertex v : route) ids.push_back(map.body(v).id);
  return ids;
}

UpwardSearch::UpwardSearch(const GovernanceMap& map, std::size_t limit, const std::vector<bool>* counted)
    : map_(map), limit_(limit), counted_(counted), seen_(map.body_count(), 0) {}

bool UpwardSearch::mark(Vertex v) {
  if (seen_[v] == epoch_) return false;
  seen_[v] = epoch_;
  return true;
}

UpwardSearch::Outcome UpwardSearch::reaches(Vertex from, Vertex to) {
  bool complete = true;
  // A dedicated loop would stop at `to`; reusing ancestors() keeps one search routine
  // and the limit bounds the cost either way.
  const auto found = ancestors(from, complete);
  if (std::find(found.begin(), found.end(), to) != found.end()) return Outcome::found;
  return complete ? Outcome::not_found : Outcome::gave_up;
}

std::vector<Vertex> UpwardSearch::ancestors(Vertex from, bool& complete) {
  if (++epoch_ == 0) {  // wrapped: clear once every 2^32 searches
    std::fill(seen_.begin(), seen_.end(), 0);
    epoch_ = 1;
  }
  queue_.clear();
  std::vector<Vertex> found;
  complete = true;
  // `from` is not marked, so it is found again only through a cycle.
  std::size_t head = 0;
  auto expand = [&](Vertex v) {
    for (const auto& line : map_.out_links(v, LinkKind::accountable_to)) {
      const Vertex w = line.body;
      if ((counted_ != nullptr && !(*counted_)[line.link]) || !active(map_, w) || !mark(w)) continue;
      if (found.size() >= limit_) {
        complete = false;
        return;
      }
      found.push_back(w);
      queue_.push_back(w);
    }
  };
  expand(from);
  while (complete && head < queue_.size()) expand(queue_[head++]);
  return found;
}

std::vector<SimilarPair> similar_pairs(const std::vector<std::vector<std::uint32_t>>& sets,
                                       std::size_t universe, double min_jaccard, std::size_t min_shared) {
  std::vector<std::uint32_t> frequency(universe, 0);
  for (const auto& set : sets)
    for (auto item : set) ++frequency[item];
  // Rank items rarest first (ties by number): a global order for the prefixes, made by
  // counting sort, as an item is in each set at most once.
  std::vector<std::size_t> first_of(sets.size() + 2, 0);  // where items of each frequency begin
  for (std::size_t item = 0; item < universe; ++item) ++first_of[frequency[item] + 1];
  std::partial_sum(first_of.begin(), first_of.end(), first_of.begin());
  std::vector<std::uint32_t> order(universe);
  for (std::uint32_t item = 0; item < universe; ++item) order[first_of[frequency[item]]++] = item;
  std::vector<std::uint32_t> rank(universe);
  for (std::size_t i = 0; i < universe; ++i) rank[order[i]] = static_cast<std::uint32_t>(i);

  // Each set's prefix: the items, rarest first, of which a qualifying pair must share one.
  // A qualifying pair shares at least alpha items: J >= t implies |x ∩ y| >= t * |x|.
  const std::size_t floor_shared = std::max<std::size_t>(min_shared, 1);
  std::vector<std::uint32_t> prefixes;                        // items, set after set
  std::vector<std::size_t> prefix_start(sets.size() + 1, 0);  // set x's: [start[x], start[x + 1])
  std::vector<std::uint32_t> ranked;
  for (std::size_t x = 0; x < sets.size(); ++x) {
    prefix_start[x] = prefixes.size();
    const std::size_t n = sets[x].size();
    const auto by_jaccard = static_cast<std::size_t>(std::ceil(min_jaccard * static_cast<double>(n) - 1e-9));
    const std::size_t alpha = std::max(floor_shared, by_jaccard);
    if (alpha > n) continue;
    ranked.clear();
    for (auto item : sets[x]) ranked.push_back(rank[item]);
    std::sort(ranked.begin(), ranked.end());
    for (std::size_t i = 0; i < n - alpha + 1; ++i) prefixes.push_back(order[ranked[i]]);
  }
  prefix_start[sets.size()] = prefixes.size();

  // The index, item -> the sets with it in their prefix, in set order, in one array: item
  // i's sets are at [bucket[i], bucket[i] + filled[i]), filled as the sets are probed in
  // order, so a set meets only the sets before it.
  std::vector<std::size_t> bucket(universe + 1, 0);
  for (auto item : prefixes) ++bucket[item + 1];
  std::partial_sum(bucket.begin(), bucket.end(), bucket.begin());
  std::vector<std::uint32_t> filled(universe, 0);
  std::vector<std::size_t> index(prefixes.size());
  // The fewest items a qualifying pair with `total` items between them shares: J >= t
  // needs |x ∩ y| >= t * total / (1 + t), taken less a margin far wider than the rounding
  // of the exact test below, so no qualifying pair is given up.
  const auto least_shared = [&](double total) {
    const double by_jaccard = std::ceil(min_jaccard * total / (1 + min_jaccard) - 1e-6);
    return std::max(floor_shared, static_cast<std::size_t>(std::max(0.0, by_jaccard)));
  };
  std::vector<std::size_t> last_probe(sets.size(), sets.size());
  std::vector<SimilarPair> pairs;
  for (std::size_t x = 0; x < sets.size(); ++x) {
    const auto& b = sets[x];
    for (std::size_t k = prefix_start[x]; k < prefix_start[x + 1]; ++k) {
      const auto item = prefixes[k];
      for (std::size_t j = 0; j < filled[item]; ++j) {
        const std::size_t y = index[bucket[item] + j];
        if (last_probe[y] == x) continue;
        last_probe[y] = x;
        // Verify on the sorted item numbers, giving up once too few items are left to share.
        const auto& a = sets[y];
        const double total = static_cast<double>(a.size() + b.size());
        const std::size_t needed = least_shared(total);
        std::size_t shared = 0;
        for (std::size_t p = 0, q = 0; p < a.size() && q < b.size();) {
          if (a[p] == b[q]) {
            ++shared, ++p, ++q;
            continue;
          }
          if (a[p] < b[q]) ++p;
          else ++q;
          if (shared + std::min(a.size() - p, b.size() - q) < needed) break;
        }
        if (shared < needed) continue;
        const double jaccard = static_cast<double>(shared) / (total - static_cast<double>(shared));
        if (jaccard + 1e-12 >= min_jaccard) pairs.push_back({y, x, shared, jaccard});
      }
      index[bucket[item] + filled[item]++] = x;
    }
  }
  std::sort(pairs.begin(), pairs.end(),
            [](const SimilarPair& p, const SimilarPair& q) { return std::tie(p.a, p.b) < std::tie(q.a, q.b); });
  return pairs;
}

std::vector<std::string> Sources::take() {
  sort_unique(items_);
  return std::move(items_);
}

std::vector<std::vector<std::uint32_t>> interests(const GovernanceMap& map) {
  std::vector<std::vector<std::uint32_t>> rows(map.body_count());
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v)) continue;
    for (const AreaIndex a : map.areas(v)) rows[v].push_back(static_cast<std::uint32_t>(a.value()));
    for (const Duty& d : map.duties(v))
      if (const AreaIndex a = map.area(d.responsibility)) rows[v].push_back(static_cast<std::uint32_t>(a.value()));
    std::sort(rows[v].begin(), rows[v].end());
    rows[v].erase(std::unique(rows[v].begin(), rows[v].end()), rows[v].end());
  }
  return rows;
}

std::vector<std::string> ids_of(const GovernanceMap& map, const std::vector<Vertex>& bodies) {
  std::vector<std::string> ids;
  for (Vertex v : bodies) ids.push_back(map.body(v).id);
  sort_unique(ids);
  return ids;
}

bool before_followed(std::string_view a, std::string_view b, char after) {
  const std::size_t common = std::min(a.size(), b.size());
  if (const int c = a.substr(0, common).compare(b.substr(0, common)); c != 0) return c < 0;
  if (a.size() == b.size()) return false;
  // One is the start of the other: the shorter goes on with `after`, then ends.
  const auto byte = [](char c) { return static_cast<unsigned char>(c); };
  return a.size() < b.size() ? byte(after) <= byte(b[common]) : byte(a[common]) < byte(after);
}

namespace {

/// Eight bytes of `text` + `after` from `at` as a big-endian number, zero past its end:
/// numbers compare as the texts do, up to a tie.
std::uint64_t eight_bytes(std::string_view text, char after, std::size_t at) {
  std::uint64_t number = 0;
  for (std::size_t i = at; i < at + 8; ++i) {
    const unsigned char c = i < text.size()    ? static_cast<unsigned char>(text[i])
                            : i == text.size() ? static_cast<unsigned char>(after)
                                               : 0U;
    number = (number << 8) | c;
  }
  return number;
}

}  // namespace

std::vector<std::uint32_t> id_ranks(const GovernanceMap& map, char after) {
  const std::size_t n = map.body_count();
  const auto id = [&](std::uint32_t v) -> std::string_view { return map.body(v).id; };
  // Sorted on the first sixteen bytes, held beside each body: most comparisons end there,
  // without reading texts that lie all over memory (comparing them was a tenth of the
  // rules' time on a 100,000-body map).
  struct Key {
    std::uint64_t high = 0;
    std::uint64_t low = 0;
    std::uint32_t body = 0;
  };
  std::vector<Key> keys(n);
  for (std::uint32_t v = 0; v < n; ++v) keys[v] = {eight_bytes(id(v), after, 0), eight_bytes(id(v), after, 8), v};
  std::sort(keys.begin(), keys.end(), [&](const Key& x, const Key& y) {
    if (x.high != y.high) return x.high < y.high;
    if (x.low != y.low) return x.low < y.low;
    return before_followed(id(x.body), id(y.body), after);
  });
  std::vector<std::uint32_t> rank(n);
  for (std::uint32_t r = 0; r < n; ++r) rank[keys[r].body] = r;
  return rank;
}

std::vector<std::string> names_of(const GovernanceMap& map, std::vector<Vertex> bodies) {
  std::sort(bodies.begin(), bodies.end(), [&](Vertex x, Vertex y) { return map.body(x).id < map.body(y).id; });
  std::vector<std::string> names;
  for (Vertex v : bodies) names.push_back(name_of(map, v));
  return names;
}

bool in_class(const GovernanceMap& map, Vertex member, Vertex group) {
  if (!is_class(map, group) || (!is_mixed_class(map, group) && map.body(member).type != map.body(group).type))
    return false;
  const auto view = map.view(LinkKind::member_of);
  for (auto e : boost::make_iterator_range(boost::out_edges(member, view)))
    if (boost::target(e, view) == group) return true;
  return false;
}

const std::string& name_of(const GovernanceMap& map, Vertex v) {
  const Body& b = map.body(v);
  return b.name.empty() ? b.id : b.name;
}

std::string responsibility_name(const Responsibility& r) { return r.name.empty() ? r.id : r.name; }

std::string area_name(const PolicyArea& area) { return area.name.empty() ? area.id : area.name; }

std::string join_names(const std::vector<std::string>& names) { return join_some(names, names_listed); }

std::string join_some(const std::vector<std::string>& names, std::size_t most) {
  return join_some(names, most, names.size());
}

std::string join_some(const std::vector<std::string>& names, std::size_t most, std::size_t total) {
  if (total <= most) return english_list(names, "and");
  std::vector<std::string> some(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(std::min(most, names.size())));
  some.push_back(std::to_string(total - most) + " others");
  return english_list(some, "and");
}

namespace {
std::string whole_route_text(const GovernanceMap& map, const std::vector<Vertex>& route) {
  std::string text;
  for (std::size_t i = 0; i < route.size(); ++i) {
    if (i > 0) text += " → ";
    text += name_of(map, route[i]);
  }
  return text;
}
}  // namespace

std::string route_text(const GovernanceMap& map, const std::vector<Vertex>& shown, std::size_t hidden) {
  if (hidden == 0 || shown.size() < 2) return whole_route_text(map, shown);
  const std::vector<Vertex> head(shown.begin(), shown.end() - 1);
  return whole_route_text(map, head) + " → … " + std::to_string(hidden) + " more → " + name_of(map, shown.back());
}

std::string format_amount(double amount, std::string_view currency) {
  std::string text(currency);
  if (!text.empty()) text += ' ';
  return text + govgraph::format_amount(amount);
}

std::string format_ratio(double value) { return format_fixed(value, 2); }

void sort_unique(std::vector<std::string>& items) {
  std::sort(items.begin(), items.end());
  items.erase(std::unique(items.begin(), items.end()), items.end());
}

}  // namespace govgraph::detail
