#include "analyses/analyse.hpp"

#include <algorithm>
#include <functional>
#include <numeric>

#include "graph/diagnostic.hpp"
#include "graph/parallel.hpp"
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

/// Runs the tasks on up to `threads` threads, each taking the next task not yet begun in
/// `start` order, and returns their results in the tasks' order, so the order of work never
/// shows. The first exception a task throws is thrown again here, after every thread is done.
template <typename Result>
std::vector<Result> run_tasks(const std::vector<std::function<Result()>>& tasks, const std::vector<std::size_t>& start,
                              unsigned threads) {
  std::vector<Result> results(tasks.size());
  for_each_index(start.size(), threads, [&](std::size_t k) { results[start[k]] = tasks[start[k]](); });
  return results;
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

bool runs(const RuleSelection* selection, const Rule& rule) {
  return selection == nullptr || selection->selected(rule.id);
}

std::vector<Finding> analyse(const GovernanceMap& map, const AnalysisSettings& settings, const RuleSelection& selection) {
  return analyse(map, share(map, settings.accountability), settings, selection, analysis_threads);
}

std::vector<Finding> analyse(const GovernanceMap& map, const SharedResults& shared, const AnalysisSettings& settings,
                             const RuleSelection& selection, unsigned threads, Wording wording) {
  selection.validate();
  auto wanted = [&](Family family) {
    return std::any_of(all_rules.begin(), all_rules.end(),
                       [&](const Rule& r) { return r.family == family && selection.selected(r.id); });
  };
  // One task a family, in the product's order; each family is a pure function of the map.
  // `cost`: the family's processor time on the 100,000-body generated map, in hundredths
  // of a second, run as `analyse` runs it (findings worded when written), so the costliest
  // start first and two threads finish together rather than one waiting on a family begun
  // last.
  struct Task {
    Family family;
    int cost;
    std::function<std::vector<Finding>()> run;
  };
  const std::vector<Task> families = {
      {Family::orphan, 4, [&] { return find_orphans(map, shared, settings.orphans); }},
      {Family::duplication, 46,
       [&] { return find_duplication(map, shared, settings.duplication, &selection, wording); }},
      {Family::overlap, 14, [&] { return find_overlap(map, shared, settings.overlap); }},
      {Family::accountability, 32, [&] { return find_accountability(map, shared, settings.accountability, wording); }},
      {Family::funding, 48, [&] { return find_funding(map, shared, settings.funding, wording, &selection); }},
      {Family::delivery, 0, [&] { return find_delivery(map, shared, settings.delivery); }},
      {Family::provenance, 25, [&] { return find_provenance(map, shared, settings.provenance); }}};
  std::vector<std::function<std::vector<Finding>()>> tasks;
  std::vector<int> costs;
  for (const auto& task : families)
    if (wanted(task.family)) tasks.push_back(task.run), costs.push_back(task.cost);
  std::vector<std::size_t> start(tasks.size());
  std::iota(start.begin(), start.end(), std::size_t{0});
  std::stable_sort(start.begin(), start.end(), [&](std::size_t a, std::size_t b) { return costs[a] > costs[b]; });
  std::vector<std::vector<Finding>> parts = run_tasks(tasks, start, threads);

  std::vector<Finding> findings;
  std::size_t total = 0;
  for (const auto& part : parts) total += part.size();
  findings.reserve(total);
  for (auto& part : parts) {
    for (auto& f : part)
      if (selection.selected(f.rule)) {
        f.severity = settings.severity(f.rule);
        findings.push_back(std::move(f));
      }
    part = {};  // freed as soon as it is taken: a large map's findings are not held twice
  }
  // Each family returns its findings sorted, and a rule's severity is one for all of them,
  // so each group is in order, unless folding changed a multiple-leads finding.
  const bool folded = fold_crowded_areas(findings);
  sort_findings(findings, !folded);
  return findings;
}

}  // namespace govgraph
