#include "analyses/duplication.hpp"

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <map>
#include <optional>
#include <string_view>
#include <utility>

#include "analyses/analyse.hpp"
#include "analyses/same_entity.hpp"
#include "analyses/support.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

using namespace detail;

/// The distinct active bodies v is directly accountable to (itself excluded), in id order;
/// with `counted`, by the counted lines only (accountability.count-bases).
std::vector<Vertex> masters_of(const GovernanceMap& map, Vertex v, const std::vector<bool>* counted = nullptr) {
  std::vector<Vertex> masters;
  for (const auto& line : map.out_links(v, LinkKind::accountable_to)) {
    const Vertex w = line.body;
    if (counted != nullptr && !(*counted)[line.link]) continue;
    if (w != v && active(map, w)) masters.push_back(w);
  }
  std::sort(masters.begin(), masters.end(),
            [&](Vertex x, Vertex y) { return map.body(x).id < map.body(y).id; });
  masters.erase(std::unique(masters.begin(), masters.end()), masters.end());
  return masters;
}

void add_link_sources(const GovernanceMap& map, Vertex from, Vertex to, LinkKind kind, Sources& sources) {
  for (const auto& link : map.out_links(from, kind))
    if (link.body == to) sources.add(map.link(LinkIndex(link.link)).source);
}

/// The accountable_to lines by which a body answers for its work (by link index): those
/// counted as accountability for conduct, and those of a basis that answers for work (a
/// commission under contract or grant agreement), not registration or regulation.
std::vector<bool> work_lines(const GovernanceMap& map, const SharedResults& shared) {
  std::vector<bool> lines = shared.counted;
  for (const LinkIndex l : map.link_indices()) {
    const Link& link = map.link(l);
    const auto basis = map.basis(link);
    if (link.kind == LinkKind::accountable_to && basis && basis_answers_for_work[static_cast<std::size_t>(*basis)])
      lines[l.value()] = true;
  }
  return lines;
}

/// The leads of a responsibility (sorted) in lines of accountability: a lead that
/// answers for its work, by a route of work lines, to another lead (commissioned by it
/// under contract, say) is on that lead's line, which answers for both. Each line lists its
/// bodies in id order, the one answered to first when there is one; lines in id order of
/// their first body. O(leads x search).
std::vector<std::vector<Vertex>> lines_of_leads(const GovernanceMap& map, const std::vector<Vertex>& leads,
                                                UpwardSearch& search) {
  const std::size_t k = leads.size();
  std::vector<std::vector<bool>> reaches(k, std::vector<bool>(k, false));
  for (std::size_t i = 0; i < k; ++i) {
    bool complete = true;
    const auto above = search.ancestors(leads[i], complete);
    for (std::size_t j = 0; j < k; ++j)
      reaches[i][j] = j != i && std::find(above.begin(), above.end(), leads[j]) != above.end();
  }
  // Leads that answer to each other round a circle have no one above them: no line.
  std::vector<bool> answers(k, false);  // answers to another lead
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = 0; j < k; ++j)
      if (reaches[i][j] && !reaches[j][i]) answers[i] = true;
  // A line is a lead that answers to no other lead, with the leads that answer to it. A
  // lead answering to two such leads (a group both convene) joins the first, and does not
  // make the two one line: they still answer to no one in common.
  std::map<std::size_t, std::vector<Vertex>> by_root;
  for (std::size_t i = 0; i < k; ++i) {
    std::size_t top = i;
    for (std::size_t j = 0; j < k && answers[i]; ++j)
      if (reaches[i][j] && !answers[j]) {
        top = j;
        break;
      }
    by_root[top].push_back(leads[i]);
  }
  std::vector<std::vector<Vertex>> lines;
  const auto answering = [&](Vertex v) {
    return answers[static_cast<std::size_t>(std::lower_bound(leads.begin(), leads.end(), v) - leads.begin())];
  };
  for (auto& [r, bodies] : by_root) {
    std::sort(bodies.begin(), bodies.end(), [&](Vertex x, Vertex y) {
      return answering(x) != answering(y) ? !answering(x) : map.body(x).id < map.body(y).id;
    });
    lines.push_back(std::move(bodies));
  }
  std::sort(lines.begin(), lines.end(), [&](const auto& x, const auto& y) { return map.body(x[0]).id < map.body(y[0]).id; });
  return lines;
}

void multiple_leads(const GovernanceMap& map, UpwardSearch& search, std::vector<Finding>& out) {
  for (const ResponsibilityIndex r : map.responsibility_indices()) {
    std::vector<Vertex> leads;
    for (auto [v, role] : map.owners(r))
      if (role == Role::lead && active(map, v)) leads.push_back(v);
    std::sort(leads.begin(), leads.end());
    leads.erase(std::unique(leads.begin(), leads.end()), leads.end());
    if (leads.size() < 2) continue;
    const auto lines = lines_of_leads(map, leads, search);
    if (lines.size() < 2) continue;
    const Responsibility& resp = map.responsibility(r);
    Sources sources;
    sources.add(resp.source);
    for (Vertex v : leads) sources.add(map.body(v).source);
    auto roles = playing(SubjectRole::lead, ids_of(map, leads));
    roles.insert(roles.begin(), {SubjectRole::responsibility, resp.id});
    std::vector<std::string> evidence = {"leads: " + join_names(names_of(map, leads))};
    for (const auto& line : lines) {
      if (line.size() < 2) continue;
      std::vector<std::string> below;
      for (std::size_t i = 1; i < line.size(); ++i) below.push_back(name_of(map, line[i]));
      evidence.push_back("one line of accountability: " + join_names(below) + (below.size() == 1 ? " answers" : " answer") +
                         " to " + name_of(map, line[0]));
    }
    const std::string what = "'" + responsibility_name(resp) + "' has " +
                             std::to_string(leads.size()) + " lead bodies" +
                             (lines.size() < leads.size() ? " on " + std::to_string(lines.size()) + " separate lines of accountability" : "");
    auto finding = make_finding(rule::multiple_leads, std::move(roles),
                                what + ", so no single body is accountable for it.", std::move(evidence), sources.take());
    finding.numbers.push_back({"leads", static_cast<double>(leads.size())});
    if (lines.size() < leads.size()) finding.numbers.push_back({"lines", static_cast<double>(lines.size())});
    out.push_back(std::move(finding));
  }
}

// A regulator and a body it regulates share work because one regulates the other: the
// same line of oversight, not two remits that overlap. O(out-degree of both).
bool scrutiny_between(const GovernanceMap& map, Vertex a, Vertex b) {
  const auto view = map.view(LinkKind::scrutinises);
  for (auto [from, to] : {std::pair{a, b}, std::pair{b, a}})
    for (auto e : boost::make_iterator_range(boost::out_edges(from, view)))
      if (boost::target(e, view) == to) return true;
  return false;
}

// ---- overlapping-remits ---------------------------------------------------------------

/// How much a shared item weighs: a responsibility by the part a body takes in it, above
/// a policy area tag. A profile holds a responsibility as that many items, so the plain
/// Jaccard similarity of two profiles is their weighted one (sum of the smaller weights
/// over sum of the larger).
constexpr std::uint32_t role_weight(Role role) { return role == Role::lead ? 3 : role == Role::delivers ? 2 : 1; }
constexpr std::uint32_t max_role_weight = 3;

std::vector<std::vector<std::uint32_t>> remit_profiles(const GovernanceMap& map) {
  const std::size_t area_base = map.responsibilities().size() * max_role_weight;
  std::vector<std::vector<std::uint32_t>> profiles(map.body_count());
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v)) continue;
    auto& items = profiles[v];
    // A body's duties: one for each responsibility it owns (the map's check allows no
    // body twice among the owners), in responsibility order.
    for (const Duty& d : map.duties(v))
      for (std::uint32_t i = 0; i < role_weight(d.role); ++i)
        items.push_back(static_cast<std::uint32_t>(d.responsibility.value() * max_role_weight + i));
    for (const AreaIndex a : map.areas(v)) items.push_back(static_cast<std::uint32_t>(area_base + a.value()));
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
  }
  return profiles;
}

/// What two bodies share: the responsibilities both take part in (with their roles), then
/// the policy areas' names, sorted and unique.
struct SharedRemit {
  struct Shared {
    ResponsibilityIndex responsibility;
    Role role_a;
    Role role_b;
  };
  std::vector<Shared> responsibilities;
  std::vector<std::string> areas;
};

/// "leads" (one body) or "lead" (both).
std::string role_verb(Role role, bool one) { return std::string(role == Role::lead ? "lead" : role == Role::delivers ? "deliver" : "support") + (one ? "s" : ""); }

SharedRemit shared_remit(const GovernanceMap& map, Vertex a, Vertex b) {
  SharedRemit shared;
  const auto duties_b = map.duties(b);
  auto found = duties_b.begin();
  for (const Duty& duty : map.duties(a)) {
    while (found != duties_b.end() && found->responsibility.value() < duty.responsibility.value()) ++found;
    if (found == duties_b.end() || found->responsibility != duty.responsibility) continue;
    shared.responsibilities.push_back({duty.responsibility, duty.role, found->role});
  }
  const auto areas_b = map.areas(b);
  for (const AreaIndex area : map.areas(a))
    if (std::find(areas_b.begin(), areas_b.end(), area) != areas_b.end())
      shared.areas.push_back(area_name(map.policy_area(area)));
  sort_unique(shared.areas);
  return shared;
}

/// The words of an overlapping-remits finding, made from its two bodies and its numbers
/// when it is written: a suggestion run checks thousands of maps whose findings are
/// mostly never shown.
FindingWords describe_overlapping_remits(const GovernanceMap& map, const Finding& f) {
  // The pair in the map's order, as the rule found it (its subjects are in id order).
  const Vertex first = map.find_body(f.subjects[0]);
  const Vertex second = map.find_body(f.subjects[1]);
  const Vertex a = std::min(first, second);
  const Vertex b = std::max(first, second);
  const SharedRemit shared = shared_remit(map, a, b);
  FindingWords words;
  words.evidence = {"weighted Jaccard similarity " + format_ratio(f.number("jaccard").value_or(0)) +
                    " (a responsibility led weighs 3, delivered 2, supported 1; a policy area 1)"};
  for (const auto& r : shared.responsibilities)
    words.evidence.push_back("shared responsibility '" + responsibility_name(map.responsibility(r.responsibility)) +
                             "': " +
                             (r.role_a == r.role_b ? "both " + role_verb(r.role_a, false)
                                                   : name_of(map, a) + " " + role_verb(r.role_a, true) + ", " +
                                                         name_of(map, b) + " " + role_verb(r.role_b, true)));
  if (!shared.areas.empty()) words.evidence.push_back("shared policy areas: " + join_names(shared.areas));
  const auto names = names_of(map, {a, b});
  words.message = names[0] + " and " + names[1] + " have overlapping remits: they share " +
                  counted(shared.responsibilities.size(), "responsibility", "responsibilities") +
                  (shared.areas.empty() ? "" : " and " + counted(shared.areas.size(), "policy area", "policy areas")) +
                  ".";
  return words;
}

/// Pairs that share work by construction: one answers to the other, one scrutinises the
/// other (unless include-same-chain), or one is a class the other is a member of.
bool one_line(const GovernanceMap& map, const DuplicationSettings& settings, UpwardSearch& search, Vertex a, Vertex b) {
  if (class_and_member(map, a, b)) return true;
  return !settings.remit_include_same_chain &&
         (search.reaches(a, b) == UpwardSearch::Outcome::found || search.reaches(b, a) == UpwardSearch::Outcome::found ||
          scrutiny_between(map, a, b));
}

void overlapping_remits(const GovernanceMap& map, const DuplicationSettings& settings, UpwardSearch& search,
                        std::vector<Finding>& out) {
  const auto profiles = remit_profiles(map);
  // A weighted count of shared items is at least the plain one, so min-shared filters
  // candidates here and is applied exactly below.
  const auto pairs = similar_pairs(profiles, map.responsibilities().size() * max_role_weight + map.policy_areas().size(),
                                   settings.remit_min_jaccard, settings.remit_min_shared);
  for (const auto& p : pairs) {
    const Vertex a = p.a;
    const Vertex b = p.b;
    const SharedRemit shared = shared_remit(map, a, b);
    const std::size_t responsibilities = shared.responsibilities.size();
    if (responsibilities < settings.remit_min_shared_responsibilities ||
        responsibilities + shared.areas.size() < settings.remit_min_shared || one_line(map, settings, search, a, b))
      continue;
    Sources sources;
    sources.add(map.body(a).source);
    sources.add(map.body(b).source);
    for (const auto& r : shared.responsibilities) sources.add(map.responsibility(r.responsibility).source);
    auto finding =
        make_finding(rule::overlapping_remits, SubjectRole::body, ids_of(map, {a, b}), {}, {}, sources.take());
    finding.numbers = {{"shared", static_cast<double>(responsibilities + shared.areas.size())},
                       {"shared_responsibilities", static_cast<double>(responsibilities)},
                       {"shared_areas", static_cast<double>(shared.areas.size())},
                       {"jaccard", p.jaccard}};
    finding.describer = {&map, describe_overlapping_remits};
    out.push_back(std::move(finding));
  }
}

// A scrutiniser that answers, by some route, to another scrutiniser of the same body in
// the same area reports to it (a monitoring body feeding the board that holds to
// account): one line of scrutiny, not two. Keeps only the uppermost of each chain.
std::vector<Vertex> independent_scrutinisers(const std::vector<Vertex>& scrutinisers, UpwardSearch& search) {
  std::vector<Vertex> kept;
  for (Vertex s : scrutinisers) {
    bool reports = false;
    for (Vertex t : scrutinisers)
      if (t != s && search.reaches(s, t) == UpwardSearch::Outcome::found &&
          search.reaches(t, s) != UpwardSearch::Outcome::found)
        reports = true;
    if (!reports) kept.push_back(s);
  }
  return kept;
}

void duplicate_scrutiny(const GovernanceMap& map, const DuplicationSettings& settings, UpwardSearch& search,
                        std::vector<Finding>& out) {
  for (Vertex v = 0; v < map.body_count(); ++v) {
    // Each scrutiniser of a mixed class may look at different members of it.
    if (!active(map, v) || is_mixed_class(map, v)) continue;
    const auto scrutiny = map.in_links(v, LinkKind::scrutinises);
    if (scrutiny.size() < 2) continue;  // one scrutiniser duplicates nothing
    // (area id, scrutiniser, link) for each area each scrutinising line covers, sorted
    // by area id: one run of entries per area, its scrutinisers in body order.
    struct Covered {
      std::string_view area;
      Vertex scrutiniser;
      std::uint32_t link;
      auto operator<=>(const Covered&) const = default;
    };
    std::vector<Covered> covered;
    for (const auto& in : scrutiny) {
      const Vertex s = in.body;
      if (!active(map, s) || s == v) continue;
      const Link& link = map.link(LinkIndex(in.link));
      const auto& areas = link.policy_areas.empty() ? map.body(s).policy_areas : link.policy_areas;
      for (const auto& area : areas) covered.push_back({area, s, in.link});
    }
    std::sort(covered.begin(), covered.end());
    // Areas scrutinised by the same set of bodies make one finding: each group's areas as
    // runs of `covered`.
    std::map<std::vector<Vertex>, std::vector<std::pair<std::size_t, std::size_t>>> groups;
    std::vector<Vertex> of_area;
    for (std::size_t begin = 0, end = 0; begin < covered.size(); begin = end) {
      of_area.clear();
      for (end = begin; end < covered.size() && covered[end].area == covered[begin].area; ++end)
        if (of_area.empty() || of_area.back() != covered[end].scrutiniser) of_area.push_back(covered[end].scrutiniser);
      auto independent = independent_scrutinisers(of_area, search);
      if (independent.size() >= std::max<std::size_t>(settings.scrutiny_min_scrutinisers, 2))
        groups[std::move(independent)].emplace_back(begin, end);
    }
    for (const auto& [scrutinisers, runs] : groups) {
      Sources sources;
      sources.add(map.body(v).source);
      std::vector<std::string> areas;
      std::vector<std::string> area_names;
      for (const auto& [begin, end] : runs) {
        for (std::size_t i = begin; i < end; ++i)
          if (std::binary_search(scrutinisers.begin(), scrutinisers.end(), covered[i].scrutiniser))
            sources.add(map.link(LinkIndex(covered[i].link)).source);
        const std::string& area = areas.emplace_back(covered[begin].area);
        const AreaIndex index = map.find_policy_area(area);
        area_names.push_back(index ? area_name(map.policy_area(index)) : area);
      }
      std::vector<std::string> evidence;
      for (Vertex s : scrutinisers) evidence.push_back(name_of(map, s) + " scrutinises " + name_of(map, v));
      evidence.push_back("policy areas: " + join_names(area_names));
      auto roles = playing(SubjectRole::scrutiniser, ids_of(map, scrutinisers));
      roles.insert(roles.begin(), {SubjectRole::scrutinised, map.body(v).id});
      auto finding = make_finding(rule::duplicate_scrutiny, std::move(roles),
                                  name_of(map, v) + " is scrutinised by " + std::to_string(scrutinisers.size()) +
                                      " bodies (" + join_names(names_of(map, scrutinisers)) + ") in " +
                                      join_names(area_names) + ".",
                                  evidence, sources.take());
      finding.named = playing(SubjectRole::area, areas);
      out.push_back(std::move(finding));
    }
  }
}

// ---- multiple-masters ------------------------------------------------------------------

/// A body whose masters are not all on one line of accountability.
struct SplitMasters {
  Vertex body = 0;
  std::vector<Vertex> masters;         // in id order
  std::vector<std::string> unrelated;  // "A and B do not answer one to the other"
};

/// v's masters when two of them are on no one line: neither reaches the other, and
/// neither is a class the other is a member of (a class and one of its members are one
/// line: "Local authorities" and "South Lanarkshire Council").
std::optional<SplitMasters> split_masters(const GovernanceMap& map, UpwardSearch& search, Vertex v,
                                         const std::vector<bool>& counted) {
  SplitMasters found{v, masters_of(map, v, &counted), {}};
  const auto& masters = found.masters;
  const std::size_t k = masters.size();
  if (k < 2) return std::nullopt;
  std::vector<std::vector<bool>> reaches(k, std::vector<bool>(k, false));
  for (std::size_t i = 0; i < k; ++i) {
    bool complete = true;
    const auto above = search.ancestors(masters[i], complete);
    for (std::size_t j = 0; j < k; ++j)
      reaches[i][j] = j != i && (std::find(above.begin(), above.end(), masters[j]) != above.end() ||
                                 in_class(map, masters[i], masters[j]));
  }
  for (std::size_t i = 0; i < k; ++i)
    for (std::size_t j = i + 1; j < k; ++j)
      if (!reaches[i][j] && !reaches[j][i])
        found.unrelated.push_back(name_of(map, masters[i]) + " and " + name_of(map, masters[j]) +
                                  " do not answer one to the other");
  if (found.unrelated.empty()) return std::nullopt;
  return found;
}

/// The kind of master a body is: the one class of similar bodies it is a member of
/// (South Lanarkshire Council: Local authorities), else itself. Bodies answering to the
/// same kinds of master share one arrangement.
Vertex kind_of_master(const GovernanceMap& map, Vertex v) {
  const auto view = map.view(LinkKind::member_of);
  std::vector<Vertex> classes;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, view))) {
    const Vertex c = boost::target(e, view);
    if (active(map, c) && is_class(map, c) && !is_mixed_class(map, c)) classes.push_back(c);
  }
  std::sort(classes.begin(), classes.end());
  classes.erase(std::unique(classes.begin(), classes.end()), classes.end());
  return classes.size() == 1 ? classes.front() : v;
}

/// One finding for the bodies that answer to the same kinds of master. A body alone keeps
/// the subjects it always had (itself and its masters), so waivers of it still match.
Finding masters_finding(const GovernanceMap& map, const std::vector<Vertex>& kinds,
                        const std::vector<SplitMasters>& group) {
  Sources sources;
  std::vector<std::string> evidence;
  std::vector<std::string> unrelated;
  std::vector<Vertex> bodies;
  std::vector<Vertex> masters;
  for (const auto& s : group) {
    bodies.push_back(s.body);
    masters.insert(masters.end(), s.masters.begin(), s.masters.end());
    if (bodies.size() > names_listed) continue;  // the evidence of the first, so its size does not grow with the map
    sources.add(map.body(s.body).source);
    for (Vertex m : s.masters) {
      add_link_sources(map, s.body, m, LinkKind::accountable_to, sources);
      evidence.push_back(name_of(map, s.body) + " → " + name_of(map, m));
    }
    unrelated.insert(unrelated.end(), s.unrelated.begin(), s.unrelated.end());
  }
  if (group.size() > names_listed)
    evidence.push_back("and " + std::to_string(group.size() - names_listed) + " other bodies the same way");
  if (group.size() > 1) sort_unique(unrelated);
  evidence.insert(evidence.end(), unrelated.begin(), unrelated.end());
  if (group.size() == 1) {
    const SplitMasters& s = group.front();
    auto roles = playing(SubjectRole::master, ids_of(map, s.masters));
    roles.insert(roles.begin(), {SubjectRole::body, map.body(s.body).id});
    return make_finding(rule::multiple_masters, std::move(roles),
                        name_of(map, s.body) + " answers to " + std::to_string(s.masters.size()) +
                            " bodies that are not on one line of accountability: " +
                            join_names(names_of(map, s.masters)) + ".",
                        evidence, sources.take());
  }
  auto roles = playing(SubjectRole::body, ids_of(map, bodies));
  const auto kind_ids = ids_of(map, kinds);
  for (auto& id : kind_ids) roles.push_back({SubjectRole::master, id});
  std::vector<std::string> others;  // masters standing under a kind: named, not subjects
  for (const auto& id : ids_of(map, masters))
    if (!std::binary_search(kind_ids.begin(), kind_ids.end(), id)) others.push_back(id);
  auto finding = make_finding(rule::multiple_masters, std::move(roles),
                              join_names(names_of(map, bodies)) + " each answer to " +
                                  join_names(names_of(map, kinds)) + (others.empty() ? "" : " (or members of them)") +
                                  ", which are not on one line of accountability.",
                              evidence, sources.take());
  finding.named = playing(SubjectRole::master, std::move(others));
  finding.numbers.push_back({"bodies", static_cast<double>(group.size())});
  return finding;
}

/// Masters by the counted lines only: a charity registered with its regulator does not
/// answer to it for its conduct (docs/rules.md, "Which lines count").
void multiple_masters(const GovernanceMap& map, const SharedResults& shared, UpwardSearch& search,
                      std::vector<Finding>& out) {
  std::map<std::vector<Vertex>, std::vector<SplitMasters>> groups;  // kinds of master -> bodies
  for (Vertex v = 0; v < map.body_count(); ++v) {
    // A mixed class's lines are its members': each answers to one of them, not to all.
    if (!active(map, v) || map.is_apex(v) || is_mixed_class(map, v)) continue;
    auto found = split_masters(map, search, v, shared.counted);
    if (!found) continue;
    std::vector<Vertex> kinds;
    for (Vertex m : found->masters) kinds.push_back(kind_of_master(map, m));
    std::sort(kinds.begin(), kinds.end());
    kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
    groups[kinds].push_back(std::move(*found));
  }
  for (const auto& [kinds, group] : groups) out.push_back(masters_finding(map, kinds, group));
}

/// Redundant lines: a → b is implied when b is reachable from another master c of a
/// without passing through a, over the counted lines, and a's lines to b and to c are of
/// one kind. Lines of different known bases are different duties: a public body's
/// statutory line to its ministers beside its sponsorship by a directorate that answers
/// to them is the standard arrangement, not a shortcut. So a's masters are searched in
/// groups, one per basis of a's lines, each with the masters whose line has no known basis.
/// One breadth-first search per group, started from all its masters at once; each body
/// keeps up to two distinct origins (the master it was reached from), which is exactly
/// enough to tell whether a master is reached from a master other than itself.
class RedundantLines {
 public:
  RedundantLines(const GovernanceMap& map, const SharedResults& shared, std::size_t limit)
      : map_(map), counted_(shared.counted), limit_(limit), epoch_(map.body_count(), 0), slots_(map.body_count()) {}

  void run(std::vector<Finding>& out) {
    for (Vertex a = 0; a < map_.body_count(); ++a) {
      if (!active(map_, a)) continue;
      const auto masters = masters_of(a);
      if (masters.size() < 2) continue;
      std::vector<std::string_view> kinds;
      for (const auto& [m, kind] : masters)
        if (!kind.empty()) kinds.push_back(kind);
      std::sort(kinds.begin(), kinds.end());
      kinds.erase(std::unique(kinds.begin(), kinds.end()), kinds.end());
      if (kinds.size() < 2) kinds = {std::string_view{}};  // one group: every master
      std::vector<Vertex> reported;
      for (std::string_view kind : kinds) {
        std::vector<Vertex> group;
        for (const auto& [m, k] : masters)
          if (kind.empty() || k.empty() || k == kind) group.push_back(m);
        if (group.size() < 2) continue;
        search(a, group);
        for (Vertex b : group)
          if (slots_[b].count > 1 && std::find(reported.begin(), reported.end(), b) == reported.end()) {
            reported.push_back(b);
            out.push_back(line_finding(a, b));
          }
      }
    }
  }

 private:
  struct Step {
    Vertex vertex = 0;
    int slot = -1;  // -1: none (the route starts here)
  };

  /// The distinct active bodies a answers to by counted lines (itself excluded), in id
  /// order, each with the basis of a's line to it: empty when no known basis, or when
  /// a's lines to it disagree.
  [[nodiscard]] std::vector<std::pair<Vertex, std::string_view>> masters_of(Vertex a) const {
    std::vector<std::pair<Vertex, std::string_view>> masters;
    for (const auto& line : map_.out_links(a, LinkKind::accountable_to)) {
      const Vertex w = line.body;
      if (!counted_[line.link] || w == a || !active(map_, w)) continue;
      const Link& link = map_.link(LinkIndex(line.link));
      masters.emplace_back(w, map_.basis(link) ? std::string_view(link.basis) : std::string_view{});
    }
    std::sort(masters.begin(), masters.end(), [&](const auto& x, const auto& y) {
      return x.first != y.first ? map_.body(x.first).id < map_.body(y.first).id : x.second < y.second;
    });
    std::vector<std::pair<Vertex, std::string_view>> distinct;
    for (const auto& m : masters) {
      if (!distinct.empty() && distinct.back().first == m.first) {
        if (distinct.back().second != m.second) distinct.back().second = {};
        continue;
      }
      distinct.push_back(m);
    }
    return distinct;
  }

  /// The finding for a → b, from the route the last search found to b.
  [[nodiscard]] Finding line_finding(Vertex a, Vertex b) const {
    std::vector<Vertex> route;
    for (Step step{b, 1}; step.slot >= 0; step = slots_[step.vertex].parent[static_cast<std::size_t>(step.slot)])
      route.push_back(step.vertex);
    route.push_back(a);
    std::reverse(route.begin(), route.end());
    const RouteExcerpt shown = excerpt_of(route, route_bodies_shown);
    Sources sources;  // of the direct line and the links shown
    add_link_sources(map_, a, b, LinkKind::accountable_to, sources);
    for (std::size_t i = 0; i + 1 < shown.bodies.size(); ++i)
      if (shown.adjacent(i)) add_link_sources(map_, shown.bodies[i], shown.bodies[i + 1], LinkKind::accountable_to, sources);
    auto finding = make_finding(
        rule::redundant_line, {{SubjectRole::body, map_.body(a).id}, {SubjectRole::master, map_.body(b).id}},
        "The direct line from " + name_of(map_, a) + " to " + name_of(map_, b) +
            " is already implied by a longer route of accountability.",
        {"direct: " + name_of(map_, a) + " → " + name_of(map_, b),
         "route: " + route_text(map_, shown.bodies, shown.hidden)},
        sources.take());
    if (shown.hidden > 0) finding.numbers.push_back({"hidden", static_cast<double>(shown.hidden)});
    finding.routes.push_back(route_ids(map_, shown.bodies));
    return finding;
  }
  struct Slots {
    int count = 0;
    Vertex origin[2] = {0, 0};
    Step parent[2];
  };

  void search(Vertex a, const std::vector<Vertex>& masters) {
    ++current_;
    queue_.clear();
    for (Vertex m : masters) {
      reset(m);
      slots_[m].count = 1;
      slots_[m].origin[0] = m;
      slots_[m].parent[0] = Step{};
      queue_.push_back({m, 0});
    }
    for (std::size_t head = 0; head < queue_.size() && queue_.size() <= limit_; ++head) {
      const Step at = queue_[head];
      const Vertex origin = slots_[at.vertex].origin[static_cast<std::size_t>(at.slot)];
      for (const auto& line : map_.out_links(at.vertex, LinkKind::accountable_to)) {
        const Vertex w = line.body;
        if (!counted_[line.link] || w == a || !active(map_, w)) continue;
        reset(w);
        Slots& s = slots_[w];
        if (s.count == 2 || (s.count == 1 && s.origin[0] == origin)) continue;
        const auto slot = static_cast<std::size_t>(s.count++);
        s.origin[slot] = origin;
        s.parent[slot] = at;
        queue_.push_back({w, static_cast<int>(slot)});
      }
    }
  }

  void reset(Vertex v) {
    if (epoch_[v] == current_) return;
    epoch_[v] = current_;
    slots_[v].count = 0;
  }

  const GovernanceMap& map_;
  const std::vector<bool>& counted_;  // by link index: the accountable_to lines that count
  std::size_t limit_;
  std::vector<std::size_t> epoch_;
  std::size_t current_ = 0;
  std::vector<Slots> slots_;
  std::vector<Step> queue_;
};

}  // namespace

std::vector<Finding> find_duplication(const GovernanceMap& map, const SharedResults& shared,
                                      const DuplicationSettings& settings, const RuleSelection* selection,
                                      Wording wording) {
  std::vector<Finding> findings;
  UpwardSearch search(map, settings.search_limit);
  if (runs(selection, rule::multiple_leads)) {
    const std::vector<bool> work = work_lines(map, shared);
    UpwardSearch work_search(map, settings.search_limit, &work);
    multiple_leads(map, work_search, findings);
  }
  if (runs(selection, rule::overlapping_remits)) overlapping_remits(map, settings, search, findings);
  if (runs(selection, rule::duplicate_scrutiny)) duplicate_scrutiny(map, settings, search, findings);
  if (runs(selection, rule::multiple_masters)) multiple_masters(map, shared, search, findings);
  if (runs(selection, rule::redundant_line)) RedundantLines(map, shared, settings.search_limit).run(findings);
  if (runs(selection, rule::same_entity)) same_entity(map, settings, findings);
  if (wording == Wording::now)
    for (auto& f : findings) f.word();
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
