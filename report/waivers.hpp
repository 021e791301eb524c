#pragma once
// Waivers: findings a team has looked at and accepted, with the reason and an optional
// expiry. A waived finding is still reported (as waived) but does not count towards the
// exit code. File format: docs/findings-json.md#waivers.
//
//   {"waivers": [{"rule": "duplication.multiple-leads", "subjects": ["plan-action-7"],
//                 "reason": "Joint lead agreed by the Oversight Board", "expires": "2025-03-31"}]}

#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/diagnostic.hpp"

namespace govgraph {

struct Waiver {
  std::string rule;
  std::vector<std::string> subjects;  // sorted, unique: matched as a set
  std::string reason;
  std::string expires;  // YYYY-MM-DD, the last day it applies; empty: never expires
  Location at;          // where the waiver's object starts in its file
};

/// Parses a waivers file. Every problem (syntax, a missing or mistyped field, an unknown
/// field, a bad date, a duplicate waiver, a rule not in `known_rules` when that is not
/// empty) is collected and thrown together as InputError, each with file:line:column.
/// O(size of the text + waivers * log waivers).
std::vector<Waiver> parse_waivers(std::string_view text, const std::string& file_name,
                                  const std::vector<std::string_view>& known_rules = {});

/// Reads and parses a waivers file; InputError when it cannot be read.
std::vector<Waiver> load_waivers(const std::filesystem::path& path,
                                 const std::vector<std::string_view>& known_rules = {});

/// A finding with what the waivers made of it.
struct ReviewedFinding {
  Finding finding;
  std::optional<std::size_t> waiver;  // index into Review::waivers of the waiver that applies

  [[nodiscard]] bool waived() const { return waiver.has_value(); }
};

enum class WaiverState {
  applied,    // in force and matched at least one finding
  expired,    // its expiry date is before today: it waives nothing
  unmatched,  // in force but matched no finding: stale, or a typo in its subjects
};

std::string_view to_string(WaiverState state);

struct WaiverUse {
  Waiver waiver;
  WaiverState state = WaiverState::unmatched;
  std::size_t matches = 0;  // findings it matches (for an expired waiver: would match)
};

/// Findings after waivers, in finding order, and every waiver with its state, in file order.
struct Review {
  std::vector<ReviewedFinding> findings;
  std::vector<WaiverUse> waivers;
};

/// Applies `waivers` to `findings`. A waiver matches a finding when the rules are equal and
/// the subjects are equal as sets; it applies when it has not expired, i.e. `expires` is
/// empty or not before `today` (YYYY-MM-DD). When two waivers match one finding the first
/// in the file applies. O(F log W + W log W) with subjects compared as sorted sets.
Review apply_waivers(std::vector<Finding> findings, const std::vector<Waiver>& waivers, std::string_view today);

/// Today's local date as YYYY-MM-DD.
std::string local_date_today();

/// Whether a finding of `severity` counts for --fail-on `threshold` (nullopt: never).
bool at_or_above(Severity severity, std::optional<Severity> threshold);

}  // namespace govgraph
