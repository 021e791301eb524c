#include "restructure/evaluate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <utility>

#include "analyses/funding.hpp"
#include "analyses/provenance.hpp"
#include "graph/diagnostic.hpp"
#include "graph/parallel.hpp"
#include "restructure/apply_links.hpp"
#include "restructure/candidates.hpp"
#include "restructure/compare.hpp"
#include "restructure/duties.hpp"

namespace govgraph {
namespace {

/// Rules by bit: bit i is all_rules[i].
using RuleMask = unsigned;
static_assert(all_rules.size() < 32);
constexpr RuleMask bit_of_rule_at(std::size_t i) { return RuleMask{1} << i; }
constexpr RuleMask every_rule = bit_of_rule_at(all_rules.size()) - 1;

RuleMask rule_bit(const Rule& rule) {
  for (std::size_t i = 0; i < all_rules.size(); ++i)
    if (all_rules[i].id == rule.id) return bit_of_rule_at(i);
  return 0;
}

RuleMask rules_of(Family family) {
  RuleMask mask = 0;
  for (std::size_t i = 0; i < all_rules.size(); ++i)
    if (all_rules[i].family == family) mask |= bit_of_rule_at(i);
  return mask;
}

/// The rules whose findings the operation can change: those of the families it affects,
/// less those a line of its kind cannot reach. O(rules).
RuleMask rules_affected(const Operation& operation) {
  RuleMask mask = 0;
  for (const Family f : families_affected(operation)) mask |= rules_of(f);
  if (operation.kind == OperationKind::add_link || operation.kind == OperationKind::remove_link) {
    // Same-entity reads lines only to tell a class from its member (member_of); funding
    // cycles read funds lines only.
    if (operation.link.kind != LinkKind::member_of) mask &= ~rule_bit(rule::same_entity);
    if (operation.link.kind != LinkKind::funds) mask &= ~rule_bit(rule::funding_cycle);
  }
  return mask;
}

/// The rules analysed across the map after for operations affecting those in `mask`: all
/// but provenance's, which judge each record on its own, so that only the records the
/// operations touch can change their findings; those are compared among themselves
/// (find_provenance_among). Provenance alone is analysed as it is.
RuleMask analysed_across_map(RuleMask mask) {
  const RuleMask provenance = rules_of(Family::provenance);
  return mask == (mask & provenance) ? mask : mask & ~provenance;
}

/// The accountable_to line a proposal of that one operation adds, if it is one: the
/// unaccountable funding it answers is found from the findings before (answered_by_line)
/// rather than by analysing that rule across the map after, when no search can give up.
const Link* line_of_accountability_added(const std::vector<Operation>& operations) {
  if (operations.size() != 1 || operations.front().kind != OperationKind::add_link ||
      operations.front().link.kind != LinkKind::accountable_to)
    return nullptr;
  return &operations.front().link;
}

/// The rules analysed across the map after the operations: those they can affect
/// (`affected`, rules_affected of each), less those compared among the records or pairs
/// they touch. `searches_complete`: the map is no larger than the funding rules' search limit.
RuleMask analysed_across_map(RuleMask affected, const std::vector<Operation>& operations, bool searches_complete) {
  RuleMask mask = analysed_across_map(affected);
  if (searches_complete && line_of_accountability_added(operations) != nullptr)
    mask &= ~rule_bit(rule::unaccountable_funding);
  return mask;
}

/// The rules in `mask`, a family named whole where it can be: every rule when it holds them all.
RuleSelection selection_of(RuleMask mask) {
  RuleSelection selection;
  if (mask == every_rule) return selection;
  for (const Family f : all_families) {
    const RuleMask family = rules_of(f);
    if ((mask & family) == family) {
      selection.only.emplace_back(to_string(f));
      continue;
    }
    for (std::size_t i = 0; i < all_rules.size(); ++i)
      if ((mask & family) >> i & 1U) selection.only.emplace_back(all_rules[i].id);
  }
  return selection;
}

std::string renamed(const std::string& id, const std::map<std::string, std::string>& renames) {
  const auto it = renames.find(id);
  return it == renames.end() ? id : it->second;
}

/// What the operations can change: the bodies they name or rename, and the
/// responsibilities they name. Only links and duties of these differ between the map
/// before and the map after (an operation edits only the links and owners of the bodies
/// and responsibilities it names), so only these are compared.
struct Touched {
  std::set<std::string> bodies;
  std::set<std::string> responsibilities;
};

Touched touched_by(const Proposal& proposal, const std::map<std::string, std::string>& renames) {
  Touched t;
  t.bodies = bodies_named(proposal.operations);
  for (const auto& [from, to] : renames) t.bodies.insert(from), t.bodies.insert(to);
  for (const Operation& op : proposal.operations) {
    if (!op.responsibility.id.empty()) t.responsibilities.insert(op.responsibility.id);
    if (op.merged_into) t.responsibilities.insert(op.merged_into->id);
    if (op.kind == OperationKind::add_responsibility) t.responsibilities.insert(op.new_responsibility.id);
  }
  return t;
}

/// The touched bodies that are in `map`, as its vertices. O(touched).
std::vector<GovernanceMap::Vertex> vertices_of(const GovernanceMap& map, const Touched& touched) {
  std::vector<GovernanceMap::Vertex> out;
  for (const auto& id : touched.bodies)
    if (const auto v = map.find_body(id); v != GovernanceMap::no_body) out.push_back(v);
  return out;
}

/// The links with an end at a touched body, read from those bodies' rows rather than by
/// testing every link of the map. Sorted, unique. O(degree of the touched bodies).
std::vector<std::uint32_t> touched_links(const GovernanceMap& map, const Touched& touched) {
  std::vector<std::uint32_t> links;
  for (const auto v : vertices_of(map, touched))
    for (const auto rows : {map.out_links(v), map.in_links(v)})
      for (const auto& n : rows) links.push_back(n.link);
  std::sort(links.begin(), links.end());
  links.erase(std::unique(links.begin(), links.end()), links.end());
  return links;
}

/// Each touched link before is kept (both ends as they were), moved (an end renamed) or
/// dropped; a touched link after that no link before became is added.
/// O(touched links x log touched links).
void count_links(const GovernanceMap& before, const GovernanceMap& after,
                 const std::map<std::string, std::string>& renames, const Touched& touched, Disruption& d) {
  std::map<decltype(link_key(Link{})), bool> after_keys;  // claimed by a link before
  for (const auto l : touched_links(after, touched)) after_keys.emplace(link_key(after.link(LinkIndex(l))), false);
  for (const auto l : touched_links(before, touched)) {
    Link moved = before.link(LinkIndex(l));
    const std::string from = std::exchange(moved.from, renamed(moved.from, renames));
    const std::string to = std::exchange(moved.to, renamed(moved.to, renames));
    const auto it = after_keys.find(link_key(moved));
    if (it == after_keys.end() || it->second) {
      ++d.links_dropped;
      continue;
    }
    it->second = true;
    if (moved.from != from || moved.to != to) ++d.links_moved;
  }
  for (const auto& [key, claimed] : after_keys)
    if (!claimed) ++d.links_added;
}

/// The active leads of each touched responsibility (one it names, or one a touched body
/// takes part in), the map before's bodies renamed. O(duties of the touched bodies).
std::map<std::string, std::set<std::string>> active_leads(const GovernanceMap& map,
                                                         const std::map<std::string, std::string>& renames,
                                                         const Touched& touched) {
  std::vector<ResponsibilityIndex> duties;
  for (const auto v : vertices_of(map, touched))
    for (const Duty& duty : map.duties(v)) duties.push_back(duty.responsibility);
  for (const auto& id : touched.responsibilities)
    if (const ResponsibilityIndex r = map.find_responsibility(id)) duties.push_back(r);
  std::map<std::string, std::set<std::string>> leads;
  for (const ResponsibilityIndex r : duties) {
    auto [at, added] = leads.try_emplace(map.responsibility(r).id);
    if (!added) continue;
    for (const auto& [v, role] : map.owners(r))
      if (role == Role::lead && map.body(v).status == BodyStatus::active) at->second.insert(renamed(map.body(v).id, renames));
  }
  return leads;
}

/// The records of `map` the operations can change: the touched bodies, their links and
/// the touched responsibilities. O(degree of the touched bodies).
SomeRecords records_touched(const GovernanceMap& map, const Touched& touched) {
  SomeRecords some;
  some.bodies = vertices_of(map, touched);
  for (const auto l : touched_links(map, touched)) some.links.emplace_back(l);
  for (const auto& id : touched.responsibilities)
    if (const ResponsibilityIndex r = map.find_responsibility(id)) some.responsibilities.push_back(r);
  return some;
}

Disruption disruption_of(const GovernanceMap& before, const GovernanceMap& after, const Proposal& proposal,
                         const std::map<std::string, std::string>& renames, const Touched& touched) {
  Disruption d;
  d.bodies_touched = bodies_named(proposal.operations).size();
  count_links(before, after, renames, touched, d);
  const auto leads_before = active_leads(before, renames, touched);
  const auto leads_after = active_leads(after, {}, touched);
  for (const auto& [id, leads] : leads_before) {
    const auto now = leads_after.find(id);
    if (now == leads_after.end() || now->second != leads) ++d.duties_moved;
  }
  return d;
}

/// The findings at `indexes` and the parts of findings listing records, sorted: worded
/// (while their map lives), or summarised.
std::vector<Finding> picked(const std::vector<Finding>& findings, const std::vector<std::size_t>& indexes,
                            const std::vector<RecordsPart>& parts, const ProvenanceSettings& listed, Detail detail) {
  std::vector<Finding> out;
  out.reserve(indexes.size() + parts.size());
  const auto take = [&](const Finding& f) {
    if (detail == Detail::full) {
      out.push_back(f);
      out.back().word();
      return;
    }
    Finding brief;
    brief.severity = f.severity;
    brief.rule = f.rule;
    if (prompts_candidates(f.rule)) {
      brief.subjects = f.subjects;
      brief.roles = f.roles;
    }
    out.push_back(std::move(brief));
  };
  for (const std::size_t i : indexes) take(findings[i]);
  for (const RecordsPart& part : parts) {
    const Finding& whole = findings[part.finding];
    // A summary needs a part's own subjects only where they prompt candidates.
    if (detail == Detail::summary && !prompts_candidates(whole.rule)) take(whole);
    else take(part_of(whole, part, listed));
  }
  sort_findings(out);
  return out;
}

}  // namespace

std::set<std::string> bodies_named(const std::vector<Operation>& operations) {
  std::set<std::string> out;
  for (const Operation& op : operations) {
    if (!op.target.id.empty()) out.insert(op.target.id);
    if (op.transfer_to) out.insert(op.transfer_to->id);
    for (const auto& ref : op.bodies) out.insert(ref.id);
    if (op.kind == OperationKind::add_body || (op.kind == OperationKind::merge && op.into_new)) out.insert(op.body.id);
    if (op.kind == OperationKind::add_link || op.kind == OperationKind::remove_link) {
      out.insert(op.link.from);
      out.insert(op.link.to);
    }
    if (!op.owner.id.empty()) out.insert(op.owner.id);
  }
  return out;
}

bool Evaluation::passes() const {
  return applies && lost.empty() &&
         std::none_of(introduced.begin(), introduced.end(), [](const Finding& f) { return f.severity == Severity::error; });
}

std::vector<Family> families_affected(const Operation& operation) {
  switch (operation.kind) {
    // Who leads, delivers or supports a duty: no route, funding line or citation reads it.
    case OperationKind::assign:
    case OperationKind::unassign:
      return {Family::orphan, Family::duplication, Family::overlap, Family::delivery};
    // A line between two bodies: the delivery rules read only duties and bodies. Overlap
    // goes with duplication, as analyse folds a crowded area into a duty's multiple leads.
    // A line that cites a source adds no subject to provenance.unsourced.
    case OperationKind::add_link:
    case OperationKind::remove_link:
      if (operation.kind == OperationKind::add_link && !operation.link.source.empty())
        return {Family::orphan, Family::duplication, Family::overlap, Family::accountability, Family::funding};
      return {Family::orphan,  Family::duplication, Family::overlap, Family::accountability, Family::funding,
              Family::provenance};
    default: return {all_families.begin(), all_families.end()};
  }
}

Evaluator::Evaluator(MapData before, AnalysisSettings settings)
    : before_(std::move(before)),
      settings_(std::move(settings)),
      shared_(share(before_, settings_.accountability)),
      findings_(analyse(before_, shared_, settings_, {}, 1, Wording::now)) {
  // One operation of each kind, and a line of each kind added or removed, citing a source
  // or not: every mask a single kind of operation gives.
  std::vector<Operation> samples(operation_names.size());
  for (std::size_t k = 0; k < operation_names.size(); ++k) samples[k].kind = static_cast<OperationKind>(k);
  for (const OperationKind kind : {OperationKind::add_link, OperationKind::remove_link})
    for (std::size_t link = 0; link < link_kind_count; ++link)
      for (const char* source : {"", "cited"}) {
        Operation& line = samples.emplace_back();
        line.kind = kind;
        line.link.kind = static_cast<LinkKind>(link);
        line.link.source = source;
      }
  std::map<std::pair<GovernanceMap::Vertex, GovernanceMap::Vertex>, std::size_t> group_of;  // both ways round
  for (std::size_t i = 0; i < findings().size(); ++i) {
    const Finding& f = findings()[i];
    if (!is(f, rule::unaccountable_funding)) continue;
    const auto a = before_.find_body(f.subjects[0]);
    const auto b = before_.find_body(f.subjects[1]);
    const auto [at, added] = group_of.try_emplace(std::minmax(a, b), funding_groups_.size());
    if (added) funding_groups_.emplace_back();
    funding_groups_[at->second].push_back(funding_pairs_.size());
    funding_pairs_.push_back({i, at->second});
    funding_ends_.emplace_back(a, b);
  }
  for (const Operation& op : samples) {
    const RuleMask mask = analysed_across_map(rules_affected(op), {op}, searches_complete());
    if (mask == every_rule || findings_of_rules_.contains(mask)) continue;
    const RuleSelection selection = selection_of(mask);
    std::vector<Finding> subset;
    for (const Finding& f : findings())
      if (selection.selected(f.rule)) subset.push_back(f);
    findings_of_rules_.emplace(mask, FindingsBefore(std::move(subset)));
  }
}

Evaluation Evaluator::evaluate(const Proposal& proposal, bool every_family, Detail detail) const {
  Evaluation e;
  AppliedProposal applied;
  try {
    applied = apply_proposal(before_, proposal);
  } catch (const InputError&) {
    e.applies = false;
    return e;
  }
  e.lost = lost_duties(before_.data(), applied);
  RuleMask affected = 0;
  for (const Operation& op : proposal.operations) affected |= rules_affected(op);
  const RuleMask mask =
      every_family ? every_rule : analysed_across_map(affected, proposal.operations, searches_complete());
  const bool records_among_touched = (affected & ~mask & rules_of(Family::provenance)) != 0;
  const bool funding_from_findings = (affected & ~mask & rule_bit(rule::unaccountable_funding)) != 0;
  const RuleSelection selection = selection_of(mask);
  const GovernanceMap after(std::move(applied.after), std::move(applied.after_ids));
  // Worded only when introduced: most findings are kept, and a sentence for each would
  // cost more than the analysis.
  const std::vector<Finding> found =
      analyse(after, share(after, settings_.accountability), settings_, selection, 1, Wording::when_written);
  const auto known = findings_of_rules_.find(mask);
  const FindingsBefore* prepared =
      known != findings_of_rules_.end() ? &known->second : mask == every_rule ? &findings_ : nullptr;
  std::vector<Finding> subset;  // a mask several kinds of operation make together
  if (prepared == nullptr)
    for (const Finding& f : findings())
      if (selection.selected(f.rule)) subset.push_back(f);
  const std::vector<Finding>& compared = prepared != nullptr ? prepared->findings() : subset;
  const FindingMatch match = prepared != nullptr ? prepared->match(found, applied.renames)
                                                 : match_findings(compared, found, applied.renames);
  e.resolved = picked(compared, match.resolved, match.resolved_records, settings_.provenance, detail);
  e.introduced = picked(found, match.introduced, match.introduced_records, settings_.provenance, detail);
  const Touched touched = touched_by(proposal, applied.renames);
  if (records_among_touched) {
    const auto was = find_provenance_among(before_, records_touched(before_, touched), settings_.provenance);
    const auto now = find_provenance_among(after, records_touched(after, touched), settings_.provenance);
    const FindingMatch records = match_findings(was, now, applied.renames);
    for (Finding& f : picked(was, records.resolved, records.resolved_records, settings_.provenance, detail))
      e.resolved.push_back(std::move(f));
    for (Finding& f : picked(now, records.introduced, records.introduced_records, settings_.provenance, detail))
      e.introduced.push_back(std::move(f));
    sort_findings(e.resolved);
    sort_findings(e.introduced);
  }
  if (funding_from_findings) {
    // The line leaves every body where it was, so a body is the same vertex in both maps.
    const Link& line = *line_of_accountability_added(proposal.operations);
    const std::vector<bool> answered =
        answered_by_line(after, settings_.funding, after.find_body(line.from), after.find_body(line.to), funding_ends_);
    // A finding is matched on its subjects as a set, as check-restructure matches it: when
    // A funds B and B funds A, the one still found after keeps the first finding before,
    // and the last is resolved, whichever of the two the line answered.
    std::vector<std::size_t> answered_in(funding_groups_.size(), 0);
    for (std::size_t i = 0; i < answered.size(); ++i)
      if (answered[i]) ++answered_in[funding_pairs_[i].group];
    std::vector<std::size_t> resolved;
    for (std::size_t g = 0; g < funding_groups_.size(); ++g)
      for (std::size_t k = funding_groups_[g].size() - answered_in[g]; k < funding_groups_[g].size(); ++k)
        resolved.push_back(funding_pairs_[funding_groups_[g][k]].finding);
    for (Finding& f : picked(findings(), resolved, {}, settings_.provenance, detail))
      e.resolved.push_back(std::move(f));
    sort_findings(e.resolved);
  }
  e.disruption = disruption_of(before_, after, proposal, applied.renames, touched);
  return e;
}

std::vector<Evaluation> evaluate_all(const Evaluator& evaluator, const std::vector<Proposal>& proposals,
                                     unsigned threads, Detail detail) {
  std::vector<Evaluation> results(proposals.size());
  for_each_index(proposals.size(), threads,
                 [&](std::size_t i) { results[i] = evaluator.evaluate(proposals[i], false, detail); });
  return results;
}

}  // namespace govgraph
