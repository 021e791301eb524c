#pragma once
// The rule registry: every rule of the product declared once (id, family, default
// severity, summary), with the settings that tune it (key, default, meaning). The
// analyses, `govgraph rules`, --set, waivers, the restructure metrics, the map's
// highlighting and the docs test all read these entries; none spells a rule id out.
// Adding a rule: docs/adding-a-rule.md.

#include <array>
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/finding.hpp"
#include "graph/vocabulary.hpp"

namespace govgraph {

enum class Family { orphan, duplication, overlap, accountability, funding, delivery, provenance };  // the product's order

inline constexpr std::array<Family, 7> all_families = {Family::orphan,  Family::duplication, Family::overlap,
                                                       Family::accountability, Family::funding,
                                                       Family::delivery, Family::provenance};

std::string_view to_string(Family family);

/// What makes a finding of a rule in one map the same as one in another (diff,
/// check-restructure, suggest): the records it names, all of them; or, for a rule that
/// lists every record of a kind in one finding, each record on its own, so that one link
/// losing its source is one record introduced, not a list of a million replaced by another.
enum class Identity { subjects, each_record };

/// One rule: its id ("orphan.no-lead"), family, default severity and a one-line summary
/// of when it fires. Its section in docs/rules.md is headed by the id (docs_anchor).
struct Rule {
  std::string_view id;
  Family family;
  Severity severity;
  std::string_view summary;
  Identity identity = Identity::subjects;
};

/// Whether a finding was reported by this rule.
inline bool is(const Finding& finding, const Rule& rule) { return finding.rule == rule.id; }

/// "docs/rules.md#orphanno-lead": where the rule is explained (GitHub's anchor for the
/// heading "### `orphan.no-lead`").
std::string docs_anchor(const Rule& rule);

namespace rule {
using enum Severity;
// orphan
inline constexpr Rule no_owner{"orphan.no-owner", Family::orphan, error, "A responsibility has no owner at all."};
inline constexpr Rule no_lead{"orphan.no-lead", Family::orphan, error,
                              "A responsibility has owners, but none of them has the role lead."};
inline constexpr Rule lead_unaccountable{
    "orphan.lead-unaccountable", Family::orphan, error,
    "No lead body of a responsibility has a line of accountability (accountable_to links) that reaches an apex."};
inline constexpr Rule lead_inactive{
    "orphan.lead-inactive", Family::orphan, error,
    "Every lead body of a responsibility has been abolished (typical after a restructure)."};
inline constexpr Rule body_unaccountable{
    "orphan.body-unaccountable", Family::orphan, warning,
    "A body that is not an apex has no accountable_to link: it answers to no one in the map."};
inline constexpr Rule no_route_to_apex{
    "orphan.no-route-to-apex", Family::orphan, error,
    "A body has accountable_to links, but none of its routes reaches an apex (they stop at a body that answers to "
    "no one, go round a circle, or pass through an abolished body)."};
inline constexpr Rule body_without_purpose{"orphan.body-without-purpose", Family::orphan, info,
                                           "A body (not an apex) owns no responsibility and lists no policy area."};
// duplication
inline constexpr Rule multiple_leads{
    "duplication.multiple-leads", Family::duplication, warning,
    "A responsibility has more than one lead body, so no single body is accountable for it."};
inline constexpr Rule overlapping_remits{
    "duplication.overlapping-remits", Family::duplication, warning,
    "Two bodies' profiles (the responsibilities they own, weighted by role, and the policy areas they list) have "
    "weighted Jaccard similarity >= 0.5 with >= 3 shared items, >= 2 of them responsibilities; pairs where one answers "
    "to the other, and a class with its own member, are left out."};
inline constexpr Rule duplicate_scrutiny{
    "duplication.duplicate-scrutiny", Family::duplication, warning,
    "A body is scrutinised by two or more bodies in the same policy area (the link's areas, else the "
    "scrutiniser's)."};
inline constexpr Rule multiple_masters{
    "duplication.multiple-masters", Family::duplication, info,
    "A body is accountable to two or more bodies that are not on one line of accountability."};
inline constexpr Rule redundant_line{
    "duplication.redundant-line", Family::duplication, info,
    "A direct accountable_to link is implied by a longer route through another body it answers to (transitive "
    "reduction)."};
inline constexpr Rule same_entity{
    "duplication.same-entity", Family::duplication, warning,
    "Two bodies look like one: the same name once normalised, an alias or acronym that matches the other's name, "
    "or near-identical names."};
// overlap
inline constexpr Rule crowded_area{
    "overlap.crowded-area", Family::overlap, warning,
    "A policy area has >= 5 different lead bodies across its responsibilities, or far more bodies with an "
    "interest than the map's typical area."};
inline constexpr Rule area_pair{
    "overlap.area-pair", Family::overlap, info,
    "Two policy areas are served largely by the same bodies (Jaccard similarity of their body sets >= 0.5)."};
// accountability
inline constexpr Rule accountability_cycle{
    "accountability.cycle", Family::accountability, error,
    "accountable_to links form a cycle, so accountability goes round instead of up (strong components)."};
inline constexpr Rule gatekeeper{
    "accountability.gatekeeper", Family::accountability, info,
    "One body lies on every route to the apex of several others (dominator tree): if it fails, they lose their "
    "line of accountability."};
inline constexpr Rule long_chain{"accountability.long-chain", Family::accountability, info,
                                 "A body's shortest line of accountability to an apex is longer than 4 links."};
inline constexpr Rule wide_span{"accountability.wide-span", Family::accountability, info,
                                "More than 12 bodies are directly accountable to one body."};
// funding
inline constexpr Rule unaccountable_funding{
    "funding.unaccountable-funding", Family::funding, warning,
    "A body funds another that has no line of accountability back to the funder (or, by default, to the funder's "
    "own principal)."};
inline constexpr Rule funding_cycle{"funding.cycle", Family::funding, warning,
                                    "funds links form a cycle: money flows in a circle."};
// delivery: what the map says about whether a duty will be done
inline constexpr Rule no_commitments{
    "delivery.no-commitments", Family::delivery, warning,
    "No commitments have been received for a responsibility (\"commitments\": \"none\")."};
inline constexpr Rule lead_expires{
    "delivery.lead-expires", Family::delivery, warning,
    "A lead body ends before a responsibility it leads is due (its due date, else the map's horizon): an orphan in "
    "waiting."};
inline constexpr Rule lead_without_powers{
    "delivery.lead-without-powers", Family::delivery, warning,
    "Every lead body of a responsibility is known to lack statutory powers (its powers are non-statutory or "
    "advisory)."};
// provenance
inline constexpr Rule unsourced{
    "provenance.unsourced", Family::provenance, info,
    "Bodies, links or responsibilities cite no source (one finding per kind, listing them).", Identity::each_record};
}  // namespace rule

/// Every rule, grouped by family in the product's order.
inline constexpr std::array all_rules = {
    rule::no_owner,           rule::no_lead,          rule::lead_unaccountable,   rule::lead_inactive,
    rule::body_unaccountable, rule::no_route_to_apex, rule::body_without_purpose, rule::multiple_leads,
    rule::overlapping_remits, rule::duplicate_scrutiny, rule::multiple_masters,   rule::redundant_line,
    rule::same_entity,        rule::crowded_area,     rule::area_pair,            rule::accountability_cycle,
    rule::gatekeeper,         rule::long_chain,       rule::wide_span,            rule::unaccountable_funding,
    rule::funding_cycle,      rule::no_commitments,   rule::lead_expires,         rule::lead_without_powers,
    rule::unsourced};

/// The rule with this id, or nullptr.
const Rule* find_rule(std::string_view id);

/// Whether findings of the rule with this id are matched record by record
/// (Identity::each_record). O(rules of that identity).
bool matched_each_record(std::string_view id);

// ---- settings: each value's default is here; its key and meaning in settings_table ----

struct OrphanSettings {
  std::vector<BodyType> unaccountable_exempt_types;
};

struct DuplicationSettings {
  double remit_min_jaccard = 0.5;
  std::size_t remit_min_shared = 3;
  std::size_t remit_min_shared_responsibilities = 2;
  bool remit_include_same_chain = false;
  std::size_t scrutiny_min_scrutinisers = 2;
  double same_entity_min_name_similarity = 0.8;
  /// Beyond it a search gives up: the link is not called redundant, the masters are
  /// taken as not on one chain.
  std::size_t search_limit = 10000;
};

struct OverlapSettings {
  std::size_t crowded_min_leads = 5;
  double crowded_typical_factor = 3.0;
  std::size_t crowded_min_bodies = 10;
  double pair_min_jaccard = 0.5;
  std::size_t pair_min_shared = 2;
  bool pair_include_nested = false;
};

struct AccountabilitySettings {
  /// The bases of the accountable_to lines that the rules about routes to the apex count
  /// (analyses/shared.hpp), besides lines with no known basis, which always count.
  std::vector<Basis> count_bases = conduct_bases();
  std::size_t gatekeeper_min_dominated = 3;
  std::size_t long_chain_max_length = 4;
  std::size_t wide_span_max_direct = 12;
  /// A class under a class counts as many bodies as the ratio of their sizes.
  bool wide_span_count_represents = true;
};

struct FundingSettings {
  /// As grant-in-aid from a government department is answered for to its ministers.
  bool accept_principal = true;
  bool include_apex_recipients = false;
  std::size_t search_limit = 10000;
};

struct DeliverySettings {
  /// A lead whose powers are not recorded is taken to hold them, unless this is set.
  bool count_unknown_powers = false;
};

struct ProvenanceSettings {
  std::size_t max_listed = 20;
};

/// The figures beside the findings (analyses/figures.hpp).
struct FigureSettings {
  /// Betweenness is exact (every body a source, O(V * E)) on maps of at most this many
  /// bodies: about 0.3 s of processor time at 2,000 bodies and 20,000 links.
  std::size_t betweenness_exact_up_to = 2000;
  /// Above that, betweenness is estimated from this many sources (pivots) drawn with a
  /// fixed seed, O(pivots * E); 0 skips it there.
  std::size_t betweenness_pivots = 64;
  /// How many brokers and long routes to list.
  std::size_t top = 10;
};

/// A setting as `govgraph rules` lists it.
struct SettingInfo {
  std::string key;            // "duplication.overlapping-remits.min-jaccard"
  std::string value;          // current value as text ("0.5")
  std::string default_value;  // default value as text
  std::string description;
};

/// The settings of every family. `set` binds `--set KEY=VALUE`. Besides the table's
/// keys, `RULE.severity` (error, warning, info) changes the severity a rule reports with.
struct AnalysisSettings {
  OrphanSettings orphans;
  DuplicationSettings duplication;
  OverlapSettings overlap;
  AccountabilitySettings accountability;
  FundingSettings funding;
  DeliverySettings delivery;
  ProvenanceSettings provenance;
  FigureSettings figures;
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

/// Readers of a setting's text: InputError naming the key and the expected form.
double parse_fraction(std::string_view key, std::string_view text);   // 0 to 1
double parse_positive(std::string_view key, std::string_view text);   // > 0
std::size_t parse_count(std::string_view key, std::string_view text);  // 0 or more
std::size_t parse_at_least_two(std::string_view key, std::string_view text);
bool parse_flag(std::string_view key, std::string_view text);
std::vector<BodyType> parse_types(std::string_view key, std::string_view text);  // comma-separated
std::vector<Basis> parse_bases(std::string_view key, std::string_view text);     // comma-separated
std::string setting_text(double value);
std::string setting_text(std::size_t value);
std::string setting_text(bool value);
std::string setting_text(const std::vector<BodyType>& types);
std::string setting_text(const std::vector<Basis>& bases);

/// One setting: the rule it tunes (or, for a family-wide one, its family; for a figure,
/// the figure), its name, its meaning and where its value lives. Its key is RULE.NAME,
/// FAMILY.NAME or FIGURE.NAME.
struct Setting {
  const Rule* rule;  // nullptr: it tunes its whole family, or a figure
  Family family;     // unused for a figure
  std::string_view name;  // "min-jaccard"
  std::string_view meaning;
  std::string (*get)(const AnalysisSettings&);
  void (*set)(AnalysisSettings&, std::string_view key, std::string_view text);
  std::string_view figure = {};  // "betweenness": it tunes this figure, not a rule

  [[nodiscard]] std::string key() const;
};

namespace detail {
/// A setting's value: member `Member` of family part `Part`, read with `Parse`.
template <auto Part, auto Member, auto Parse>
struct Bound {
  static std::string get(const AnalysisSettings& s) { return setting_text(s.*Part.*Member); }
  static void set(AnalysisSettings& s, std::string_view key, std::string_view text) { s.*Part.*Member = Parse(key, text); }
};
template <auto Part, auto Member, auto Parse>
constexpr Setting bind(const Rule* rule, Family family, std::string_view name, std::string_view meaning) {
  return {rule, family, name, meaning, &Bound<Part, Member, Parse>::get, &Bound<Part, Member, Parse>::set};
}
}  // namespace detail

/// A setting of one rule.
template <auto Part, auto Member, auto Parse>
constexpr Setting tunes(const Rule& rule, std::string_view name, std::string_view meaning) {
  return detail::bind<Part, Member, Parse>(&rule, rule.family, name, meaning);
}
/// A setting every rule of a family shares.
template <auto Part, auto Member, auto Parse>
constexpr Setting tunes(Family family, std::string_view name, std::string_view meaning) {
  return detail::bind<Part, Member, Parse>(nullptr, family, name, meaning);
}

/// A setting of a figure.
template <auto Part, auto Member, auto Parse>
constexpr Setting tunes_figure(std::string_view figure, std::string_view name, std::string_view meaning) {
  Setting s = detail::bind<Part, Member, Parse>(nullptr, Family::orphan, name, meaning);
  s.figure = figure;
  return s;
}

namespace setting {
using S = AnalysisSettings;
inline constexpr std::array table = {
    tunes<&S::orphans, &OrphanSettings::unaccountable_exempt_types, parse_types>(
        rule::body_unaccountable, "exempt-types",
        "Body types never reported as unaccountable (comma-separated, e.g. third-sector)."),
    tunes<&S::duplication, &DuplicationSettings::remit_min_jaccard, parse_fraction>(
        rule::overlapping_remits, "min-jaccard",
        "Weighted Jaccard similarity of two bodies' profiles (a responsibility led 3, delivered 2, supported 1; a "
        "policy area 1) at or above which their remits overlap."),
    tunes<&S::duplication, &DuplicationSettings::remit_min_shared, parse_count>(
        rule::overlapping_remits, "min-shared", "Fewest shared responsibilities and policy areas for overlapping remits."),
    tunes<&S::duplication, &DuplicationSettings::remit_min_shared_responsibilities, parse_count>(
        rule::overlapping_remits, "min-shared-responsibilities",
        "Fewest shared responsibilities for overlapping remits: policy area tags alone are too coarse to show it."),
    tunes<&S::duplication, &DuplicationSettings::remit_include_same_chain, parse_flag>(
        rule::overlapping_remits, "include-same-chain",
        "Whether to report a pair where one body answers (directly or not) to the other, or scrutinises it."),
    tunes<&S::duplication, &DuplicationSettings::scrutiny_min_scrutinisers, parse_at_least_two>(
        rule::duplicate_scrutiny, "min-scrutinisers",
        "Scrutinisers of one body in one policy area at which scrutiny is duplicated (at least 2)."),
    tunes<&S::duplication, &DuplicationSettings::same_entity_min_name_similarity, parse_fraction>(
        rule::same_entity, "min-name-similarity",
        "Jaccard similarity of two names' word sets at or above which they are near-identical."),
    tunes<&S::duplication, &DuplicationSettings::search_limit, parse_count>(
        Family::duplication, "search-limit",
        "Bodies one search up the accountability lines may visit (redundant lines, multiple masters, same-chain "
        "checks) before it gives up."),
    tunes<&S::overlap, &OverlapSettings::crowded_min_leads, parse_count>(
        rule::crowded_area, "min-leads", "Different lead bodies in one policy area at which it is crowded."),
    tunes<&S::overlap, &OverlapSettings::crowded_typical_factor, parse_positive>(
        rule::crowded_area, "typical-factor",
        "An area with more than this multiple of the median area's bodies is crowded."),
    tunes<&S::overlap, &OverlapSettings::crowded_min_bodies, parse_count>(
        rule::crowded_area, "min-bodies",
        "Fewest bodies with an interest for an area to be crowded by the typical-factor test."),
    tunes<&S::overlap, &OverlapSettings::pair_min_jaccard, parse_fraction>(
        rule::area_pair, "min-jaccard", "Jaccard similarity of two areas' body sets at or above which they are a pair."),
    tunes<&S::overlap, &OverlapSettings::pair_min_shared, parse_count>(rule::area_pair, "min-shared",
                                                                       "Fewest shared bodies for two areas to be a pair."),
    tunes<&S::overlap, &OverlapSettings::pair_include_nested, parse_flag>(
        rule::area_pair, "include-nested", "Whether an area and one of its own sub-areas may be a pair."),
    tunes<&S::accountability, &AccountabilitySettings::count_bases, parse_bases>(
        Family::accountability, "count-bases",
        "Bases of the accountable_to lines counted as routes to the apex (comma-separated; a line with no known "
        "basis always counts): gatekeeper, wide-span, long-chain, no-route-to-apex, lead-unaccountable and "
        "redundant-line read only these."),
    tunes<&S::accountability, &AccountabilitySettings::gatekeeper_min_dominated, parse_count>(
        rule::gatekeeper, "min-dominated",
        "Fewest bodies whose every route to the apex passes through one body for it to be a gatekeeper."),
    tunes<&S::accountability, &AccountabilitySettings::long_chain_max_length, parse_count>(
        rule::long_chain, "max-length", "Longest acceptable shortest route to an apex, in links."),
    tunes<&S::accountability, &AccountabilitySettings::wide_span_max_direct, parse_count>(
        rule::wide_span, "max-direct", "Most bodies directly accountable to one body."),
    tunes<&S::accountability, &AccountabilitySettings::wide_span_count_represents, parse_flag>(
        rule::wide_span, "count-represents",
        "Whether a body standing for a class (\"represents\": 32) counts as that many bodies."),
    tunes<&S::funding, &FundingSettings::accept_principal, parse_flag>(
        rule::unaccountable_funding, "accept-principal",
        "Whether answering to a body the funder itself is accountable to counts as answering for the money."),
    tunes<&S::funding, &FundingSettings::include_apex_recipients, parse_flag>(
        rule::unaccountable_funding, "include-apex",
        "Whether money paid to an apex (where accountability ends) is reported."),
    tunes<&S::funding, &FundingSettings::search_limit, parse_count>(
        Family::funding, "search-limit", "Bodies one search up from a recipient may visit looking for its funder."),
    tunes<&S::delivery, &DeliverySettings::count_unknown_powers, parse_flag>(
        rule::lead_without_powers, "count-unknown",
        "Whether a lead whose powers are not recorded counts as lacking them."),
    tunes<&S::provenance, &ProvenanceSettings::max_listed, parse_count>(
        rule::unsourced, "max-listed", "Most unsourced records named in a finding's evidence."),
    tunes_figure<&S::figures, &FigureSettings::betweenness_exact_up_to, parse_count>(
        "betweenness", "exact-up-to",
        "Largest map, in bodies, whose betweenness is exact; above it, it is sampled."),
    tunes_figure<&S::figures, &FigureSettings::betweenness_pivots, parse_count>(
        "betweenness", "pivots",
        "Sources sampled above exact-up-to (more: closer and slower; 0: brokers not computed there)."),
};
}  // namespace setting

}  // namespace govgraph
