// govgraph_write_map BODIES [LINKS]: writes a generated map (bench/generate_map.hpp) as
// JSON on stdout, to try the commands at a size no real map has yet (docs/report.md).

#include <cstdlib>
#include <iostream>
#include <string>

#include "bench/generate_map.hpp"
#include "importers/json_writer.hpp"

int main(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::cerr << "usage: govgraph_write_map BODIES [LINKS] > map.json (LINKS defaults to 10 per body)\n";
    return 2;
  }
  const auto bodies = static_cast<std::size_t>(std::stoul(argv[1]));
  const auto links = argc == 3 ? static_cast<std::size_t>(std::stoul(argv[2])) : bodies * 10;
  std::cout << govgraph::write_json_map(govgraph::bench::generate_map(bodies, links));
  return std::cout.flush() ? 0 : 3;
}
