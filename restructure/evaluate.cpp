#include "restructure/evaluate.hpp"

#include <algorithm>
#include <map>
#include <set>
#include <unordered_set>

#include "graph/diagnostic.hpp"
#include "restructure/apply_links.hpp"
#include "restructure/compare.hpp"
#include "restructure/duties.hpp"

namespace govgraph {
namespace {

/// Bit i: all_families[i].
unsigned family_mask(const std::vector<Family>& families) {
  unsigned mask = 0;
  for (Family f : families) mask |= 1U << static_cast<unsigned>(f);
  return mask;
}

constexpr unsigned every_family_mask = (1U << all_families.size()) - 1;

std::string renamed(const std::string& id, const std::map<std::string, std::string>& renames) {
  const auto it = renames.find(id);
  return it == renames.end() ? id : it->second;
}

/// Each link before is kept (both ends as they were), moved (an end renamed) or dropped;
/// a link after that no link before became is added. O(E log E).
void count_links(const MapData& before, const MapData& after, const std::map<std::string, std::string>& renames,
                 Disruption& d) {
  std::map<decltype(link_key(Link{})), bool> after_keys;  // claimed by a link before
  for (const Link& l : after.links) after_keys.emplace(link_key(l), false);
  for (const Link& l : before.links) {
    Link moved = l;
    moved.from = renamed(l.from, renames);
    moved.to = renamed(l.to, renames);
    const auto it = after_keys.find(link_key(moved));
    if (it == after_keys.end() || it->second) {
      ++d.links_dropped;
      continue;
    }
    it->second = true;
    if (moved.from != l.from || moved.to != l.to) ++d.links_moved;
  }
  for (const auto& [key, claimed] : after_keys)
    if (!claimed) ++d.links_added;
}

/// The active leads of each responsibility, with the map before's bodies renamed.
std::map<std::string, std::set<std::string>> active_leads(const MapData& map,
                                                         const std::map<std::string, std::string>& renames) {
  std::unordered_set<std::string_view> active;
  for (const Body& b : map.bodies)
    if (b.status == BodyStatus::active) active.insert(b.id);
  std::map<std::string, std::set<std::string>> leads;
  for (const Responsibility& r : map.responsibilities) {
    auto& set = leads[r.id];
    for (const Owner& o : r.owners)
      if (o.role == Role::lead && active.contains(o.body)) set.insert(renamed(o.body, renames));
  }
  return leads;
}

Disruption disruption_of(const MapData& before, const MapData& after, const Proposal& proposal,
                         const std::map<std::string, std::string>& renames) {
  Disruption d;
  d.bodies_touched = bodies_named(proposal.operations).size();
  count_links(before, after, renames, d);
  const auto leads_before = active_leads(before, renames);
  const auto leads_after = active_leads(after, {});
  for (const auto& [id, leads] : leads_before) {
    const auto now = leads_after.find(id);
    if (now == leads_after.end() || now->second != leads) ++d.duties_moved;
  }
  return d;
}

std::vector<Finding> picked(const std::vector<Finding>& findings, const std::vector<std::size_t>& indexes) {
  std::vector<Finding> out;
  out.reserve(indexes.size());
  for (std::size_t i : indexes) out.push_back(findings[i]);
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

std::vector<Family> families_affected(OperationKind kind) {
  switch (kind) {
    // Who leads, delivers or supports a duty: no route, funding line or citation reads it.
    case OperationKind::assign:
    case OperationKind::unassign:
      return {Family::orphan, Family::duplication, Family::overlap, Family::delivery};
    // A line between two bodies: the delivery rules read only duties and bodies. Overlap
    // goes with duplication, as analyse folds a crowded area into a duty's multiple leads.
    case OperationKind::add_link:
    case OperationKind::remove_link:
      return {Family::orphan,  Family::duplication, Family::overlap, Family::accountability, Family::funding,
              Family::provenance};
    default: return {all_families.begin(), all_families.end()};
  }
}

Evaluator::Evaluator(MapData before, AnalysisSettings settings)
    : before_(std::move(before)), settings_(std::move(settings)), shared_(share(before_, settings_.accountability)) {
  findings_ = analyse(before_, shared_, settings_, {}, 1, Wording::now);
}

Evaluation Evaluator::evaluate(const Proposal& proposal, bool every_family) const {
  Evaluation e;
  AppliedProposal applied;
  try {
    applied = apply_proposal(before_.data(), proposal);
  } catch (const InputError& error) {
    e.applies = false;
    e.error = error.diagnostics().all().empty() ? error.what() : error.diagnostics().all().front().message;
    return e;
  }
  e.lost = lost_duties(before_.data(), applied);
  unsigned mask = 0;
  for (const Operation& op : proposal.operations) mask |= family_mask(families_affected(op.kind));
  RuleSelection selection;
  if (!every_family && mask != every_family_mask)
    for (Family f : all_families)
      if ((mask >> static_cast<unsigned>(f)) & 1U) selection.only.emplace_back(to_string(f));

  const GovernanceMap after(std::move(applied.after));
  const std::vector<Finding> found =
      analyse(after, share(after, settings_.accountability), settings_, selection, 1, Wording::now);
  std::vector<Finding> subset;
  if (!selection.only.empty())
    for (const Finding& f : findings_)
      if (selection.selected(f.rule)) subset.push_back(f);
  const std::vector<Finding>& compared = selection.only.empty() ? findings_ : subset;
  const FindingMatch match = match_findings(compared, found, applied.renames);
  e.resolved = picked(compared, match.resolved);
  e.introduced = picked(found, match.introduced);
  e.disruption = disruption_of(before_.data(), after.data(), proposal, applied.renames);
  return e;
}

}  // namespace govgraph
