#include "restructure/compare.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <tuple>

#include "analyses/rules.hpp"
#include "graph/text.hpp"
#include "importers/json_writer.hpp"
#include "report/escape.hpp"
#include "report/json_writer.hpp"

namespace govgraph {
namespace {

std::string list(const std::vector<std::string>& items) { return items.empty() ? "" : "[" + join(items, ", ") + "]"; }

void field(std::vector<FieldChange>& out, const char* name, const std::string& a, const std::string& b) {
  if (a != b) out.push_back({name, a, b});
}

std::vector<FieldChange> body_changes(const Body& a, const Body& b) {
  std::vector<FieldChange> out;
  field(out, "name", a.name, b.name);
  field(out, "aliases", list(a.aliases), list(b.aliases));
  field(out, "type", std::string(to_string(a.type)), std::string(to_string(b.type)));
  field(out, "sector", a.sector, b.sector);
  field(out, "policy_areas", list(a.policy_areas), list(b.policy_areas));
  field(out, "status", std::string(to_string(a.status)), std::string(to_string(b.status)));
  field(out, "represents", a.represents ? std::to_string(*a.represents) : "", b.represents ? std::to_string(*b.represents) : "");
  field(out, "start", a.start, b.start);
  field(out, "end", a.end, b.end);
  field(out, "source", a.source, b.source);
  field(out, "note", a.note, b.note);
  return out;
}

std::vector<FieldChange> link_changes(const Link& a, const Link& b) {
  std::vector<FieldChange> out;
  field(out, "basis", a.basis, b.basis);
  // As the map file writes them, so that amounts a penny apart still differ.
  field(out, "amount", a.amount ? format_json_number(*a.amount) : "", b.amount ? format_json_number(*b.amount) : "");
  field(out, "currency", a.currency, b.currency);
  field(out, "period", a.period, b.period);
  field(out, "policy_areas", list(a.policy_areas), list(b.policy_areas));
  field(out, "start", a.start, b.start);
  field(out, "end", a.end, b.end);
  field(out, "source", a.source, b.source);
  field(out, "note", a.note, b.note);
  return out;
}

std::string owners_text(const Responsibility& r) {
  std::vector<std::string> owners;
  for (const auto& o : r.owners) owners.push_back(o.body + " (" + std::string(to_string(o.role)) + ")");
  return join(owners, "; ");
}

std::vector<FieldChange> responsibility_changes(const Responsibility& a, const Responsibility& b) {
  std::vector<FieldChange> out;
  field(out, "name", a.name, b.name);
  field(out, "policy_area", a.policy_area, b.policy_area);
  field(out, "status", a.status, b.status);
  field(out, "owners", owners_text(a), owners_text(b));
  field(out, "source", a.source, b.source);
  field(out, "note", a.note, b.note);
  return out;
}

std::vector<FieldChange> area_changes(const PolicyArea& a, const PolicyArea& b) {
  std::vector<FieldChange> out;
  field(out, "name", a.name, b.name);
  field(out, "parent", a.parent, b.parent);
  field(out, "source", a.source, b.source);
  field(out, "note", a.note, b.note);
  return out;
}

/// Diffs two collections keyed by `key`: added and changed in `after`'s order, then the
/// removed in `before`'s order.
template <typename Record, typename Key, typename Changes>
std::vector<RecordChange> diff_records(const std::vector<Record>& before, const std::vector<Record>& after, Key key,
                                       Changes changes) {
  auto keyed = [&](const std::vector<Record>& records) {
    std::vector<std::string> keys;
    std::map<std::string, std::size_t> seen;
    for (const auto& r : records) {
      std::string k = key(r);
      const std::size_t n = ++seen[k];
      keys.push_back(n == 1 ? k : k + " #" + std::to_string(n));  // repeated links stay apart
    }
    return keys;
  };
  const auto before_keys = keyed(before);
  const auto after_keys = keyed(after);
  std::map<std::string, std::size_t> before_index;
  for (std::size_t i = 0; i < before.size(); ++i) before_index.emplace(before_keys[i], i);
  std::set<std::string> after_set(after_keys.begin(), after_keys.end());
  std::vector<RecordChange> out;
  for (std::size_t i = 0; i < after.size(); ++i) {
    auto it = before_index.find(after_keys[i]);
    if (it == before_index.end()) {
      out.push_back({RecordChange::What::added, after_keys[i], {}});
      continue;
    }
    auto fields = changes(before[it->second], after[i]);
    if (!fields.empty()) out.push_back({RecordChange::What::changed, after_keys[i], std::move(fields)});
  }
  for (std::size_t i = 0; i < before.size(); ++i)
    if (!after_set.contains(before_keys[i])) out.push_back({RecordChange::What::removed, before_keys[i], {}});
  return out;
}

using FindingKey = std::pair<std::string, std::vector<std::string>>;

FindingKey key_of(const Finding& f, const std::map<std::string, std::string>& renames) {
  std::vector<std::string> subjects;
  for (const auto& s : f.subjects) {
    auto it = renames.find(s);
    subjects.push_back(it == renames.end() ? s : it->second);
  }
  std::sort(subjects.begin(), subjects.end());
  subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
  return {f.rule, subjects};
}

std::size_t count_severity(const std::vector<Finding>& findings, Severity s) {
  return static_cast<std::size_t>(
      std::count_if(findings.begin(), findings.end(), [&](const Finding& f) { return f.severity == s; }));
}

std::string plural(std::size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string verdict_of(const Comparison& c) {
  const std::size_t new_errors = count_severity(c.introduced, Severity::error);
  const std::size_t new_warnings = count_severity(c.introduced, Severity::warning);
  const std::size_t fixed_errors = count_severity(c.resolved, Severity::error);
  const std::size_t fixed_warnings = count_severity(c.resolved, Severity::warning);
  const std::string fixes = "resolves " + plural(c.resolved.size(), "finding") + " (" + plural(fixed_errors, "error") +
                            ", " + plural(fixed_warnings, "warning") + ")";
  if (!c.is_proposal && c.diff.empty() && c.introduced.empty() && c.resolved.empty())
    return "No change: the two maps hold the same records.";
  if (!c.lost.empty() || new_errors > 0) {
    std::vector<std::string> breaks;
    if (!c.lost.empty())
      breaks.push_back("loses " + std::to_string(c.lost.size()) + (c.lost.size() == 1 ? " duty" : " duties"));
    if (new_errors > 0) breaks.push_back("introduces " + plural(new_errors, "error"));
    if (new_warnings > 0) breaks.push_back(plural(new_warnings, "new warning"));
    return "Fails: " + join(breaks, ", ") + "; " + fixes + ".";
  }
  if (new_warnings > 0) return "Needs review: introduces " + plural(new_warnings, "warning") + " and no errors; " + fixes + ".";
  return "Passes: introduces no errors or warnings" + std::string(c.is_proposal ? " and loses no duty" : "") + "; " +
         fixes + ".";
}

struct MetricRow {
  std::string name;
  std::string before;
  std::string after;
};

std::vector<MetricRow> metric_rows(const Metrics& a, const Metrics& b) {
  auto n = [](std::size_t v) { return std::to_string(v); };
  std::vector<MetricRow> rows = {
      {"bodies (active)", n(a.bodies), n(b.bodies)},
      {"links", n(a.links), n(b.links)},
      {"responsibilities", n(a.responsibilities), n(b.responsibilities)},
      {"findings: errors", n(a.errors), n(b.errors)},
      {"findings: warnings", n(a.warnings), n(b.warnings)},
      {"findings: info", n(a.infos), n(b.infos)},
      {"orphaned responsibilities", n(a.orphans), n(b.orphans)},
      {"duplicate leads", n(a.duplicate_leads), n(b.duplicate_leads)},
      {"crowded policy areas", n(a.crowded_areas), n(b.crowded_areas)},
      {"longest route to apex", n(a.longest_route), n(b.longest_route)},
      {"mean route to apex", format_fixed(a.mean_route, 2), format_fixed(b.mean_route, 2)},
      {"bodies without a route to apex", n(a.without_route), n(b.without_route)},
      {"scrutiny load: mean scrutinisers", format_fixed(a.scrutiny_mean, 2), format_fixed(b.scrutiny_mean, 2)},
      {"scrutiny load: most scrutinisers", n(a.scrutiny_max), n(b.scrutiny_max)},
  };
  std::set<std::string> rules;
  for (const auto& [rule, count] : a.findings_by_rule) rules.insert(rule);
  for (const auto& [rule, count] : b.findings_by_rule) rules.insert(rule);
  for (const auto& rule : rules) {
    auto get = [&](const Metrics& m) {
      auto it = m.findings_by_rule.find(rule);
      return it == m.findings_by_rule.end() ? std::size_t{0} : it->second;
    };
    rows.push_back({rule, n(get(a)), n(get(b))});
  }
  return rows;
}

std::string finding_line(const Finding& f) {
  return std::string(to_string(f.severity)) + " " + f.rule + " [" + join(f.subjects, ", ") + "]: " + f.message;
}

std::string_view what_text(RecordChange::What what) {
  switch (what) {
    case RecordChange::What::added: return "added";
    case RecordChange::What::removed: return "removed";
    case RecordChange::What::changed: return "changed";
  }
  return "";
}

std::string_view what_mark(RecordChange::What what) {
  switch (what) {
    case RecordChange::What::added: return "+";
    case RecordChange::What::removed: return "-";
    case RecordChange::What::changed: return "~";
  }
  return "";
}

std::string show(const std::string& value) { return value.empty() ? "(none)" : "'" + value + "'"; }

struct Section {
  const char* title;
  const std::vector<RecordChange>* changes;
};

std::vector<Section> sections(const MapDiff& d) {
  return {{"policy areas", &d.policy_areas}, {"bodies", &d.bodies}, {"links", &d.links},
          {"responsibilities", &d.responsibilities}};
}

std::string text_report(const Comparison& c) {
  std::string out = c.title + "\n";
  if (!c.rationale.empty()) out += "Rationale: " + c.rationale + "\n";
  out += "\nVerdict: " + c.verdict + "\n";
  if (c.is_proposal) {
    out += "\nOperations\n";
    for (const auto& entry : c.log) {
      out += "  [" + std::to_string(entry.index) + "] " + std::string(to_string(entry.kind)) + ": " + entry.summary + "\n";
      for (const auto& d : entry.details) out += "      " + d + "\n";
    }
    out += "\nDuties\n";
    if (c.lost.empty()) out += "  no duty lost\n";
    for (const auto& l : c.lost) out += "  LOST " + l.responsibility + " (" + l.name + "): " + l.why + "\n";
    for (const auto& s : c.settled) {
      if (s.merged_into.empty())
        out += "  retired " + s.responsibility + " by operations[" + std::to_string(s.operation) + "]: " + s.reason + "\n";
      else
        out += "  merged " + s.responsibility + " into " + s.merged_into + " by operations[" + std::to_string(s.operation) + "]\n";
    }
  }
  out += "\nMetrics                               before     after\n";
  for (const auto& row : metric_rows(c.before, c.after)) {
    char line[160];
    std::snprintf(line, sizeof line, "  %-34s %8s  %8s%s\n", row.name.c_str(), row.before.c_str(), row.after.c_str(),
                  row.before == row.after ? "" : "  *");
    out += line;
  }
  auto findings = [&](const char* title, const std::vector<Finding>& list) {
    out += "\n" + std::string(title) + " (" + std::to_string(list.size()) + ")\n";
    for (const auto& f : list) out += "  " + finding_line(f) + "\n";
  };
  findings("Findings introduced", c.introduced);
  findings("Findings resolved", c.resolved);
  out += "\nFindings kept: " + std::to_string(c.kept.size()) + "\n";
  out += "\nChanges\n";
  if (c.diff.empty()) out += "  none\n";
  for (const auto& f : c.diff.map_fields) out += "  ~ map " + f.field + ": " + show(f.before) + " -> " + show(f.after) + "\n";
  for (const auto& section : sections(c.diff)) {
    for (const auto& change : *section.changes) {
      out += "  " + std::string(what_mark(change.what)) + " " + std::string(section.title) + ": " + change.key + "\n";
      for (const auto& f : change.fields) out += "      " + f.field + ": " + show(f.before) + " -> " + show(f.after) + "\n";
    }
  }
  return out;
}

std::string markdown_report(const Comparison& c) {
  std::string out = "# " + escape_markdown(c.title) + "\n\n";
  if (!c.rationale.empty()) out += escape_markdown(c.rationale) + "\n\n";
  out += "**Verdict:** " + escape_markdown(c.verdict) + "\n";
  if (c.is_proposal) {
    out += "\n## Operations\n\n";
    for (const auto& entry : c.log) {
      out += std::to_string(entry.index + 1) + ". `" + std::string(to_string(entry.kind)) + "`: " +
             escape_markdown(entry.summary) + "\n";
      for (const auto& d : entry.details) out += "   - " + escape_markdown(d) + "\n";
    }
    out += "\n## Duties\n\n";
    if (c.lost.empty()) out += "No duty is lost.\n";
    for (const auto& l : c.lost)
      out += "- **Lost:** `" + l.responsibility + "` " + escape_markdown(l.name) + ": " + escape_markdown(l.why) + "\n";
    for (const auto& s : c.settled) {
      if (s.merged_into.empty())
        out += "- Retired: `" + s.responsibility + "` (operations[" + std::to_string(s.operation) + "]): " +
               escape_markdown(s.reason) + "\n";
      else
        out += "- Merged: `" + s.responsibility + "` into `" + s.merged_into + "` (operations[" +
               std::to_string(s.operation) + "])\n";
    }
  }
  out += "\n## Metrics\n\n| metric | before | after |\n| --- | ---: | ---: |\n";
  for (const auto& row : metric_rows(c.before, c.after)) {
    const bool changed = row.before != row.after;
    out += "| " + escape_markdown(row.name) + " | " + row.before + " | " + (changed ? "**" + row.after + "**" : row.after) + " |\n";
  }
  auto findings = [&](const char* title, const std::vector<Finding>& list) {
    out += "\n## " + std::string(title) + " (" + std::to_string(list.size()) + ")\n\n";
    if (list.empty()) out += "None.\n";
    for (const auto& f : list) out += "- " + escape_markdown(finding_line(f)) + "\n";
  };
  findings("Findings introduced", c.introduced);
  findings("Findings resolved", c.resolved);
  out += "\n## Findings kept\n\n" + std::to_string(c.kept.size()) + " finding(s) are in both maps.\n";
  out += "\n## Changes\n\n";
  if (c.diff.empty()) out += "None.\n";
  for (const auto& f : c.diff.map_fields)
    out += "- changed map `" + f.field + "`: " + escape_markdown(show(f.before)) + " → " + escape_markdown(show(f.after)) + "\n";
  for (const auto& section : sections(c.diff)) {
    for (const auto& change : *section.changes) {
      out += "- " + std::string(what_text(change.what)) + " " + std::string(section.title) + ": `" + change.key + "`\n";
      for (const auto& f : change.fields)
        out += "  - " + f.field + ": " + escape_markdown(show(f.before)) + " → " + escape_markdown(show(f.after)) + "\n";
    }
  }
  return out;
}

/// Changed fields as an array of {field, before, after}.
void write_field_changes(JsonWriter& w, const std::vector<FieldChange>& changes) {
  w.begin_array();
  for (const auto& f : changes) {
    w.begin_object();
    w.field("field", f.field);
    w.field("before", f.before);
    w.field("after", f.after);
    w.end_object();
  }
  w.end_array();
}

void write_metrics(JsonWriter& w, const Metrics& m) {
  w.begin_object();
  w.field("bodies", m.bodies);
  w.field("links", m.links);
  w.field("responsibilities", m.responsibilities);
  w.field("errors", m.errors);
  w.field("warnings", m.warnings);
  w.field("infos", m.infos);
  w.field("orphans", m.orphans);
  w.field("duplicate_leads", m.duplicate_leads);
  w.field("crowded_areas", m.crowded_areas);
  w.field("longest_route", m.longest_route);
  w.key("mean_route");
  w.number(std::round(m.mean_route * 100) / 100);
  w.field("without_route", m.without_route);
  w.key("scrutiny_mean");
  w.number(std::round(m.scrutiny_mean * 100) / 100);
  w.field("scrutiny_max", m.scrutiny_max);
  w.key("findings_by_rule");
  w.begin_object();
  for (const auto& [rule, count] : m.findings_by_rule) w.field(rule, count);
  w.end_object();
  w.end_object();
}

void write_findings(JsonWriter& w, std::string_view name, const std::vector<Finding>& list) {
  w.objects(name, list, [&](const Finding& f) {
    w.field("severity", to_string(f.severity));
    w.field("rule", f.rule);
    w.key("subjects");
    w.strings(f.subjects);
    w.field("message", f.message);
  });
}

std::string json_report(const Comparison& c) {
  JsonWriter w;
  w.begin_object();
  w.field("title", c.title);
  if (c.is_proposal) w.field("rationale", c.rationale);
  w.field("verdict", c.verdict);
  if (c.is_proposal) {
    w.objects("operations", c.log, [&](const auto& entry) {
      w.field("index", entry.index);
      w.field("op", to_string(entry.kind));
      w.field("summary", entry.summary);
      w.key("details");
      w.strings(entry.details);
    });
    w.key("renames");
    w.begin_object();
    for (const auto& [from, to] : c.renames) w.field(from, to);
    w.end_object();
    w.objects("lost_duties", c.lost, [&](const auto& l) {
      w.field("responsibility", l.responsibility);
      w.field("name", l.name);
      w.field("why", l.why);
    });
    w.objects("settled_duties", c.settled, [&](const auto& s) {
      w.field("responsibility", s.responsibility);
      w.field("operation", s.operation);
      if (s.merged_into.empty())
        w.field("retired", s.reason);
      else
        w.field("merged_into", s.merged_into);
    });
  }
  w.key("before");
  write_metrics(w, c.before);
  w.key("after");
  write_metrics(w, c.after);
  write_findings(w, "introduced", c.introduced);
  write_findings(w, "resolved", c.resolved);
  write_findings(w, "kept", c.kept);
  w.key("changes");
  w.begin_object();
  w.key("map");
  write_field_changes(w, c.diff.map_fields);
  for (const auto& section : sections(c.diff)) {
    std::string key = section.title;
    std::replace(key.begin(), key.end(), ' ', '_');
    w.objects(key, *section.changes, [&](const RecordChange& change) {
      w.field("change", what_text(change.what));
      w.field("key", change.key);
      if (!change.fields.empty()) {
        w.key("fields");
        write_field_changes(w, change.fields);
      }
    });
  }
  w.end_object();
  w.end_object();
  return w.take();
}

}  // namespace

Metrics measure(const GovernanceMap& map, const SharedResults& shared, const std::vector<Finding>& findings) {
  Metrics m;
  for (std::size_t v = 0; v < map.body_count(); ++v)
    if (map.body(v).status == BodyStatus::active) ++m.bodies;
  m.links = map.link_count();
  m.responsibilities = map.responsibilities().size();
  std::set<std::string> orphaned;
  for (const auto& f : findings) {
    ++m.findings_by_rule[f.rule];
    if (f.severity == Severity::error) ++m.errors;
    if (f.severity == Severity::warning) ++m.warnings;
    if (f.severity == Severity::info) ++m.infos;
    const Rule* rule = find_rule(f.rule);
    if (rule != nullptr && rule->family == Family::orphan)
      for (auto& id : f.ids(SubjectRole::responsibility)) orphaned.insert(std::move(id));
    if (is(f, rule::multiple_leads)) ++m.duplicate_leads;
    if (is(f, rule::crowded_area)) ++m.crowded_areas;
  }
  m.orphans = orphaned.size();

  // Routes as the analyses see them: abolished bodies are out of the map, so they are
  // neither counted nor a way through.
  const ApexRoutes& routes = shared.routes;
  std::size_t routed = 0;
  std::size_t total = 0;
  for (std::size_t v = 0; v < map.body_count(); ++v) {
    if (map.is_apex(v) || map.body(v).status == BodyStatus::abolished) continue;
    if (routes.distance[v] == no_route) {
      ++m.without_route;
      continue;
    }
    ++routed;
    total += routes.distance[v];
    m.longest_route = std::max(m.longest_route, routes.distance[v]);
  }
  m.mean_route = routed == 0 ? 0.0 : static_cast<double>(total) / static_cast<double>(routed);

  // Scrutiny load: distinct scrutinisers of each scrutinised body. O(V + E).
  const auto scrutiny = map.view(LinkKind::scrutinises);
  std::size_t scrutinised = 0;
  std::size_t scrutinisers = 0;
  for (std::size_t v = 0; v < map.body_count(); ++v) {
    std::set<GovernanceMap::Vertex> from;
    for (auto [e, end] = boost::in_edges(v, scrutiny); e != end; ++e) from.insert(boost::source(*e, scrutiny));
    if (from.empty()) continue;
    ++scrutinised;
    scrutinisers += from.size();
    m.scrutiny_max = std::max(m.scrutiny_max, from.size());
  }
  m.scrutiny_mean = scrutinised == 0 ? 0.0 : static_cast<double>(scrutinisers) / static_cast<double>(scrutinised);
  return m;
}

std::string link_key_text(const Link& link) {
  std::string a = link.from;
  std::string b = link.to;
  if (link.kind == LinkKind::collaborates_with && b < a) std::swap(a, b);
  std::string key = a + " " + std::string(to_string(link.kind)) + " " + b;
  if (link.kind == LinkKind::funds && !link.period.empty()) key += " " + link.period;
  return key;
}

MapDiff diff_maps(const MapData& before, const MapData& after) {
  MapDiff d;
  field(d.map_fields, "name", before.name, after.name);
  field(d.map_fields, "as_of", before.as_of, after.as_of);
  field(d.map_fields, "currency", before.currency, after.currency);
  field(d.map_fields, "apex", list(before.apex), list(after.apex));
  d.policy_areas = diff_records(before.policy_areas, after.policy_areas, [](const PolicyArea& a) { return a.id; }, area_changes);
  d.bodies = diff_records(before.bodies, after.bodies, [](const Body& b) { return b.id; }, body_changes);
  d.links = diff_records(before.links, after.links, link_key_text, link_changes);
  d.responsibilities = diff_records(before.responsibilities, after.responsibilities,
                                    [](const Responsibility& r) { return r.id; }, responsibility_changes);
  return d;
}

Comparison compare_maps(const GovernanceMap& before, const std::vector<Finding>& before_findings,
                        const GovernanceMap& after, const std::vector<Finding>& after_findings,
                        const std::map<std::string, std::string>& renames) {
  Comparison c;
  c.title = "Changes from '" + before.data().name + "' to '" + after.data().name + "'";
  c.before = measure(before, share(before), before_findings);
  c.after = measure(after, share(after), after_findings);
  c.renames = renames;
  std::map<FindingKey, std::vector<std::size_t>> unmatched;  // before findings by key
  for (std::size_t i = 0; i < before_findings.size(); ++i) unmatched[key_of(before_findings[i], renames)].push_back(i);
  std::vector<bool> matched(before_findings.size(), false);
  for (const auto& f : after_findings) {
    auto it = unmatched.find(key_of(f, {}));
    if (it == unmatched.end() || it->second.empty()) {
      c.introduced.push_back(f);
      continue;
    }
    matched[it->second.front()] = true;
    it->second.erase(it->second.begin());
    c.kept.push_back(f);
  }
  for (std::size_t i = 0; i < before_findings.size(); ++i)
    if (!matched[i]) c.resolved.push_back(before_findings[i]);
  std::sort(c.introduced.begin(), c.introduced.end());
  std::sort(c.resolved.begin(), c.resolved.end());
  std::sort(c.kept.begin(), c.kept.end());
  c.diff = diff_maps(before.data(), after.data());
  c.verdict = verdict_of(c);
  return c;
}

Comparison compare_proposal(const Proposal& proposal, const AppliedProposal& applied, const GovernanceMap& before,
                            const std::vector<Finding>& before_findings, const GovernanceMap& after,
                            const std::vector<Finding>& after_findings) {
  Comparison c = compare_maps(before, before_findings, after, after_findings, applied.renames);
  c.is_proposal = true;
  c.title = "Proposal: " + proposal.name;
  c.rationale = proposal.rationale;
  c.log = applied.log;
  c.settled = applied.settled;
  c.lost = lost_duties(before.data(), applied);
  c.verdict = verdict_of(c);
  return c;
}

std::string format_comparison(const Comparison& comparison, ReportFormat format) {
  switch (format) {
    case ReportFormat::text: return text_report(comparison);
    case ReportFormat::markdown: return markdown_report(comparison);
    case ReportFormat::json: return json_report(comparison);
  }
  return {};
}

bool comparison_fails(const Comparison& comparison, std::optional<Severity> fail_on) {
  if (!fail_on) return false;
  if (!comparison.lost.empty()) return true;
  return std::any_of(comparison.introduced.begin(), comparison.introduced.end(),
                     [&](const Finding& f) { return f.severity <= *fail_on; });
}

}  // namespace govgraph
