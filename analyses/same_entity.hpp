#pragma once
// duplication.same-entity, apart from the other duplication rules because matching names
// is a concern of its own (internal to analyses/).

#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "graph/governance_map.hpp"

namespace govgraph::detail {

/// Bodies that look like one: the same normalised name or alias, an alias or name that
/// is another's initials, or near-identical word sets. A class and its own member are
/// never paired. O(V x name length + candidate pairs).
void same_entity(const GovernanceMap& map, const DuplicationSettings& settings, std::vector<Finding>& out);

}  // namespace govgraph::detail
