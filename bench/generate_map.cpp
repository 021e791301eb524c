#include "bench/generate_map.hpp"

#include <random>
#include <utility>

namespace govgraph::bench {
namespace {

constexpr BodyType layer_types[] = {BodyType::legislature, BodyType::minister, BodyType::directorate,
                                    BodyType::ndpb, BodyType::partnership, BodyType::board};

std::string body_id(std::size_t i) { return "body-" + std::to_string(i); }

}  // namespace

MapData generate_map(std::size_t bodies, std::size_t links, unsigned seed) {
  std::mt19937_64 random(seed);
  auto below = [&](std::size_t n) { return static_cast<std::size_t>(random() % n); };

  MapData map;
  map.name = "Generated map";
  map.currency = "GBP";
  constexpr std::size_t area_count = 100;
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
    Link l;
    l.from = body_id(from);
    l.to = body_id(to);
    l.kind = kind;
    if (kind == LinkKind::funds) l.amount = static_cast<double>(1000 * (1 + below(5000)));
    map.links.push_back(std::move(l));
  };
  // Every body but the legislature answers to an earlier one; some to a second master.
  for (std::size_t i = 1; i < bodies; ++i) {
    add(i, i < 8 ? 0 : below(i / 2 + 1), LinkKind::accountable_to);
    if (i % 7 == 0) add(i, below(i), LinkKind::accountable_to);
  }
  constexpr LinkKind other_kinds[] = {LinkKind::funds, LinkKind::scrutinises, LinkKind::member_of, LinkKind::advises,
                                      LinkKind::collaborates_with};
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

}  // namespace govgraph::bench
