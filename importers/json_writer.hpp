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

/// One record on one line, as write_json_map writes it: for documents that embed records
/// in the map format (a restructure proposal's operations).
std::string write_json_record(const Body& body);
std::string write_json_record(const Link& link);
std::string write_json_record(const Responsibility& responsibility);

}  // namespace govgraph
