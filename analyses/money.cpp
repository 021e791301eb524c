#include "analyses/money.hpp"

#include <map>

#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

constexpr std::string_view no_area = "(none)";

/// Adds `share` of a link's amount (1 for the whole, 1/n for one of n areas).
void add(Money& money, const Link& link, const std::string& currency, double share = 1) {
  ++money.links;
  if (!link.amount)
    ++money.unknown;
  else if (!link.currency.empty() && link.currency != currency)
    ++money.other_currency;
  else
    money.known += *link.amount * share;
}

}  // namespace

FundingFigures funding_figures(const GovernanceMap& map) {
  FundingFigures f;
  f.currency = map.data().currency;
  const auto view = map.view(LinkKind::funds);
  std::vector<bool> funded(map.body_count(), false);
  for (auto e : boost::make_iterator_range(boost::edges(view))) funded[boost::target(e, view)] = true;

  std::map<std::string, BodyFunding> bodies;
  std::map<std::string, AreaFunding> areas;
  for (auto e : boost::make_iterator_range(boost::edges(view))) {
    const Link& link = map.link(e);
    const Vertex from = boost::source(e, view);
    const Vertex to = boost::target(e, view);
    // Money starts at an apex (as accountability ends there) or at a body the map shows
    // receiving nothing; a funded body is taken to pass on money already counted.
    const bool entering = map.is_apex(from) || !funded[from];
    add(entering ? f.new_money : f.onward, link, f.currency);
    auto& payer = bodies[map.body(from).id];
    payer.name = name_of(map, from);
    add(payer.out, link, f.currency);
    auto& payee = bodies[map.body(to).id];
    payee.name = name_of(map, to);
    add(payee.in, link, f.currency);

    const auto& ids = link.policy_areas.empty() ? map.body(to).policy_areas : link.policy_areas;
    const double share = ids.empty() ? 1 : 1.0 / static_cast<double>(ids.size());
    const std::vector<std::string> none = {std::string(no_area)};
    for (const auto& id : ids.empty() ? none : ids) {
      auto& area = areas[id];
      const AreaIndex index = map.find_policy_area(id);
      area.name = index ? map.policy_area(index).name : std::string("(no policy area)");
      add(entering ? area.new_money : area.onward, link, f.currency, share);
    }
  }
  for (auto& [id, flow] : bodies) {
    flow.id = id;
    f.by_body.push_back(std::move(flow));
  }
  for (auto& [id, area] : areas) {
    if (id == no_area) continue;
    area.id = id;
    f.by_area.push_back(std::move(area));
  }
  if (const auto it = areas.find(std::string(no_area)); it != areas.end()) {
    it->second.id = it->first;
    f.by_area.push_back(std::move(it->second));
  }
  return f;
}

}  // namespace govgraph
