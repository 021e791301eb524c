// The Markdown report: to paste into a report or a pull request.

#include "graph/escape.hpp"
#include "report/formats.hpp"

namespace govgraph {
namespace {

std::string md(std::string_view text) { return escape_markdown(text); }

std::string md_list(const std::vector<std::string>& items, std::string_view separator) {
  return join_escaped(items, separator, escape_markdown);
}

class MarkdownWriter {
 public:
  void line(std::string_view text = {}) {
    out_ += text;
    out_ += '\n';
  }
  void row(const std::vector<std::string>& cells) { line("| " + join(cells, " | ") + " |"); }
  void table(const std::vector<std::string>& header, const std::vector<std::string>& align) {
    row(header);
    row(align);
  }

  void finding(const ReviewedFinding& reviewed, const Review& review) {
    const Finding& f = reviewed.finding;
    std::string head = "- **" + md(f.rule) + "**";
    if (reviewed.waived()) head += " (" + std::string(to_string(f.severity)) + ")";
    const FindingWords words = f.words();
    head += " on " + md_list(f.subjects, ", ") + ": " + md(words.message);
    line(head);
    for (const auto& item : words.evidence) line("  - " + md(item));
    if (!f.sources.empty()) line("  - Sources: " + md_list(f.sources, "; "));
    if (reviewed.waived()) {
      const Waiver& waiver = review.waivers[*reviewed.waiver].waiver;
      std::string text = "  - *Waived*: " + md(waiver.reason);
      if (!waiver.expires.empty()) text += " (until " + waiver.expires + ")";
      line(text);
    }
  }

  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

void write_summary(MarkdownWriter& w, const Review& review, const Summary& summary) {
  w.line("## Summary");
  w.line();
  w.table({"Severity", "Open", "Waived"}, {":--", "--:", "--:"});
  for (Severity severity : severities) {
    std::size_t waived = 0;
    for (const auto& reviewed : review.findings)
      if (reviewed.waived() && reviewed.finding.severity == severity) ++waived;
    std::string name(to_string(severity));
    name.front() = static_cast<char>(name.front() - 'a' + 'A');
    w.row({name, std::to_string(summary.open(severity)), std::to_string(waived)});
  }
  w.row({"**Total**", "**" + std::to_string(summary.errors + summary.warnings + summary.infos) + "**",
         "**" + std::to_string(summary.waived) + "**"});
  if (!summary.by_rule.empty()) {
    w.line();
    w.table({"Rule", "Findings"}, {":--", "--:"});
    for (const auto& [rule, count] : summary.by_rule) w.row({md(rule), std::to_string(count)});
  }
}

void write_funding(MarkdownWriter& w, const FundingFigures& funding) {
  const auto tables = funding_tables(funding, escape_markdown);
  if (tables.empty()) return;
  w.line();
  w.line("### Funding");
  w.line();
  w.line(md(funding_caveat));
  for (const auto& table : tables) {
    w.line();
    std::vector<std::string> align(table.header.size(), "--:");
    align.front() = ":--";
    w.table(table.header, align);
    for (const auto& row : table.rows) w.row(row);
  }
}

void write_top(MarkdownWriter& w, const Review& review, std::size_t top) {
  const auto ranked = rank_findings(review, top);
  if (ranked.empty()) return;
  w.line("## Executive summary");
  w.line();
  for (std::size_t i = 0; i < ranked.size(); ++i)
    w.line(std::to_string(i + 1) + ". " + md(summary_sentence(review.findings[ranked[i].index].finding)));
  w.line();
}

void write_figures(MarkdownWriter& w, const Figures& figures) {
  w.line("## Figures");
  w.line();
  w.table({"Count", "Value"}, {":--", ":--"});
  w.row({"Bodies", std::to_string(figures.bodies)});
  w.row({"Links", std::to_string(figures.links)});
  w.row({"Responsibilities", std::to_string(figures.responsibilities)});
  w.row({"Policy areas", std::to_string(figures.policy_areas)});
  w.row({"Bodies by type", counts_cell(figures.by_type, escape_markdown)});
  w.row({"Bodies by sector", counts_cell(figures.by_sector, escape_markdown)});
  w.row({"Links by kind", counts_cell(figures.by_link_kind, escape_markdown)});
  w.row({"Apex", figures.apexes.empty() ? std::string("none") : md_list(figures.apexes, ", ")});

  if (!figures.spread.empty()) {
    w.line();
    w.line("### Spread across policy areas");
    w.line();
    for (const auto& spread : figures.spread) w.line("- " + md(spread.sentence));
  }
  if (!figures.progress.sentences.empty()) {
    w.line();
    w.line("### Progress");
    w.line();
    for (const auto& sentence : figures.progress.sentences) w.line("- " + md(sentence));
  }
  if (!figures.areas.empty()) {
    w.line();
    w.line("### Policy areas");
    w.line();
    w.table({"Policy area", "Bodies with an interest", "Responsibilities", "Lead bodies"}, {":--", "--:", "--:", "--:"});
    for (const auto& area : figures.areas)
      w.row({md(area.name.empty() ? area.area : area.name), std::to_string(area.bodies),
             std::to_string(area.responsibilities), std::to_string(area.lead_bodies)});
  }
  write_funding(w, figures.funding);

  w.line();
  w.line("### Top brokers");
  w.line();
  if (figures.brokers_skipped) {
    w.line("Not computed: " + md(figures.brokers_note));
  } else if (figures.brokers.empty()) {
    w.line("None: no body lies between others.");
  } else {
    w.table({"Body", "Betweenness"}, {":--", "--:"});
    for (const auto& broker : figures.brokers)
      w.row({md(broker.name.empty() ? broker.body : broker.name), format_fixed(broker.score, 1)});
    if (figures.brokers_pivots > 0) {
      w.line();
      w.line("Note: " + md(figures.brokers_note) + ".");
    }
  }
  w.line();
  w.line("### Articulation points");
  w.line();
  w.line(figures.articulation_points.empty()
             ? std::string("None: no single body holds the map together.")
             : "Bodies whose loss would split the map: " + md_list(figures.articulation_points, ", ") + ".");
  if (!figures.longest_routes.empty()) {
    w.line();
    w.line("### Longest routes to an apex");
    w.line();
    w.table({"Body", "Links", "Route"}, {":--", "--:", ":--"});
    for (const auto& route : figures.longest_routes)
      w.row({md(route.name.empty() ? route.body : route.name), format_fixed(route.score, 0), md(route.route)});
  }
}

}  // namespace

std::string format_markdown(const ReportInput& input) {
  MarkdownWriter w;
  const MapFacts& map = input.map;
  const Review& review = input.review;
  const Summary summary = summarise(review);

  w.line("# Findings: " + md(map.name.empty() ? map.file : map.name));
  w.line();
  std::string facts = "Map: " + md(map.file);
  if (!map.as_of.empty()) facts += ", as of " + md(map.as_of);
  if (!map.as_at.empty()) facts += ", analysed as at " + md(map.as_at);
  w.line(facts + ". " + std::to_string(map.bodies) + " bodies, " + std::to_string(map.links) + " links, " +
         std::to_string(map.responsibilities) + " responsibilities, " + std::to_string(map.policy_areas) +
         " policy areas.");
  w.line();
  write_top(w, review, input.top);
  write_summary(w, review, summary);

  for (Severity severity : severities) {
    const std::size_t open = summary.open(severity);
    if (open == 0) continue;
    w.line();
    w.line("## " + severity_heading(severity) + " (" + std::to_string(open) + ")");
    w.line();
    for (const auto& reviewed : review.findings)
      if (!reviewed.waived() && reviewed.finding.severity == severity) w.finding(reviewed, review);
  }
  if (summary.waived > 0) {
    w.line();
    w.line("## Waived (" + std::to_string(summary.waived) + ")");
    w.line();
    for (const auto& reviewed : review.findings)
      if (reviewed.waived()) w.finding(reviewed, review);
  }
  if (!review.waivers.empty()) {
    w.line();
    w.line("## Waivers");
    w.line();
    w.table({"Rule", "Subjects", "Reason", "Expires", "State", "Findings"}, {":--", ":--", ":--", ":--", ":--", "--:"});
    for (const auto& use : review.waivers)
      w.row({md(use.waiver.rule), md_list(use.waiver.subjects, ", "), md(use.waiver.reason),
             use.waiver.expires.empty() ? std::string("never") : use.waiver.expires, std::string(to_string(use.state)),
             std::to_string(use.matches)});
  }
  if (input.figures) {
    w.line();
    write_figures(w, *input.figures);
  }
  return w.take();
}

}  // namespace govgraph
