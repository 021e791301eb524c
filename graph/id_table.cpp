#include "graph/id_table.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <functional>

#include "graph/parallel.hpp"

namespace govgraph {

void IdTable::reserve(std::size_t count) {
  ids_.reserve(count);
  records_.reserve(count);
  const std::size_t wanted = std::bit_ceil(std::max<std::size_t>(16, count * 2));
  if (wanted <= slots_.size()) return;
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(wanted, Slot{});
  for (const Slot& s : old) {
    if (s.entry == 0) continue;
    const std::size_t hash = hash_of(ids_[s.entry - 1]);
    slots_[slot_of(ids_[s.entry - 1], hash)] = s;
  }
}

void IdTable::grow() { reserve(std::max<std::size_t>(16, ids_.size() * 2)); }

std::size_t IdTable::slot_of(std::string_view id, std::size_t hash) const {
  const std::size_t mask = slots_.size() - 1;
  for (std::size_t at = hash & mask;; at = (at + 1) & mask) {
    const Slot& s = slots_[at];
    if (s.entry == 0 || holds(s, id, static_cast<std::uint32_t>(hash))) return at;
  }
}

bool IdTable::holds(const Slot& s, std::string_view id, std::uint32_t hash) const {
  if (s.hash != hash || s.size != id.size()) return false;
  if (std::memcmp(s.head.data(), id.data(), std::min(id.size(), s.head.size())) != 0) return false;
  return id.size() <= s.head.size() || ids_[s.entry - 1] == id;
}

std::size_t IdTable::insert(std::string_view id, std::size_t index) {
  if (id.empty()) return npos;
  if ((ids_.size() + 1) * 2 > slots_.size()) grow();
  const std::size_t hash = hash_of(id);
  Slot& s = slots_[slot_of(id, hash)];
  if (s.entry != 0) return records_[s.entry - 1];
  ids_.emplace_back(id);
  records_.push_back(static_cast<std::uint32_t>(index));
  s = Slot{static_cast<std::uint32_t>(ids_.size()), static_cast<std::uint32_t>(hash),
           static_cast<std::uint32_t>(id.size()), {}};
  std::memcpy(s.head.data(), id.data(), std::min(id.size(), s.head.size()));
  return index;
}

std::size_t IdTable::hash_of(std::string_view id) { return std::hash<std::string_view>{}(id); }

std::size_t IdTable::find(std::string_view id) const { return find(id, hash_of(id)); }

std::size_t IdTable::find(std::string_view id, std::size_t hash) const {
  if (slots_.empty() || id.empty()) return npos;
  const Slot& s = slots_[slot_of(id, hash)];
  return s.entry == 0 ? npos : records_[s.entry - 1];
}

namespace {

/// A link end as LinkEnds hold it: the body's record index found, or unknown_end.
std::uint32_t as_end(std::size_t found) {
  return found == IdTable::npos ? unknown_end : static_cast<std::uint32_t>(found);
}

}  // namespace

MapIds::MapIds(const MapData& map)
    : sources(IdTable::of(map.sources)),
      policy_areas(IdTable::of(map.policy_areas)),
      bodies(IdTable::of(map.bodies)),
      responsibilities(IdTable::of(map.responsibilities)),
      link_ends(map.links.size()) {
  // Each lookup is a likely cache miss in a large table, so a large map's links are
  // looked up on two threads; each writes only its own half.
  const auto resolve = [&](std::size_t first, std::size_t last) {
    // Ends in turn: from of the first link, to of the first, from of the second, ...
    bodies.find_each(
        2 * (last - first),
        [&](std::size_t e) -> const std::string& {
          const Link& link = map.links[first + e / 2];
          return e % 2 == 0 ? link.from : link.to;
        },
        [&](std::size_t e, std::size_t found) {
          auto& ends = link_ends[first + e / 2];
          (e % 2 == 0 ? ends.first : ends.second) = as_end(found);
        });
  };
  const std::size_t half = map.links.size() / 2;
  const bool large = map.links.size() >= (std::size_t{1} << 16);
  beside(large, [&] { resolve(half, map.links.size()); }, [&] { resolve(0, half); });
}

LinkEnds MapIds::ends_of(const Link& link) const {
  return {as_end(bodies.find(link.from)), as_end(bodies.find(link.to))};
}

}  // namespace govgraph
