#include "analyses/orphans.hpp"

#include <algorithm>

#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

/// "Corra Foundation's grant-agreement and registration lines": v's accountable_to lines
/// to active bodies that the rules do not count; empty when there are none.
std::string uncounted_lines(const GovernanceMap& map, const SharedResults& shared, Vertex v) {
  const auto view = map.accountability();
  std::vector<std::string> bases;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, view)))
    if (!shared.counted[map.index(e).value()] && active(map, boost::target(e, view))) bases.push_back(map.link(e).basis);
  sort_unique(bases);
  if (bases.empty()) return "";
  return name_of(map, v) + "'s " + join_names(bases) + (bases.size() == 1 ? " line" : " lines");
}

/// Why a body has no route to an apex over the counted lines, in one evidence line; the
/// bodies where its routes end (v itself when it answers to no one) are added to
/// `dead_ends`.
std::string dead_end_evidence(const GovernanceMap& map, const SharedResults& shared, Vertex v, UpwardSearch& search,
                              std::vector<Vertex>& dead_ends) {
  const auto view = shared.lines(map);
  if (boost::out_degree(v, view) == 0) {
    dead_ends.push_back(v);
    const std::string uncounted = uncounted_lines(map, shared, v);
    return name_of(map, v) + " answers to no one" +
           (uncounted.empty() ? "" : "; not counted as accountability for conduct: " + uncounted);
  }
  bool complete = true;
  auto ancestors = search.ancestors(v, complete);
  std::vector<std::string> ends;
  std::vector<std::string> uncounted;
  for (Vertex a : ancestors) {
    bool leads_on = false;
    for (auto e : boost::make_iterator_range(boost::out_edges(a, view)))
      leads_on = leads_on || active(map, boost::target(e, view));
    if (!leads_on) {
      ends.push_back(name_of(map, a));
      if (auto lines = uncounted_lines(map, shared, a); !lines.empty()) uncounted.push_back(std::move(lines));
      dead_ends.push_back(a);
    }
  }
  std::vector<std::string> abolished;
  for (auto e : boost::make_iterator_range(boost::out_edges(v, view)))
    if (!active(map, boost::target(e, view))) abolished.push_back(name_of(map, boost::target(e, view)));
  sort_unique(ends);
  sort_unique(abolished);
  std::string text;
  if (!ends.empty()) text = "routes end at " + join_names(ends) + ", which answer to no one";
  if (ends.empty() && !ancestors.empty()) text = "routes only go round a circle";
  if (!abolished.empty()) {
    if (!text.empty()) text += "; ";
    text += "answers to abolished " + join_names(abolished);
  }
  sort_unique(uncounted);
  if (!uncounted.empty()) text += "; not counted as accountability for conduct: " + join_names(uncounted);
  return text;
}

/// The dead ends as records the evidence names, by id, once each.
void add_dead_ends(const GovernanceMap& map, Finding& finding, const std::vector<Vertex>& dead_ends) {
  auto ids = route_ids(map, dead_ends);
  sort_unique(ids);
  finding.named = playing(SubjectRole::dead_end, std::move(ids));
}

class OrphanRules {
 public:
  OrphanRules(const GovernanceMap& map, const SharedResults& shared, const OrphanSettings& settings)
      : map_(map),
        settings_(settings),
        shared_(shared),
        routes_(shared.routes),
        search_(map, 1000, &shared.counted),
        apex_phrase_(apex_phrase()) {}

  std::vector<Finding> run() {
    for (const ResponsibilityIndex r : map_.responsibility_indices()) check_responsibility(r);
    for (Vertex v = 0; v < map_.body_count(); ++v) check_body(v);
    std::sort(findings_.begin(), findings_.end());
    return std::move(findings_);
  }

 private:
  void check_responsibility(ResponsibilityIndex r) {
    const Responsibility& resp = map_.responsibility(r);
    const auto owners = map_.owners(r);
    // Most responsibilities have an accountable lead: they are worded only for a finding.
    Sources sources;
    sources.add(resp.source);
    const auto what = [&] { return "'" + responsibility_name(resp) + "'"; };
    if (owners.empty()) {
      findings_.push_back(make_finding(rule::no_owner, {{SubjectRole::responsibility, resp.id}},
                                       "Nobody owns the responsibility " + what() + ".", {}, sources.take()));
      return;
    }
    std::vector<Vertex> leads;
    for (auto [v, role] : owners)
      if (role == Role::lead) leads.push_back(v);
    std::sort(leads.begin(), leads.end());
    leads.erase(std::unique(leads.begin(), leads.end()), leads.end());
    auto subjects = [&](SubjectRole role, const std::vector<Vertex>& bodies) {
      std::vector<std::string> ids;
      for (Vertex v : bodies) ids.push_back(map_.body(v).id);
      sort_unique(ids);
      auto roles = playing(role, std::move(ids));
      roles.insert(roles.begin(), {SubjectRole::responsibility, resp.id});
      return roles;
    };
    if (leads.empty()) {
      std::vector<Vertex> all;
      std::vector<std::string> owner_lines;
      for (auto [v, role] : owners) {
        all.push_back(v);
        sources.add(map_.body(v).source);
        owner_lines.push_back(name_of(map_, v) + " (" + std::string(to_string(role)) + ")");
      }
      findings_.push_back(
          make_finding(rule::no_lead, subjects(SubjectRole::owner, all),
                       "No body leads the responsibility " + what() + ": its owners only deliver or support it.",
                       {"owners: " + join_names(owner_lines)}, sources.take()));
      return;
    }
    std::vector<Vertex> active_leads;
    for (Vertex v : leads) {
      sources.add(map_.body(v).source);
      if (active(map_, v)) active_leads.push_back(v);
    }
    if (active_leads.empty()) {
      std::vector<std::string> names;
      for (Vertex v : leads) names.push_back(name_of(map_, v));
      findings_.push_back(
          make_finding(rule::lead_inactive, subjects(SubjectRole::lead, leads),
                       "Every body leading " + what() + " has been abolished: " + join_names(names) + ".",
                       {"abolished leads: " + join_names(names)}, sources.take()));
      return;
    }
    const bool any_route = std::any_of(active_leads.begin(), active_leads.end(),
                                       [&](Vertex v) { return routes_.distance[v] != no_route; });
    if (!any_route) {
      std::vector<std::string> names;
      std::vector<std::string> evidence;
      std::vector<Vertex> dead_ends;
      for (Vertex v : active_leads) {
        names.push_back(name_of(map_, v));
        evidence.push_back(name_of(map_, v) + ": " + dead_end_evidence(map_, shared_, v, search_, dead_ends));
      }
      auto finding = make_finding(
          rule::lead_unaccountable, subjects(SubjectRole::lead, active_leads),
          "No body leading " + what() + " answers through any line of accountability to " + apex_phrase_ + ".",
          evidence, sources.take());
      add_dead_ends(map_, finding, dead_ends);
      findings_.push_back(std::move(finding));
    }
  }

  void check_body(Vertex v) {
    const Body& body = map_.body(v);
    if (!active(map_, v) || map_.is_apex(v)) return;
    // Whether a body answers to anyone at all is asked of every line, whatever its
    // basis; where its routes lead, only of the counted lines. A body whose lines all go
    // uncounted (a charity's registration) answers for its conduct to itself: neither.
    const auto view = shared_.lines(map_);
    Sources sources;
    sources.add(body.source);
    const auto name = [&] { return name_of(map_, v); };  // worded only for a finding
    if (boost::out_degree(v, map_.accountability()) == 0) {
      const auto& exempt = settings_.unaccountable_exempt_types;
      if (std::find(exempt.begin(), exempt.end(), body.type) == exempt.end())
        findings_.push_back(make_finding(
            rule::body_unaccountable, {{SubjectRole::body, body.id}},
            name() + " is not accountable to any body in the map.",
            {name() + " (" + std::string(type_name(body)) + ") has no accountable_to link"}, sources.take()));
    } else if (routes_.distance[v] == no_route && boost::out_degree(v, view) > 0) {
      std::vector<std::string> masters;
      for (auto e : boost::make_iterator_range(boost::out_edges(v, view))) {
        masters.push_back(name_of(map_, boost::target(e, view)));
        sources.add(map_.link(e).source);
      }
      sort_unique(masters);
      std::vector<Vertex> dead_ends;
      auto evidence = dead_end_evidence(map_, shared_, v, search_, dead_ends);
      // Routes that all end at independent bodies (a university answering only by its
      // charity registration) end where they should: the body is part of one.
      const bool within_independent = !dead_ends.empty() && std::all_of(dead_ends.begin(), dead_ends.end(), [&](Vertex d) {
        return d != v && !uncounted_lines(map_, shared_, d).empty();
      });
      if (within_independent) return check_purpose(v);
      auto finding = make_finding(rule::no_route_to_apex, {{SubjectRole::body, body.id}},
                                  name() + " answers to " + join_names(masters) +
                                      ", but no line of accountability from it reaches " + apex_phrase_ + ".",
                                  {std::move(evidence)}, sources.take());
      add_dead_ends(map_, finding, dead_ends);
      findings_.push_back(std::move(finding));
    }
    check_purpose(v);
  }

  void check_purpose(Vertex v) {
    const Body& body = map_.body(v);
    if (map_.duties(v).empty() && body.policy_areas.empty()) {
      Sources own;
      own.add(body.source);
      findings_.push_back(make_finding(rule::body_without_purpose, {{SubjectRole::body, body.id}},
                                       name_of(map_, v) + " owns no responsibility and has no policy area in the map.", {},
                                       own.take()));
    }
  }

  [[nodiscard]] std::string apex_phrase() const {
    std::vector<std::string> names;
    for (Vertex a : map_.apexes())
      if (active(map_, a)) names.push_back(name_of(map_, a));
    if (names.empty()) return "an apex (the map has none)";
    if (names.size() <= 3) return join_names(names);
    return "an apex";
  }

  const GovernanceMap& map_;
  const OrphanSettings& settings_;
  const SharedResults& shared_;
  const ApexRoutes& routes_;
  UpwardSearch search_;
  std::string apex_phrase_;
  std::vector<Finding> findings_;
};

}  // namespace

std::vector<Finding> find_orphans(const GovernanceMap& map, const SharedResults& shared,
                                  const OrphanSettings& settings) {
  return OrphanRules(map, shared, settings).run();
}

}  // namespace govgraph
