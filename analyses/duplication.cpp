#include "analyses/duplication.hpp"

#include <algorithm>
#include <iterator>
#include <map>
#include <numeric>
#include <unordered_map>
#include <utility>

#include "analyses/support.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

using namespace detail;

std::vector<std::string> ids_of(const GovernanceMap& map, const std::vector<Vertex>& bodies) {
  std::vector<std::string> ids;
  for (Vertex v : bodies) ids.push_back(map.body(v).id);
  sort_unique(ids);
  return ids;
}

std::vector<std::string> names_of(const GovernanceMap& map, std::vector<Vertex> bodies) {
  std::sort(bodies.begin(), bodies.end(),
            [&](Vertex x, Vertex y) { return map.body(x).id < map.body(y).id; });
  std::vector<std::string> names;
  for (Vertex v : bodies) names.push_back(name_of(map, v));
  return names;
}

/// The distinct active bodies v is directly accountable to (itself excluded), in id order.
std::vector<Vertex> masters_of(const GovernanceMap& map, Vertex v) {
  const auto view = map.accountability();
  std::vector<Vertex> masters;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, view))) {
    const Vertex w = boost::target(e, view);
    if (w != v && active(map, w)) masters.push_back(w);
  }
  std::sort(masters.begin(), masters.end(),
            [&](Vertex x, Vertex y) { return map.body(x).id < map.body(y).id; });
  masters.erase(std::unique(masters.begin(), masters.end()), masters.end());
  return masters;
}

void add_link_sources(const GovernanceMap& map, Vertex from, Vertex to, LinkKind kind, Sources& sources) {
  for (auto e : boost::make_iterator_range(boost::out_edges(from, map.graph())))
    if (boost::target(e, map.graph()) == to && map.graph()[e].kind == kind) sources.add(map.link(e).source);
}

/// The accountable_to lines by which a body answers for its work (by link index): those
/// counted as accountability for conduct, and those of a basis that answers for work (a
/// commission under contract or grant agreement), not registration or regulation.
std::vector<bool> work_lines(const GovernanceMap& map, const SharedResults& shared) {
  std::vector<bool> lines = shared.counted;
  for (const LinkIndex l : map.link_indices()) {
    const Link& link = map.link(l);
    const auto basis = parse_basis(link.basis);
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
  std::vector<std::size_t> line(k);
  std::iota(line.begin(), line.end(), std::size_t{0});
  const auto root = [&](std::size_t i) {
    while (line[i] != i) i = line[i] = line[line[i]];
    return i;
  };
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
      if (reaches[i][j] && !reaches[j][i]) {
        answers[i] = true;
        line[root(i)] = root(j);
      }
  std::map<std::size_t, std::vector<Vertex>> by_root;
  for (std::size_t i = 0; i < k; ++i) by_root[root(i)].push_back(leads[i]);
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
    const std::string what = "'" + (resp.name.empty() ? resp.id : resp.name) + "' has " +
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

void overlapping_remits(const GovernanceMap& map, const DuplicationSettings& settings, UpwardSearch& search,
                        std::vector<Finding>& out) {
  const std::size_t responsibilities = map.responsibilities().size();
  std::vector<std::vector<std::uint32_t>> profiles(map.body_count());
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v)) continue;
    auto& items = profiles[v];
    for (const Duty& d : map.duties(v)) items.push_back(static_cast<std::uint32_t>(d.responsibility.value()));
    for (const auto& area : map.body(v).policy_areas)
      if (const AreaIndex a = map.find_policy_area(area))
        items.push_back(static_cast<std::uint32_t>(responsibilities + a.value()));
    std::sort(items.begin(), items.end());
    items.erase(std::unique(items.begin(), items.end()), items.end());
  }
  const auto pairs = similar_pairs(profiles, responsibilities + map.policy_areas().size(),
                                   settings.remit_min_jaccard, settings.remit_min_shared);
  auto item_name = [&](std::uint32_t item) {
    if (item < responsibilities) {
      const auto& r = map.responsibility(ResponsibilityIndex(item));
      return "responsibility '" + (r.name.empty() ? r.id : r.name) + "'";
    }
    const auto& a = map.policy_area(AreaIndex(item - responsibilities));
    return "policy area '" + (a.name.empty() ? a.id : a.name) + "'";
  };
  for (const auto& p : pairs) {
    const Vertex a = p.a;
    const Vertex b = p.b;
    if (!settings.remit_include_same_chain &&
        (search.reaches(a, b) == UpwardSearch::Outcome::found || search.reaches(b, a) == UpwardSearch::Outcome::found ||
         scrutiny_between(map, a, b)))
      continue;
    std::vector<std::string> evidence;
    Sources sources;
    sources.add(map.body(a).source);
    sources.add(map.body(b).source);
    std::vector<std::uint32_t> shared;
    std::set_intersection(profiles[a].begin(), profiles[a].end(), profiles[b].begin(), profiles[b].end(),
                          std::back_inserter(shared));
    for (auto item : shared) {
      evidence.push_back("shared " + item_name(item));
      if (item < responsibilities) sources.add(map.responsibility(ResponsibilityIndex(item)).source);
    }
    evidence.insert(evidence.begin(), "Jaccard similarity " + format_ratio(p.jaccard) + " (" +
                                          std::to_string(p.shared) + " shared of " +
                                          std::to_string(profiles[a].size() + profiles[b].size() - p.shared) +
                                          " items)");
    const auto names = names_of(map, {a, b});
    auto finding = make_finding(rule::overlapping_remits, playing(SubjectRole::body, ids_of(map, {a, b})),
                                names[0] + " and " + names[1] + " have overlapping remits: they share " +
                                    std::to_string(p.shared) + " responsibilities and policy areas.",
                                evidence, sources.take());
    finding.numbers = {{"shared", static_cast<double>(p.shared)}, {"jaccard", p.jaccard}};
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
  const auto view = map.view(LinkKind::scrutinises);
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v)) continue;
    std::map<std::string, std::vector<Vertex>> by_area;  // area id -> scrutinisers
    std::map<std::string, std::vector<std::pair<Vertex, std::string>>> link_sources;  // area -> (scrutiniser, citation)
    for (auto e : boost::make_iterator_range(boost::in_edges(v, view))) {
      const Vertex s = boost::source(e, view);
      if (!active(map, s) || s == v) continue;
      const Link& link = map.link(e);
      const auto& areas = link.policy_areas.empty() ? map.body(s).policy_areas : link.policy_areas;
      for (const auto& area : areas) {
        by_area[area].push_back(s);
        link_sources[area].emplace_back(s, link.source);
      }
    }
    // Areas scrutinised by the same set of bodies make one finding.
    std::map<std::vector<Vertex>, std::vector<std::string>> groups;
    for (auto& [area, scrutinisers] : by_area) {
      std::sort(scrutinisers.begin(), scrutinisers.end());
      scrutinisers.erase(std::unique(scrutinisers.begin(), scrutinisers.end()), scrutinisers.end());
      auto independent = independent_scrutinisers(scrutinisers, search);
      if (independent.size() >= std::max<std::size_t>(settings.scrutiny_min_scrutinisers, 2))
        groups[std::move(independent)].push_back(area);
    }
    for (const auto& [scrutinisers, areas] : groups) {
      Sources sources;
      sources.add(map.body(v).source);
      std::vector<std::string> area_names;
      for (const auto& area : areas) {
        for (const auto& [s, source] : link_sources[area])
          if (std::binary_search(scrutinisers.begin(), scrutinisers.end(), s)) sources.add(source);
        const AreaIndex index = map.find_policy_area(area);
        area_names.push_back(index && !map.policy_area(index).name.empty() ? map.policy_area(index).name : area);
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

void multiple_masters(const GovernanceMap& map, UpwardSearch& search, std::vector<Finding>& out) {
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v) || map.is_apex(v)) continue;
    const auto masters = masters_of(map, v);
    if (masters.size() < 2) continue;
    // On one chain iff the masters are totally ordered by reachability: then the i-th
    // lowest reaches exactly k-1-i of the others.
    const std::size_t k = masters.size();
    std::vector<std::vector<bool>> reaches(k, std::vector<bool>(k, false));
    for (std::size_t i = 0; i < k; ++i) {
      bool complete = true;
      const auto above = search.ancestors(masters[i], complete);
      for (std::size_t j = 0; j < k; ++j)
        reaches[i][j] = j != i && std::find(above.begin(), above.end(), masters[j]) != above.end();
    }
    std::vector<std::string> unrelated;
    for (std::size_t i = 0; i < k; ++i)
      for (std::size_t j = i + 1; j < k; ++j)
        if (!reaches[i][j] && !reaches[j][i])
          unrelated.push_back(name_of(map, masters[i]) + " and " + name_of(map, masters[j]) +
                              " do not answer one to the other");
    if (unrelated.empty()) continue;
    Sources sources;
    sources.add(map.body(v).source);
    std::vector<std::string> evidence;
    for (Vertex m : masters) {
      add_link_sources(map, v, m, LinkKind::accountable_to, sources);
      evidence.push_back(name_of(map, v) + " → " + name_of(map, m));
    }
    evidence.insert(evidence.end(), unrelated.begin(), unrelated.end());
    auto roles = playing(SubjectRole::master, ids_of(map, masters));
    roles.insert(roles.begin(), {SubjectRole::body, map.body(v).id});
    out.push_back(make_finding(rule::multiple_masters, std::move(roles),
                               name_of(map, v) + " answers to " + std::to_string(k) +
                                   " bodies that are not on one line of accountability: " +
                                   join_names(names_of(map, masters)) + ".",
                               evidence, sources.take()));
  }
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
      : map_(map), lines_(shared.lines(map)), limit_(limit), epoch_(map.body_count(), 0), slots_(map.body_count()) {}

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
    for (auto e : boost::make_iterator_range(boost::out_edges(a, lines_))) {
      const Vertex w = boost::target(e, lines_);
      if (w == a || !active(map_, w)) continue;
      const std::string& basis = map_.link(e).basis;
      masters.emplace_back(w, parse_basis(basis) ? std::string_view(basis) : std::string_view{});
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
    const auto& view = lines_;
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
      for (auto e : boost::make_iterator_range(boost::out_edges(at.vertex, view))) {
        const Vertex w = boost::target(e, view);
        if (w == a || !active(map_, w)) continue;
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
  LineView lines_;
  std::size_t limit_;
  std::vector<std::size_t> epoch_;
  std::size_t current_ = 0;
  std::vector<Slots> slots_;
  std::vector<Step> queue_;
};

// ---- same-entity ---------------------------------------------------------------------

/// Lower-case words of a name: '&' is "and", apostrophes vanish, other punctuation splits
/// words, filler words go and a plural 's' is dropped ("Children's Hearings" and
/// "Childrens Hearing" agree).
std::vector<std::string> name_words(std::string_view name) {
  static const std::vector<std::string_view> filler = {"the", "of", "and", "for", "in", "on", "to", "a", "an"};
  std::string text;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == '\'') continue;
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(name[i + 2]) == 0x98 || static_cast<unsigned char>(name[i + 2]) == 0x99)) {
      i += 2;  // ‘ ’
      continue;
    }
    if (c == '&') text += " and ";
    else if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) text += static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z') text += static_cast<char>(c - 'A' + 'a');
    else text += ' ';
  }
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = std::min(text.find(' ', start), text.size());
    std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty() || std::find(filler.begin(), filler.end(), word) != filler.end()) continue;
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    words.push_back(std::move(word));
  }
  return words;
}

std::string initials(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += w.front();
  return text;
}

void same_entity(const GovernanceMap& map, const DuplicationSettings& settings, std::vector<Finding>& out) {
  struct Key {
    Vertex body;
    std::string shown;  // the name or alias as written
  };
  std::unordered_map<std::string, std::vector<Key>> names;     // normalised name or alias
  std::unordered_map<std::string, std::vector<Key>> acronyms;  // initials of a name
  std::vector<std::string> own_initials(map.body_count());
  std::vector<std::string> normal(map.body_count());
  std::unordered_map<std::string, std::uint32_t> word_ids;
  std::vector<std::vector<std::uint32_t>> word_sets(map.body_count());
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v)) continue;
    const Body& body = map.body(v);
    const auto words = name_words(body.name.empty() ? body.id : body.name);
    if (words.empty()) continue;
    normal[v] = join(words, " ");
    names[normal[v]].push_back({v, body.name});
    if (words.size() >= 2) {
      own_initials[v] = initials(words);
      acronyms[own_initials[v]].push_back({v, body.name});
    }
    for (const auto& alias : body.aliases) {
      const auto alias_words = name_words(alias);
      if (!alias_words.empty() && join(alias_words, " ") != join(words, " ")) names[join(alias_words, " ")].push_back({v, alias});
    }
    for (const auto& w : words) word_ids.emplace(w, static_cast<std::uint32_t>(word_ids.size()));
    for (const auto& w : words) word_sets[v].push_back(word_ids[w]);
    std::sort(word_sets[v].begin(), word_sets[v].end());
    word_sets[v].erase(std::unique(word_sets[v].begin(), word_sets[v].end()), word_sets[v].end());
  }

  std::map<std::vector<Vertex>, std::vector<std::string>> reasons;  // sorted bodies -> evidence
  auto note = [&](std::vector<Vertex> bodies, std::string reason) {
    std::sort(bodies.begin(), bodies.end());
    bodies.erase(std::unique(bodies.begin(), bodies.end()), bodies.end());
    if (bodies.size() >= 2) reasons[bodies].push_back(std::move(reason));
  };
  for (const auto& [key, keys] : names) {
    std::vector<Vertex> bodies;
    std::vector<std::string> shown;
    for (const auto& k : keys) {
      bodies.push_back(k.body);
      shown.push_back("'" + k.shown + "'");
    }
    sort_unique(shown);
    note(bodies, "same name or alias once normalised (\"" + key + "\"): " + join_names(shown));
    const auto found = acronyms.find(key);
    if (found == acronyms.end()) continue;
    for (const auto& k : keys) {
      if (own_initials[k.body] == key) continue;  // an alias of its own initials says nothing
      for (const auto& a : found->second)
        note({k.body, a.body}, "'" + k.shown + "' (" + name_of(map, k.body) + ") is the initials of '" + a.shown + "'");
    }
  }
  for (const auto& p : similar_pairs(word_sets, word_ids.size(), settings.same_entity_min_name_similarity, 1)) {
    if (normal[p.a] == normal[p.b]) continue;  // already a same-name match
    note({p.a, p.b}, "near-identical names: '" + map.body(p.a).name + "' and '" + map.body(p.b).name +
                         "' (word similarity " + format_ratio(p.jaccard) + ")");
  }

  for (auto& [bodies, evidence] : reasons) {
    sort_unique(evidence);
    Sources sources;
    for (Vertex v : bodies) sources.add(map.body(v).source);
    const auto names_list = names_of(map, bodies);
    out.push_back(make_finding(rule::same_entity, playing(SubjectRole::body, ids_of(map, bodies)),
                               join_names(names_list) + " look like the same body recorded " +
                                   std::to_string(bodies.size()) + " times.",
                               evidence, sources.take()));
  }
}

}  // namespace

std::vector<Finding> find_duplication(const GovernanceMap& map, const SharedResults& shared,
                                      const DuplicationSettings& settings) {
  std::vector<Finding> findings;
  UpwardSearch search(map, settings.search_limit);
  const std::vector<bool> work = work_lines(map, shared);
  UpwardSearch work_search(map, settings.search_limit, &work);
  multiple_leads(map, work_search, findings);
  overlapping_remits(map, settings, search, findings);
  duplicate_scrutiny(map, settings, search, findings);
  multiple_masters(map, search, findings);
  RedundantLines(map, shared, settings.search_limit).run(findings);
  same_entity(map, settings, findings);
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
