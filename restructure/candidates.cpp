#include "restructure/candidates.hpp"

#include <algorithm>
#include <deque>
#include <tuple>

#include "analyses/rules.hpp"
#include "restructure/evaluate.hpp"

namespace govgraph {
namespace {

using Vertex = GovernanceMap::Vertex;

std::string quoted_name(const GovernanceMap& map, Vertex v) { return "'" + map.body(v).name + "'"; }

/// "A, B and C".
std::string and_list(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) out += (i == 0 ? "" : i + 1 == items.size() ? " and " : ", ") + items[i];
  return out;
}

IdRef ref(const std::string& id) { return IdRef{id, {}, {}}; }

bool active(const GovernanceMap& map, Vertex v) {
  return v != GovernanceMap::no_body && map.body(v).status == BodyStatus::active;
}

std::size_t duties_led(const GovernanceMap& map, Vertex v) {
  const auto duties = map.duties(v);
  return static_cast<std::size_t>(
      std::count_if(duties.begin(), duties.end(), [](const Duty& d) { return d.role == Role::lead; }));
}

std::size_t link_count(const GovernanceMap& map, Vertex v) {
  return boost::out_degree(v, map.graph()) + boost::in_degree(v, map.graph());
}

/// Bodies a tool may offer to merge: of one type (and declared type) and sector, standing for one body each
/// or a class each, neither an apex nor at the top of government (a legislature, an
/// executive, a minister), whose merger is a matter of constitution, not of duplication.
bool mergeable(const GovernanceMap& map, Vertex a, Vertex b) {
  if (a == b || !active(map, a) || !active(map, b) || map.is_apex(a) || map.is_apex(b)) return false;
  const Body& x = map.body(a);
  const Body& y = map.body(b);
  static constexpr BodyType top[] = {BodyType::legislature, BodyType::executive, BodyType::minister};
  if (std::find(std::begin(top), std::end(top), x.type) != std::end(top)) return false;
  return x.type == y.type && x.declared_type == y.declared_type && x.sector == y.sector &&
         x.represents.has_value() == y.represents.has_value();
}

/// The body a merge keeps: the one leading more duties, then with more links, then the smaller id.
bool keeps_before(const GovernanceMap& map, Vertex a, Vertex b) {
  return std::make_tuple(duties_led(map, a), link_count(map, a), std::string_view(map.body(b).id)) >
         std::make_tuple(duties_led(map, b), link_count(map, b), std::string_view(map.body(a).id));
}

std::vector<Vertex> bodies_of(const GovernanceMap& map, const std::vector<std::string>& ids) {
  std::vector<Vertex> out;
  for (const auto& id : ids) out.push_back(map.find_body(id));
  return out;
}

/// One merge of every body of `group` into the one kept, when every pair may merge; the
/// finding that prompted it is the operation's note.
void add_merge(const GovernanceMap& map, std::vector<Vertex> group, const Finding& why, std::vector<Candidate>& out) {
  if (group.size() < 2) return;
  for (std::size_t i = 0; i < group.size(); ++i)
    for (std::size_t j = i + 1; j < group.size(); ++j)
      if (!mergeable(map, group[i], group[j])) return;
  const Vertex kept = *std::max_element(group.begin(), group.end(), [&](Vertex a, Vertex b) { return keeps_before(map, b, a); });
  std::vector<Vertex> merged;
  for (Vertex v : group)
    if (v != kept) merged.push_back(v);
  Candidate c = merge_candidate(map, merged.front(), kept);
  c.operations.front().note = why.words().message;
  for (std::size_t i = 1; i < merged.size(); ++i) {
    c.operations.front().bodies.push_back(ref(map.body(merged[i]).id));
    c.title.insert(c.title.find(" into "), " and " + quoted_name(map, merged[i]));
    c.slug.insert(c.slug.find("-into-"), "-" + map.body(merged[i]).id);
  }
  out.push_back(std::move(c));
}

/// How many of `others` answer to `lead` through counted lines, directly or not (a
/// breadth-first search up from each, bounded by the map's size).
std::size_t answering_to(const GovernanceMap& map, const SharedResults& shared, Vertex lead,
                         const std::vector<Vertex>& others) {
  std::size_t n = 0;
  for (Vertex start : others) {
    if (start == lead) continue;
    std::vector<bool> seen(map.body_count(), false);
    std::deque<Vertex> queue{start};
    seen[start] = true;
    bool found = false;
    while (!queue.empty() && !found) {
      const Vertex v = queue.front();
      queue.pop_front();
      for (const auto& up : map.out_links(v, LinkKind::accountable_to)) {
        if (!shared.counted[up.link] || seen[up.body]) continue;
        if (up.body == lead) found = true;
        seen[up.body] = true;
        queue.push_back(up.body);
      }
    }
    n += found ? 1 : 0;
  }
  return n;
}

/// One lead for a duty with several: the lead most of the others answer to; else one with
/// a line to an apex, leading the most duties in the map (the established owner), with
/// the shortest line; then the smaller id.
void add_single_lead(const GovernanceMap& map, const SharedResults& shared, const Finding& f,
                     std::vector<Candidate>& out) {
  const auto duty = f.ids(SubjectRole::responsibility);
  const auto leads = bodies_of(map, f.ids(SubjectRole::lead));
  if (duty.empty() || leads.size() < 2 || !std::all_of(leads.begin(), leads.end(), [&](Vertex v) { return active(map, v); }))
    return;
  std::vector<std::size_t> answered(leads.size());
  for (std::size_t i = 0; i < leads.size(); ++i) answered[i] = answering_to(map, shared, leads[i], leads);
  const auto rank = [&](std::size_t i) {
    const std::size_t distance = shared.routes.distance[leads[i]];
    return std::make_tuple(answered[i], distance != no_route, duties_led(map, leads[i]), ~distance);
  };
  std::size_t best = 0;
  for (std::size_t i = 1; i < leads.size(); ++i)
    if (rank(i) > rank(best) || (rank(i) == rank(best) && map.body(leads[i]).id < map.body(leads[best]).id)) best = i;
  const std::string why =
      answered[best] > 0
          ? quoted_name(map, leads[best]) + " is the lead that " +
                (answered[best] == 1 ? "another lead answers" : std::to_string(answered[best]) + " other leads answer") + " to"
          : quoted_name(map, leads[best]) + " leads " + std::to_string(duties_led(map, leads[best])) +
                " duties in the map, the most of the leads with a line of accountability to an apex";
  Candidate c{CandidateKind::single_lead, {}, "single-lead-" + duty.front() + "-" + map.body(leads[best]).id, {},
              map.body(leads[best]).id};
  std::vector<std::string> others;
  for (std::size_t i = 0; i < leads.size(); ++i) {
    if (i == best) continue;
    Operation op;
    op.kind = OperationKind::assign;
    op.responsibility = ref(duty.front());
    op.owner = ref(map.body(leads[i]).id);
    op.role = Role::delivers;
    op.note = why;
    c.operations.push_back(std::move(op));
    others.push_back(quoted_name(map, leads[i]));
  }
  const Responsibility& r = map.responsibility(map.find_responsibility(duty.front()));
  c.title = "Make " + quoted_name(map, leads[best]) + " the single lead of '" + r.name + "'; " + and_list(others) +
            (others.size() == 1 ? " delivers it" : " deliver it");
  out.push_back(std::move(c));
}

/// Abolishes a board or partnership without purpose, its links moving to the body it answers to (of
/// several, the one with the shorter line to an apex, then the smaller id).
void add_abolish(const GovernanceMap& map, const SharedResults& shared, const Finding& f, std::vector<Candidate>& out) {
  const auto ids = f.ids(SubjectRole::body);
  if (ids.empty()) return;
  const Vertex v = map.find_body(ids.front());
  // A board or partnership with no duty has outlived its work; a regulator, a company, a
  // charity or a university is an organisation in its own right whose purpose the map may
  // simply not record.
  if (!active(map, v) || (map.body(v).type != BodyType::board && map.body(v).type != BodyType::partnership)) return;
  Vertex master = GovernanceMap::no_body;
  for (const auto& up : map.out_links(v, LinkKind::accountable_to)) {
    if (!active(map, up.body)) continue;
    if (master == GovernanceMap::no_body ||
        std::make_pair(shared.routes.distance[up.body], map.body(up.body).id) <
            std::make_pair(shared.routes.distance[master], map.body(master).id))
      master = up.body;
  }
  if (master == GovernanceMap::no_body) return;
  Operation op;
  op.kind = OperationKind::abolish;
  op.target = ref(map.body(v).id);
  op.transfer_to = ref(map.body(master).id);
  op.note = quoted_name(map, v) + " owns no responsibility and lists no policy area; its links go to the body it answers to";
  out.push_back({CandidateKind::abolish,
                 "Abolish " + quoted_name(map, v) + ", transferring its links to " + quoted_name(map, master),
                 "abolish-" + map.body(v).id + "-into-" + map.body(master).id, {std::move(op)}});
}

/// The line that a flow of money or of scrutiny implies: `below` accountable to `above`,
/// on the basis the flow gives it (grant-agreement, regulation), citing the flow's source.
void add_line(const GovernanceMap& map, Vertex below, Vertex above, const Link& flow, std::string_view basis,
              std::vector<Candidate>& out) {
  if (!active(map, below) || !active(map, above) || below == above) return;
  for (const auto& up : map.out_links(below, LinkKind::accountable_to))
    if (up.body == above) return;
  Operation op;
  op.kind = OperationKind::add_link;
  op.link.from = map.body(below).id;
  op.link.to = map.body(above).id;
  op.link.kind = LinkKind::accountable_to;
  op.link.basis = std::string(basis);
  op.link.source = flow.source;
  const bool funds = flow.kind == LinkKind::funds;
  const std::string flow_text = funds ? " funds " : " scrutinises ";
  op.link.note = "Implied by: " + map.body(above).name + flow_text + map.body(below).name + ".";
  op.note = quoted_name(map, above) + flow_text + quoted_name(map, below) + ", which does not answer to it";
  out.push_back({CandidateKind::add_line,
                 "Make " + quoted_name(map, below) + " accountable to " + quoted_name(map, above) +
                     (funds ? " for the funding it receives" : ", which scrutinises it") + " (a " +
                     std::string(basis) + " line)",
                 "line-" + map.body(below).id + "-to-" + map.body(above).id, {std::move(op)}});
}

/// The first link of `kind` from `from` to `to`.
const Link* link_between(const GovernanceMap& map, Vertex from, Vertex to, LinkKind kind) {
  for (const auto& n : map.out_links(from, kind))
    if (n.body == to) return &map.link(LinkIndex(n.link));
  return nullptr;
}

void add_funding_line(const GovernanceMap& map, const Finding& f, std::vector<Candidate>& out) {
  const auto funders = bodies_of(map, f.ids(SubjectRole::funder));
  const auto recipients = bodies_of(map, f.ids(SubjectRole::recipient));
  if (funders.size() != 1 || recipients.size() != 1) return;
  if (const Link* flow = link_between(map, funders[0], recipients[0], LinkKind::funds))
    add_line(map, recipients[0], funders[0], *flow, "grant-agreement", out);
}

/// A body that answers to no one, or by no route to an apex: a line to the body that
/// funds it (the one with the shortest line to an apex), else to the one scrutinising it.
void add_implied_line(const GovernanceMap& map, const SharedResults& shared, const Finding& f,
                      std::vector<Candidate>& out) {
  const auto ids = f.ids(SubjectRole::body);
  if (ids.empty()) return;
  const Vertex v = map.find_body(ids.front());
  for (const auto& [kind, basis] : {std::pair{LinkKind::funds, "grant-agreement"}, {LinkKind::scrutinises, "regulation"}}) {
    const GovernanceMap::Neighbour* best = nullptr;
    for (const auto& n : map.in_links(v, kind))
      if (active(map, n.body) && (best == nullptr || std::make_pair(shared.routes.distance[n.body], map.body(n.body).id) <
                                                         std::make_pair(shared.routes.distance[best->body], map.body(best->body).id)))
        best = &n;
    if (best != nullptr) return add_line(map, v, best->body, map.link(LinkIndex(best->link)), basis, out);
  }
}

void add_remove_line(const GovernanceMap& map, const Finding& f, std::vector<Candidate>& out) {
  const auto below = f.ids(SubjectRole::body);
  const auto above = f.ids(SubjectRole::master);
  if (below.size() != 1 || above.size() != 1) return;
  Operation op;
  op.kind = OperationKind::remove_link;
  op.link.from = below.front();
  op.link.to = above.front();
  op.link.kind = LinkKind::accountable_to;
  op.note = "a longer route through another body it answers to already carries this line";
  const Vertex a = map.find_body(below.front());
  const Vertex b = map.find_body(above.front());
  out.push_back({CandidateKind::remove_line,
                 "Remove the direct line from " + quoted_name(map, a) + " to " + quoted_name(map, b) +
                     ", which a longer route already implies",
                 "remove-line-" + below.front() + "-to-" + above.front(), {std::move(op)}});
}

/// The candidates one finding prompts.
void prompted(const GovernanceMap& map, const SharedResults& shared, const Finding& f, std::vector<Candidate>& out) {
  if (is(f, rule::same_entity) || is(f, rule::overlapping_remits)) {
    add_merge(map, bodies_of(map, f.ids(SubjectRole::body)), f, out);
  } else if (is(f, rule::duplicate_scrutiny)) {
    const auto scrutinisers = bodies_of(map, f.ids(SubjectRole::scrutiniser));
    for (std::size_t i = 0; i < scrutinisers.size(); ++i)
      for (std::size_t j = i + 1; j < scrutinisers.size(); ++j) add_merge(map, {scrutinisers[i], scrutinisers[j]}, f, out);
  } else if (is(f, rule::multiple_leads)) {
    add_single_lead(map, shared, f, out);
  } else if (is(f, rule::body_without_purpose)) {
    add_abolish(map, shared, f, out);
  } else if (is(f, rule::unaccountable_funding)) {
    add_funding_line(map, f, out);
  } else if (is(f, rule::body_unaccountable) || is(f, rule::no_route_to_apex)) {
    add_implied_line(map, shared, f, out);
  } else if (is(f, rule::redundant_line)) {
    add_remove_line(map, f, out);
  }
}

bool same_line(const Link& pinned, const Link& l) {
  if (pinned.kind != l.kind) return false;
  if (pinned.from == l.from && pinned.to == l.to) return true;
  return l.kind == LinkKind::collaborates_with && pinned.from == l.to && pinned.to == l.from;
}

/// What makes two candidates the same: their title and the bodies they name (two bodies
/// may share a name).
std::string identity_of(const Candidate& c) {
  std::string key = c.title;
  for (const auto& id : bodies_named(c.operations)) key += '\n' + id;
  return key;
}

}  // namespace

std::string_view to_string(CandidateKind kind) {
  static constexpr std::string_view names[] = {"merge", "single-lead", "abolish", "add-line", "remove-line"};
  return names[static_cast<std::size_t>(kind)];
}

bool prompts_candidates(std::string_view rule) {
  for (const Rule* r : {&rule::same_entity, &rule::overlapping_remits, &rule::duplicate_scrutiny, &rule::multiple_leads,
                        &rule::body_without_purpose, &rule::unaccountable_funding, &rule::body_unaccountable,
                        &rule::no_route_to_apex, &rule::redundant_line})
    if (r->id == rule) return true;
  return false;
}

bool Pins::touched_by(const Candidate& candidate) const {
  if (bodies.contains(candidate.kept_lead)) return true;
  for (const auto& id : bodies_named(candidate.operations))
    if (bodies.contains(id)) return true;
  for (const Operation& op : candidate.operations) {
    std::vector<std::string> removed;
    if (op.kind == OperationKind::abolish) removed.push_back(op.target.id);
    if (op.kind == OperationKind::merge)
      for (const auto& b : op.bodies) removed.push_back(b.id);
    for (const Link& line : lines) {
      if (op.kind == OperationKind::remove_link && same_line(line, op.link)) return true;
      for (const auto& id : removed)
        if (id == line.from || id == line.to) return true;
    }
  }
  return false;
}

Candidate merge_candidate(const GovernanceMap& map, Vertex from, Vertex into) {
  Operation op;
  op.kind = OperationKind::merge;
  op.bodies = {ref(map.body(from).id)};
  op.target = ref(map.body(into).id);
  return {CandidateKind::merge, "Merge " + quoted_name(map, from) + " into " + quoted_name(map, into),
          "merge-" + map.body(from).id + "-into-" + map.body(into).id, {std::move(op)}};
}

std::vector<Candidate> candidates_from(const GovernanceMap& map, const SharedResults& shared,
                                       const std::vector<Finding>& findings, const RuleSelection& targets,
                                       const Pins& pins) {
  std::vector<Candidate> all;
  for (const Finding& f : findings)
    if (targets.selected(f.rule)) prompted(map, shared, f, all);
  std::vector<Candidate> out;
  std::set<std::string> seen;
  for (auto& c : all)
    if (!pins.touched_by(c) && seen.insert(identity_of(c)).second) out.push_back(std::move(c));
  return out;
}

}  // namespace govgraph
