// The benchmark's second map version (bench/generate_map.hpp): same seed, same map; the
// promised 1% removed, renamed and added; every reference still names a body.

#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <utility>
#include <vector>

#include "bench/generate_map.hpp"
#include "graph/check.hpp"
#include "importers/json_writer.hpp"

using namespace govgraph;

namespace {

bool has_body(const MapData& map, const std::string& id) {
  return std::any_of(map.bodies.begin(), map.bodies.end(), [&](const Body& b) { return b.id == id; });
}

/// The links at `id` whose other end is not `skip`ped, and the duties `id` owns.
template <typename Skip>
std::pair<std::size_t, std::size_t> ties(const MapData& map, const std::string& id, Skip skip) {
  std::size_t links = 0, duties = 0;
  for (const Link& l : map.links)
    if ((l.from == id && !skip(l.to)) || (l.to == id && !skip(l.from))) ++links;
  for (const Responsibility& duty : map.responsibilities)
    for (const Owner& owner : duty.owners) if (owner.body == id) ++duties;
  return {links, duties};
}

}  // namespace

TEST_CASE("The next version of a generated map is the same for the same seed and differs for another") {
  const MapData map = bench::generate_map(500, 5000);
  const std::string once = write_json_map(bench::generate_next_version(map));
  CHECK(write_json_map(bench::generate_next_version(map)) == once);
  CHECK(write_json_map(bench::generate_next_version(map, 10, 3)) != once);
}

TEST_CASE("The next version removes, renames and adds one body in 100, and its references all hold") {
  const MapData map = bench::generate_map(1000, 10000);
  const MapData next = bench::generate_next_version(map);

  std::vector<std::string> removed, renamed;
  for (const Body& b : map.bodies) {
    if (has_body(next, b.id)) continue;
    (has_body(next, "renamed-" + b.id) ? renamed : removed).push_back(b.id);
  }
  CHECK(removed.size() == 10);
  CHECK(renamed.size() == 10);
  const auto was_removed = [&](const std::string& id) {
    return std::find(removed.begin(), removed.end(), id) != removed.end();
  };
  const auto was_added = [&](const std::string& id) { return !has_body(map, id) && id.rfind("renamed-", 0) != 0; };
  for (const std::string& id : renamed) CHECK(ties(next, "renamed-" + id, was_added) == ties(map, id, was_removed));
  CHECK(next.bodies.size() == 1000 - 10 + 10);
  CHECK(next.bodies.back().id == "body-1009");
  CHECK(ties(next, "body-1009", was_added).first == 10);  // an added body links to kept bodies only
  for (std::size_t top = 0; top < 8; ++top) CHECK(has_body(next, "body-" + std::to_string(top)));
  CHECK_FALSE(check_map(next).has_errors());
}
