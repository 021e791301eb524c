#pragma once
// Two versions of a map compared record by record and field by field, every field the
// schema (graph/schema.hpp) names plus each record's unknown fields, so no change a map
// file can hold goes unreported.

#include <string>
#include <vector>

#include "graph/id_table.hpp"
#include "graph/records.hpp"

namespace govgraph {

struct FieldChange {
  std::string field;  // the schema's name, or an unknown field's key
  std::string before;
  std::string after;
};

/// One record added, removed or changed. Links are keyed "from kind to" (plus the period
/// of a funding link), since links have no ids.
struct RecordChange {
  enum class What { added, removed, changed };
  What what = What::changed;
  std::string key;
  std::vector<FieldChange> fields;  // changed records only
};

struct MapDiff {
  std::vector<RecordChange> sources;
  std::vector<RecordChange> policy_areas;
  std::vector<RecordChange> bodies;
  std::vector<RecordChange> links;
  std::vector<RecordChange> responsibilities;
  std::vector<FieldChange> map_fields;  // the header's fields (govgraph, name, ...) and unknown fields

  [[nodiscard]] bool empty() const {
    return sources.empty() && policy_areas.empty() && bodies.empty() && links.empty() && responsibilities.empty() &&
           map_fields.empty();
  }
};

/// Record-by-record, field-by-field differences, in the order of `after` then the removed
/// ones in the order of `before`. Fields are compared as canonical text (schema.hpp), in
/// schema order, then unknown fields in `after`'s order, then those only `before` has.
/// O(V + R) expected, ids hashed, and O(E log E) for the links, matched by sorting.
MapDiff diff_maps(const MapData& before, const MapData& after);
/// diff_maps with each map's ids and link ends as already resolved (GovernanceMap::ids()).
MapDiff diff_maps(const MapData& before, const MapData& after, const MapIds& before_ids, const MapIds& after_ids);

/// The key a link is known by in a diff and a diagram: "a accountable_to b".
std::string link_key_text(const Link& link);

}  // namespace govgraph
