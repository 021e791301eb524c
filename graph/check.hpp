#pragma once
// Whole-map checks that no single record can make: unique ids, references that resolve,
// a policy-area tree without cycles, sensible dates.

#include <string>
#include <string_view>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/id_table.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// Every problem with the map's references and ids, in file order. A map without errors
/// can be turned into a GovernanceMap. O((V + E + R) * average field count); the
/// nearest-id suggestion for a miss costs one edit-distance scan of its collection.
Diagnostics check_map(const MapData& map);
/// The same with the map's id tables already built (MapIds(map)), to share them with
/// the GovernanceMap built next.
Diagnostics check_map(const MapData& map, const MapIds& ids);

/// The id in `candidates` closest to `wanted` by edit distance (ties: the smaller id);
/// empty when there are no candidates.
std::string nearest_id(std::string_view wanted, const std::vector<std::string_view>& candidates);

/// The nearest of `candidates` when `wanted` is a slip of a letter or two from it, else
/// empty: for naming the value of a closed list someone most likely meant.
std::string likely_meant(std::string_view wanted, const std::vector<std::string_view>& candidates);

/// The longest id accepted: longer is a pasted paragraph, not a name, and would make
/// "nearest id" suggestions (edit distance, quadratic in length) crawl.
inline constexpr std::size_t max_id_length = 120;

/// Whether `text` is a lowercase slug [a-z0-9]+(-[a-z0-9]+)* of at most max_id_length bytes.
bool is_slug(std::string_view text);

/// Whether `text` is an ISO 8601 calendar date YYYY-MM-DD that exists.
bool is_iso_date(std::string_view text);

}  // namespace govgraph
