#include "bench/generate_map.hpp"

#include <algorithm>
#include <numeric>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "restructure/candidates.hpp"

namespace govgraph::bench {
namespace {

constexpr BodyType layer_types[] = {BodyType::legislature, BodyType::minister, BodyType::directorate,
                                    BodyType::ndpb, BodyType::partnership, BodyType::board};

constexpr LinkKind other_kinds[] = {LinkKind::funds, LinkKind::scrutinises, LinkKind::member_of, LinkKind::advises,
                                    LinkKind::collaborates_with};
constexpr std::size_t area_count = 100;

std::string body_id(std::size_t i) { return "body-" + std::to_string(i); }

std::size_t below(std::mt19937_64& random, std::size_t n) { return static_cast<std::size_t>(random() % n); }

Link make_link(std::string from, std::string to, LinkKind kind, std::mt19937_64& random) {
  Link l;
  l.from = std::move(from);
  l.to = std::move(to);
  l.kind = kind;
  if (kind == LinkKind::funds) l.amount = static_cast<double>(1000 * (1 + below(random, 5000)));
  return l;
}

}  // namespace

MapData generate_map(std::size_t bodies, std::size_t links, unsigned seed) {
  std::mt19937_64 random(seed);
  auto below = [&](std::size_t n) { return bench::below(random, n); };

  MapData map;
  map.name = "Generated map";
  map.currency = "GBP";
  for (std::size_t a = 0; a < area_count; ++a) {
    PolicyArea area;
    area.id = "area-" + std::to_string(a);
    area.name = "Policy area " + std::to_string(a);
    if (a >= 10) area.parent = "area-" + std::to_string(a % 10);
    map.policy_areas.push_back(std::move(area));
  }

  map.bodies.reserve(bodies);
  for (std::size_t i = 0; i < bodies; ++i) {
    Body b;
    b.id = body_id(i);
    b.name = "Body " + std::to_string(i);
    // Layer by position: a few at the top, most far down, as in real landscapes.
    std::size_t layer = 0;
    for (std::size_t width = 1; i >= width && layer + 1 < std::size(layer_types); width *= 8) ++layer;
    b.type = layer_types[layer];
    b.sector = i % 3 == 0 ? "national" : "local";
    b.policy_areas = {"area-" + std::to_string(below(area_count)), "area-" + std::to_string(below(area_count))};
    if (b.policy_areas[0] == b.policy_areas[1]) b.policy_areas.pop_back();
    if (i % 5 != 0) b.source = "generated";
    map.bodies.push_back(std::move(b));
  }

  map.links.reserve(links);
  auto add = [&](std::size_t from, std::size_t to, LinkKind kind) {
    map.links.push_back(make_link(body_id(from), body_id(to), kind, random));
  };
  // Every body but the legislature answers to an earlier one; some to a second master.
  for (std::size_t i = 1; i < bodies; ++i) {
    add(i, i < 8 ? 0 : below(i / 2 + 1), LinkKind::accountable_to);
    if (i % 7 == 0) add(i, below(i), LinkKind::accountable_to);
  }
  while (bodies > 1 && map.links.size() < links) {
    const std::size_t from = below(bodies);
    std::size_t to = below(bodies);
    if (to == from) to = (to + 1) % bodies;
    add(from, to, other_kinds[below(std::size(other_kinds))]);
  }

  for (std::size_t r = 0; r < bodies / 4; ++r) {
    Responsibility duty;
    duty.id = "duty-" + std::to_string(r);
    duty.name = "Duty " + std::to_string(r);
    duty.policy_area = "area-" + std::to_string(below(area_count));
    const std::size_t owners = 1 + below(3);
    for (std::size_t o = 0; o < owners; ++o) {
      std::string id = body_id(below(bodies));
      bool taken = false;
      for (const auto& existing : duty.owners) taken = taken || existing.body == id;
      if (!taken) duty.owners.push_back(Owner{std::move(id), o == 0 ? Role::lead : Role::supports, {}, {}});
    }
    map.responsibilities.push_back(std::move(duty));
  }
  return map;
}

Proposal generate_proposal(const MapData& map, std::size_t every) {
  Proposal proposal;
  proposal.name = "Generated proposal";
  const auto ref = [](const std::string& id) { return IdRef{id, {}, "body"}; };
  Operation merge;
  for (std::size_t i = 8, picked = 0; i < map.bodies.size(); i += every, ++picked) {
    if (picked % 2 == 0) {
      Operation abolish;
      abolish.kind = OperationKind::abolish;
      abolish.target = ref(map.bodies[i].id);
      proposal.operations.push_back(std::move(abolish));
      continue;
    }
    if (merge.bodies.empty()) {
      merge.kind = OperationKind::merge;
      merge.target = ref(map.bodies[i - 1].id);
    }
    merge.bodies.push_back(ref(map.bodies[i].id));
    if (merge.bodies.size() == 10) proposal.operations.push_back(std::exchange(merge, Operation{}));
  }
  const std::size_t duties = map.responsibilities.size();
  for (std::size_t r = 0; r + 51 < duties; r += 100) {
    Operation retire;
    retire.kind = OperationKind::retire;
    retire.responsibility = IdRef{map.responsibilities[r].id, {}, "responsibility"};
    retire.reason = "generated";
    proposal.operations.push_back(std::move(retire));
    Operation removal;
    removal.kind = OperationKind::remove_responsibility;
    removal.responsibility = IdRef{map.responsibilities[r + 50].id, {}, "responsibility"};
    removal.merged_into = IdRef{map.responsibilities[r + 51].id, {}, "merged_into"};
    proposal.operations.push_back(std::move(removal));
  }
  return proposal;
}

MapData generate_next_version(const MapData& map, std::size_t links_per_body, unsigned seed) {
  std::mt19937_64 random(seed);
  constexpr std::size_t kept_top = 8;  // the legislature and its first ministers stay
  const std::size_t n = map.bodies.size();
  const std::size_t changed = n > kept_top ? std::min(n / 100, (n - kept_top) / 2) : 0;

  // The first 2 * changed of a partial Fisher-Yates shuffle, written out so every standard
  // library picks the same bodies.
  std::vector<std::size_t> order(n > kept_top ? n - kept_top : 0);
  std::iota(order.begin(), order.end(), kept_top);
  for (std::size_t i = 0; i < 2 * changed; ++i) std::swap(order[i], order[i + below(random, order.size() - i)]);
  std::unordered_set<std::string> removed;
  std::unordered_map<std::string, std::string> renamed;
  for (std::size_t i = 0; i < changed; ++i) removed.insert(map.bodies[order[i]].id);
  for (std::size_t i = changed; i < 2 * changed; ++i)
    renamed.emplace(map.bodies[order[i]].id, "renamed-" + map.bodies[order[i]].id);

  const auto gone = [&](const std::string& id) { return removed.contains(id); };
  const auto rename = [&](std::string& id) {
    if (const auto it = renamed.find(id); it != renamed.end()) id = it->second;
  };
  MapData next = map;
  std::erase_if(next.bodies, [&](const Body& b) { return gone(b.id); });
  std::erase_if(next.links, [&](const Link& l) { return gone(l.from) || gone(l.to); });
  for (auto& duty : next.responsibilities) std::erase_if(duty.owners, [&](const Owner& o) { return gone(o.body); });
  for (auto& b : next.bodies) rename(b.id);
  for (auto& l : next.links) {
    rename(l.from);
    rename(l.to);
  }
  for (auto& duty : next.responsibilities)
    for (auto& owner : duty.owners) rename(owner.body);

  const std::size_t kept = next.bodies.size();
  for (std::size_t a = 0; a < changed && kept > 0; ++a) {
    Body b;
    b.id = body_id(n + a);  // after every id the first version had
    b.name = "Body " + std::to_string(n + a);
    b.type = BodyType::board;
    b.sector = "local";
    b.policy_areas = {"area-" + std::to_string(below(random, area_count))};
    b.source = "generated";
    for (std::size_t k = 0; k < links_per_body; ++k) {
      std::string other = next.bodies[below(random, kept)].id;
      if (k == 0) {
        next.links.push_back(make_link(b.id, std::move(other), LinkKind::accountable_to, random));
        continue;
      }
      const LinkKind kind = other_kinds[below(random, std::size(other_kinds))];
      if (random() % 2 == 0) next.links.push_back(make_link(b.id, std::move(other), kind, random));
      else next.links.push_back(make_link(std::move(other), b.id, kind, random));
    }
    next.bodies.push_back(std::move(b));
  }
  return next;
}

std::vector<Proposal> pairwise_merges(const GovernanceMap& map) {
  std::vector<Proposal> proposals;
  for (std::size_t a = 0; a < map.body_count(); ++a)
    for (std::size_t b = a + 1; b < map.body_count(); ++b)
      if (map.body(a).status == BodyStatus::active && map.body(b).status == BodyStatus::active)
        proposals.push_back(Proposal{"pair", "", "", "", merge_candidate(map, b, a).operations});
  return proposals;
}

}  // namespace govgraph::bench
