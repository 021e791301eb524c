#pragma once
// Delivery: what the map records about whether a duty will be done, beside who holds
// it. The seeds' own judgements: the assessment of progress and the commitments
// received (Change Programme ONE), a lead that ceases before the duty is due, and a
// duty led only by bodies without powers in law to carry it.
//
// Abolished bodies lead nothing here, as in the orphan rules (orphan.lead-inactive
// reports a duty whose every lead is abolished).

#include <string_view>
#include <vector>

#include "analyses/finding.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

/// delivery.no-commitments, delivery.lead-expires, delivery.lead-without-powers.
/// O(V + owners). Findings sorted.
std::vector<Finding> find_delivery(const GovernanceMap& map, const SharedResults& shared,
                                   const DeliverySettings& settings = {});

/// Whether no commitments have been received for a responsibility: its commitments are
/// `none`, or its status is `no-commitments`.
bool without_commitments(const Responsibility& r);

/// An assessment as a report words it after "assessed as": "underway but not yet sufficient".
std::string_view assessment_words(Assessment assessment);

}  // namespace govgraph
