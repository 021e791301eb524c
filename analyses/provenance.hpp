#pragma once
// Provenance: records that cite no source, so a reader cannot check them.

#include <cstddef>
#include <string>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

/// provenance.unsourced: one finding per kind of record (bodies, links,
/// responsibilities) listing those without a source. Links are named
/// "FROM:KIND:TO". O(V + E + R).
std::vector<Finding> find_provenance(const GovernanceMap& map, const SharedResults& shared,
                                     const ProvenanceSettings& settings = {});

/// The subject id of link `index`: "from:kind:to".
std::string link_subject(const GovernanceMap& map, LinkIndex index);

}  // namespace govgraph
