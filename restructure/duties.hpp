#pragma once
// Duty conservation: whether a restructure leaves any duty without a lead.

#include <vector>

#include "graph/records.hpp"
#include "restructure/apply.hpp"

namespace govgraph {

/// Duty conservation: every responsibility with an active lead before must, after, exist
/// with an active lead, or have been retired with a reason, or merged into a responsibility
/// that has one. Returns the others, sorted by id. O(R + owners).
std::vector<LostDuty> lost_duties(const MapData& before, const AppliedProposal& applied);
/// The same with the records after read from `after` (applied.after, or where it was moved).
std::vector<LostDuty> lost_duties(const MapData& before, const MapData& after, const AppliedProposal& applied);

}  // namespace govgraph
