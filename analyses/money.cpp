#include "analyses/money.hpp"

#include <algorithm>
#include <map>

#include "analyses/support.hpp"

namespace govgraph {

const std::string& currency_of(const GovernanceMap& map, const Link& link) {
  return link.terms->currency.empty() ? map.data().currency : link.terms->currency;
}

namespace {

using namespace detail;

constexpr std::string_view no_area = "(none)";

/// Adds `share` of a link's amount (1 for the whole, 1/n for one of n areas).
void add(Money& money, const Link& link, const std::string& currency, double share = 1) {
  ++money.links;
  if (!link.amount)
    ++money.unknown;
  else if (!link.terms->currency.empty() && link.terms->currency != currency)
    ++money.other_currency;
  else
    money.known += *link.amount * share;
}

}  // namespace

/// Sums kept by body and by area index while the links are read, named and sorted by id
/// once at the end: the same additions in the same order as keying every link by id.
FundingFigures funding_figures(const GovernanceMap& map) {
  FundingFigures f;
  f.currency = map.data().currency;
  const auto view = map.view(LinkKind::funds);
  const std::size_t n = map.body_count();
  std::vector<bool> funded(n, false);
  for (auto e : boost::make_iterator_range(boost::edges(view))) funded[boost::target(e, view)] = true;

  std::vector<Money> in(n), out(n);
  std::vector<bool> touched(n, false);
  std::vector<AreaFunding> areas(map.policy_areas().size());
  std::vector<bool> area_touched(areas.size(), false);
  std::map<std::string, AreaFunding> unknown_areas;  // ids the map does not declare, and no_area
  const std::vector<std::string> none = {std::string(no_area)};
  for (auto e : boost::make_iterator_range(boost::edges(view))) {
    const Link& link = map.link(e);
    const Vertex from = boost::source(e, view);
    const Vertex to = boost::target(e, view);
    // Money starts at an apex (as accountability ends there) or at a body the map shows
    // receiving nothing; a funded body is taken to pass on money already counted.
    const bool entering = map.is_apex(from) || !funded[from];
    add(entering ? f.new_money : f.onward, link, f.currency);
    add(out[from], link, f.currency);
    add(in[to], link, f.currency);
    touched[from] = touched[to] = true;

    const auto& ids = link.policy_areas.empty() ? map.body(to).policy_areas : link.policy_areas;
    const double share = ids.empty() ? 1 : 1.0 / static_cast<double>(ids.size());
    auto area_of = [&](const std::string& id) -> AreaFunding& {
      if (const AreaIndex index = map.find_policy_area(id)) {
        area_touched[index.value()] = true;
        return areas[index.value()];
      }
      return unknown_areas[id];
    };
    for (const auto& id : ids.empty() ? none : ids) {
      AreaFunding& area = area_of(id);
      add(entering ? area.new_money : area.onward, link, f.currency, share);
    }
  }
  for (Vertex v = 0; v < n; ++v)
    if (touched[v]) f.by_body.push_back({map.body(v).id, name_of(map, v), in[v], out[v]});
  std::sort(f.by_body.begin(), f.by_body.end(), [](const auto& a, const auto& b) { return a.id < b.id; });

  for (std::size_t a = 0; a < areas.size(); ++a) {
    if (!area_touched[a]) continue;
    areas[a].id = map.policy_areas()[a].id;
    areas[a].name = map.policy_areas()[a].name;
    f.by_area.push_back(std::move(areas[a]));
  }
  for (auto& [id, area] : unknown_areas) {
    area.id = id;
    area.name = "(no policy area)";
    if (id != no_area) f.by_area.push_back(std::move(area));
  }
  std::sort(f.by_area.begin(), f.by_area.end(), [](const auto& a, const auto& b) { return a.id < b.id; });
  if (const auto it = unknown_areas.find(std::string(no_area)); it != unknown_areas.end())
    f.by_area.push_back(std::move(it->second));
  return f;
}

}  // namespace govgraph
