#include "restructure/map_diff.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>

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

}  // namespace

std::string link_key_text(const Link& link) {
  std::string a = link.from;
  std::string b = link.to;
  if (link.kind == LinkKind::collaborates_with && b < a) std::swap(a, b);
  std::string key = a + " " + std::string(to_string(link.kind)) + " " + b;
  if (link.kind == LinkKind::funds && !link.period.empty()) key += " " + link.period;
  return key;
}

MapDiff diff_maps(const MapData& before, const MapData& after) {
  MapDiff d;
  d.map_fields = field_changes(before, after);
  d.sources = diff_records(before.sources, after.sources, by_id);
  d.policy_areas = diff_records(before.policy_areas, after.policy_areas, by_id);
  d.bodies = diff_records(before.bodies, after.bodies, by_id);
  d.links = diff_records(before.links, after.links, link_key_text);
  d.responsibilities = diff_records(before.responsibilities, after.responsibilities, by_id);
  return d;
}

}  // namespace govgraph
