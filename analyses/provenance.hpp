#pragma once
// Provenance: records that cite no source, so a reader cannot check them.

#include <cstddef>
#include <string>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

struct ProvenanceSettings {
  /// Most unsourced records named in a finding's evidence (all are in its subjects).
  std::size_t max_listed = 20;
};

/// provenance.unsourced: one finding per kind of record (bodies, links,
/// responsibilities) listing those without a source. Links are named
/// "FROM:KIND:TO". O(V + E + R).
std::vector<Finding> find_provenance(const GovernanceMap& map, const ProvenanceSettings& settings = {});

/// The subject id of link `index`: "from:kind:to".
std::string link_subject(const GovernanceMap& map, std::size_t index);

}  // namespace govgraph
