// The JSON report: a versioned document for other tools (docs/findings-json.md).

#include <cmath>

#include "report/formats.hpp"
#include "report/json_writer.hpp"

namespace govgraph {
namespace {

/// The version of the document's shape: bumped when a field changes meaning or goes away
/// (adding a field does not bump it).
constexpr int findings_json_version = 1;

void write_map(JsonWriter& w, const MapFacts& map) {
  w.begin_object();
  w.field("file", map.file);
  w.optional_field("name", map.name);
  w.optional_field("as_of", map.as_of);
  w.optional_field("as_at", map.as_at);
  w.optional_field("currency", map.currency);
  w.field("bodies", map.bodies);
  w.field("links", map.links);
  w.field("responsibilities", map.responsibilities);
  w.field("policy_areas", map.policy_areas);
  w.end_object();
}

void write_summary(JsonWriter& w, const Summary& summary, const std::vector<RankedFinding>& top) {
  w.begin_object();
  w.field("findings", summary.findings);
  w.key("open");
  w.begin_object();
  w.field("error", summary.errors);
  w.field("warning", summary.warnings);
  w.field("info", summary.infos);
  w.end_object();
  w.field("waived", summary.waived);
  w.key("by_rule");
  w.begin_object();
  for (const auto& [rule, count] : summary.by_rule) w.field(rule, count);
  w.end_object();
  w.key("waivers");
  w.begin_object();
  w.field("applied", summary.waivers_applied);
  w.field("expired", summary.waivers_expired);
  w.field("unmatched", summary.waivers_unmatched);
  w.end_object();
  w.key("top");
  w.begin_array();
  for (const auto& ranked : top) w.count(ranked.index);
  w.end_array();
  w.end_object();
}

void write_finding(JsonWriter& w, const ReviewedFinding& reviewed, const Review& review) {
  w.one_line_object([&] {
    write_finding_fields(w, reviewed.finding);
    w.key("score");
    w.number(finding_score(reviewed.finding));
    w.key("waived");
    w.boolean(reviewed.waived());
    w.key("waiver");
    if (reviewed.waived()) {
      const Waiver& waiver = review.waivers[*reviewed.waiver].waiver;
      w.begin_object();
      w.field("reason", waiver.reason);
      w.optional_field("expires", waiver.expires);
      w.end_object();
    } else {
      w.null();
    }
  });
}

void write_waiver(JsonWriter& w, const WaiverUse& use) {
  const Waiver& waiver = use.waiver;
  w.begin_object();
  w.field("rule", waiver.rule);
  w.key("subjects");
  w.strings(waiver.subjects);
  w.field("reason", waiver.reason);
  w.optional_field("expires", waiver.expires);
  w.field("state", to_string(use.state));
  w.field("matches", use.matches);
  w.field("file", waiver.at.file);
  w.field("line", static_cast<std::size_t>(waiver.at.line));
  w.field("column", static_cast<std::size_t>(waiver.at.column));
  w.end_object();
}

void write_counts(JsonWriter& w, std::string_view name, const std::vector<Count>& counts) {
  w.key(name);
  w.begin_object();
  for (const auto& count : counts) w.field(count.key, count.count);
  w.end_object();
}

void write_money(JsonWriter& w, std::string_view name, const Money& money) {
  w.key(name);
  w.begin_object();
  w.key("amount");
  w.number(money.known);
  w.field("unknown", money.unknown);
  w.field("other_currency", money.other_currency);
  w.field("links", money.links);
  w.end_object();
}

/// by_body and by_area keep the fields of the first version 1 documents (in, out, links_in,
/// links_out, other_currency_links) beside the fields that say what is unknown.
void write_funding(JsonWriter& w, const FundingFigures& funding) {
  w.begin_object();
  w.optional_field("currency", funding.currency);
  write_money(w, "new_money", funding.new_money);
  write_money(w, "onward", funding.onward);
  w.objects("by_body", funding.by_body, [&](const auto& flow) {
    w.field("id", flow.id);
    w.field("name", flow.name);
    w.key("in");
    w.number(flow.in.known);
    w.key("out");
    w.number(flow.out.known);
    w.field("links_in", flow.in.links);
    w.field("links_out", flow.out.links);
    w.field("other_currency_links", flow.in.other_currency + flow.out.other_currency);
    w.field("in_unknown", flow.in.unknown);
    w.field("out_unknown", flow.out.unknown);
  });
  w.objects("by_area", funding.by_area, [&](const auto& area) {
    w.field("id", area.id);
    w.field("name", area.name);
    w.key("in");
    w.number(area.new_money.known);
    w.key("out");
    w.count(0);
    w.field("links_in", area.new_money.links + area.onward.links);
    w.field("links_out", std::size_t{0});
    w.field("other_currency_links", area.new_money.other_currency + area.onward.other_currency);
    w.field("in_unknown", area.new_money.unknown);
    w.key("onward");
    w.number(area.onward.known);
    w.field("onward_unknown", area.onward.unknown);
  });
  w.end_object();
}

void write_figures(JsonWriter& w, const Figures& figures) {
  w.begin_object();
  w.key("counts");
  w.begin_object();
  w.field("bodies", figures.bodies);
  w.field("links", figures.links);
  w.field("responsibilities", figures.responsibilities);
  w.field("policy_areas", figures.policy_areas);
  w.end_object();
  write_counts(w, "by_type", figures.by_type);
  write_counts(w, "by_sector", figures.by_sector);
  write_counts(w, "by_link_kind", figures.by_link_kind);
  w.key("apexes");
  w.strings(figures.apexes);

  w.key("matrix");
  w.begin_object();
  w.key("areas");
  w.strings(figures.matrix_areas);
  w.objects("rows", figures.matrix, [&](const auto& row) {
    w.field("body", row.body);
    w.field("name", row.name);
    w.key("areas");
    w.begin_array();
    for (std::size_t i = 0; i < row.areas.size() && i < figures.matrix_areas.size(); ++i)
      if (row.areas[i]) w.string(figures.matrix_areas[i]);
    w.end_array();
  });
  w.end_object();

  w.objects("areas", figures.areas, [&](const auto& area) {
    w.field("id", area.area);
    w.field("name", area.name);
    w.field("bodies", area.bodies);
    w.field("responsibilities", area.responsibilities);
    w.field("lead_bodies", area.lead_bodies);
  });

  w.objects("spread", figures.spread, [&](const auto& spread) {
    w.field("type", spread.type);
    w.field("with_interest", spread.with_interest);
    w.field("total", spread.total);
    w.field("areas_straddled", spread.areas_straddled);
    w.field("areas_total", spread.areas_total);
    w.field("sentence", spread.sentence);
    w.field("universe", spread.universe);
    w.field("areas_universe", spread.areas_universe);
  });

  const ProgressFigures& progress = figures.progress;
  w.key("progress");
  w.begin_object();
  w.field("responsibilities", progress.responsibilities);
  write_counts(w, "by_assessment", progress.by_assessment);
  w.field("not_assessed", progress.not_assessed);
  w.field("other_status", progress.other_status);
  w.field("no_commitments", progress.no_commitments);
  w.key("sentences");
  w.strings(progress.sentences);
  w.end_object();

  w.key("funding");
  write_funding(w, figures.funding);

  w.objects("brokers", figures.brokers, [&](const auto& broker) {
    w.field("body", broker.body);
    w.field("name", broker.name);
    w.key("betweenness");
    w.number(broker.score);
  });
  w.key("brokers_skipped");
  w.boolean(figures.brokers_skipped);
  w.optional_field("brokers_note", figures.brokers_note);

  w.key("articulation_points");
  w.strings(figures.articulation_points);

  w.objects("longest_routes", figures.longest_routes, [&](const auto& route) {
    w.field("body", route.body);
    w.field("name", route.name);
    w.field("links", static_cast<std::size_t>(route.score));
    w.field("route", route.route);
  });
  w.end_object();
}

}  // namespace

void write_finding_fields(JsonWriter& w, const Finding& f) {
  w.field("severity", to_string(f.severity));
  w.field("rule", f.rule);
  w.key("subjects");
  w.strings(f.subjects);
  const FindingWords words = f.words();
  w.field("message", words.message);
  w.key("evidence");
  w.strings(words.evidence);
  w.key("sources");
  w.strings(f.sources);
  w.key("roles");
  const std::size_t played = std::min(f.roles.size(), f.subjects.size());
  w.array_in_parts(played + f.named.size(), [&](JsonWriter& into, std::size_t i) {
    const bool subject = i < played;
    into.begin_object();
    into.field("role", to_string(subject ? f.roles[i] : f.named[i - played].role));
    into.field("id", subject ? std::string_view(f.subjects[i]) : std::string_view(f.named[i - played].id));
    into.end_object();
  });
  w.key("numbers");
  w.begin_object();
  for (const auto& q : f.numbers) {
    w.key(q.name);
    // Counts read as counts (7, not 7.0); ratios and amounts keep their fraction.
    if (q.value >= 0 && q.value < 1e15 && q.value == std::floor(q.value))
      w.count(static_cast<std::size_t>(q.value));
    else
      w.number(q.value);
  }
  w.end_object();
  w.key("routes");
  w.begin_array();
  for (const auto& route : f.routes) w.strings(route);
  w.end_array();
}

namespace {

/// The findings, one line each, made in parts on two threads (a large map has hundreds of
/// thousands); a finding too large to hold twice (the provenance finding of a map with a
/// million unsourced links) is written straight into the document.
void write_findings(JsonWriter& w, const Review& review) {
  const auto& findings = review.findings;
  write_lines_in_parts(
      w, findings.size(), [&](JsonWriter& into, std::size_t i) { write_finding(into, findings[i], review); },
      [&](std::size_t i) { return too_large_to_hold_twice(findings[i].finding); });
}

void write_document(JsonWriter& w, const ReportInput& input) {
  w.begin_object();
  w.key("govgraph_findings");
  w.count(findings_json_version);
  w.key("map");
  write_map(w, input.map);
  w.key("summary");
  write_summary(w, summarise(input.review), rank_findings(input.review, input.top));
  w.key("findings");
  w.begin_array();
  write_findings(w, input.review);
  w.end_array();
  w.key("waivers");
  w.begin_array();
  for (const auto& use : input.review.waivers) write_waiver(w, use);
  w.end_array();
  w.key("figures");
  if (input.figures)
    write_figures(w, *input.figures);
  else
    w.null();
  w.end_object();
}

}  // namespace

std::string format_json(const ReportInput& input) {
  JsonWriter w;
  write_document(w, input);
  return w.take();
}

void write_json(const ReportInput& input, const ChunkSink& sink) {
  JsonWriter w(sink);
  write_document(w, input);
  w.finish();
}

}  // namespace govgraph
