#pragma once
// Funding: money that flows without a matching line of accountability, and money that
// flows in circles.

#include <cstddef>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

struct FundingSettings {
  /// funding.unaccountable-funding: whether answering to the funder's own principal (a
  /// body the funder is directly accountable to) counts as answering for the money, as
  /// grant-in-aid from a government department is answered for to its ministers.
  bool accept_principal = true;
  /// Whether money paid to an apex (where accountability ends by definition, such as a
  /// local authority answering to its electorate) is reported.
  bool include_apex_recipients = false;
  /// Bodies visited by one search up from a recipient looking for its funder.
  std::size_t search_limit = 10000;
};

/// funding.unaccountable-funding, funding.cycle (strong components of the funds links).
/// Abolished bodies are left out. O(V + E) for cycles; one bounded search per funds
/// link whose recipient is not directly accountable to the funder.
std::vector<Finding> find_funding(const GovernanceMap& map, const FundingSettings& settings = {});

}  // namespace govgraph
