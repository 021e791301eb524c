#include "analyses/provenance.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <type_traits>

#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

/// "bodies", "links" or "responsibilities": the records a finding whose subjects play `role` lists.
std::string_view records_named(SubjectRole role) {
  switch (role) {
    case SubjectRole::link: return "links";
    case SubjectRole::responsibility: return "responsibilities";
    default: return "bodies";
  }
}

/// The message, evidence and numbers of a finding whose subjects are the unsourced records
/// of a kind, `total` records of that kind in its map.
void word_unsourced(Finding& finding, std::size_t total, const ProvenanceSettings& settings) {
  const std::size_t unsourced = finding.subjects.size();
  const std::size_t listed = std::min(unsourced, settings.max_listed);
  finding.evidence.assign(finding.subjects.begin(), finding.subjects.begin() + static_cast<std::ptrdiff_t>(listed));
  if (unsourced > listed) finding.evidence.push_back("and " + std::to_string(unsourced - listed) + " more");
  const std::string_view kind = records_named(finding.roles.empty() ? SubjectRole::body : finding.roles.front());
  finding.message = std::to_string(unsourced) + " of " + std::to_string(total) + " " + std::string(kind) +
                    " cite no source, so a reader cannot check them.";
  finding.numbers = {{"unsourced", static_cast<double>(unsourced)}, {"total", static_cast<double>(total)}};
}

void report(std::vector<std::string> ids, std::size_t total, SubjectRole role, const ProvenanceSettings& settings,
            std::vector<Finding>& out) {
  if (ids.empty()) return;
  auto finding = make_finding(rule::unsourced, role, std::move(ids), {}, {}, {});
  word_unsourced(finding, total, settings);
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

namespace {

/// The subjects of the unsourced links, sorted and unique, made without sorting a million
/// strings: as ids hold no ':' (graph/schema: an id is a slug), the order of "from:kind:to"
/// is the order of (from + ':', kind + ':', to), and each of those is ranked once.
std::vector<std::string> unsourced_link_subjects(const GovernanceMap& map) {
  std::vector<LinkIndex> unsourced;
  for (const LinkIndex l : map.link_indices())
    if (map.link(l).source.empty()) unsourced.push_back(l);
  const auto from_rank = id_ranks(map, ':');
  const auto to_rank = id_ranks(map);
  std::array<std::uint32_t, link_kind_count> kind_rank{};
  const auto kind_text = [](std::size_t k) { return to_string(static_cast<LinkKind>(k)); };
  for (std::size_t k = 0; k < link_kind_count; ++k)
    for (std::size_t other = 0; other < link_kind_count; ++other)
      if (before_followed(kind_text(other), kind_text(k), ':')) ++kind_rank[k];
  // (from, kind, to, k): the keys and texts are made once, in the links' own order, so
  // neither sorting nor writing the texts jumps about the link records.
  std::vector<std::array<std::uint32_t, 4>> keys;
  std::vector<std::string> texts;
  keys.reserve(unsourced.size());
  texts.reserve(unsourced.size());
  for (const LinkIndex l : unsourced) {
    keys.push_back({from_rank[map.from(l)], kind_rank[static_cast<std::size_t>(map.link(l).kind)], to_rank[map.to(l)],
                    static_cast<std::uint32_t>(texts.size())});
    texts.push_back(link_subject(map, l));
  }
  const auto same_subject = [](const auto& x, const auto& y) { return std::equal(x.begin(), x.end() - 1, y.begin()); };
  std::sort(keys.begin(), keys.end());
  keys.erase(std::unique(keys.begin(), keys.end(), same_subject), keys.end());
  std::vector<std::string> subjects;
  subjects.reserve(keys.size());
  for (const auto& key : keys) subjects.push_back(std::move(texts[key[3]]));
  return subjects;
}

/// The findings of the unsourced records of each kind (their subjects sorted and unique),
/// each worded with the map's total of that kind.
std::vector<Finding> report_unsourced(const GovernanceMap& map, std::vector<std::string> bodies,
                                      std::vector<std::string> links, std::vector<std::string> responsibilities,
                                      const ProvenanceSettings& settings) {
  std::vector<Finding> findings;
  report(std::move(bodies), map.body_count(), SubjectRole::body, settings, findings);
  report(std::move(links), map.link_count(), SubjectRole::link, settings, findings);
  report(std::move(responsibilities), map.responsibilities().size(), SubjectRole::responsibility, settings, findings);
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace

std::vector<Finding> find_provenance(const GovernanceMap& map, const SharedResults& /*shared*/,
                                     const ProvenanceSettings& settings) {
  std::vector<std::string> bodies;
  for (const auto& b : map.data().bodies)
    if (b.source.empty()) bodies.push_back(b.id);
  std::vector<std::string> responsibilities;
  for (const auto& r : map.responsibilities())
    if (r.source.empty()) responsibilities.push_back(r.id);
  sort_unique(bodies);
  sort_unique(responsibilities);
  return report_unsourced(map, std::move(bodies), unsourced_link_subjects(map), std::move(responsibilities), settings);
}

std::vector<Finding> find_provenance_among(const GovernanceMap& map, const SomeRecords& some,
                                           const ProvenanceSettings& settings) {
  std::vector<std::string> bodies;
  for (const auto v : some.bodies)
    if (map.body(v).source.empty()) bodies.push_back(map.body(v).id);
  // A few links: their texts are sorted as they are, the order unsourced_link_subjects keeps.
  std::vector<std::string> links;
  for (const LinkIndex l : some.links)
    if (map.link(l).source.empty()) links.push_back(link_subject(map, l));
  std::vector<std::string> responsibilities;
  for (const ResponsibilityIndex r : some.responsibilities)
    if (map.responsibility(r).source.empty()) responsibilities.push_back(map.responsibility(r).id);
  sort_unique(bodies);
  sort_unique(links);
  sort_unique(responsibilities);
  return report_unsourced(map, std::move(bodies), std::move(links), std::move(responsibilities), settings);
}

namespace {

/// unsourced_part, copying the subjects from a const `whole` and moving them from another.
template <typename Whole>
Finding narrowed(Whole& whole, const std::vector<std::size_t>& subjects, const ProvenanceSettings& settings) {
  constexpr bool copies = std::is_const_v<Whole>;
  if (subjects.size() == whole.subjects.size()) {
    if constexpr (copies) return whole;
    else return std::move(whole);
  }
  Finding part;
  part.severity = whole.severity;
  part.rule = whole.rule;
  part.subjects.reserve(subjects.size());
  part.roles.reserve(subjects.size());
  for (const std::size_t i : subjects) {
    if constexpr (copies) part.subjects.push_back(whole.subjects[i]);
    else part.subjects.push_back(std::move(whole.subjects[i]));
    if (i < whole.roles.size()) part.roles.push_back(whole.roles[i]);
  }
  word_unsourced(part, static_cast<std::size_t>(whole.number("total").value_or(0)), settings);
  return part;
}

}  // namespace

Finding unsourced_part(const Finding& whole, const std::vector<std::size_t>& subjects,
                       const ProvenanceSettings& settings) {
  return narrowed(whole, subjects, settings);
}

Finding take_unsourced_part(Finding& whole, const std::vector<std::size_t>& subjects,
                            const ProvenanceSettings& settings) {
  return narrowed(whole, subjects, settings);
}

}  // namespace govgraph
