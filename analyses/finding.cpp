#include "analyses/finding.hpp"

#include <array>

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

}  // namespace govgraph
