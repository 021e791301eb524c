#include "analyses/finding.hpp"

#include <algorithm>
#include <array>
#include <cassert>
#include <map>

namespace govgraph {
namespace {
constexpr std::array<std::string_view, 3> severity_names = {"error", "warning", "info"};
constexpr std::array<std::string_view, 14> role_names = {
    "responsibility", "owner",      "lead",     "body",   "master",    "scrutinised", "scrutiniser",
    "area",           "gatekeeper", "overseer", "funder", "recipient", "link",        "dead_end"};
}  // namespace

std::string_view to_string(Severity severity) { return severity_names[static_cast<std::size_t>(severity)]; }

std::optional<Severity> parse_severity(std::string_view text) {
  for (std::size_t i = 0; i < severity_names.size(); ++i)
    if (severity_names[i] == text) return static_cast<Severity>(i);
  return std::nullopt;
}

std::string_view to_string(SubjectRole role) { return role_names[static_cast<std::size_t>(role)]; }

FindingWords Finding::words() const {
  if (describer.describe != nullptr) return describer.describe(*describer.map, *this);
  return {message, evidence};
}

void Finding::word() {
  if (describer.describe == nullptr) return;
  auto [made_message, made_evidence] = words();
  message = std::move(made_message);
  evidence = std::move(made_evidence);
  describer = {};
}

std::vector<std::string> Finding::ids(SubjectRole role) const {
  std::vector<std::string> found;
  for (std::size_t i = 0; i < roles.size() && i < subjects.size(); ++i)
    if (roles[i] == role) found.push_back(subjects[i]);
  for (const auto& s : named)
    if (s.role == role) found.push_back(s.id);
  return found;
}

std::optional<double> Finding::number(std::string_view name) const {
  for (const auto& q : numbers)
    if (q.name == name) return q.value;
  return std::nullopt;
}

void sort_findings(std::vector<Finding>& findings, bool groups_in_order) {
  using Key = std::pair<Severity, std::string_view>;
  std::map<Key, std::vector<std::size_t>> groups;
  std::vector<std::size_t>* group = nullptr;
  Key last{};
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Key key{findings[i].severity, findings[i].rule};
    if (group == nullptr || key != last) group = &groups[key], last = key;
    group->push_back(i);
  }
  std::vector<std::size_t> order;  // order[k]: where the finding that goes in place k is now
  order.reserve(findings.size());
  for (auto& entry : groups) {
    auto& members = entry.second;
    const auto before = [&](std::size_t a, std::size_t b) { return findings[a] < findings[b]; };
    assert(!groups_in_order || std::is_sorted(members.begin(), members.end(), before));
    if (!groups_in_order && !std::is_sorted(members.begin(), members.end(), before))
      std::sort(members.begin(), members.end(), before);
    order.insert(order.end(), members.begin(), members.end());
  }
  // Moved into place around each cycle of the order, so no second list of findings is held.
  std::vector<bool> placed(findings.size(), false);
  for (std::size_t start = 0; start < findings.size(); ++start) {
    if (placed[start] || order[start] == start) continue;
    Finding carried = std::move(findings[start]);
    for (std::size_t at = start;;) {
      placed[at] = true;
      const std::size_t from = order[at];
      if (from == start) {
        findings[at] = std::move(carried);
        break;
      }
      findings[at] = std::move(findings[from]);
      at = from;
    }
  }
}

}  // namespace govgraph
