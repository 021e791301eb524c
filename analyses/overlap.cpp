#include "analyses/overlap.hpp"

#include <algorithm>
#include <map>
#include <string>

#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

/// For each area, the active bodies with an interest in it (see interests()), sorted.
/// O(V + owners).
std::vector<std::vector<std::uint32_t>> area_bodies(const GovernanceMap& map) {
  std::vector<std::vector<std::uint32_t>> bodies(map.policy_areas().size());
  const auto rows = interests(map);
  for (Vertex v = 0; v < rows.size(); ++v)
    for (const std::uint32_t a : rows[v]) bodies[a].push_back(static_cast<std::uint32_t>(v));
  return bodies;
}

bool nested(const GovernanceMap& map, AreaIndex a, AreaIndex b) {
  auto is_ancestor = [&](AreaIndex upper, AreaIndex lower) {
    // The area tree is checked free of cycles; the bound guards a malformed one.
    AreaIndex p = map.parent_area(lower);
    for (std::size_t steps = 0; p && steps < map.policy_areas().size(); ++steps, p = map.parent_area(p))
      if (p == upper) return true;
    return false;
  };
  return is_ancestor(a, b) || is_ancestor(b, a);
}

/// The one responsibility every lead of an area leads, if there is one: then the area's
/// many leads are that responsibility's many leads (duplication.multiple-leads).
ResponsibilityIndex sole_led(const GovernanceMap& map, const std::vector<ResponsibilityIndex>& responsibilities,
                             const std::vector<Vertex>& leads) {
  for (const ResponsibilityIndex r : responsibilities) {
    std::vector<Vertex> own;
    for (auto [v, role] : map.owners(r))
      if (role == Role::lead && active(map, v)) own.push_back(v);
    std::sort(own.begin(), own.end());
    if (std::includes(own.begin(), own.end(), leads.begin(), leads.end())) return r;
  }
  return ResponsibilityIndex();
}

void crowded_areas(const GovernanceMap& map, const OverlapSettings& settings,
                   const std::vector<std::vector<std::uint32_t>>& bodies, std::vector<Finding>& out) {
  const std::size_t areas = map.policy_areas().size();
  std::vector<std::vector<Vertex>> leads(areas);
  std::vector<std::vector<ResponsibilityIndex>> responsibilities(areas);
  for (const ResponsibilityIndex r : map.responsibility_indices()) {
    const AreaIndex a = map.area(r);
    if (!a) continue;
    responsibilities[a.value()].push_back(r);
    for (auto [v, role] : map.owners(r))
      if (role == Role::lead && active(map, v)) leads[a.value()].push_back(v);
  }
  std::vector<std::size_t> sizes;
  for (const auto& list : bodies)
    if (!list.empty()) sizes.push_back(list.size());
  double median = 0;
  if (!sizes.empty()) {
    std::sort(sizes.begin(), sizes.end());
    const std::size_t mid = sizes.size() / 2;
    median = sizes.size() % 2 == 1 ? static_cast<double>(sizes[mid])
                                   : (static_cast<double>(sizes[mid - 1]) + static_cast<double>(sizes[mid])) / 2;
  }
  for (std::size_t a = 0; a < areas; ++a) {
    auto& lead_list = leads[a];
    std::sort(lead_list.begin(), lead_list.end());
    lead_list.erase(std::unique(lead_list.begin(), lead_list.end()), lead_list.end());
    const bool many_leads = lead_list.size() >= settings.crowded_min_leads;
    const std::size_t count = bodies[a].size();
    const bool many_bodies = count >= settings.crowded_min_bodies &&
                             static_cast<double>(count) > settings.crowded_typical_factor * median;
    if (!many_leads && !many_bodies) continue;
    const ResponsibilityIndex sole = many_bodies ? ResponsibilityIndex() : sole_led(map, responsibilities[a], lead_list);
    const PolicyArea& area = map.policy_area(AreaIndex(a));
    Sources sources;
    sources.add(area.source);
    for (const ResponsibilityIndex r : responsibilities[a]) sources.add(map.responsibility(r).source);
    std::vector<std::string> lead_names;
    for (Vertex v : lead_list) lead_names.push_back(name_of(map, v));
    std::sort(lead_names.begin(), lead_names.end());
    std::vector<std::string> evidence;
    if (!lead_list.empty())
      evidence.push_back(std::to_string(lead_list.size()) + " lead bodies across " +
                         std::to_string(responsibilities[a].size()) + " responsibilities: " + join_names(lead_names));
    evidence.push_back(std::to_string(count) + " bodies have an interest; the median area has " +
                       format_ratio(median));
    std::string message = "Policy area '" + area_name(area) + "' is crowded: ";
    if (many_leads) message += std::to_string(lead_list.size()) + " different bodies lead its responsibilities";
    if (many_leads && many_bodies) message += ", and ";
    if (many_bodies)
      message += std::to_string(count) + " bodies have an interest in it, far more than in a typical area";
    auto finding = make_finding(rule::crowded_area, {{SubjectRole::area, area.id}}, message + ".", evidence, sources.take());
    if (sole) finding.named.push_back({SubjectRole::responsibility, map.responsibility(sole).id});
    finding.numbers = {{"leads", static_cast<double>(lead_list.size())},
                       {"bodies", static_cast<double>(count)},
                       {"median_bodies", median}};
    out.push_back(std::move(finding));
  }
}

void area_pairs(const GovernanceMap& map, const OverlapSettings& settings,
                const std::vector<std::vector<std::uint32_t>>& bodies, std::vector<Finding>& out) {
  for (const auto& p : similar_pairs(bodies, map.body_count(), settings.pair_min_jaccard, settings.pair_min_shared)) {
    if (!settings.pair_include_nested && nested(map, AreaIndex(p.a), AreaIndex(p.b))) continue;
    const PolicyArea& a = map.policy_area(AreaIndex(p.a));
    const PolicyArea& b = map.policy_area(AreaIndex(p.b));
    std::vector<std::uint32_t> shared;
    std::set_intersection(bodies[p.a].begin(), bodies[p.a].end(), bodies[p.b].begin(), bodies[p.b].end(),
                          std::back_inserter(shared));
    std::vector<std::string> names;
    for (auto v : shared) names.push_back(name_of(map, v));
    std::sort(names.begin(), names.end());
    Sources sources;
    sources.add(a.source);
    sources.add(b.source);
    std::vector<std::string> subjects = {a.id, b.id};
    std::sort(subjects.begin(), subjects.end());
    const std::size_t together = bodies[p.a].size() + bodies[p.b].size() - p.shared;
    auto finding = make_finding(
        rule::area_pair, SubjectRole::area, std::move(subjects),
        "Policy areas '" + area_name(a) + "' and '" + area_name(b) + "' are served largely by the same bodies (" +
            std::to_string(p.shared) + " of " + std::to_string(together) + ").",
        {"Jaccard similarity " + format_ratio(p.jaccard), "shared bodies: " + join_names(names)}, sources.take());
    finding.numbers = {{"shared", static_cast<double>(p.shared)},
                       {"together", static_cast<double>(together)},
                       {"jaccard", p.jaccard}};
    out.push_back(std::move(finding));
  }
}

}  // namespace

bool fold_crowded_areas(std::vector<Finding>& findings) {
  std::map<std::string, std::size_t> multiple_leads;  // responsibility id -> its finding
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (is(findings[i], rule::multiple_leads))
      for (auto& id : findings[i].ids(SubjectRole::responsibility)) multiple_leads.emplace(std::move(id), i);
  std::vector<bool> folded(findings.size(), false);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& crowded = findings[i];
    if (!is(crowded, rule::crowded_area) || crowded.named.empty()) continue;
    const auto found = multiple_leads.find(crowded.named.front().id);
    if (found == multiple_leads.end()) continue;
    Finding& leads = findings[found->second];
    leads.evidence.push_back("also " + std::string(rule::crowded_area.id) + ": " + crowded.message);
    for (const auto& id : crowded.ids(SubjectRole::area)) leads.named.push_back({SubjectRole::area, id});
    leads.sources.insert(leads.sources.end(), crowded.sources.begin(), crowded.sources.end());
    sort_unique(leads.sources);
    leads.severity = std::min(leads.severity, crowded.severity);  // the more severe
    folded[i] = true;
  }
  std::size_t kept = 0;  // the findings not folded close up in place
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!folded[i]) {
      if (kept != i) findings[kept] = std::move(findings[i]);
      ++kept;
    }
  const bool any_folded = kept != findings.size();
  findings.resize(kept);
  return any_folded;
}

std::vector<Finding> find_overlap(const GovernanceMap& map, const SharedResults& /*shared*/,
                                  const OverlapSettings& settings) {
  std::vector<Finding> findings;
  const auto bodies = area_bodies(map);
  crowded_areas(map, settings, bodies, findings);
  area_pairs(map, settings, bodies, findings);
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
