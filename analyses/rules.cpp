#include "analyses/rules.hpp"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <cstdlib>

#include "graph/check.hpp"
#include "graph/diagnostic.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

constexpr std::array<std::string_view, 7> family_names = {"orphan",  "duplication", "overlap",   "accountability",
                                                          "funding", "delivery",    "provenance"};

/// Where the text came from is the caller's to say (a command-line option, a file).
[[noreturn]] void bad_setting(std::string_view key, std::string_view value, std::string_view expected) {
  throw InputError(Location{}, "bad value '" + std::string(value) + "' for " + std::string(key) + ": expected " +
                                   std::string(expected));
}

double parse_number(std::string_view key, std::string_view value, bool (*fits)(double), std::string_view expected) {
  const std::string text(value);
  char* end = nullptr;
  const double parsed = std::strtod(text.c_str(), &end);
  if (text.empty() || end != text.c_str() + text.size() || !fits(parsed)) bad_setting(key, value, expected);
  return parsed;
}

}  // namespace

std::string_view to_string(Family family) { return family_names[static_cast<std::size_t>(family)]; }

std::string docs_anchor(const Rule& rule) {
  std::string anchor = "docs/rules.md#";
  for (char c : rule.id)
    if (c != '.') anchor += c;
  return anchor;
}

const Rule* find_rule(std::string_view id) {
  for (const auto& r : all_rules)
    if (r.id == id) return &r;
  return nullptr;
}

bool matched_each_record(std::string_view id) {
  return std::any_of(all_rules.begin(), all_rules.end(),
                     [id](const Rule& r) { return r.identity == Identity::each_record && r.id == id; });
}

double parse_fraction(std::string_view key, std::string_view text) {
  return parse_number(
      key, text, [](double x) { return x >= 0 && x <= 1; }, "a number from 0 to 1");
}

double parse_positive(std::string_view key, std::string_view text) {
  return parse_number(
      key, text, [](double x) { return x > 0 && x < 1e12; }, "a positive number");
}

std::size_t parse_count(std::string_view key, std::string_view text) {
  std::size_t parsed = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), parsed);
  if (text.empty() || error != std::errc{} || end != text.data() + text.size())
    bad_setting(key, text, "a whole number (0 or more)");
  return parsed;
}

std::size_t parse_at_least_two(std::string_view key, std::string_view text) {
  const std::size_t parsed = parse_count(key, text);
  if (parsed < 2) bad_setting(key, text, "a whole number, 2 or more");
  return parsed;
}

bool parse_flag(std::string_view key, std::string_view text) {
  if (text == "true" || text == "yes" || text == "1") return true;
  if (text == "false" || text == "no" || text == "0") return false;
  bad_setting(key, text, "true or false");
}

namespace {

/// A comma-separated list of names from one vocabulary.
template <typename Enum, typename Names, typename Parse>
std::vector<Enum> parse_names(std::string_view key, std::string_view text, const Names& names, Parse parse,
                              const std::string& what) {
  std::vector<Enum> values;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = std::min(text.find(',', start), text.size());
    const auto name = text.substr(start, end - start);
    start = end + 1;
    if (name.empty()) continue;
    const auto value = parse(name);
    if (!value) bad_setting(key, name, "comma-separated " + what + " from " + one_of(names));
    values.push_back(*value);
  }
  return values;
}

template <typename Enum>
std::string names_text(const std::vector<Enum>& values) {
  std::string text;
  for (Enum v : values) {
    if (!text.empty()) text += ',';
    text += to_string(v);
  }
  return text;
}

}  // namespace

std::vector<BodyType> parse_types(std::string_view key, std::string_view text) {
  return parse_names<BodyType>(key, text, body_type_names, parse_body_type, "body types");
}

std::vector<Basis> parse_bases(std::string_view key, std::string_view text) {
  return parse_names<Basis>(key, text, basis_names, parse_basis, "bases");
}

std::string setting_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%g", value);
  return buffer;
}
std::string setting_text(std::size_t value) { return std::to_string(value); }
std::string setting_text(bool value) { return value ? "true" : "false"; }
std::string setting_text(const std::vector<BodyType>& types) { return names_text(types); }
std::string setting_text(const std::vector<Basis>& bases) { return names_text(bases); }

std::string Setting::key() const {
  const std::string_view scope = !figure.empty() ? figure : rule != nullptr ? rule->id : to_string(family);
  return std::string(scope) + "." + std::string(name);
}

void AnalysisSettings::set(std::string_view key, std::string_view value) {
  for (const auto& s : setting::table)
    if (s.key() == key) return s.set(*this, key, value);
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
  for (const auto& info : settings_info()) keys.push_back(info.key);
  std::vector<std::string> severity_keys;
  for (const auto& rule : all_rules) severity_keys.push_back(std::string(rule.id) + std::string(suffix));
  std::vector<std::string_view> candidates(keys.begin(), keys.end());
  candidates.insert(candidates.end(), severity_keys.begin(), severity_keys.end());
  const std::string meant = likely_meant(key, candidates);
  throw InputError(Location{}, "unknown setting '" + std::string(key) + "'" +
                                   (meant.empty() ? ":" : ": nearest is '" + meant + "';") + " expected one of " +
                                   join(keys, ", ") + ", or RULE.severity for a rule id");
}

void AnalysisSettings::set(std::string_view assignment) {
  const auto equals = assignment.find('=');
  if (equals == std::string_view::npos)
    throw InputError(Location{}, "bad setting '" + std::string(assignment) +
                                     "': expected KEY=VALUE, e.g. duplication.overlapping-remits.min-jaccard=0.6");
  set(assignment.substr(0, equals), assignment.substr(equals + 1));
}

std::vector<SettingInfo> AnalysisSettings::settings_info() const {
  const AnalysisSettings defaults;
  std::vector<SettingInfo> infos;
  for (const auto& s : setting::table)
    infos.push_back({s.key(), s.get(*this), s.get(defaults), std::string(s.meaning)});
  std::sort(infos.begin(), infos.end(), [](const auto& a, const auto& b) { return a.key < b.key; });
  return infos;
}

Severity AnalysisSettings::severity(std::string_view rule) const {
  if (auto found = severities.find(rule); found != severities.end()) return found->second;
  const Rule* known = find_rule(rule);
  return known != nullptr ? known->severity : Severity::info;
}

}  // namespace govgraph
