#include "analyses/analyse.hpp"

#include <algorithm>

#include "graph/diagnostic.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

std::vector<std::string> valid_names() {
  std::vector<std::string> names;
  for (Family f : all_families) names.emplace_back(to_string(f));
  for (const auto& r : all_rules) names.emplace_back(r.id);
  return names;
}

bool matches(std::string_view name, std::string_view rule) {
  if (name == rule) return true;
  return rule.size() > name.size() && rule.substr(0, name.size()) == name && rule[name.size()] == '.';
}

}  // namespace

void RuleSelection::validate() const {
  const auto valid = valid_names();
  for (const auto* list : {&only, &skip})
    for (const auto& name : *list)
      if (std::find(valid.begin(), valid.end(), name) == valid.end())
        throw InputError(Location{}, "unknown rule or family '" + name + "': expected one of " + join(valid, ", "));
}

bool RuleSelection::selected(std::string_view rule) const {
  auto named = [&](const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return matches(n, rule); });
  };
  return (only.empty() || named(only)) && !named(skip);
}

std::vector<Finding> analyse(const GovernanceMap& map, const AnalysisSettings& settings, const RuleSelection& selection) {
  return analyse(map, share(map, settings.accountability), settings, selection);
}

std::vector<Finding> analyse(const GovernanceMap& map, const SharedResults& shared, const AnalysisSettings& settings,
                             const RuleSelection& selection) {
  selection.validate();
  auto wanted = [&](Family family) {
    return std::any_of(all_rules.begin(), all_rules.end(),
                       [&](const Rule& r) { return r.family == family && selection.selected(r.id); });
  };
  std::vector<Finding> findings;
  auto take = [&](std::vector<Finding> part) {
    for (auto& f : part)
      if (selection.selected(f.rule)) {
        f.severity = settings.severity(f.rule);
        findings.push_back(std::move(f));
      }
  };
  if (wanted(Family::orphan)) take(find_orphans(map, shared, settings.orphans));
  if (wanted(Family::duplication)) take(find_duplication(map, shared, settings.duplication));
  if (wanted(Family::overlap)) take(find_overlap(map, shared, settings.overlap));
  if (wanted(Family::accountability)) take(find_accountability(map, shared, settings.accountability));
  if (wanted(Family::funding)) take(find_funding(map, shared, settings.funding));
  if (wanted(Family::delivery)) take(find_delivery(map, shared, settings.delivery));
  if (wanted(Family::provenance)) take(find_provenance(map, shared, settings.provenance));
  fold_crowded_areas(findings);
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
