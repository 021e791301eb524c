// The text report: for a terminal or a CI log.

#include "graph/escape.hpp"
#include "graph/text.hpp"
#include "report/formats.hpp"

namespace govgraph {
namespace {

std::string subjects_text(const std::vector<std::string>& subjects) {
  std::vector<std::string> clean;
  for (const auto& subject : subjects) clean.push_back(terminal_text(subject));
  return join(clean, ", ");
}

std::string sources_text(const std::vector<std::string>& sources) {
  std::vector<std::string> clean;
  for (const auto& source : sources) clean.push_back(terminal_text(source));
  return join(clean, "; ");
}

class TextWriter {
 public:
  explicit TextWriter(bool colour) : colour_(colour) {}

  /// `text` wrapped in an ANSI style when colour is on.
  [[nodiscard]] std::string styled(std::string_view style, std::string_view text) const {
    if (!colour_) return std::string(text);
    return "\x1b[" + std::string(style) + "m" + std::string(text) + "\x1b[0m";
  }

  static std::string_view severity_style(Severity severity) {
    switch (severity) {
      case Severity::error: return "1;31";
      case Severity::warning: return "1;33";
      case Severity::info: return "1;36";
    }
    return "1";
  }

  void line(std::string_view text = {}) {
    out_ += text;
    out_ += '\n';
  }

  void finding(const ReviewedFinding& reviewed, const Review& review) {
    const Finding& f = reviewed.finding;
    std::string head = "  " + styled(reviewed.waived() ? "2" : severity_style(f.severity), f.rule);
    if (reviewed.waived()) head += " (" + std::string(to_string(f.severity)) + ")";
    head += " [" + subjects_text(f.subjects) + "]";
    line(head);
    const FindingWords words = f.words();
    line("    " + terminal_text(words.message));
    for (const auto& item : words.evidence) line("    - " + terminal_text(item));
    if (!f.sources.empty()) line("    sources: " + sources_text(f.sources));
    if (reviewed.waived()) {
      const Waiver& waiver = review.waivers[*reviewed.waiver].waiver;
      std::string text = "    waived: " + terminal_text(waiver.reason);
      if (!waiver.expires.empty()) text += " (until " + waiver.expires + ")";
      line(styled("2", text));
    }
  }

  std::string take() { return std::move(out_); }

 private:
  bool colour_;
  std::string out_;
};

std::string counts_text(const std::vector<Count>& counts) {
  std::vector<std::string> items;
  for (const auto& count : counts) items.push_back(terminal_text(count.key) + " " + std::to_string(count.count));
  return items.empty() ? "none" : join(items, ", ");
}

std::string money_line(const Money& money) { return money_text(money) + " (" + money_links_text(money) + ")"; }

void write_funding(TextWriter& w, const FundingFigures& funding) {
  if (funding.by_body.empty()) return;
  const std::string currency = funding.currency.empty() ? std::string() : " (" + terminal_text(funding.currency) + ")";
  w.line("  Funding" + currency + ": new money into the map " + money_line(funding.new_money) +
         "; passed on within the map " + money_line(funding.onward));
  w.line("  Funding by body:");
  for (const auto& flow : funding.by_body)
    w.line("    " + terminal_text(flow.id) + ": in " + money_line(flow.in) + ", out " + money_line(flow.out));
  w.line("  Funding by policy area (new money; passed on):");
  for (const auto& area : funding.by_area)
    w.line("    " + terminal_text(area.id) + ": " + money_line(area.new_money) + "; " + money_line(area.onward));
  w.line("  " + std::string(funding_caveat));
}

void write_top(TextWriter& w, const Review& review, std::size_t top) {
  const auto ranked = rank_findings(review, top);
  if (ranked.empty()) return;
  w.line();
  w.line(w.styled("1", "SUMMARY: what matters most"));
  for (std::size_t i = 0; i < ranked.size(); ++i)
    w.line("  " + std::to_string(i + 1) + ". " + terminal_text(summary_sentence(review.findings[ranked[i].index].finding)));
}

void write_figures(TextWriter& w, const Figures& figures) {
  w.line(w.styled("1", "FIGURES"));
  w.line("  Bodies by type: " + counts_text(figures.by_type));
  w.line("  Bodies by sector: " + counts_text(figures.by_sector));
  w.line("  Links by kind: " + counts_text(figures.by_link_kind));
  w.line("  Apex: " + (figures.apexes.empty() ? std::string("none") : subjects_text(figures.apexes)));
  if (!figures.spread.empty()) {
    w.line("  Spread across policy areas:");
    for (const auto& spread : figures.spread) w.line("    " + terminal_text(spread.sentence));
  }
  if (!figures.progress.sentences.empty()) {
    w.line("  Progress:");
    for (const auto& sentence : figures.progress.sentences) w.line("    " + terminal_text(sentence));
  }
  if (!figures.areas.empty()) {
    w.line("  Policy areas:");
    for (const auto& area : figures.areas)
      w.line("    " + terminal_text(area.area) + ": " + counted(area.bodies, "body", "bodies") + " with an interest, " +
             counted(area.responsibilities, "responsibility", "responsibilities") + ", " +
             counted(area.lead_bodies, "lead body", "lead bodies"));
  }
  write_funding(w, figures.funding);
  if (figures.brokers_skipped) {
    w.line("  Top brokers: not computed (" + terminal_text(figures.brokers_note) + ")");
  } else if (!figures.brokers.empty()) {
    std::vector<std::string> items;
    for (const auto& broker : figures.brokers)
      items.push_back(terminal_text(broker.body) + " " + format_fixed(broker.score, 1));
    w.line("  Top brokers (betweenness): " + join(items, ", "));
    // A sampled figure says so beside it; an exact one has no note.
    if (figures.brokers_pivots > 0) w.line("    " + terminal_text(figures.brokers_note));
  }
  w.line("  Articulation points: " +
         (figures.articulation_points.empty() ? std::string("none") : subjects_text(figures.articulation_points)));
  if (!figures.longest_routes.empty()) {
    w.line("  Longest routes to an apex:");
    for (const auto& route : figures.longest_routes)
      w.line("    " + terminal_text(route.body) + " (" + counted(static_cast<std::size_t>(route.score), "link", "links") +
             "): " + terminal_text(route.route));
  }
}

}  // namespace

std::string format_text(const ReportInput& input, bool colour) {
  TextWriter w(colour);
  const MapFacts& map = input.map;
  const Review& review = input.review;
  const Summary summary = summarise(review);

  w.line(w.styled("1", "govgraph findings: " + terminal_text(map.name.empty() ? map.file : map.name)));
  std::string facts = terminal_text(map.file);
  if (!map.as_of.empty()) facts += ", as of " + terminal_text(map.as_of);
  if (!map.as_at.empty()) facts += ", analysed as at " + terminal_text(map.as_at);
  w.line(facts);
  w.line(counted(map.bodies, "body", "bodies") + ", " + counted(map.links, "link", "links") + ", " +
         counted(map.responsibilities, "responsibility", "responsibilities") + ", " +
         counted(map.policy_areas, "policy area", "policy areas"));
  write_top(w, review, input.top);

  for (Severity severity : severities) {
    const std::size_t open = summary.open(severity);
    if (open == 0) continue;
    const std::string title = severity == Severity::error     ? "ERRORS"
                              : severity == Severity::warning ? "WARNINGS"
                                                              : "INFO";
    w.line();
    w.line(w.styled(TextWriter::severity_style(severity), title + " (" + std::to_string(open) + ")"));
    for (const auto& reviewed : review.findings)
      if (!reviewed.waived() && reviewed.finding.severity == severity) w.finding(reviewed, review);
  }
  if (summary.waived > 0) {
    w.line();
    w.line(w.styled("1", "WAIVED (" + std::to_string(summary.waived) + ")"));
    for (const auto& reviewed : review.findings)
      if (reviewed.waived()) w.finding(reviewed, review);
  }
  if (summary.waivers_expired + summary.waivers_unmatched > 0) {
    w.line();
    w.line(w.styled("1", "WAIVERS NEEDING ATTENTION"));
    for (const auto& use : review.waivers) {
      if (use.state == WaiverState::applied) continue;
      const Waiver& waiver = use.waiver;
      std::string text = "  " + terminal_text(waiver.at.file) + ":" + std::to_string(waiver.at.line) + ":" +
                         std::to_string(waiver.at.column) + ": " + terminal_text(waiver.rule) + " [" +
                         subjects_text(waiver.subjects) + "]: ";
      if (use.state == WaiverState::expired)
        text += "expired on " + waiver.expires + (use.matches > 0 ? ", no longer waives " +
                                                                        counted(use.matches, "finding", "findings")
                                                                  : std::string(", matches no finding"));
      else
        text += "matches no finding";
      w.line(text);
    }
  }
  if (input.figures) {
    w.line();
    write_figures(w, *input.figures);
  }
  w.line();
  if (summary.findings == 0) {
    w.line("No findings.");
  } else {
    std::string result = counted(summary.findings, "finding", "findings") + ": " +
                         w.styled(TextWriter::severity_style(Severity::error), counted(summary.errors, "error", "errors")) +
                         ", " +
                         w.styled(TextWriter::severity_style(Severity::warning),
                                  counted(summary.warnings, "warning", "warnings")) +
                         ", " + w.styled(TextWriter::severity_style(Severity::info), std::to_string(summary.infos) + " info");
    if (summary.waived > 0) result += ", " + std::to_string(summary.waived) + " waived";
    w.line(result + ".");
  }
  return w.take();
}

}  // namespace govgraph
