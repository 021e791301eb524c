#pragma once
// The entry point of the analyses: rule selection by rule id or family, and analyse(),
// which computes the shared results once, runs every family and returns the findings
// sorted. The rules and their settings are in analyses/rules.hpp.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/accountability.hpp"
#include "analyses/delivery.hpp"
#include "analyses/duplication.hpp"
#include "analyses/finding.hpp"
#include "analyses/funding.hpp"
#include "analyses/orphans.hpp"
#include "analyses/overlap.hpp"
#include "analyses/provenance.hpp"
#include "analyses/rules.hpp"
#include "analyses/shared.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

/// Which rules run: `only` and `skip` hold rule ids or family names; empty `only`
/// means every rule.
struct RuleSelection {
  std::vector<std::string> only;
  std::vector<std::string> skip;

  /// Throws InputError (without a place: the caller knows where the names came from)
  /// listing the valid rule ids and families on an unknown name.
  void validate() const;
  /// Whether a rule is selected (after validate()).
  [[nodiscard]] bool selected(std::string_view rule) const;
};

/// Whether a family runs `rule`: every rule without a selection (null), else those it
/// selects.
bool runs(const RuleSelection* selection, const Rule& rule);

/// How many threads analyse() runs the families on: the machines govgraph is measured on
/// have two cores.
inline constexpr unsigned analysis_threads = 2;

/// Runs every selected family on the map and returns the findings, severities applied,
/// sorted. Throws InputError on an unknown rule name in `selection`. Near-linear in the
/// size of the map: see each family's header for its cost.
std::vector<Finding> analyse(const GovernanceMap& map, const AnalysisSettings& settings = {},
                             const RuleSelection& selection = {});
/// The same, with results already shared with other work on the map (the figures), the
/// families run on up to `threads` threads: the findings do not depend on how many.
/// With Wording::when_written the most numerous findings (long chains, unaccountable
/// funding) are stored as data, worded by Finding::words() while the map lives.
std::vector<Finding> analyse(const GovernanceMap& map, const SharedResults& shared, const AnalysisSettings& settings,
                             const RuleSelection& selection, unsigned threads = analysis_threads,
                             Wording wording = Wording::now);

}  // namespace govgraph
