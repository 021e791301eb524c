#pragma once
// Builds small maps in code for the analysis tests, without the JSON loader.

#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "analyses/analyse.hpp"
#include "analyses/delivery.hpp"
#include "analyses/figures.hpp"
#include "graph/check.hpp"
#include "graph/governance_map.hpp"

namespace govgraph::testing {

class MapBuilder {
 public:
  /// A body named after its id ("care-inspectorate" -> "Care inspectorate"), cited.
  MapBuilder& body(const std::string& id, BodyType type = BodyType::agency, std::vector<std::string> areas = {},
                   BodyStatus status = BodyStatus::active) {
    Body b;
    b.id = id;
    b.name = id;
    for (auto& c : b.name)
      if (c == '-') c = ' ';
    b.name[0] = static_cast<char>(b.name[0] - 'a' + 'A');
    b.type = type;
    b.policy_areas = std::move(areas);
    b.status = status;
    b.source = "src " + id;
    data.bodies.push_back(std::move(b));
    return *this;
  }
  MapBuilder& named(const std::string& id, const std::string& name, std::vector<std::string> aliases = {}) {
    body(id);
    data.bodies.back().name = name;
    data.bodies.back().aliases = std::move(aliases);
    return *this;
  }
  MapBuilder& apex(const std::string& id) { return body(id, BodyType::legislature); }
  MapBuilder& link(const std::string& from, const std::string& to, LinkKind kind = LinkKind::accountable_to,
                   std::optional<double> amount = std::nullopt) {
    Link l;
    l.from = from;
    l.to = to;
    l.kind = kind;
    l.amount = amount;
    l.source = "src " + from + ">" + to;
    data.links.push_back(std::move(l));
    return *this;
  }
  MapBuilder& answers(const std::string& from, const std::string& to) { return link(from, to); }
  MapBuilder& area(const std::string& id, const std::string& parent = "") {
    PolicyArea a;
    a.id = id;
    a.name = id;
    a.parent = parent;
    data.policy_areas.push_back(std::move(a));
    return *this;
  }
  MapBuilder& duty(const std::string& id, std::vector<Owner> owners, const std::string& area = "") {
    Responsibility r;
    r.id = id;
    r.name = id;
    r.policy_area = area;
    r.owners = std::move(owners);
    r.source = "src " + id;
    data.responsibilities.push_back(std::move(r));
    return *this;
  }
  [[nodiscard]] GovernanceMap build() const {
    const auto diagnostics = check_map(data);
    if (diagnostics.has_errors()) throw std::logic_error("test map is invalid: " + diagnostics.all().front().format());
    return GovernanceMap(data);
  }

  MapData data;
};

inline Owner owner(const std::string& body, Role role) {
  Owner o;
  o.body = body;
  o.role = role;
  return o;
}
inline Owner lead(const std::string& body) { return owner(body, Role::lead); }
inline Owner delivers(const std::string& body) { return owner(body, Role::delivers); }
inline Owner supports(const std::string& body) { return owner(body, Role::supports); }

/// The findings of one rule.
inline std::vector<Finding> of_rule(const std::vector<Finding>& findings, const Rule& rule) {
  std::vector<Finding> out;
  for (const auto& f : findings)
    if (is(f, rule)) out.push_back(f);
  return out;
}

/// The subjects of each finding of one rule.
inline std::vector<std::vector<std::string>> subjects(const std::vector<Finding>& findings, const Rule& rule) {
  std::vector<std::vector<std::string>> out;
  for (const auto& f : of_rule(findings, rule)) out.push_back(f.subjects);
  return out;
}

using Subjects = std::vector<std::vector<std::string>>;

// Each family run as analyse() runs it, with the map's shared results.
inline std::vector<Finding> orphans_of(const GovernanceMap& map, const OrphanSettings& settings = {}) {
  return find_orphans(map, share(map), settings);
}
inline std::vector<Finding> duplication_of(const GovernanceMap& map, const DuplicationSettings& settings = {}) {
  return find_duplication(map, share(map), settings);
}
inline std::vector<Finding> overlap_of(const GovernanceMap& map, const OverlapSettings& settings = {}) {
  return find_overlap(map, share(map), settings);
}
inline std::vector<Finding> accountability_of(const GovernanceMap& map, const AccountabilitySettings& settings = {}) {
  return find_accountability(map, share(map, settings), settings);
}
inline std::vector<Finding> funding_of(const GovernanceMap& map, const FundingSettings& settings = {}) {
  return find_funding(map, share(map), settings);
}
inline std::vector<Finding> provenance_of(const GovernanceMap& map, const ProvenanceSettings& settings = {}) {
  return find_provenance(map, share(map), settings);
}
inline Figures figures_of(const GovernanceMap& map, const FigureSettings& settings = {}) {
  return compute_figures(map, share(map), settings);
}

}  // namespace govgraph::testing
