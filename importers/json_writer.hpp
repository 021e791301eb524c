#pragma once
// The canonical JSON form of a map: collections and records in the order given, keys in
// a fixed order, two-space indentation, one record per line group. Lossless: unknown
// fields are written back as read. Loading the output and writing it again gives the
// same bytes.

#include <string>

#include "graph/amount.hpp"  // format_json_number, which the writers share
#include "graph/records.hpp"

namespace govgraph {

std::string write_json_map(const MapData& map);

}  // namespace govgraph
