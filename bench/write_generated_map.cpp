// govgraph_generate_map BODIES BEFORE.json AFTER.json: writes a generate_map map of BODIES
// bodies (twice as many links, as the restructure benchmarks use) and the same map with
// generate_proposal applied, for tests and timings that need a large map on disk (the
// browser tests open its report and diff pages). Same arguments, same bytes.
#include <cstdlib>
#include <exception>
#include <stdexcept>
#include <fstream>
#include <iostream>
#include <string>

#include "bench/generate_map.hpp"
#include "importers/json_writer.hpp"
#include "restructure/apply.hpp"

namespace {

void write_file(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + path);
}

}  // namespace

int main(int argc, char** argv) {
  if (argc != 4) {
    std::cerr << "usage: govgraph_generate_map BODIES BEFORE.json AFTER.json\n";
    return 2;
  }
  try {
    const auto bodies = static_cast<std::size_t>(std::stoul(argv[1]));
    const govgraph::MapData before = govgraph::bench::generate_map(bodies, bodies * 2);
    write_file(argv[2], govgraph::write_json_map(before));
    write_file(argv[3], govgraph::write_json_map(govgraph::apply_proposal(before, govgraph::bench::generate_proposal(before, 50)).after));
  } catch (const std::exception& e) {
    std::cerr << "govgraph_generate_map: " << e.what() << '\n';
    return 1;
  }
  return 0;
}
