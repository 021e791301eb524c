#include "restructure/compare.hpp"

#include <algorithm>
#include <deque>
#include <functional>
#include <future>
#include <set>
#include <stdexcept>
#include <unordered_map>

#include "analyses/provenance.hpp"
#include "analyses/rules.hpp"
#include "graph/parallel.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

/// A finding's subjects as matching compares them: each replaced by its successor in
/// `renames`, sorted, each once. Most lists come sorted and unique with nothing renamed:
/// those are viewed where they stand, not copied.
class MatchedSubjects {
 public:
  MatchedSubjects(const Finding& f, const std::map<std::string, std::string>& renames) : own_(&f.subjects) {
    const auto successor = [&](const std::string& s) -> std::string_view {
      const auto it = renames.find(s);
      return it == renames.end() ? std::string_view(s) : std::string_view(it->second);
    };
    const auto& subjects = f.subjects;
    const bool renamed = !renames.empty() && std::any_of(subjects.begin(), subjects.end(), [&](const std::string& s) {
      return renames.contains(s);
    });
    const bool ascending =
        std::adjacent_find(subjects.begin(), subjects.end(), std::greater_equal<>()) == subjects.end();
    if (!renamed && ascending) return;
    own_ = nullptr;
    views_.reserve(subjects.size());
    for (const auto& s : subjects) views_.push_back(successor(s));
    std::sort(views_.begin(), views_.end());
    views_.erase(std::unique(views_.begin(), views_.end()), views_.end());
  }

  [[nodiscard]] std::size_t size() const { return own_ != nullptr ? own_->size() : views_.size(); }
  [[nodiscard]] std::string_view operator[](std::size_t i) const {
    return own_ != nullptr ? std::string_view((*own_)[i]) : views_[i];
  }
  friend bool operator==(const MatchedSubjects& a, const MatchedSubjects& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
      if (a[i] != b[i]) return false;
    return true;
  }
  [[nodiscard]] std::size_t hash() const {
    std::size_t h = size();
    for (std::size_t i = 0; i < size(); ++i) h = h * 1000003u ^ std::hash<std::string_view>{}((*this)[i]);
    return h;
  }

 private:
  const std::vector<std::string>* own_;  // the finding's own list, when already as matched
  std::vector<std::string_view> views_;
};

/// The hash of a finding's rule and matched subjects.
std::size_t hash_of(const Finding& f, const std::map<std::string, std::string>& renames) {
  return std::hash<std::string_view>{}(f.rule) ^ MatchedSubjects(f, renames).hash();
}

/// The hash of each finding's rule and matched subjects (0 for a finding matched record
/// by record, which is not matched whole).
std::vector<std::size_t> hashes_of(const std::vector<Finding>& findings,
                                   const std::map<std::string, std::string>& renames) {
  std::vector<std::size_t> out(findings.size());
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (!matched_each_record(findings[i].rule)) out[i] = hash_of(findings[i], renames);
  return out;
}

/// A finding listing records as matched record by record: its rule and the kind of record.
struct RecordsKey {
  std::string_view rule;
  int kind;  // the SubjectRole of its subjects, -1 when it states none
  friend auto operator<=>(const RecordsKey&, const RecordsKey&) = default;
};

RecordsKey records_key(const Finding& f) {
  return {f.rule, f.roles.empty() ? -1 : static_cast<int>(f.roles.front())};
}

/// The findings matched record by record, in their order.
std::vector<std::size_t> listing_records(const std::vector<Finding>& findings) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < findings.size(); ++i)
    if (matched_each_record(findings[i].rule)) out.push_back(i);
  return out;
}

/// The findings at `indexes` by rule and kind of record, in their order.
std::map<RecordsKey, std::vector<std::size_t>> by_kind(const std::vector<Finding>& findings,
                                                       const std::vector<std::size_t>& indexes) {
  std::map<RecordsKey, std::vector<std::size_t>> out;
  for (const std::size_t i : indexes) out[records_key(findings[i])].push_back(i);
  return out;
}

/// Each renamed id's successor, looked up by view: hashed, as a finding may list a million
/// records and ids share long prefixes ("body-").
using Successors = std::unordered_map<std::string_view, std::string_view>;

Successors successors_of(const std::map<std::string, std::string>& renames) {
  Successors out;
  out.reserve(renames.size());
  for (const auto& [from, to] : renames) out.emplace(from, to);
  return out;
}

/// A record as matching compares it: a body or responsibility replaced by its successor;
/// a link ("FROM:KIND:TO", as ids hold no ':') with each end replaced. Renamed links are
/// kept in `made`.
std::string_view successor_record(std::string_view record, const Successors& successors,
                                  std::deque<std::string>& made) {
  if (successors.empty()) return record;
  const std::size_t first = record.find(':');
  const std::size_t last = record.rfind(':');
  if (first == std::string_view::npos || first == last) {  // not a link: ids hold no ':'
    const auto it = successors.find(record);
    return it != successors.end() ? it->second : record;
  }
  const auto from = successors.find(record.substr(0, first));
  const auto to = successors.find(record.substr(last + 1));
  if (from == successors.end() && to == successors.end()) return record;
  std::string& link = made.emplace_back(from != successors.end() ? from->second : record.substr(0, first));
  link.append(record.substr(first, last + 1 - first))
      .append(to != successors.end() ? to->second : record.substr(last + 1));
  return link;
}

/// A finding's records as compared, each with its index, sorted.
std::vector<std::pair<std::string_view, std::size_t>> sorted_records(const Finding& f, const Successors& successors,
                                                                     std::deque<std::string>& made) {
  std::vector<std::pair<std::string_view, std::size_t>> out;
  out.reserve(f.subjects.size());
  for (std::size_t i = 0; i < f.subjects.size(); ++i)
    out.emplace_back(successor_record(f.subjects[i], successors, made), i);
  if (!std::is_sorted(out.begin(), out.end())) std::sort(out.begin(), out.end());
  return out;
}

/// Matches the records of a finding before (renamed) and one after of the same rule and
/// kind, either of them absent, into `match`. Two records before that became one are both
/// kept in it. O(records) when each list comes sorted, as the rules make them.
void match_records(const std::vector<Finding>& before, std::optional<std::size_t> b, const std::vector<Finding>& after,
                   std::optional<std::size_t> a, const Successors& successors, FindingMatch& match) {
  std::deque<std::string> made;
  static const Finding none;
  const auto was = sorted_records(b ? before[*b] : none, successors, made);
  const auto now = sorted_records(a ? after[*a] : none, {}, made);
  RecordsPart introduced{a.value_or(0), {}};
  RecordsPart kept{a.value_or(0), {}};
  RecordsPart resolved{b.value_or(0), {}};
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < now.size() || j < was.size()) {
    // One three-way comparison a step: a million records share long prefixes ("body-").
    const int order = j == was.size() ? -1 : i == now.size() ? 1 : now[i].first.compare(was[j].first);
    if (order < 0) {
      introduced.subjects.push_back(now[i++].second);
    } else if (order > 0) {
      resolved.subjects.push_back(was[j++].second);
    } else {
      const std::string_view record = now[i].first;
      for (; i < now.size() && now[i].first == record; ++i) kept.subjects.push_back(now[i].second);
      while (j < was.size() && was[j].first == record) ++j;
    }
  }
  // In order already when the records came sorted, as the rules list them: checked, not re-sorted.
  for (auto* part : {&introduced, &kept, &resolved})
    if (!std::is_sorted(part->subjects.begin(), part->subjects.end()))
      std::sort(part->subjects.begin(), part->subjects.end());
  if (!introduced.subjects.empty()) match.introduced_records.push_back(std::move(introduced));
  if (!kept.subjects.empty()) match.kept_records.push_back(std::move(kept));
  if (!resolved.subjects.empty()) match.resolved_records.push_back(std::move(resolved));
}

/// Matches, record by record, the findings listing records (`listing_before`: those of
/// the findings before, as listing_records finds them), into `match`. Each rule and kind's
/// k-th finding before is matched with its k-th after.
void match_listings(const std::vector<Finding>& before, const std::vector<std::size_t>& listing_before,
                    const std::vector<Finding>& after, const std::map<std::string, std::string>& renames,
                    FindingMatch& match) {
  const auto before_listing = by_kind(before, listing_before);
  const auto after_listing = by_kind(after, listing_records(after));
  std::set<RecordsKey> keys;
  for (const auto& [key, indexes] : before_listing) keys.insert(key);
  for (const auto& [key, indexes] : after_listing) keys.insert(key);
  static const std::vector<std::size_t> no_findings;
  const Successors successors = successors_of(renames);
  for (const RecordsKey& key : keys) {
    const auto b = before_listing.find(key);
    const auto a = after_listing.find(key);
    const auto& was = b != before_listing.end() ? b->second : no_findings;
    const auto& now = a != after_listing.end() ? a->second : no_findings;
    for (std::size_t k = 0; k < std::max(was.size(), now.size()); ++k)
      match_records(before, k < was.size() ? std::optional(was[k]) : std::nullopt, after,
                    k < now.size() ? std::optional(now[k]) : std::nullopt, successors, match);
  }
}

std::size_t count_severity(const std::vector<Finding>& findings, Severity s) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == s; }));
}

std::string verdict_of(const Comparison& c) {
  const std::size_t new_errors = count_severity(c.introduced, Severity::error);
  const std::size_t new_warnings = count_severity(c.introduced, Severity::warning);
  const std::size_t fixed_errors = count_severity(c.resolved, Severity::error);
  const std::size_t fixed_warnings = count_severity(c.resolved, Severity::warning);
  const std::string fixes = "resolves " + counted(c.resolved.size(), "finding", "findings") + " (" +
                            counted(fixed_errors, "error", "errors") + ", " +
                            counted(fixed_warnings, "warning", "warnings") + ")";
  if (!c.is_proposal && c.diff.empty() && c.introduced.empty() && c.resolved.empty())
    return "No change: the two maps hold the same records.";
  if (!c.lost.empty() || new_errors > 0) {
    std::vector<std::string> breaks;
    if (!c.lost.empty())
      breaks.push_back("loses " + counted(c.lost.size(), "duty", "duties"));
    if (new_errors > 0) breaks.push_back("introduces " + counted(new_errors, "error", "errors"));
    if (new_warnings > 0) breaks.push_back(counted(new_warnings, "new warning", "new warnings"));
    return "Fails: " + join(breaks, ", ") + "; " + fixes + ".";
  }
  if (new_warnings > 0)
    return "Needs review: introduces " + counted(new_warnings, "warning", "warnings") + " and no errors; " + fixes + ".";
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

  // Scrutiny load: distinct scrutinisers of each scrutinised body, read from each body's
  // row of scrutiny lines rather than by filtering all its lines. O(V + scrutiny lines).
  std::size_t scrutinised = 0;
  std::size_t scrutinisers = 0;
  std::vector<GovernanceMap::Vertex> from;  // one buffer for every body, not a set each
  for (std::size_t v = 0; v < map.body_count(); ++v) {
    from.clear();
    for (const auto& line : map.in_links(v, LinkKind::scrutinises)) from.push_back(line.body);
    if (from.empty()) continue;
    std::sort(from.begin(), from.end());
    from.erase(std::unique(from.begin(), from.end()), from.end());
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

namespace {

/// The findings before by hash, in their own order among equal hashes.
std::vector<std::pair<std::size_t, std::size_t>> sorted_by_hash(const std::vector<std::size_t>& hashes) {
  std::vector<std::pair<std::size_t, std::size_t>> by_hash;
  by_hash.reserve(hashes.size());
  for (const std::size_t h : hashes) by_hash.emplace_back(h, by_hash.size());
  std::sort(by_hash.begin(), by_hash.end());
  return by_hash;
}

/// Each finding after matched to the earliest unmatched finding before with the same
/// rule and subjects (`by_hash`: the findings before, as sorted_by_hash makes it;
/// `renames_of(i)`: the renames that apply to finding i before).
template <typename RenamesOf>
FindingMatch match_sorted(const std::vector<Finding>& before,
                          const std::vector<std::pair<std::size_t, std::size_t>>& by_hash,
                          const std::vector<Finding>& after, const std::vector<std::size_t>& after_hash,
                          const RenamesOf& renames_of) {
  FindingMatch match;
  std::vector<bool> matched(before.size(), false);
  for (std::size_t i = 0; i < after.size(); ++i) {
    if (matched_each_record(after[i].rule)) continue;
    const MatchedSubjects subjects(after[i], {});
    auto it = std::lower_bound(by_hash.begin(), by_hash.end(), std::pair(after_hash[i], std::size_t{0}));
    for (; it != by_hash.end() && it->first == after_hash[i]; ++it) {
      const Finding& candidate = before[it->second];
      if (!matched[it->second] && candidate.rule == after[i].rule &&
          MatchedSubjects(candidate, renames_of(it->second)) == subjects)
        break;
    }
    if (it == by_hash.end() || it->first != after_hash[i]) {
      match.introduced.push_back(i);
      continue;
    }
    matched[it->second] = true;
    match.kept.push_back(i);
  }
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!matched[i] && !matched_each_record(before[i].rule)) match.resolved.push_back(i);
  return match;
}

}  // namespace

FindingMatch match_findings(const std::vector<Finding>& before, const std::vector<Finding>& after,
                            const std::map<std::string, std::string>& renames) {
  // A large map's findings listing records (a million links, say) are matched beside the
  // others, and its two lists are hashed at once; the after findings' subjects are taken as they are.
  constexpr std::size_t worth_a_thread = 20'000;
  const bool large = before.size() + after.size() >= worth_a_thread;
  FindingMatch match;
  FindingMatch listed = beside(
      large,
      [&] {
        FindingMatch records;
        match_listings(before, listing_records(before), after, renames, records);
        return records;
      },
      [&] {
        decltype(hashes_of(after, {})) after_hash;
        auto before_hashes = beside(
            large, [&] { return hashes_of(before, renames); }, [&] { after_hash = hashes_of(after, {}); });
        match = match_sorted(
            before, sorted_by_hash(std::move(before_hashes)), after,
            after_hash, [&](std::size_t) -> const auto& { return renames; });
      });
  match.introduced_records = std::move(listed.introduced_records);
  match.resolved_records = std::move(listed.resolved_records);
  match.kept_records = std::move(listed.kept_records);
  return match;
}

namespace {

void check_part_worded(const Finding& whole) {
  if (!is(whole, rule::unsourced))
    throw std::logic_error("no wording for part of a " + whole.rule + " finding (restructure/compare.cpp part_of)");
}

/// part_of, moving the part's subjects out of `whole`.
Finding take_part(Finding& whole, const RecordsPart& part, const ProvenanceSettings& settings) {
  check_part_worded(whole);
  return take_unsourced_part(whole, part.subjects, settings);
}

}  // namespace

Finding part_of(const Finding& whole, const RecordsPart& part, const ProvenanceSettings& settings) {
  check_part_worded(whole);
  return unsourced_part(whole, part.subjects, settings);
}

FindingsBefore::FindingsBefore(std::vector<Finding> findings)
    : findings_(std::move(findings)), by_hash_(sorted_by_hash(hashes_of(findings_, {}))) {
  for (std::size_t i = 0; i < findings_.size(); ++i) {
    if (matched_each_record(findings_[i].rule)) {
      listing_records_.push_back(i);
      continue;  // renames are applied to its records as they are matched
    }
    for (const auto& id : findings_[i].subjects) {
      auto& naming = naming_[id];
      if (naming.empty() || naming.back() != i) naming.push_back(i);
    }
  }
}

FindingMatch FindingsBefore::match(const std::vector<Finding>& after,
                                   const std::map<std::string, std::string>& renames) const {
  const auto after_hash = hashes_of(after, {});
  std::vector<std::size_t> renamed;  // findings naming a renamed id
  for (const auto& [from, to] : renames)
    if (const auto it = naming_.find(from); it != naming_.end()) renamed.insert(renamed.end(), it->second.begin(), it->second.end());
  static const std::map<std::string, std::string> none;
  FindingMatch match;
  if (renamed.empty()) {
    match = match_sorted(findings_, by_hash_, after, after_hash, [&](std::size_t) -> const auto& { return none; });
  } else {
    std::vector<std::size_t> hashes(findings_.size());
    for (const auto& [h, i] : by_hash_) hashes[i] = h;
    std::vector<bool> is_renamed(findings_.size(), false);
    for (const std::size_t i : renamed) {
      hashes[i] = hash_of(findings_[i], renames);
      is_renamed[i] = true;
    }
    match = match_sorted(findings_, sorted_by_hash(hashes), after, after_hash,
                         [&](std::size_t i) -> const auto& { return is_renamed[i] ? renames : none; });
  }
  match_listings(findings_, listing_records_, after, renames, match);
  return match;
}

Comparison compare_maps(AnalysedMap before, AnalysedMap after, const std::map<std::string, std::string>& renames) {
  std::vector<Finding>& before_findings = before.findings;
  // The records are compared on a second thread while the findings are matched: both only read.
  auto diff = std::async(std::launch::async, [&] {
    return diff_maps(before.map.data(), after.map.data(), before.map.ids(), after.map.ids());
  });
  Comparison c;
  c.title = "Changes from '" + before.map.data().name + "' to '" + after.map.data().name + "'";
  c.before = measure(before.map, before.shared, before_findings);
  c.after = measure(after.map, after.shared, after.findings);
  c.renames = renames;
  const FindingMatch match = match_findings(before_findings, after.findings, renames);
  c.introduced.reserve(match.introduced_records.size() + match.introduced.size());
  c.kept.reserve(match.kept_records.size() + match.kept.size());
  c.resolved.reserve(match.resolved_records.size() + match.resolved.size());
  // Each record of a finding is in one part, so the parts take their records from it.
  for (const auto& part : match.introduced_records)
    c.introduced.push_back(take_part(after.findings[part.finding], part, after.provenance));
  for (const auto& part : match.kept_records)
    c.kept.push_back(take_part(after.findings[part.finding], part, after.provenance));
  for (const auto& part : match.resolved_records)
    c.resolved.push_back(take_part(before_findings[part.finding], part, before.provenance));
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
  const GovernanceMap& after_map = after.map;
  Comparison c = compare_maps(std::move(before), std::move(after), applied.renames);
  c.is_proposal = true;
  c.title = "Proposal: " + proposal.name;
  c.rationale = proposal.rationale;
  c.log = applied.log;
  c.settled = applied.settled;
  c.lost = lost_duties(before_map.data(), after_map.data(), applied);
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
