#pragma once
// Duplication: more than one body doing, leading, scrutinising or overseeing the same
// thing, and lines of accountability that another route already implies.

#include <cstddef>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

struct RuleSelection;

/// duplication.multiple-leads, duplication.overlapping-remits,
/// duplication.duplicate-scrutiny, duplication.multiple-masters,
/// duplication.redundant-line, duplication.same-entity. Abolished bodies are left out.
/// Duplicate scrutiny counts lines of scrutiny: a scrutiniser that answers to another
/// scrutiniser of the same body in the same area reports to it and is not counted apart.
///
/// Cost: pairs come only from inverted indexes (shared profile items with prefix
/// filtering, shared name keys), never from all pairs of bodies; each accountability
/// question is a search bounded by `search_limit`. Redundant lines: for each body with
/// two or more masters, one breadth-first search up from its masters, so
/// O(sum over such bodies of min(search_limit, ancestors)). With a `selection`, only the
/// rules it selects run (null: every rule). With Wording::when_written, overlapping
/// remits are stored as data and worded when written.
std::vector<Finding> find_duplication(const GovernanceMap& map, const SharedResults& shared,
                                      const DuplicationSettings& settings = {},
                                      const RuleSelection* selection = nullptr, Wording wording = Wording::now);

}  // namespace govgraph
