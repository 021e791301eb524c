#include "restructure/map_diff.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <tuple>
#include <string_view>
#include <unordered_map>

#include "graph/id_table.hpp"
#include "graph/schema.hpp"

namespace govgraph {
namespace {

/// Unknown fields by key: changed or added in `after`'s order, then removed ones.
void extra_changes(const std::vector<ExtraField>& before, const std::vector<ExtraField>& after,
                   std::vector<FieldChange>& out) {
  auto json_of = [](const std::vector<ExtraField>& extras, const std::string& key) {
    auto it = std::find_if(extras.begin(), extras.end(), [&](const ExtraField& e) { return e.key == key; });
    return it == extras.end() ? std::string() : it->json;
  };
  for (const auto& e : after)
    if (std::string old = json_of(before, e.key); old != e.json) out.push_back({e.key, old, e.json});
  for (const auto& e : before)
    if (json_of(after, e.key).empty()) out.push_back({e.key, e.json, ""});
}

/// Every field the schema lists (but those keying the record), then unknown fields.
template <typename R>
std::vector<FieldChange> field_changes(const R& a, const R& b) {
  std::vector<FieldChange> out;
  for (const auto& field : schema<R>()) {
    if (field.identifies || same_value(field, a, b)) continue;
    if (std::string x = field_text(field, a), y = field_text(field, b); x != y) out.push_back({std::string(field.name), x, y});
  }
  extra_changes(a.extras, b.extras, out);
  return out;
}

/// Each record's key, with " #2", " #3", ... on repeats so repeated links stay apart.
template <typename Record, typename Key>
std::vector<std::string> keys_of(const std::vector<Record>& records, Key key) {
  std::vector<std::string> keys;
  keys.reserve(records.size());
  std::unordered_map<std::string_view, std::size_t> seen;  // views of keys' first copies: reserved, so they stay put
  seen.reserve(records.size());
  for (const auto& r : records) {
    std::string k = key(r);
    if (const auto it = seen.find(k); it != seen.end()) {
      keys.push_back(k + " #" + std::to_string(++it->second));
    } else {
      keys.push_back(std::move(k));
      seen.emplace(keys.back(), 1);
    }
  }
  return keys;
}

/// Diffs two collections keyed by `key`: added and changed in `after`'s order, then the
/// removed in `before`'s order. Keys are hashed: O(records) expected.
template <typename Record, typename Key>
std::vector<RecordChange> diff_records(const std::vector<Record>& before, const std::vector<Record>& after, Key key) {
  const auto before_keys = keys_of(before, key);
  const auto after_keys = keys_of(after, key);
  std::unordered_map<std::string_view, std::size_t> before_index;  // keys are unique, so each names one record
  before_index.reserve(before.size());
  for (std::size_t i = 0; i < before.size(); ++i) before_index.emplace(before_keys[i], i);
  std::vector<bool> kept(before.size(), false);
  std::vector<RecordChange> out;
  for (std::size_t i = 0; i < after.size(); ++i) {
    auto it = before_index.find(after_keys[i]);
    if (it == before_index.end()) {
      out.push_back({RecordChange::What::added, after_keys[i], {}});
      continue;
    }
    kept[it->second] = true;
    auto fields = field_changes(before[it->second], after[i]);
    if (!fields.empty()) out.push_back({RecordChange::What::changed, after_keys[i], std::move(fields)});
  }
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!kept[i]) out.push_back({RecordChange::What::removed, before_keys[i], {}});
  return out;
}

const auto by_id = [](const auto& record) { return record.id; };

/// A link's key as numbers: its ends numbered by body id across both maps (the pair of a
/// collaborates_with link in numeric order, as either way round is one link), its kind, a
/// funding's period, and where the link stands in its map.
struct LinkKey {
  std::uint32_t low = 0;
  std::uint32_t high = 0;
  LinkKind kind = LinkKind::accountable_to;
  std::string_view period;
  std::uint32_t index = 0;

  [[nodiscard]] bool same_link(const LinkKey& other) const {
    return low == other.low && high == other.high && kind == other.kind && period == other.period;
  }
  friend bool operator<(const LinkKey& a, const LinkKey& b) {
    return std::tie(a.low, a.high, a.kind, a.period, a.index) < std::tie(b.low, b.high, b.kind, b.period, b.index);
  }
};

/// Every id in `numbers` has a number; each link end is numbered by its body's id (an
/// end that names no body, by its own text), so a body has one number in both maps.
struct EndNumbers {
  IdTable& numbers;
  std::vector<std::uint32_t> of_body;  // of_body[k]: the number of bodies[k]'s id

  EndNumbers(IdTable& table, const std::vector<Body>& bodies) : numbers(table), of_body(bodies.size()) {
    for (std::size_t k = 0; k < bodies.size(); ++k) of_body[k] = add(bodies[k].id);
  }
  std::uint32_t add(std::string_view id) { return static_cast<std::uint32_t>(numbers.insert(id, numbers.size())); }
  std::uint32_t operator()(std::uint32_t end, std::string_view id) {
    return end == unknown_end ? add(id) : of_body[end];
  }
};

/// The links' keys, sorted, so a link's repeats stand together in the map's order. Each
/// end comes from `ends` (the map's links resolved once), not from looking up its text.
/// Sorted in two steps: counted into place by the lower end's number, in the links' order,
/// then each body's few keys sorted among themselves. O(E + V) and a sort of ten-odd keys
/// a body, where one sort of a million keys was O(E log E).
std::vector<LinkKey> sorted_keys(const std::vector<Link>& links, const std::vector<LinkEnds>& ends,
                                 EndNumbers numbers) {
  std::vector<LinkKey> keys;
  keys.reserve(links.size());
  for (std::size_t i = 0; i < links.size(); ++i) {
    const Link& link = links[i];
    auto from = numbers(ends[i].first, link.from);
    auto to = numbers(ends[i].second, link.to);
    if (link.kind == LinkKind::collaborates_with && to < from) std::swap(from, to);
    keys.push_back({from, to, link.kind,
                    link.kind == LinkKind::funds ? std::string_view(link.terms->period) : std::string_view(),
                    static_cast<std::uint32_t>(i)});
  }
  // Every end is numbered by now; first[n]: where the keys whose lower end is n begin.
  std::vector<std::size_t> first(numbers.numbers.size() + 1, 0);
  for (const LinkKey& key : keys) ++first[key.low + 1];
  for (std::size_t n = 1; n < first.size(); ++n) first[n] += first[n - 1];
  std::vector<LinkKey> sorted(keys.size());
  std::vector<std::size_t> next(first.begin(), first.end() - 1);
  for (const LinkKey& key : keys) sorted[next[key.low]++] = key;
  for (std::size_t n = 0; n + 1 < first.size(); ++n)
    if (first[n + 1] - first[n] > 1)
      std::sort(sorted.begin() + static_cast<std::ptrdiff_t>(first[n]),
                sorted.begin() + static_cast<std::ptrdiff_t>(first[n + 1]));
  return sorted;
}

/// The key text of a link that is the `occurrence`th (from 1) with its key in its map.
std::string repeat_key_text(const Link& link, std::size_t occurrence) {
  std::string key = link_key_text(link);
  if (occurrence > 1) key += " #" + std::to_string(occurrence);
  return key;
}

/// Links diffed as diff_records would by their key text (with " #2", " #3", ... on
/// repeats), but matched by sorting keys of numbers: a million links are not each made
/// into text and hashed, and only the links that changed are named. O(E log E).
std::vector<RecordChange> diff_links(const MapData& before_map, const MapData& after_map, const MapIds& before_ids,
                                     const MapIds& after_ids) {
  const std::vector<Link>& before = before_map.links;
  const std::vector<Link>& after = after_map.links;
  IdTable numbers;
  numbers.reserve(std::max(before_map.bodies.size(), after_map.bodies.size()) + 16);
  const auto before_keys = sorted_keys(before, before_ids.link_ends, EndNumbers(numbers, before_map.bodies));
  const auto after_keys = sorted_keys(after, after_ids.link_ends, EndNumbers(numbers, after_map.bodies));
  // Each link's occurrence among its repeats, and its counterpart in the other map.
  constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> before_occurrence(before.size()), after_occurrence(after.size());
  std::vector<std::size_t> counterpart(after.size(), none);
  std::vector<bool> kept(before.size(), false);
  for (std::size_t b = 0, a = 0; b < before_keys.size() || a < after_keys.size();) {
    const LinkKey& key = b < before_keys.size() && (a == after_keys.size() || before_keys[b] < after_keys[a])
                             ? before_keys[b]
                             : after_keys[a];
    std::size_t n = 1;
    for (; b < before_keys.size() && before_keys[b].same_link(key); ++b, ++n) before_occurrence[before_keys[b].index] = n;
    const std::size_t repeats_before = n - 1;
    n = 1;
    for (; a < after_keys.size() && after_keys[a].same_link(key); ++a, ++n) {
      const std::uint32_t index = after_keys[a].index;
      after_occurrence[index] = n;
      if (n <= repeats_before) {
        counterpart[index] = before_keys[b - repeats_before + n - 1].index;
        kept[counterpart[index]] = true;
      }
    }
  }
  std::vector<RecordChange> out;
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (counterpart[i] == none) {
      out.push_back({RecordChange::What::added, repeat_key_text(after[i], after_occurrence[i]), {}});
      continue;
    }
    auto fields = field_changes(before[counterpart[i]], after[i]);
    if (!fields.empty())
      out.push_back({RecordChange::What::changed, repeat_key_text(after[i], after_occurrence[i]), std::move(fields)});
  }
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!kept[i]) out.push_back({RecordChange::What::removed, repeat_key_text(before[i], before_occurrence[i]), {}});
  return out;
}

}  // namespace

std::string link_key_text(const Link& link) {
  std::string a = link.from;
  std::string b = link.to;
  if (link.kind == LinkKind::collaborates_with && b < a) std::swap(a, b);
  std::string key = a + " " + std::string(to_string(link.kind)) + " " + b;
  if (link.kind == LinkKind::funds && !link.terms->period.empty()) key += " " + link.terms->period;
  return key;
}

MapDiff diff_maps(const MapData& before, const MapData& after) {
  return diff_maps(before, after, MapIds(before), MapIds(after));
}

MapDiff diff_maps(const MapData& before, const MapData& after, const MapIds& before_ids, const MapIds& after_ids) {
  MapDiff d;
  d.map_fields = field_changes(before, after);
  // The header's declarations are lists of records of their own, not one value the schema holds.
  const auto declarations = [&](std::string_view name, const auto& a, const auto& b) {
    if (a != b) d.map_fields.push_back({std::string(name), canonical_text(a), canonical_text(b)});
  };
  declarations("body_types", before.body_types, after.body_types);
  declarations("link_bases", before.link_bases, after.link_bases);
  d.sources = diff_records(before.sources, after.sources, by_id);
  d.policy_areas = diff_records(before.policy_areas, after.policy_areas, by_id);
  d.bodies = diff_records(before.bodies, after.bodies, by_id);
  d.links = diff_links(before, after, before_ids, after_ids);
  d.responsibilities = diff_records(before.responsibilities, after.responsibilities, by_id);
  return d;
}

}  // namespace govgraph
