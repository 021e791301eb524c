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

/// The records of a map that find_provenance reads, some of them.
struct SomeRecords {
  std::vector<GovernanceMap::Vertex> bodies;
  std::vector<LinkIndex> links;
  std::vector<ResponsibilityIndex> responsibilities;
};

/// find_provenance's findings over `some` records only, each worded with the map's own
/// totals: what it finds among them. As every record is judged on its own, a change to
/// a map that touches only these records changes only these findings' records; a
/// candidate restructure is checked this way (restructure/evaluate.hpp).
/// O(some x log some).
std::vector<Finding> find_provenance_among(const GovernanceMap& map, const SomeRecords& some,
                                           const ProvenanceSettings& settings = {});

/// The finding `whole` of provenance.unsourced narrowed to its subjects at `subjects`
/// (ascending): worded as the rule words a finding of just those records, of the same
/// total. A comparison, which matches this rule's findings record by record
/// (Identity::each_record), reports the records introduced, resolved and kept this way.
/// `whole` itself when `subjects` is all of them. O(subjects).
Finding unsourced_part(const Finding& whole, const std::vector<std::size_t>& subjects,
                       const ProvenanceSettings& settings);

/// As unsourced_part, moving those subjects out of `whole` rather than copying them: a
/// comparison, done with the findings, takes each part once; a part of a million links
/// is not copied. `whole` keeps its other subjects, so a second part may still be taken.
Finding take_unsourced_part(Finding& whole, const std::vector<std::size_t>& subjects,
                            const ProvenanceSettings& settings);

/// The subject id of link `index`: "from:kind:to".
std::string link_subject(const GovernanceMap& map, LinkIndex index);

}  // namespace govgraph
