#pragma once
// A map's ids, interned once: each collection's ids mapped to the index of the record
// that defines them. check_map and GovernanceMap share one, so a loaded map's ids are
// hashed once, and analyses and diff look ids up through it.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include "graph/records.hpp"

namespace govgraph {

/// The ids of one collection, each once, with the index of the first record holding it:
/// an open-addressing table looked up by string_view, without building a std::string.
class IdTable {
 public:
  /// What find returns for an unknown id.
  static constexpr std::size_t npos = std::numeric_limits<std::size_t>::max();

  /// The ids of `records` (their `id` member); an empty id is skipped, a repeated id
  /// keeps its first record. O(records).
  template <typename Records>
  static IdTable of(const Records& records) {
    IdTable table;
    table.reserve(records.size());
    for (std::size_t i = 0; i < records.size(); ++i) table.insert(records[i].id, i);
    return table;
  }

  void reserve(std::size_t count);
  /// Adds `id` for record `index` unless present; returns the record index it maps to.
  std::size_t insert(std::string_view id, std::size_t index);
  /// The record index of `id`, or npos. O(1) expected.
  [[nodiscard]] std::size_t find(std::string_view id) const;
  /// find() of each of `count` ids, `id(i)` the i-th, into `found(i, index)`: the same
  /// answers, with each id's slot fetched from memory a few lookups before it is read,
  /// as in a large table nearly every lookup misses the cache.
  template <typename Id, typename Found>
  void find_each(std::size_t count, const Id& id, const Found& found) const;
  [[nodiscard]] bool contains(std::string_view id) const { return find(id) != npos; }

  /// Every id, in the order first inserted.
  [[nodiscard]] const std::vector<std::string>& ids() const { return ids_; }
  [[nodiscard]] std::size_t size() const { return ids_.size(); }

 private:
  // A lookup reads one slot: the id's hash, size and first bytes are in it, so only an
  // id longer than `head` is compared in ids_ (a second cache miss per lookup).
  struct Slot {
    std::uint32_t entry = 0;  // 1 + the id's place in ids_; 0: empty
    std::uint32_t hash = 0;   // the low bits of its hash
    std::uint32_t size = 0;
    std::array<char, 20> head{};
  };
  [[nodiscard]] static std::size_t hash_of(std::string_view id);
  [[nodiscard]] std::size_t find(std::string_view id, std::size_t hash) const;
  [[nodiscard]] bool holds(const Slot& s, std::string_view id, std::uint32_t hash) const;
  [[nodiscard]] std::size_t slot_of(std::string_view id, std::size_t hash) const;
  void grow();

  std::vector<Slot> slots_;  // a power of two, at most half full
  std::vector<std::string> ids_;
  std::vector<std::uint32_t> records_;  // records_[k]: the record index of ids_[k]
};

template <typename Id, typename Found>
void IdTable::find_each(std::size_t count, const Id& id, const Found& found) const {
  constexpr std::size_t ahead = 8;
  std::array<std::size_t, ahead> hashes{};
  const auto fetch = [&](std::size_t i) {
    const std::size_t hash = hash_of(id(i));
    hashes[i % ahead] = hash;
    if (!slots_.empty()) __builtin_prefetch(&slots_[hash & (slots_.size() - 1)]);
  };
  for (std::size_t i = 0; i < std::min(ahead, count); ++i) fetch(i);
  for (std::size_t i = 0; i < count; ++i) {
    const std::size_t hash = hashes[i % ahead];
    if (i + ahead < count) fetch(i + ahead);
    found(i, find(id(i), hash));
  }
}

/// The two ends of a link as the record indexes of its bodies; an end that names no
/// body is IdTable::npos's 32-bit form, `unknown_end`.
using LinkEnds = std::pair<std::uint32_t, std::uint32_t>;
inline constexpr std::uint32_t unknown_end = std::numeric_limits<std::uint32_t>::max();

/// The id tables of one map, built once per MapData, and every link's ends looked up in
/// them once: check_map reports an end that names no body, and GovernanceMap joins the
/// ends it found, so a million links are resolved once, not once by each.
struct MapIds {
  MapIds() = default;
  explicit MapIds(const MapData& map);

  IdTable sources;
  IdTable policy_areas;
  IdTable bodies;
  IdTable responsibilities;
  std::vector<LinkEnds> link_ends;  // link_ends[i]: map.links[i]'s from and to

  /// The ends of `link`, as link_ends holds them for a link of the map. O(1) expected.
  [[nodiscard]] LinkEnds ends_of(const Link& link) const;
};

}  // namespace govgraph
