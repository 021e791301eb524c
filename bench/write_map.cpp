// govgraph_write_map BODIES [LINKS [RESTRUCTURED.json]]: writes a generated map
// (bench/generate_map.hpp) as JSON on stdout, to try the commands at a size no real map
// has yet (docs/report.md). With RESTRUCTURED.json, also writes there the same map with
// generate_proposal(map, 50) applied, a second version to compare it with (the browser
// tests' diff page). Same arguments, same bytes.

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/generate_map.hpp"
#include "importers/json_writer.hpp"
#include "restructure/apply.hpp"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 4) {
    std::cerr << "usage: govgraph_write_map BODIES [LINKS [RESTRUCTURED.json]] > map.json (LINKS defaults to 10 per "
                 "body)\n";
    return 2;
  }
  const auto bodies = static_cast<std::size_t>(std::stoul(argv[1]));
  const auto links = argc >= 3 ? static_cast<std::size_t>(std::stoul(argv[2])) : bodies * 10;
  const govgraph::MapData map = govgraph::bench::generate_map(bodies, links);
  std::cout << govgraph::write_json_map(map);
  if (argc == 4) {
    std::ofstream restructured(argv[3], std::ios::binary);
    restructured << govgraph::write_json_map(
        govgraph::apply_proposal(map, govgraph::bench::generate_proposal(map, 50)).after);
    if (!restructured.flush()) return 3;
  }
  return std::cout.flush() ? 0 : 3;
}
