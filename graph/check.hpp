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

/// check_map's checks of the links `which` alone, in that order: their ends and areas
/// resolve, they join two bodies, their dates are in order, their sources are listed.
/// A link is checked on its own and losing one breaks no other record, so for a map
/// check_map passed that has since only gained and lost links, these find every error
/// check_map would. O(|which|).
Diagnostics check_links(const MapData& map, const MapIds& ids, const std::vector<std::size_t>& which);

/// The id in `candidates` closest to `wanted` by edit distance (ties: the smaller id);
/// empty when there are no candidates.
std::string nearest_id(std::string_view wanted, const std::vector<std::string_view>& candidates);

/// The nearest of `candidates` when `wanted` is a slip of a letter or two from it, else
/// empty: for naming the value of a closed list someone most likely meant.
std::string likely_meant(std::string_view wanted, const std::vector<std::string_view>& candidates);

/// The longest id accepted: longer is a pasted paragraph, not a name, and would make
/// "nearest id" suggestions (edit distance, quadratic in length) crawl.
inline constexpr std::size_t max_id_length = 120;

/// Whether `text` may be an id: 1 to max_id_length bytes of ASCII letters, digits, '.',
/// '_' and '-', starting with a letter or digit. So the codes and slugs registers key
/// bodies by are ids as they are: a GOV.UK slug (victoria-climbi_-inquiry), a charity
/// number (SC012345), an ONS area code (S12000033). Ids are compared exactly.
bool is_id(std::string_view text);

/// Why `text` cannot be an id ("it holds a space"), for a message; empty if it can.
std::string why_not_an_id(std::string_view text);

/// "a-body" from "A Body!": lowercase letters and digits, each run of anything else one
/// '-', at most max_id_length bytes; for suggesting an id from a name or a refused id.
std::string slug_of(std::string_view text);

/// Whether `text` is an ISO 8601 calendar date YYYY-MM-DD that exists.
bool is_iso_date(std::string_view text);

}  // namespace govgraph
