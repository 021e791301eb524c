#include "analyses/analyse.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <functional>

#include "graph/diagnostic.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

const std::vector<std::string> families = {"orphan", "duplication", "overlap", "accountability", "funding",
                                           "provenance"};

std::vector<RuleInfo> make_rules() {
  using enum Severity;
  return {
      {"orphan.no-owner", "orphan", error, "A responsibility has no owner at all."},
      {"orphan.no-lead", "orphan", error, "A responsibility has owners, but none of them has the role lead."},
      {"orphan.lead-unaccountable", "orphan", error,
       "No lead body of a responsibility has a line of accountability (accountable_to links) that reaches an apex."},
      {"orphan.lead-inactive", "orphan", error,
       "Every lead body of a responsibility has been abolished (typical after a restructure)."},
      {"orphan.body-unaccountable", "orphan", warning,
       "A body that is not an apex has no accountable_to link: it answers to no one in the map."},
      {"orphan.no-route-to-apex", "orphan", error,
       "A body has accountable_to links, but none of its routes reaches an apex (they stop at a body that answers "
       "to no one, go round a circle, or pass through an abolished body)."},
      {"orphan.body-without-purpose", "orphan", info,
       "A body (not an apex) owns no responsibility and lists no policy area."},
      {"duplication.multiple-leads", "duplication", warning,
       "A responsibility has more than one lead body, so no single body is accountable for it."},
      {"duplication.overlapping-remits", "duplication", warning,
       "Two bodies' profiles (the responsibilities they own and the policy areas they list) have Jaccard similarity "
       ">= 0.5 with >= 3 shared items; pairs where one answers to the other are excluded by default."},
      {"duplication.duplicate-scrutiny", "duplication", warning,
       "A body is scrutinised by two or more bodies in the same policy area (the link's areas, else the "
       "scrutiniser's)."},
      {"duplication.multiple-masters", "duplication", info,
       "A body is accountable to two or more bodies that are not on one line of accountability."},
      {"duplication.redundant-line", "duplication", info,
       "A direct accountable_to link is implied by a longer route through another body it answers to (transitive "
       "reduction)."},
      {"duplication.same-entity", "duplication", warning,
       "Two bodies look like one: the same name once normalised, an alias or acronym that matches the other's "
       "name, or near-identical names."},
      {"overlap.crowded-area", "overlap", warning,
       "A policy area has >= 5 different lead bodies across its responsibilities, or far more bodies with an "
       "interest than the map's typical area."},
      {"overlap.area-pair", "overlap", info,
       "Two policy areas are served largely by the same bodies (Jaccard similarity of their body sets >= 0.5)."},
      {"accountability.cycle", "accountability", error,
       "accountable_to links form a cycle, so accountability goes round instead of up (strong components)."},
      {"accountability.gatekeeper", "accountability", info,
       "One body lies on every route to the apex of several others (dominator tree): if it fails, they lose their "
       "line of accountability."},
      {"accountability.long-chain", "accountability", info,
       "A body's shortest line of accountability to an apex is longer than 4 links."},
      {"accountability.wide-span", "accountability", info, "More than 12 bodies are directly accountable to one body."},
      {"funding.unaccountable-funding", "funding", warning,
       "A body funds another that has no line of accountability back to the funder (or, by default, to the "
       "funder's own principal)."},
      {"funding.cycle", "funding", warning, "funds links form a cycle: money flows in a circle."},
      {"provenance.unsourced", "provenance", info,
       "Bodies, links or responsibilities cite no source (one finding per kind, listing them)."},
  };
}

[[noreturn]] void bad_setting(std::string_view key, std::string_view value, std::string_view expected) {
  throw InputError(Location{"--set", 0, 0}, "bad value '" + std::string(value) + "' for " + std::string(key) +
                                                ": expected " + std::string(expected));
}

double parse_fraction(std::string_view key, std::string_view value) {
  double parsed = 0;
  const std::string text(value);
  char* end = nullptr;
  parsed = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !(parsed >= 0 && parsed <= 1))
    bad_setting(key, value, "a number from 0 to 1");
  return parsed;
}

double parse_positive(std::string_view key, std::string_view value) {
  const std::string text(value);
  char* end = nullptr;
  const double parsed = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !(parsed > 0 && parsed < 1e12))
    bad_setting(key, value, "a positive number");
  return parsed;
}

std::size_t parse_count(std::string_view key, std::string_view value) {
  std::size_t parsed = 0;
  const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), parsed);
  if (value.empty() || error != std::errc{} || end != value.data() + value.size())
    bad_setting(key, value, "a whole number (0 or more)");
  return parsed;
}

bool parse_bool(std::string_view key, std::string_view value) {
  if (value == "true" || value == "yes" || value == "1") return true;
  if (value == "false" || value == "no" || value == "0") return false;
  bad_setting(key, value, "true or false");
}

std::vector<BodyType> parse_types(std::string_view key, std::string_view value) {
  std::vector<BodyType> types;
  std::size_t start = 0;
  while (start < value.size()) {
    const auto end = std::min(value.find(',', start), value.size());
    const auto name = value.substr(start, end - start);
    start = end + 1;
    if (name.empty()) continue;
    const auto type = parse_body_type(name);
    if (!type) bad_setting(key, name, "comma-separated body types from " + one_of(body_type_names));
    types.push_back(*type);
  }
  return types;
}

std::string text_of(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}
std::string text_of(std::size_t value) { return std::to_string(value); }
std::string text_of(bool value) { return value ? "true" : "false"; }
std::string text_of(const std::vector<BodyType>& types) {
  std::string text;
  for (BodyType t : types) {
    if (!text.empty()) text += ',';
    text += to_string(t);
  }
  return text;
}

struct SettingEntry {
  std::string key;
  std::string description;
  std::function<std::string(const AnalysisSettings&)> get;
  std::function<void(AnalysisSettings&, std::string_view)> set;
};

template <typename T>
SettingEntry entry(std::string key, std::string description, T AnalysisSettings::*part, auto member, auto parse) {
  return {key, std::move(description), [part, member](const AnalysisSettings& s) { return text_of(s.*part.*member); },
          [part, member, parse, key](AnalysisSettings& s, std::string_view value) { s.*part.*member = parse(key, value); }};
}

const std::vector<SettingEntry>& setting_entries() {
  static const std::vector<SettingEntry> entries = [] {
    using S = AnalysisSettings;
    std::vector<SettingEntry> list = {
        entry("orphan.body-unaccountable.exempt-types",
              "Body types never reported as unaccountable (comma-separated, e.g. third-sector).", &S::orphans,
              &OrphanSettings::unaccountable_exempt_types, parse_types),
        entry("duplication.overlapping-remits.min-jaccard",
              "Jaccard similarity of two bodies' profiles at or above which their remits overlap.", &S::duplication,
              &DuplicationSettings::remit_min_jaccard, parse_fraction),
        entry("duplication.overlapping-remits.min-shared",
              "Fewest shared responsibilities and policy areas for overlapping remits.", &S::duplication,
              &DuplicationSettings::remit_min_shared, parse_count),
        entry("duplication.overlapping-remits.include-same-chain",
              "Whether to report a pair where one body answers (directly or not) to the other, or scrutinises it.", &S::duplication,
              &DuplicationSettings::remit_include_same_chain, parse_bool),
        entry("duplication.duplicate-scrutiny.min-scrutinisers",
              "Scrutinisers of one body in one policy area at which scrutiny is duplicated (at least 2).",
              &S::duplication, &DuplicationSettings::scrutiny_min_scrutinisers, parse_count),
        entry("duplication.same-entity.min-name-similarity",
              "Jaccard similarity of two names' word sets at or above which they are near-identical.",
              &S::duplication, &DuplicationSettings::same_entity_min_name_similarity, parse_fraction),
        entry("duplication.search-limit",
              "Bodies one search up the accountability lines may visit (redundant lines, multiple masters, "
              "same-chain checks) before it gives up.",
              &S::duplication, &DuplicationSettings::search_limit, parse_count),
        entry("overlap.crowded-area.min-leads", "Different lead bodies in one policy area at which it is crowded.",
              &S::overlap, &OverlapSettings::crowded_min_leads, parse_count),
        entry("overlap.crowded-area.typical-factor",
              "An area with more than this multiple of the median area's bodies is crowded.", &S::overlap,
              &OverlapSettings::crowded_typical_factor, parse_positive),
        entry("overlap.crowded-area.min-bodies",
              "Fewest bodies with an interest for an area to be crowded by the typical-factor test.", &S::overlap,
              &OverlapSettings::crowded_min_bodies, parse_count),
        entry("overlap.area-pair.min-jaccard",
              "Jaccard similarity of two areas' body sets at or above which they are a pair.", &S::overlap,
              &OverlapSettings::pair_min_jaccard, parse_fraction),
        entry("overlap.area-pair.min-shared", "Fewest shared bodies for two areas to be a pair.", &S::overlap,
              &OverlapSettings::pair_min_shared, parse_count),
        entry("overlap.area-pair.include-nested", "Whether an area and one of its own sub-areas may be a pair.",
              &S::overlap, &OverlapSettings::pair_include_nested, parse_bool),
        entry("accountability.gatekeeper.min-dominated",
              "Fewest bodies whose every route to the apex passes through one body for it to be a gatekeeper.",
              &S::accountability, &AccountabilitySettings::gatekeeper_min_dominated, parse_count),
        entry("accountability.long-chain.max-length",
              "Longest acceptable shortest route to an apex, in links.", &S::accountability,
              &AccountabilitySettings::long_chain_max_length, parse_count),
        entry("accountability.wide-span.max-direct", "Most bodies directly accountable to one body.",
              &S::accountability, &AccountabilitySettings::wide_span_max_direct, parse_count),
        entry("accountability.wide-span.count-represents",
              "Whether a body standing for a class (\"represents\": 32) counts as that many bodies.",
              &S::accountability, &AccountabilitySettings::wide_span_count_represents, parse_bool),
        entry("funding.unaccountable-funding.accept-principal",
              "Whether answering to a body the funder itself is accountable to counts as answering for the money.",
              &S::funding, &FundingSettings::accept_principal, parse_bool),
        entry("funding.unaccountable-funding.include-apex",
              "Whether money paid to an apex (where accountability ends) is reported.", &S::funding,
              &FundingSettings::include_apex_recipients, parse_bool),
        entry("funding.search-limit", "Bodies one search up from a recipient may visit looking for its funder.",
              &S::funding, &FundingSettings::search_limit, parse_count),
        entry("provenance.unsourced.max-listed", "Most unsourced records named in a finding's evidence.",
              &S::provenance, &ProvenanceSettings::max_listed, parse_count),
    };
    std::sort(list.begin(), list.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
    return list;
  }();
  return entries;
}

std::vector<std::string> valid_names() {
  std::vector<std::string> names = families;
  for (const auto& r : rules()) names.push_back(r.id);
  return names;
}

bool matches(std::string_view name, std::string_view rule) {
  if (name == rule) return true;
  return rule.size() > name.size() && rule.substr(0, name.size()) == name && rule[name.size()] == '.';
}

}  // namespace

const std::vector<RuleInfo>& rules() {
  static const std::vector<RuleInfo> all = make_rules();
  return all;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const auto& r : rules())
    if (r.id == id) return &r;
  return nullptr;
}

void AnalysisSettings::set(std::string_view key, std::string_view value) {
  for (const auto& e : setting_entries())
    if (e.key == key) return e.set(*this, value);
  constexpr std::string_view suffix = ".severity";
  if (key.size() > suffix.size() && key.substr(key.size() - suffix.size()) == suffix) {
    const auto rule = key.substr(0, key.size() - suffix.size());
    if (find_rule(rule) != nullptr) {
      const auto severity = parse_severity(value);
      if (!severity) bad_setting(key, value, "error, warning or info");
      severities.insert_or_assign(std::string(rule), *severity);
      return;
    }
  }
  std::vector<std::string> keys;
  for (const auto& e : setting_entries()) keys.push_back(e.key);
  throw InputError(Location{"--set", 0, 0}, "unknown setting '" + std::string(key) + "': expected one of " +
                                                join(keys, ", ") + ", or RULE.severity for a rule id");
}

void AnalysisSettings::set(std::string_view assignment) {
  const auto equals = assignment.find('=');
  if (equals == std::string_view::npos)
    throw InputError(Location{"--set", 0, 0},
                     "bad setting '" + std::string(assignment) + "': expected KEY=VALUE, e.g. "
                                                                  "duplication.overlapping-remits.min-jaccard=0.6");
  set(assignment.substr(0, equals), assignment.substr(equals + 1));
}

std::vector<SettingInfo> AnalysisSettings::settings_info() const {
  const AnalysisSettings defaults;
  std::vector<SettingInfo> infos;
  for (const auto& e : setting_entries()) infos.push_back({e.key, e.get(*this), e.get(defaults), e.description});
  return infos;
}

Severity AnalysisSettings::severity(std::string_view rule) const {
  if (auto found = severities.find(rule); found != severities.end()) return found->second;
  const RuleInfo* info = find_rule(rule);
  return info != nullptr ? info->severity : Severity::info;
}

void RuleSelection::validate() const {
  const auto valid = valid_names();
  for (const auto* list : {&only, &skip})
    for (const auto& name : *list)
      if (std::find(valid.begin(), valid.end(), name) == valid.end())
        throw InputError(Location{list == &only ? "--only" : "--skip", 0, 0},
                         "unknown rule or family '" + name + "': expected one of " + join(valid, ", "));
}

bool RuleSelection::selected(std::string_view rule) const {
  auto named = [&](const std::vector<std::string>& names) {
    return std::any_of(names.begin(), names.end(), [&](const std::string& n) { return matches(n, rule); });
  };
  return (only.empty() || named(only)) && !named(skip);
}

std::vector<Finding> analyse(const GovernanceMap& map, const AnalysisSettings& settings, const RuleSelection& selection) {
  selection.validate();
  auto wanted = [&](std::string_view family) {
    return std::any_of(rules().begin(), rules().end(),
                       [&](const RuleInfo& r) { return r.family == family && selection.selected(r.id); });
  };
  std::vector<Finding> findings;
  auto take = [&](std::vector<Finding> part) {
    for (auto& f : part)
      if (selection.selected(f.rule)) {
        f.severity = settings.severity(f.rule);
        findings.push_back(std::move(f));
      }
  };
  if (wanted("orphan")) take(find_orphans(map, settings.orphans));
  if (wanted("duplication")) take(find_duplication(map, settings.duplication));
  if (wanted("overlap")) take(find_overlap(map, settings.overlap));
  if (wanted("accountability")) take(find_accountability(map, settings.accountability));
  if (wanted("funding")) take(find_funding(map, settings.funding));
  if (wanted("provenance")) take(find_provenance(map, settings.provenance));
  std::sort(findings.begin(), findings.end());
  return findings;
}

}  // namespace govgraph
