#include "restructure/comparison_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <set>
#include <stdexcept>

#include "graph/escape.hpp"
#include "graph/text.hpp"
#include "report/json_writer.hpp"

namespace govgraph {
namespace {

/// Each metric once: its JSON key, the label the text and Markdown reports give it, and
/// where Metrics holds it (a count, or a mean shown to two decimals).
struct MetricField {
  std::string_view key;
  std::string_view label;
  std::size_t Metrics::*count = nullptr;
  double Metrics::*mean = nullptr;
};

constexpr MetricField metric_fields[] = {
    {"bodies", "bodies (active)", &Metrics::bodies},
    {"links", "links", &Metrics::links},
    {"responsibilities", "responsibilities", &Metrics::responsibilities},
    {"errors", "findings: errors", &Metrics::errors},
    {"warnings", "findings: warnings", &Metrics::warnings},
    {"infos", "findings: info", &Metrics::infos},
    {"orphans", "orphaned responsibilities", &Metrics::orphans},
    {"duplicate_leads", "duplicate leads", &Metrics::duplicate_leads},
    {"crowded_areas", "crowded policy areas", &Metrics::crowded_areas},
    {"longest_route", "longest route to apex", &Metrics::longest_route},
    {"mean_route", "mean route to apex", nullptr, &Metrics::mean_route},
    {"without_route", "bodies without a route to apex", &Metrics::without_route},
    {"scrutiny_mean", "scrutiny load: mean scrutinisers", nullptr, &Metrics::scrutiny_mean},
    {"scrutiny_max", "scrutiny load: most scrutinisers", &Metrics::scrutiny_max},
};

std::string metric_text(const MetricField& field, const Metrics& m) {
  return field.count != nullptr ? std::to_string(m.*field.count) : format_fixed(m.*field.mean, 2);
}

}  // namespace

std::vector<MetricRow> metric_rows(const Metrics& a, const Metrics& b) {
  std::vector<MetricRow> rows;
  for (const MetricField& field : metric_fields)
    rows.push_back({std::string(field.label), metric_text(field, a), metric_text(field, b)});
  std::set<std::string> rules;
  for (const auto& [rule, count] : a.findings_by_rule) rules.insert(rule);
  for (const auto& [rule, count] : b.findings_by_rule) rules.insert(rule);
  for (const auto& rule : rules) {
    auto get = [&](const Metrics& m) {
      auto it = m.findings_by_rule.find(rule);
      return it == m.findings_by_rule.end() ? std::size_t{0} : it->second;
    };
    rows.push_back({rule, std::to_string(get(a)), std::to_string(get(b))});
  }
  return rows;
}

std::string_view to_string(RecordChange::What what) {
  switch (what) {
    case RecordChange::What::added: return "added";
    case RecordChange::What::removed: return "removed";
    case RecordChange::What::changed: return "changed";
  }
  return "";
}

std::vector<ChangeSection> change_sections(const MapDiff& d) {
  return {{"sources", &d.sources},       {"policy areas", &d.policy_areas},
          {"bodies", &d.bodies},         {"links", &d.links},
          {"responsibilities", &d.responsibilities}};
}

std::string finding_line(const Finding& f) {
  return std::string(to_string(f.severity)) + " " + f.rule + " [" + join(f.subjects, ", ") + "]: " + f.words().message;
}

namespace {

std::string_view what_mark(RecordChange::What what) {
  switch (what) {
    case RecordChange::What::added: return "+";
    case RecordChange::What::removed: return "-";
    case RecordChange::What::changed: return "~";
  }
  return "";
}

std::string show(const std::string& value) { return value.empty() ? "(none)" : "'" + value + "'"; }

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
  for (const auto& section : change_sections(c.diff)) {
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
  out += "\n## Findings kept\n\n" + counted(c.kept.size(), "finding is", "findings are") + " in both maps.\n";
  out += "\n## Changes\n\n";
  if (c.diff.empty()) out += "None.\n";
  for (const auto& f : c.diff.map_fields)
    out += "- changed map `" + f.field + "`: " + escape_markdown(show(f.before)) + " → " + escape_markdown(show(f.after)) + "\n";
  for (const auto& section : change_sections(c.diff)) {
    for (const auto& change : *section.changes) {
      out += "- " + std::string(to_string(change.what)) + " " + std::string(section.title) + ": `" + change.key + "`\n";
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
  for (const MetricField& field : metric_fields) {
    if (field.count != nullptr) {
      w.field(field.key, m.*field.count);
    } else {
      w.key(field.key);
      w.number(std::round(m.*field.mean * 100) / 100);
    }
  }
  w.key("findings_by_rule");
  w.begin_object();
  for (const auto& [rule, count] : m.findings_by_rule) w.field(rule, count);
  w.end_object();
  w.end_object();
}

void write_findings(JsonWriter& w, std::string_view name, const std::vector<Finding>& list) {
  w.key(name);
  w.begin_array();
  write_lines_in_parts(
      w, list.size(), [&](JsonWriter& into, std::size_t i) { into.one_line_object([&] { write_finding_fields(into, list[i]); }); },
      [&](std::size_t i) { return too_large_to_hold_twice(list[i]); });
  w.end_array();
}

void write_json_report(JsonWriter& w, const Comparison& c) {
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
  for (const auto& section : change_sections(c.diff)) {
    std::string key = section.title;
    std::replace(key.begin(), key.end(), ' ', '_');
    w.objects(key, *section.changes, [&](const RecordChange& change) {
      w.field("change", to_string(change.what));
      w.field("key", change.key);
      if (!change.fields.empty()) {
        w.key("fields");
        write_field_changes(w, change.fields);
      }
    });
  }
  w.end_object();
  w.end_object();
}

std::string json_report(const Comparison& c) {
  JsonWriter w;
  write_json_report(w, c);
  return w.take();
}

}  // namespace

void write_comparison_json(const Comparison& comparison, const ChunkSink& sink) {
  JsonWriter w(sink);
  write_json_report(w, comparison);
  w.finish();
}

std::string format_comparison(const Comparison& comparison, ReportFormat format) {
  switch (format) {
    case ReportFormat::text: return text_report(comparison);
    case ReportFormat::markdown: return markdown_report(comparison);
    case ReportFormat::json: return json_report(comparison);
    case ReportFormat::csv:
    case ReportFormat::html:
    case ReportFormat::kumu:
    case ReportFormat::xlsx: break;
  }
  throw std::invalid_argument("a comparison is written here as text, markdown or JSON only (html: page/comparison.hpp)");
}

}  // namespace govgraph
