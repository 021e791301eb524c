#pragma once
// Duplication: more than one body doing, leading, scrutinising or overseeing the same
// thing, and lines of accountability that another route already implies.

#include <cstddef>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

struct DuplicationSettings {
  /// duplication.overlapping-remits: Jaccard similarity of two bodies' profiles (the
  /// responsibilities they own and the policy areas they list) at or above which they
  /// overlap, and the fewest shared items.
  double remit_min_jaccard = 0.5;
  std::size_t remit_min_shared = 3;
  /// Whether a pair where one body answers (directly or not) to the other, or directly
  /// scrutinises it, is reported.
  bool remit_include_same_chain = false;
  /// duplication.duplicate-scrutiny: scrutinisers of one body in one policy area.
  std::size_t scrutiny_min_scrutinisers = 2;
  /// duplication.same-entity: Jaccard similarity of the word sets of two names at or
  /// above which they are near-identical.
  double same_entity_min_name_similarity = 0.8;
  /// Bodies visited by one bounded search up the accountability lines (redundant lines,
  /// multiple masters, same-chain checks). Beyond it a search gives up: the link is not
  /// called redundant, the masters are taken as not on one chain.
  std::size_t search_limit = 10000;
};

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
/// O(sum over such bodies of min(search_limit, ancestors)).
std::vector<Finding> find_duplication(const GovernanceMap& map, const DuplicationSettings& settings = {});

}  // namespace govgraph
