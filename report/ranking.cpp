#include "report/ranking.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <string_view>
#include <vector>

namespace govgraph {
namespace {

double severity_weight(Severity severity) {
  switch (severity) {
    case Severity::error: return 8;
    case Severity::warning: return 4;
    case Severity::info: return 1;
  }
  return 1;
}

/// Records a finding names in one of `roles`, or the largest of the counts it states in
/// `numbers` (bodies it counts without listing them) when that is more.
double reach(const Finding& f, std::initializer_list<SubjectRole> roles, std::initializer_list<std::string_view> numbers) {
  const auto plays = [&](SubjectRole role) { return std::find(roles.begin(), roles.end(), role) != roles.end(); };
  std::vector<std::string_view> ids;  // views, not copies: a finding may name every body
  for (std::size_t i = 0; i < f.roles.size() && i < f.subjects.size(); ++i)
    if (plays(f.roles[i])) ids.push_back(f.subjects[i]);
  for (const auto& s : f.named)
    if (plays(s.role)) ids.push_back(s.id);
  std::sort(ids.begin(), ids.end());
  double count = static_cast<double>(std::unique(ids.begin(), ids.end()) - ids.begin());
  for (const auto name : numbers)
    if (const auto n = f.number(name)) count = std::max(count, *n);
  return count;
}

}  // namespace

double finding_score(const Finding& f) {
  const double responsibilities = reach(f, {SubjectRole::responsibility}, {"responsibilities"});
  double bodies = reach(f,
                        {SubjectRole::owner, SubjectRole::lead, SubjectRole::body, SubjectRole::master,
                         SubjectRole::scrutinised, SubjectRole::scrutiniser, SubjectRole::gatekeeper,
                         SubjectRole::overseer, SubjectRole::funder, SubjectRole::recipient, SubjectRole::dead_end},
                        {"leads", "dependants", "direct"});
  // A finding without roles (built by hand) counts its subjects as bodies.
  if (f.roles.empty()) bodies = std::max(bodies, static_cast<double>(f.subjects.size()));
  const double amount = f.number("amount").value_or(0);
  const double score = severity_weight(f.severity) *
                       (1 + 2 * std::log2(1 + responsibilities) + std::log2(1 + bodies) +
                        std::log10(1 + std::max(0.0, amount) / 10000));
  return std::round(score * 100) / 100;
}

std::vector<RankedFinding> rank_findings(const Review& review, std::size_t top) {
  std::vector<RankedFinding> ranked;
  for (std::size_t i = 0; i < review.findings.size(); ++i)
    if (!review.findings[i].waived()) ranked.push_back({i, finding_score(review.findings[i].finding)});
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  // At most summary_per_rule of one rule, so the summary spans the map's different
  // problems rather than repeating one; the rest fill in only if too few rules fired.
  std::vector<RankedFinding> chosen;
  std::vector<RankedFinding> held_back;
  std::map<std::string_view, std::size_t> per_rule;
  for (const RankedFinding& r : ranked) {
    const std::string_view rule = review.findings[r.index].finding.rule;
    (per_rule[rule]++ < summary_per_rule ? chosen : held_back).push_back(r);
  }
  chosen.insert(chosen.end(), held_back.begin(), held_back.end());
  if (chosen.size() > top) chosen.resize(top);
  std::stable_sort(chosen.begin(), chosen.end(), [](const auto& a, const auto& b) { return a.score > b.score; });
  return chosen;
}

std::string summary_sentence(const Finding& finding) { return finding.words().message + " (" + finding.rule + ")"; }

}  // namespace govgraph
