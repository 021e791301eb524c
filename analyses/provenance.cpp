#include "analyses/provenance.hpp"

#include <algorithm>

#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

/// `kind` names the records in the message ("bodies"), `role` each one.
void report(std::vector<std::string> ids, std::size_t total, const std::string& kind, SubjectRole role,
            const ProvenanceSettings& settings, std::vector<Finding>& out) {
  if (ids.empty()) return;
  std::vector<std::string> evidence;
  for (std::size_t i = 0; i < ids.size() && i < settings.max_listed; ++i) evidence.push_back(ids[i]);
  if (ids.size() > settings.max_listed)
    evidence.push_back("and " + std::to_string(ids.size() - settings.max_listed) + " more");
  const std::size_t unsourced = ids.size();
  auto finding = make_finding(rule::unsourced, playing(role, std::move(ids)),
                              std::to_string(unsourced) + " of " + std::to_string(total) + " " + kind +
                                  " cite no source, so a reader cannot check them.",
                              evidence, {});
  finding.numbers = {{"unsourced", static_cast<double>(unsourced)}, {"total", static_cast<double>(total)}};
  out.push_back(std::move(finding));
}

}  // namespace

std::string link_subject(const GovernanceMap& map, LinkIndex index) {
  const Link& link = map.link(index);
  const std::string_view kind = to_string(link.kind);
  // One allocation a link: a map may have a million links, every one unsourced.
  std::string subject;
  subject.reserve(link.from.size() + kind.size() + link.to.size() + 2);
  subject.append(link.from).append(1, ':').append(kind).append(1, ':').append(link.to);
  return subject;
}

std::vector<Finding> find_provenance(const GovernanceMap& map, const SharedResults& /*shared*/,
                                     const ProvenanceSettings& settings) {
  std::vector<Finding> findings;
  std::vector<std::string> bodies;
  for (const auto& b : map.data().bodies)
    if (b.source.empty()) bodies.push_back(b.id);
  std::vector<std::string> links;
  for (const LinkIndex l : map.link_indices())
    if (map.link(l).source.empty()) links.push_back(link_subject(map, l));
  std::vector<std::string> responsibilities;
  for (const auto& r : map.responsibilities())
    if (r.source.empty()) responsibilities.push_back(r.id);
  sort_unique(bodies);
  sort_unique(links);
  sort_unique(responsibilities);
  report(std::move(bodies), map.body_count(), "bodies", SubjectRole::body, settings, findings);
  report(std::move(links), map.link_count(), "links", SubjectRole::link, settings, findings);
  report(std::move(responsibilities), map.responsibilities().size(), "responsibilities", SubjectRole::responsibility, settings,
         findings);
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
