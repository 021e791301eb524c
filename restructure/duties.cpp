#include "restructure/duties.hpp"

#include <algorithm>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace govgraph {
namespace {

/// The ids of a map's active bodies, to ask whether an owner is one in O(1).
std::unordered_set<std::string_view> active_bodies(const MapData& map) {
  std::unordered_set<std::string_view> active;
  for (const Body& b : map.bodies)
    if (b.status == BodyStatus::active) active.insert(b.id);
  return active;
}

bool has_active_lead(const Responsibility& r, const std::unordered_set<std::string_view>& active) {
  return std::any_of(r.owners.begin(), r.owners.end(),
                     [&](const Owner& o) { return o.role == Role::lead && active.contains(o.body); });
}

/// Each id to the first record with it, as a linear search from the front finds it.
template <typename Record, typename Id>
std::unordered_map<std::string_view, const Record*> first_by_id(const std::vector<Record>& records, Id id) {
  std::unordered_map<std::string_view, const Record*> index;
  for (const Record& record : records) index.try_emplace(id(record), &record);
  return index;
}

}  // namespace

std::vector<LostDuty> lost_duties(const MapData& before, const AppliedProposal& applied) {
  return lost_duties(before, applied.after, applied);
}

std::vector<LostDuty> lost_duties(const MapData& before, const MapData& after, const AppliedProposal& applied) {
  std::vector<LostDuty> lost;
  auto reason = [&](const std::string& id, const std::string& fallback) {
    auto it = applied.lead_lost.find(id);
    return it != applied.lead_lost.end() ? it->second : fallback;
  };
  const auto active_before = active_bodies(before);
  const auto active_after = active_bodies(after);
  // Each looked up by id once per responsibility: O(R + owners) in all, not a scan each.
  const auto now_by_id =
      first_by_id(after.responsibilities, [](const Responsibility& r) -> std::string_view { return r.id; });
  const auto settled_by_id =
      first_by_id(applied.settled, [](const SettledDuty& s) -> std::string_view { return s.responsibility; });
  const auto find = [](const auto& index, std::string_view id) {
    const auto found = index.find(id);
    return found == index.end() ? nullptr : found->second;
  };
  for (const auto& r : before.responsibilities) {
    if (!has_active_lead(r, active_before)) continue;  // already orphaned: a kept finding, not a loss
    if (const Responsibility* now = find(now_by_id, r.id)) {
      if (!has_active_lead(*now, active_after)) lost.push_back({r.id, r.name, reason(r.id, "it has no active lead after the proposal")});
      continue;
    }
    const SettledDuty* settled = find(settled_by_id, r.id);
    if (settled == nullptr) {
      lost.push_back({r.id, r.name, reason(r.id, "it no longer exists and was not retired")});
      continue;
    }
    if (settled->merged_into.empty()) continue;  // retired with a reason
    const Responsibility* into = find(now_by_id, settled->merged_into);
    if (into == nullptr || !has_active_lead(*into, active_after))
      lost.push_back({r.id, r.name, "it was merged into '" + settled->merged_into + "', which has no active lead after the proposal"});
  }
  std::sort(lost.begin(), lost.end(), [](const LostDuty& a, const LostDuty& b) { return a.responsibility < b.responsibility; });
  return lost;
}

}  // namespace govgraph
