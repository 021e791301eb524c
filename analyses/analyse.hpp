#pragma once
// The entry point of the analyses: the registry of rules, the settings of every family
// (bound to the CLI's --set), rule selection (--only/--skip) and analyse(), which runs
// every family and returns the findings sorted.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/accountability.hpp"
#include "analyses/duplication.hpp"
#include "analyses/finding.hpp"
#include "analyses/funding.hpp"
#include "analyses/orphans.hpp"
#include "analyses/overlap.hpp"
#include "analyses/provenance.hpp"
#include "graph/governance_map.hpp"

namespace govgraph {

/// One rule of the product: its id ("orphan.no-lead"), family ("orphan"), default
/// severity and a one-line summary of when it fires.
struct RuleInfo {
  std::string id;
  std::string family;
  Severity severity = Severity::info;
  std::string summary;
};

/// Every rule, grouped by family in the product's order.
const std::vector<RuleInfo>& rules();

/// The rule with this id, or nullptr.
const RuleInfo* find_rule(std::string_view id);

/// A setting as `govgraph rules` lists it.
struct SettingInfo {
  std::string key;            // "duplication.overlapping-remits.min-jaccard"
  std::string value;          // current value as text ("0.5")
  std::string default_value;  // default value as text
  std::string description;
};

/// The settings of every family. Every threshold has a documented default; `set`
/// binds `--set KEY=VALUE`. Besides the thresholds, `RULE.severity` (error, warning,
/// info) changes the severity a rule reports with.
struct AnalysisSettings {
  OrphanSettings orphans;
  DuplicationSettings duplication;
  OverlapSettings overlap;
  AccountabilitySettings accountability;
  FundingSettings funding;
  ProvenanceSettings provenance;
  std::map<std::string, Severity, std::less<>> severities;  // rule id -> override

  /// Sets one value. Throws InputError naming the valid keys on an unknown key, or the
  /// expected form on a bad value.
  void set(std::string_view key, std::string_view value);
  /// Parses "KEY=VALUE" and sets it.
  void set(std::string_view assignment);

  /// Every settable key with its current and default values, sorted by key.
  [[nodiscard]] std::vector<SettingInfo> settings_info() const;

  /// The severity a rule reports with (the override, else its default).
  [[nodiscard]] Severity severity(std::string_view rule) const;
};

/// Which rules run: `only` and `skip` hold rule ids or family names; empty `only`
/// means every rule.
struct RuleSelection {
  std::vector<std::string> only;
  std::vector<std::string> skip;

  /// Throws InputError listing the valid rule ids and families on an unknown name.
  void validate() const;
  /// Whether a rule is selected (after validate()).
  [[nodiscard]] bool selected(std::string_view rule) const;
};

/// Runs every selected family on the map and returns the findings, severities applied,
/// sorted. Throws InputError on an unknown rule name in `selection`. Near-linear in the
/// size of the map: see each family's header for its cost.
std::vector<Finding> analyse(const GovernanceMap& map, const AnalysisSettings& settings = {},
                             const RuleSelection& selection = {});

}  // namespace govgraph
