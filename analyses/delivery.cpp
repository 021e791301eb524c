#include "analyses/delivery.hpp"

#include <algorithm>
#include <map>

#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

/// The active leads of a responsibility, in the order written.
std::vector<Vertex> active_leads(const GovernanceMap& map, ResponsibilityIndex r) {
  std::vector<Vertex> leads;
  for (auto [v, role] : map.owners(r))
    if (role == Role::lead && active(map, v)) leads.push_back(v);
  return leads;
}

void no_commitments(const GovernanceMap& map, std::vector<Finding>& out) {
  for (const ResponsibilityIndex r : map.responsibility_indices()) {
    const Responsibility& resp = map.responsibility(r);
    if (!without_commitments(resp)) continue;
    std::vector<Subject> subjects{{SubjectRole::responsibility, resp.id}};
    for (Vertex v : active_leads(map, r)) subjects.push_back({SubjectRole::lead, map.body(v).id});
    std::string message = "No commitments have been received for '" + responsibility_name(resp) + "'";
    if (const auto assessment = parse_assessment(resp.status); assessment && *assessment != Assessment::no_commitments)
      message += ", assessed as " + std::string(assessment_words(*assessment));
    Sources sources;
    sources.add(resp.source);
    out.push_back(make_finding(rule::no_commitments, std::move(subjects), message + ".", {}, sources.take()));
  }
}

/// The date a responsibility must still have a lead on: its due date, else the map's
/// horizon; empty when neither is set.
const std::string& deadline(const GovernanceMap& map, const Responsibility& r) {
  return r.due.empty() ? map.data().horizon : r.due;
}

/// One finding per lead that ends before duties it leads are due, naming the duties it
/// would leave with no lead at all.
void lead_expires(const GovernanceMap& map, std::vector<Finding>& out) {
  std::map<Vertex, std::vector<ResponsibilityIndex>> expiring;  // by lead, in body order
  for (const ResponsibilityIndex r : map.responsibility_indices()) {
    const std::string& due = deadline(map, map.responsibility(r));
    if (due.empty()) continue;
    for (Vertex v : active_leads(map, r))
      if (const std::string& end = map.body(v).end; !end.empty() && end < due) expiring[v].push_back(r);
  }
  for (const auto& [v, duties] : expiring) {
    const Body& lead = map.body(v);
    std::vector<Subject> subjects{{SubjectRole::lead, lead.id}};
    std::vector<std::string> names, orphaned, evidence;
    Sources sources;
    sources.add(lead.source);
    for (ResponsibilityIndex r : duties) {
      const Responsibility& resp = map.responsibility(r);
      subjects.push_back({SubjectRole::responsibility, resp.id});
      names.push_back("'" + responsibility_name(resp) + "'");
      sources.add(resp.source);
      const std::string& due = deadline(map, resp);
      const auto leads = active_leads(map, r);
      const bool remains = std::any_of(leads.begin(), leads.end(), [&](Vertex other) {
        return map.body(other).end.empty() || map.body(other).end >= due;
      });
      if (!remains) orphaned.push_back("'" + responsibility_name(resp) + "'");
      evidence.push_back(resp.id + ": " + (resp.due.empty() ? "held to the map's horizon, " : "due ") + due +
                         (remains ? "; another lead remains" : "; no lead remains"));
    }
    std::string message = name_of(map, v) + " ends on " + lead.end + " but leads " + std::to_string(duties.size()) +
                           (duties.size() == 1 ? " responsibility" : " responsibilities") + " due after that: " +
                           join_names(names);
    message += orphaned.empty() ? ", each of which keeps another lead"
                                : "; " + join_names(orphaned) + (orphaned.size() == 1 ? " is" : " are") +
                                      " then left with no lead";
    auto finding = make_finding(rule::lead_expires, std::move(subjects), message + ".", std::move(evidence),
                                sources.take());
    finding.numbers = {{"responsibilities", static_cast<double>(duties.size())},
                       {"left_without_lead", static_cast<double>(orphaned.size())}};
    out.push_back(std::move(finding));
  }
}

void lead_without_powers(const GovernanceMap& map, const DeliverySettings& settings, std::vector<Finding>& out) {
  auto lacks_powers = [&](Vertex v) {
    const auto powers = parse_powers(map.body(v).powers);
    return powers ? *powers != Powers::statutory : settings.count_unknown_powers;
  };
  for (const ResponsibilityIndex r : map.responsibility_indices()) {
    const auto leads = active_leads(map, r);
    if (leads.empty() || !std::all_of(leads.begin(), leads.end(), lacks_powers)) continue;
    const Responsibility& resp = map.responsibility(r);
    std::vector<Subject> subjects{{SubjectRole::responsibility, resp.id}};
    std::vector<std::string> names;
    Sources sources;
    sources.add(resp.source);
    for (Vertex v : leads) {
      const Body& b = map.body(v);
      subjects.push_back({SubjectRole::lead, b.id});
      names.push_back(name_of(map, v) + " (" + (b.powers.empty() ? std::string("powers unknown") : b.powers) + ")");
      sources.add(b.source);
    }
    out.push_back(make_finding(rule::lead_without_powers, std::move(subjects),
                               "'" + responsibility_name(resp) + "' is led only by " +
                                   (leads.size() == 1 ? "a body" : "bodies") + " without statutory powers: " +
                                   join_names(names) + ", so no lead can use powers in law to carry it.",
                               {}, sources.take()));
  }
}

}  // namespace

bool without_commitments(const Responsibility& r) {
  return parse_commitments(r.commitments) == Commitments::none || parse_assessment(r.status) == Assessment::no_commitments;
}

std::string_view assessment_words(Assessment assessment) {
  switch (assessment) {
    case Assessment::underway: return "underway";
    case Assessment::underway_insufficient: return "underway but not yet sufficient";
    case Assessment::little_or_no_work: return "having little or no work underway";
    case Assessment::no_commitments: return "having no commitments received";
  }
  return "";
}

std::vector<Finding> find_delivery(const GovernanceMap& map, const SharedResults& /*shared*/,
                                   const DeliverySettings& settings) {
  std::vector<Finding> findings;
  no_commitments(map, findings);
  lead_expires(map, findings);
  lead_without_powers(map, settings, findings);
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
