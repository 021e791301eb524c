#include "restructure/compare.hpp"

#include <algorithm>
#include <future>
#include <set>
#include <unordered_map>

#include "analyses/rules.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {


/// A finding's rule and its subjects as a set (after renames): views into the findings and
/// the renames, which stay put while findings are matched.
using FindingKey = std::pair<std::string_view, std::vector<std::string_view>>;

struct FindingKeyHash {
  std::size_t operator()(const FindingKey& key) const noexcept {
    std::size_t h = std::hash<std::string_view>{}(key.first);
    for (const auto& s : key.second) h = h * 1000003u ^ std::hash<std::string_view>{}(s);
    return h;
  }
};

FindingKey key_of(const Finding& f, const std::map<std::string, std::string>& renames) {
  std::vector<std::string_view> subjects;
  subjects.reserve(f.subjects.size());
  for (const auto& s : f.subjects) {
    auto it = renames.find(s);
    subjects.push_back(it == renames.end() ? std::string_view(s) : std::string_view(it->second));
  }
  // Most lists of subjects come sorted (a million unsourced links do): they are not sorted again.
  if (!std::is_sorted(subjects.begin(), subjects.end())) std::sort(subjects.begin(), subjects.end());
  subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
  return {f.rule, std::move(subjects)};
}

std::size_t count_severity(const std::vector<Finding>& findings, Severity s) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == s; }));
}

std::string plural(std::size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string verdict_of(const Comparison& c) {
  const std::size_t new_errors = count_severity(c.introduced, Severity::error);
  const std::size_t new_warnings = count_severity(c.introduced, Severity::warning);
  const std::size_t fixed_errors = count_severity(c.resolved, Severity::error);
  const std::size_t fixed_warnings = count_severity(c.resolved, Severity::warning);
  const std::string fixes = "resolves " + plural(c.resolved.size(), "finding") + " (" + plural(fixed_errors, "error") +
                            ", " + plural(fixed_warnings, "warning") + ")";
  if (!c.is_proposal && c.diff.empty() && c.introduced.empty() && c.resolved.empty())
    return "No change: the two maps hold the same records.";
  if (!c.lost.empty() || new_errors > 0) {
    std::vector<std::string> breaks;
    if (!c.lost.empty())
      breaks.push_back("loses " + std::to_string(c.lost.size()) + (c.lost.size() == 1 ? " duty" : " duties"));
    if (new_errors > 0) breaks.push_back("introduces " + plural(new_errors, "error"));
    if (new_warnings > 0) breaks.push_back(plural(new_warnings, "new warning"));
    return "Fails: " + join(breaks, ", ") + "; " + fixes + ".";
  }
  if (new_warnings > 0) return "Needs review: introduces " + plural(new_warnings, "warning") + " and no errors; " + fixes + ".";
  return "Passes: introduces no errors or warnings" + std::string(c.is_proposal ? " and loses no duty" : "") + "; " +
         fixes + ".";
}

}  // namespace

Metrics measure(const GovernanceMap& map, const SharedResults& shared, const std::vector<Finding>& findings) {
  Metrics m;
  for (std::size_t v = 0; v < map.body_count(); ++v)
    if (map.body(v).status == BodyStatus::active) ++m.bodies;
  m.links = map.link_count();
  m.responsibilities = map.responsibilities().size();
  std::set<std::string> orphaned;
  for (const auto& f : findings) {
    ++m.findings_by_rule[f.rule];
    if (f.severity == Severity::error) ++m.errors;
    if (f.severity == Severity::warning) ++m.warnings;
    if (f.severity == Severity::info) ++m.infos;
    const Rule* rule = find_rule(f.rule);
    if (rule != nullptr && rule->family == Family::orphan)
      for (auto& id : f.ids(SubjectRole::responsibility)) orphaned.insert(std::move(id));
    if (is(f, rule::multiple_leads)) ++m.duplicate_leads;
    // An area crowded by one responsibility's leads is reported in that multiple-leads finding.
    if (is(f, rule::crowded_area) || (is(f, rule::multiple_leads) && !f.ids(SubjectRole::area).empty()))
      ++m.crowded_areas;
  }
  m.orphans = orphaned.size();

  // Routes as the analyses see them: abolished bodies are out of the map, so they are
  // neither counted nor a way through.
  const ApexRoutes& routes = shared.routes;
  std::size_t routed = 0;
  std::size_t total = 0;
  for (std::size_t v = 0; v < map.body_count(); ++v) {
    if (map.is_apex(v) || map.body(v).status == BodyStatus::abolished) continue;
    if (routes.distance[v] == no_route) {
      ++m.without_route;
      continue;
    }
    ++routed;
    total += routes.distance[v];
    m.longest_route = std::max(m.longest_route, routes.distance[v]);
  }
  m.mean_route = routed == 0 ? 0.0 : static_cast<double>(total) / static_cast<double>(routed);

  // Scrutiny load: distinct scrutinisers of each scrutinised body. O(V + E).
  const auto scrutiny = map.view(LinkKind::scrutinises);
  std::size_t scrutinised = 0;
  std::size_t scrutinisers = 0;
  for (std::size_t v = 0; v < map.body_count(); ++v) {
    std::set<GovernanceMap::Vertex> from;
    for (auto [e, end] = boost::in_edges(v, scrutiny); e != end; ++e) from.insert(boost::source(*e, scrutiny));
    if (from.empty()) continue;
    ++scrutinised;
    scrutinisers += from.size();
    m.scrutiny_max = std::max(m.scrutiny_max, from.size());
  }
  m.scrutiny_mean = scrutinised == 0 ? 0.0 : static_cast<double>(scrutinisers) / static_cast<double>(scrutinised);
  return m;
}

AnalysedMap analysed(const GovernanceMap& map, std::vector<Finding> findings) {
  return {map, share(map), std::move(findings)};
}

std::pair<std::unique_ptr<MapVersion>, std::unique_ptr<MapVersion>> read_versions(const std::string& earlier,
                                                                                  const std::string& later,
                                                                                  const ReadMap& read,
                                                                                  const AnalyseMap& analyse,
                                                                                  bool parallel) {
  const auto version = [&](const std::string& path) {
    Diagnostics warnings;
    GovernanceMap map = read(path, warnings);
    auto v = std::make_unique<MapVersion>(MapVersion{std::move(map), std::move(warnings), std::nullopt});
    v->analysed.emplace(analyse(v->map));
    return v;
  };
  if (!parallel) {
    auto first = version(earlier);
    return {std::move(first), version(later)};
  }
  // The future waits for the later version even when the earlier one throws.
  auto second = std::async(std::launch::async, version, std::cref(later));
  auto first = version(earlier);
  return {std::move(first), second.get()};
}

FindingMatch match_findings(const std::vector<Finding>& before, const std::vector<Finding>& after,
                            const std::map<std::string, std::string>& renames) {
  FindingMatch match;
  std::unordered_map<FindingKey, std::vector<std::size_t>, FindingKeyHash> unmatched;  // before findings by key
  unmatched.reserve(before.size());
  for (std::size_t i = 0; i < before.size(); ++i) unmatched[key_of(before[i], renames)].push_back(i);
  std::vector<bool> matched(before.size(), false);
  for (std::size_t i = 0; i < after.size(); ++i) {
    auto it = unmatched.find(key_of(after[i], {}));
    if (it == unmatched.end() || it->second.empty()) {
      match.introduced.push_back(i);
      continue;
    }
    matched[it->second.front()] = true;
    it->second.erase(it->second.begin());
    match.kept.push_back(i);
  }
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!matched[i]) match.resolved.push_back(i);
  return match;
}

Comparison compare_maps(AnalysedMap before, AnalysedMap after, const std::map<std::string, std::string>& renames) {
  std::vector<Finding>& before_findings = before.findings;
  // The records are compared on a second thread while the findings are matched: both only read.
  auto diff = std::async(std::launch::async, [&] { return diff_maps(before.map.data(), after.map.data()); });
  Comparison c;
  c.title = "Changes from '" + before.map.data().name + "' to '" + after.map.data().name + "'";
  c.before = measure(before.map, before.shared, before_findings);
  c.after = measure(after.map, after.shared, after.findings);
  c.renames = renames;
  const FindingMatch match = match_findings(before_findings, after.findings, renames);
  for (std::size_t i : match.introduced) c.introduced.push_back(std::move(after.findings[i]));
  for (std::size_t i : match.kept) c.kept.push_back(std::move(after.findings[i]));
  for (std::size_t i : match.resolved) c.resolved.push_back(std::move(before_findings[i]));
  sort_findings(c.introduced);
  sort_findings(c.resolved);
  sort_findings(c.kept);
  c.diff = diff.get();
  c.verdict = verdict_of(c);
  return c;
}

Comparison compare_proposal(const Proposal& proposal, const AppliedProposal& applied, AnalysedMap before,
                            AnalysedMap after) {
  const GovernanceMap& before_map = before.map;
  Comparison c = compare_maps(std::move(before), std::move(after), applied.renames);
  c.is_proposal = true;
  c.title = "Proposal: " + proposal.name;
  c.rationale = proposal.rationale;
  c.log = applied.log;
  c.settled = applied.settled;
  c.lost = lost_duties(before_map.data(), applied);
  c.verdict = verdict_of(c);
  return c;
}

bool comparison_fails(const Comparison& comparison, std::optional<Severity> fail_on) {
  if (!fail_on) return false;
  if (!comparison.lost.empty()) return true;
  return std::any_of(comparison.introduced.begin(), comparison.introduced.end(),
                     [&](const Finding& f) { return f.severity <= *fail_on; });
}

}  // namespace govgraph
