#pragma once
// A proposal written back as the JSON document parse_proposal reads (docs/restructures.md),
// so that a proposal a program makes (govgraph suggest) can be saved, read by a person and
// checked with check-restructure unchanged.

#include <string>

#include "restructure/proposal.hpp"

namespace govgraph {

/// The proposal as a JSON document: name, rationale and source when given, then each
/// operation on its own line with the fields its kind uses; records (a body, a link, a
/// responsibility) in the map format. parse_proposal reads it back to the same
/// operations. Throws std::invalid_argument for update_body, whose field values this
/// writer does not spell out (no program here makes one). O(size of the output).
std::string write_proposal(const Proposal& proposal);

}  // namespace govgraph
