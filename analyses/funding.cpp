#include "analyses/funding.hpp"

#include <algorithm>

#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

const std::string& currency_of(const GovernanceMap& map, const Link& link) {
  return link.currency.empty() ? map.data().currency : link.currency;
}

/// "GBP 4.0m (2021-22)", or "amount not given".
std::string amount_text(const GovernanceMap& map, const Link& link) {
  std::string text = link.amount ? format_amount(*link.amount, currency_of(map, link)) : "amount not given";
  if (!link.period.empty()) text += " (" + link.period + ")";
  return text;
}

enum class Answer { yes, no, unknown };

/// Whether b answers, by a route of accountable_to links of any basis, to one of
/// `answerable`: itself, or through a class it is a member_of (a record that
/// `represents` a number of bodies: award holders answer to the fund as a class, not one
/// by one). Membership of a single body (a working group) is no such line. unknown: a
/// search gave up.
Answer answers_through(const GovernanceMap& map, UpwardSearch& search, Vertex b, const std::vector<Vertex>& answerable) {
  const auto reaches = [&](Vertex from) {
    bool complete = true;
    const auto above = search.ancestors(from, complete);
    if (std::any_of(above.begin(), above.end(), [&](Vertex v) {
          return std::find(answerable.begin(), answerable.end(), v) != answerable.end();
        }))
      return Answer::yes;
    return complete ? Answer::no : Answer::unknown;
  };
  Answer answer = reaches(b);
  const auto membership = active_view(map, LinkKind::member_of);
  for (auto e : boost::make_iterator_range(boost::out_edges(b, membership))) {
    if (answer == Answer::yes) break;
    if (!map.body(boost::target(e, membership)).represents) continue;
    const Answer through = reaches(boost::target(e, membership));
    if (through != Answer::no) answer = through;
  }
  return answer;
}

/// The funds links from a to b, active ones only, in the graph's order.
std::vector<GovernanceMap::Edge> funds_between(const GovernanceMap& map, Vertex a, Vertex b) {
  const auto funds = active_view(map, LinkKind::funds);
  std::vector<GovernanceMap::Edge> links;
  for (auto e : boost::make_iterator_range(boost::out_edges(a, funds)))
    if (boost::target(e, funds) == b) links.push_back(e);
  return links;
}

/// The words of an unaccountable-funding finding, from its funder, recipient and amount.
FindingWords describe_unaccountable_funding(const GovernanceMap& map, const Finding& f) {
  const Vertex a = map.find_body(f.subjects[0]);
  const Vertex b = map.find_body(f.subjects[1]);
  const std::string& funder = name_of(map, a);
  const std::string& recipient = name_of(map, b);
  FindingWords words;
  for (auto e : funds_between(map, a, b))
    words.evidence.push_back(funder + " funds " + recipient + ": " + amount_text(map, map.link(e)));
  const auto accountability = active_view(map, LinkKind::accountable_to);
  std::vector<std::string> masters;
  for (auto e : boost::make_iterator_range(boost::out_edges(b, accountability)))
    masters.push_back(name_of(map, boost::target(e, accountability)));
  sort_unique(masters);
  words.evidence.push_back(masters.empty() ? recipient + " answers to no one"
                                           : recipient + " answers to " + join_names(masters) +
                                                 ", whose lines do not reach " + funder);
  const auto total = f.number("amount");
  const std::string amount =
      total ? " (" + format_amount(*total, currency_of(map, map.link(funds_between(map, a, b).front()))) + ")" : "";
  words.message = funder + " funds " + recipient + amount + ", but " + recipient +
                  " has no line of accountability back to " + funder + ".";
  return words;
}

void unaccountable_funding(const GovernanceMap& map, const FundingSettings& settings, std::vector<Finding>& out) {
  const auto funds = active_view(map, LinkKind::funds);
  const auto accountability = active_view(map, LinkKind::accountable_to);
  UpwardSearch search(map, settings.search_limit);
  // The funds links of each (funder, recipient) pair make one finding.
  std::vector<std::pair<std::pair<Vertex, Vertex>, GovernanceMap::Edge>> pairs;
  for (auto e : boost::make_iterator_range(boost::edges(funds))) {
    const Vertex a = boost::source(e, funds);
    const Vertex b = boost::target(e, funds);
    if (a == b || (map.is_apex(b) && !settings.include_apex_recipients)) continue;
    pairs.push_back({{a, b}, e});
  }
  std::stable_sort(pairs.begin(), pairs.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
  std::vector<Vertex> answerable;  // bodies b may answer to for a's money
  for (std::size_t first = 0, last = 0; first < pairs.size(); first = last) {
    const auto [a, b] = pairs[first].first;
    for (last = first; last < pairs.size() && pairs[last].first == pairs[first].first;) ++last;
    answerable.assign(1, a);
    if (settings.accept_principal)
      for (auto e : boost::make_iterator_range(boost::out_edges(a, accountability)))
        answerable.push_back(boost::target(e, accountability));
    if (answers_through(map, search, b, answerable) != Answer::no) continue;
    Sources sources;
    sources.add(map.body(a).source);
    sources.add(map.body(b).source);
    double total = 0;
    bool all_amounts = true;
    const std::string& currency = currency_of(map, map.link(pairs[first].second));
    bool one_currency = true;
    for (std::size_t i = first; i < last; ++i) {
      const Link& link = map.link(pairs[i].second);
      sources.add(link.source);
      if (link.amount) total += *link.amount;
      else all_amounts = false;
      one_currency = one_currency && currency == currency_of(map, link);
    }
    auto finding = make_finding(rule::unaccountable_funding,
                                {{SubjectRole::funder, map.body(a).id}, {SubjectRole::recipient, map.body(b).id}}, {},
                                {}, sources.take());
    finding.numbers.push_back({"links", static_cast<double>(last - first)});
    if (all_amounts && one_currency && total > 0) finding.numbers.push_back({"amount", total});
    finding.describer = {&map, describe_unaccountable_funding};
    out.push_back(std::move(finding));
  }
}

void funding_cycles(const GovernanceMap& map, std::vector<Finding>& out) {
  const auto funds = active_view(map, LinkKind::funds);
  for (const auto& component : cycles(map, LinkKind::funds)) {
    std::vector<std::string> ids;
    std::vector<std::string> names;
    Sources sources;
    for (Vertex v : component) {
      ids.push_back(map.body(v).id);
      names.push_back(name_of(map, v));
      sources.add(map.body(v).source);
    }
    const auto route = excerpt_of(cycle_route(map, LinkKind::funds, component), route_bodies_shown);
    const auto& shown = route.bodies;
    std::vector<std::string> evidence = {"cycle: " + route_text(map, shown, route.hidden)};
    for (std::size_t i = 0; i + 1 < shown.size(); ++i)
      for (auto e : boost::make_iterator_range(boost::out_edges(shown[i], funds)))
        if (route.adjacent(i) && boost::target(e, funds) == shown[i + 1]) {
          sources.add(map.link(e).source);
          evidence.push_back(name_of(map, shown[i]) + " funds " + name_of(map, shown[i + 1]) + ": " +
                             amount_text(map, map.link(e)));
        }
    const std::string message = component.size() == 1
                                    ? names[0] + " is recorded as funding itself."
                                    : "Money flows in a circle between " + join_some(names, 5) + ".";
    auto finding = make_finding(rule::funding_cycle, playing(SubjectRole::body, std::move(ids)), message, std::move(evidence), sources.take());
    if (route.hidden > 0) finding.numbers.push_back({"hidden", static_cast<double>(route.hidden)});
    finding.routes.push_back(route_ids(map, shown));
    out.push_back(std::move(finding));
  }
}

}  // namespace

std::vector<Finding> find_funding(const GovernanceMap& map, const SharedResults& /*shared*/,
                                  const FundingSettings& settings, Wording wording) {
  std::vector<Finding> findings;
  unaccountable_funding(map, settings, findings);
  funding_cycles(map, findings);
  if (wording == Wording::now)
    for (auto& f : findings) f.word();
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
