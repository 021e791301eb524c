#include "analyses/funding.hpp"

#include <algorithm>
#include <cassert>
#include <iterator>
#include <numeric>

#include "analyses/analyse.hpp"
#include "analyses/money.hpp"
#include "analyses/support.hpp"

namespace govgraph {
namespace {

using namespace detail;

/// "GBP 4.0m (2021-22)", or "amount not given".
std::string amount_text(const GovernanceMap& map, const Link& link) {
  std::string text = link.amount ? format_amount(*link.amount, currency_of(map, link)) : "amount not given";
  if (!link.terms->period.empty()) text += " (" + link.terms->period + ")";
  return text;
}

/// Marks (with `epoch`) every body b answers to by a route of accountable_to links of any
/// basis: those above b, and those above each class b is a member_of (a record that
/// `represents` a number of bodies: award holders answer to the fund as a class, not one
/// by one). Membership of a single body (a working group) is no such line. Returns false
/// when a search gave up, so what is unmarked is not known to be out of reach.
bool mark_answered_to(const GovernanceMap& map, UpwardSearch& search, Vertex b, std::vector<std::uint32_t>& marks,
                      std::uint32_t epoch) {
  bool complete = true;
  const auto mark_above = [&](Vertex from) {
    bool searched = true;
    for (const Vertex v : search.ancestors(from, searched)) marks[v] = epoch;
    complete = complete && searched;
  };
  mark_above(b);
  if (active(map, b))
    for (const auto& membership : map.out_links(b, LinkKind::member_of))
      if (active(map, membership.body) && map.body(membership.body).represents) mark_above(membership.body);
  return complete;
}

/// The funds links from a to b, active ones only, in the graph's order.
std::vector<LinkIndex> funds_between(const GovernanceMap& map, Vertex a, Vertex b) {
  std::vector<LinkIndex> links;
  if (!active(map, a) || !active(map, b)) return links;
  for (const auto& funds : map.out_links(a, LinkKind::funds))
    if (funds.body == b) links.emplace_back(funds.link);
  return links;
}

/// The words of an unaccountable-funding finding, from its funder, recipient and amount.
FindingWords describe_unaccountable_funding(const GovernanceMap& map, const Finding& f) {
  const Vertex a = map.find_body(f.subjects[0]);
  const Vertex b = map.find_body(f.subjects[1]);
  const std::string& funder = name_of(map, a);
  const std::string& recipient = name_of(map, b);
  FindingWords words;
  const auto funds = funds_between(map, a, b);
  for (const LinkIndex l : funds) words.evidence.push_back(funder + " funds " + recipient + ": " + amount_text(map, map.link(l)));
  std::vector<std::string> masters;
  if (active(map, b))
    for (const auto& line : map.out_links(b, LinkKind::accountable_to))
      if (active(map, line.body)) masters.push_back(name_of(map, line.body));
  sort_unique(masters);
  words.evidence.push_back(masters.empty() ? recipient + " answers to no one"
                                           : recipient + " answers to " + join_names(masters) +
                                                 ", whose lines do not reach " + funder);
  const auto total = f.number("amount");
  const std::string amount =
      total ? " (" + format_amount(*total, currency_of(map, map.link(funds.front()))) + ")" : "";
  words.message = funder + " funds " + recipient + amount + ", but " + recipient +
                  " has no line of accountability back to " + funder + ".";
  return words;
}

/// One finding a (funder, recipient) pair whose recipient does not answer to the funder
/// (or, with accept_principal, to whom the funder answers), in the order of their ids.
void unaccountable_funding(const GovernanceMap& map, const FundingSettings& settings, std::vector<Finding>& out) {
  const auto rank = id_ranks(map);
  // The funds links of each (funder, recipient) pair make one finding; stable, so a pair's
  // links keep the order written, as its evidence lists them.
  std::vector<std::pair<std::pair<Vertex, Vertex>, LinkIndex>> links;
  for (Vertex a = 0; a < map.body_count(); ++a) {
    if (!active(map, a)) continue;
    for (const auto& funds : map.out_links(a, LinkKind::funds)) {
      const Vertex b = funds.body;
      if (a == b || !active(map, b) || (map.is_apex(b) && !settings.include_apex_recipients)) continue;
      links.push_back({{a, b}, LinkIndex(funds.link)});
    }
  }
  const auto by_ids = [&](const auto& x, const auto& y) {
    return std::pair(rank[x.first.first], rank[x.first.second]) < std::pair(rank[y.first.first], rank[y.first.second]);
  };
  std::stable_sort(links.begin(), links.end(), by_ids);
  struct Pair {
    std::size_t first = 0, last = 0;  // its links
    bool unanswered = false;
  };
  std::vector<Pair> pairs;
  for (std::size_t first = 0, last = 0; first < links.size(); first = last) {
    for (last = first; last < links.size() && links[last].first == links[first].first;) ++last;
    pairs.push_back({first, last});
  }

  // One upward search a recipient, not one a pair: a recipient funded by several bodies
  // answers to the same bodies for each.
  std::vector<std::size_t> by_recipient(pairs.size());
  std::iota(by_recipient.begin(), by_recipient.end(), std::size_t{0});
  const auto recipient = [&](std::size_t p) { return links[pairs[p].first].first.second; };
  std::stable_sort(by_recipient.begin(), by_recipient.end(),
                   [&](std::size_t x, std::size_t y) { return recipient(x) < recipient(y); });
  UpwardSearch search(map, settings.search_limit);
  std::vector<std::uint32_t> marks(map.body_count(), 0);
  std::uint32_t epoch = 0;
  for (std::size_t i = 0, next = 0; i < by_recipient.size(); i = next) {
    const Vertex b = recipient(by_recipient[i]);
    const bool complete = mark_answered_to(map, search, b, marks, ++epoch);
    for (next = i; next < by_recipient.size() && recipient(by_recipient[next]) == b; ++next) {
      Pair& pair = pairs[by_recipient[next]];
      const Vertex a = links[pair.first].first.first;
      bool answers = marks[a] == epoch;
      if (settings.accept_principal)
        for (const auto& line : map.out_links(a, LinkKind::accountable_to))
          answers = answers || (active(map, line.body) && marks[line.body] == epoch);
      pair.unanswered = !answers && complete;
    }
  }

  // Reserved at once: a finding is large, and a growing list would touch twice the memory.
  out.reserve(out.size() + static_cast<std::size_t>(std::count_if(pairs.begin(), pairs.end(),
                                                                  [](const Pair& p) { return p.unanswered; })));
  for (const Pair& pair : pairs) {
    if (!pair.unanswered) continue;
    const auto [a, b] = links[pair.first].first;
    Sources sources;
    sources.add(map.body(a).source);
    sources.add(map.body(b).source);
    double total = 0;
    bool all_amounts = true;
    const std::string& currency = currency_of(map, map.link(links[pair.first].second));
    bool one_currency = true;
    for (std::size_t i = pair.first; i < pair.last; ++i) {
      const Link& link = map.link(links[i].second);
      sources.add(link.source);
      if (link.amount) total += *link.amount;
      else all_amounts = false;
      one_currency = one_currency && currency == currency_of(map, link);
    }
    auto finding = make_finding(rule::unaccountable_funding,
                                {{SubjectRole::funder, map.body(a).id}, {SubjectRole::recipient, map.body(b).id}}, {},
                                {}, sources.take());
    finding.numbers.push_back({"links", static_cast<double>(pair.last - pair.first)});
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
    auto finding = make_finding(rule::funding_cycle, SubjectRole::body, std::move(ids), message, std::move(evidence),
                                sources.take());
    if (route.hidden > 0) finding.numbers.push_back({"hidden", static_cast<double>(route.hidden)});
    finding.routes.push_back(route_ids(map, shown));
    out.push_back(std::move(finding));
  }
}

}  // namespace

std::vector<bool> answered_by_line(const GovernanceMap& after, const FundingSettings& settings, Vertex from, Vertex to,
                                   const std::vector<std::pair<Vertex, Vertex>>& pairs) {
  std::vector<bool> answered(pairs.size(), false);
  const auto lines = after.out_links(from, LinkKind::accountable_to);
  if (!active(after, to) || std::none_of(lines.begin(), lines.end(), [&](const auto& line) { return line.body == to; }))
    return answered;  // a search never passes through `to`: nothing is answered anew
  // The bodies whose search reaches `from`: `from` itself, and, `from` being found only
  // when active, each body with a line to a reaching body that is active (a search goes
  // on only from the active bodies it finds).
  std::vector<bool> reaching(after.body_count(), false);
  reaching[from] = true;
  std::vector<Vertex> queue;
  if (active(after, from)) queue.push_back(from);
  while (!queue.empty()) {
    const Vertex w = queue.back();
    queue.pop_back();
    for (const auto& line : after.in_links(w, LinkKind::accountable_to)) {
      if (reaching[line.body]) continue;
      reaching[line.body] = true;
      if (active(after, line.body)) queue.push_back(line.body);
    }
  }
  // Everything a reaching recipient now also answers to: `to` and what is above it.
  UpwardSearch search(after, settings.search_limit);
  std::vector<bool> above(after.body_count(), false);
  above[to] = true;
  bool complete = true;
  for (const Vertex v : search.ancestors(to, complete)) above[v] = true;
  const auto recipient_reaches = [&](Vertex b) {
    if (reaching[b]) return true;
    if (!active(after, b)) return false;
    const auto classes = after.out_links(b, LinkKind::member_of);
    return std::any_of(classes.begin(), classes.end(), [&](const auto& c) {
      return reaching[c.body] && active(after, c.body) && after.body(c.body).represents;
    });
  };
  const auto answers_above = [&](Vertex a) {
    if (above[a]) return true;
    if (!settings.accept_principal) return false;
    const auto masters = after.out_links(a, LinkKind::accountable_to);
    return std::any_of(masters.begin(), masters.end(),
                       [&](const auto& m) { return active(after, m.body) && above[m.body]; });
  };
  std::vector<std::uint32_t> marks(after.body_count(), 0);
  std::uint32_t epoch = 0;
  for (std::size_t i = 0; i < pairs.size(); ++i) {
    const auto [a, b] = pairs[i];
    if (recipient_reaches(b)) {
      answered[i] = answers_above(a);
    } else if (a == from && settings.accept_principal) {
      // What b answers to is unchanged, but its funder now answers to `to` as well.
      mark_answered_to(after, search, b, marks, ++epoch);
      answered[i] = marks[to] == epoch;
    }
  }
  return answered;
}

std::vector<Finding> find_funding(const GovernanceMap& map, const SharedResults& /*shared*/,
                                  const FundingSettings& settings, Wording wording, const RuleSelection* selection) {
  std::vector<Finding> unaccountable;
  if (runs(selection, rule::unaccountable_funding))
    unaccountable_funding(map, settings, unaccountable);  // already in order: one a pair of ids
  assert(std::is_sorted(unaccountable.begin(), unaccountable.end()));
  std::vector<Finding> cycles;
  if (runs(selection, rule::funding_cycle)) funding_cycles(map, cycles);
  std::sort(cycles.begin(), cycles.end());
  std::vector<Finding> findings;
  if (cycles.empty()) {
    findings = std::move(unaccountable);  // not copied: there may be hundreds of thousands
  } else {
    findings.reserve(unaccountable.size() + cycles.size());
    std::merge(std::make_move_iterator(unaccountable.begin()), std::make_move_iterator(unaccountable.end()),
               std::make_move_iterator(cycles.begin()), std::make_move_iterator(cycles.end()),
               std::back_inserter(findings));
  }
  if (wording == Wording::now)
    for (auto& f : findings) f.word();
  return findings;
}

}  // namespace govgraph
