#pragma once
// Applying a proposal to a map: each operation edits a copy of the records in order and is
// checked as it is applied; the result is a map as it would stand after the restructure,
// with a log of what each operation changed and the renames that merges and transfers make.

#include <map>
#include <string>
#include <vector>

#include "graph/id_table.hpp"
#include "graph/records.hpp"
#include "restructure/proposal.hpp"

namespace govgraph {

class GovernanceMap;

/// What one operation did, in sentences ("moved 3 links from 'a' to 'b'").
struct OperationLog {
  std::size_t index = 0;
  OperationKind kind = OperationKind::add_body;
  std::string summary;              // one line
  std::vector<std::string> details;  // one line each
};

/// A responsibility removed on purpose: retired with a reason, or merged into another.
struct SettledDuty {
  std::string responsibility;
  std::string name;
  std::size_t operation = 0;
  std::string reason;       // retire
  std::string merged_into;  // remove_responsibility with merged_into
};

/// A duty that had an active lead before and has none after, with no retire or merge
/// accounting for it.
struct LostDuty {
  std::string responsibility;
  std::string name;
  std::string why;  // "its lead 'x' was abolished by operations[2] without transfer_to"
};

struct AppliedProposal {
  MapData after;
  /// after's ids and link ends, as the check of the map after looked them up: a
  /// GovernanceMap built with them does not look them up again.
  MapIds after_ids;
  std::vector<OperationLog> log;
  /// Bodies that no longer exist, to the body that took over their work (merge, or
  /// abolish with transfer_to), resolved to the final successor.
  std::map<std::string, std::string> renames;
  std::vector<SettledDuty> settled;
  /// For each responsibility, how it last lost a lead ("its lead 'x' was unassigned by
  /// operations[3]"), to explain a lost duty.
  std::map<std::string, std::string> lead_lost;
  /// For each removed body, the operation that removed it.
  std::map<std::string, std::size_t> removed_by;
};

/// Applies every operation in order to a copy of `before` (a checked map). Throws
/// InputError at the proposal's place naming the operation and field
/// ("operations[2].bodies[1] (merge): body 'x' does not exist at this point; nearest is
/// 'y'") at the first operation that cannot be applied. The result passes check_map.
/// O(operations * (V + E + owners)).
AppliedProposal apply_proposal(const MapData& before, const Proposal& proposal);
/// The same for a map already built: its graph's rows of each body's links stand in for
/// an index of the links by body, so checking thousands of proposals against one map
/// (govgraph suggest) does not index every link for each. When the proposal only adds and
/// removes links, `before`'s id tables are kept with the link ends edited and only the
/// links added are checked (check_links: `before` passed check_map, so nothing else can fail).
AppliedProposal apply_proposal(const GovernanceMap& before, const Proposal& proposal);

}  // namespace govgraph
