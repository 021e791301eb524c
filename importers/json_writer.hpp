#pragma once
// The canonical JSON form of a map: collections and records in the order given, keys in
// a fixed order, two-space indentation, one record per line group. Lossless: unknown
// fields are written back as read. Loading the output and writing it again gives the
// same bytes.

#include <string>

#include "graph/records.hpp"

namespace govgraph {

std::string write_json_map(const MapData& map);

/// Whole numbers as integers (4000000, not 4e6); others in the shortest exact form.
std::string format_json_number(double value);

}  // namespace govgraph
