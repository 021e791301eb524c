// The HTML report: one self-contained page (inline style, no scripts, no external files).

#include "graph/escape.hpp"
#include "report/formats.hpp"

namespace govgraph {
namespace {

constexpr std::string_view style = R"(body{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6rem}h2{border-bottom:1px solid #ccc;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
td.n{text-align:right}.finding{border-left:.3rem solid #888;padding:.2rem .8rem;margin:.8rem 0}
.finding.error{border-color:#c62828}.finding.warning{border-color:#ef8f00}.finding.info{border-color:#1565c0}
.finding.waived{border-color:#aaa;color:#555}.badge{font-size:.8rem;font-weight:bold;text-transform:uppercase}
.error .badge{color:#c62828}.warning .badge{color:#b36b00}.info .badge{color:#1565c0}.waived .badge{color:#777}
.finding h3{font-size:1rem;margin:.2rem 0}.sources,.waiver{font-size:.9rem;color:#555}
.matrix td{text-align:center}code{font-size:.9em}
)";

std::string h(std::string_view text) { return escape_html(text); }

std::string h_list(const std::vector<std::string>& items, std::string_view separator) {
  return join_escaped(items, separator, escape_html);
}

class HtmlWriter {
 public:
  void line(std::string_view text) {
    out_ += text;
    out_ += '\n';
  }
  /// A row of already-escaped cells; cells that are numbers (digits, separators) align right.
  void row(const std::vector<std::string>& cells, std::string_view cell = "td") {
    std::string text = "<tr>";
    for (const auto& c : cells) {
      const bool number = cell == "td" && !c.empty() && c.find_first_not_of("0123456789,.") == std::string::npos;
      text += "<" + std::string(cell) + (number ? " class=\"n\">" : ">") + c + "</" + std::string(cell) + ">";
    }
    line(text + "</tr>");
  }
  void table(const std::vector<std::string>& header, std::string_view css_class = {}) {
    line(css_class.empty() ? "<table>" : "<table class=\"" + std::string(css_class) + "\">");
    row(header, "th");
  }

  void finding(const ReviewedFinding& reviewed, const Review& review) {
    const Finding& f = reviewed.finding;
    const std::string severity(to_string(f.severity));
    line("<article class=\"finding " + (reviewed.waived() ? std::string("waived") : severity) + "\">");
    line("<h3><span class=\"badge\">" + severity + (reviewed.waived() ? " (waived)" : "") + "</span> <code>" +
         h(f.rule) + "</code> on " + h_list(f.subjects, ", ") + "</h3>");
    line("<p>" + h(f.message) + "</p>");
    if (!f.evidence.empty()) {
      line("<ul>");
      for (const auto& item : f.evidence) line("<li>" + h(item) + "</li>");
      line("</ul>");
    }
    if (!f.sources.empty()) line("<p class=\"sources\">Sources: " + h_list(f.sources, "; ") + "</p>");
    if (reviewed.waived()) {
      const Waiver& waiver = review.waivers[*reviewed.waiver].waiver;
      std::string text = "<p class=\"waiver\">Waived: " + h(waiver.reason);
      if (!waiver.expires.empty()) text += " (until " + h(waiver.expires) + ")";
      line(text + "</p>");
    }
    line("</article>");
  }

  std::string take() { return std::move(out_); }

 private:
  std::string out_;
};

void write_funding(HtmlWriter& w, const FundingFigures& funding) {
  const auto tables = funding_tables(funding, escape_html);
  if (tables.empty()) return;
  w.line("<h3>Funding</h3>");
  w.line("<p>" + h(funding_caveat) + "</p>");
  for (const auto& table : tables) {
    w.table(table.header);
    for (const auto& row : table.rows) w.row(row);
    w.line("</table>");
  }
}

void write_top(HtmlWriter& w, const Review& review, std::size_t top) {
  const auto ranked = rank_findings(review, top);
  if (ranked.empty()) return;
  w.line("<h2>Executive summary</h2>");
  w.line("<ol>");
  for (const auto& r : ranked) w.line("<li>" + h(summary_sentence(review.findings[r.index].finding)) + "</li>");
  w.line("</ol>");
}

void write_figures(HtmlWriter& w, const Figures& figures) {
  w.line("<h2>Figures</h2>");
  w.table({"Count", "Value"});
  w.row({"Bodies", std::to_string(figures.bodies)});
  w.row({"Links", std::to_string(figures.links)});
  w.row({"Responsibilities", std::to_string(figures.responsibilities)});
  w.row({"Policy areas", std::to_string(figures.policy_areas)});
  w.row({"Bodies by type", counts_cell(figures.by_type, escape_html)});
  w.row({"Bodies by sector", counts_cell(figures.by_sector, escape_html)});
  w.row({"Links by kind", counts_cell(figures.by_link_kind, escape_html)});
  w.row({"Apex", figures.apexes.empty() ? std::string("none") : h_list(figures.apexes, ", ")});
  w.line("</table>");

  if (!figures.spread.empty()) {
    w.line("<h3>Spread across policy areas</h3>");
    w.line("<ul>");
    for (const auto& spread : figures.spread) w.line("<li>" + h(spread.sentence) + "</li>");
    w.line("</ul>");
  }
  if (!figures.progress.sentences.empty()) {
    w.line("<h3>Progress</h3>");
    w.line("<ul>");
    for (const auto& sentence : figures.progress.sentences) w.line("<li>" + h(sentence) + "</li>");
    w.line("</ul>");
  }
  if (!figures.areas.empty()) {
    w.line("<h3>Policy areas</h3>");
    w.table({"Policy area", "Bodies with an interest", "Responsibilities", "Lead bodies"});
    for (const auto& area : figures.areas)
      w.row({h(area.name.empty() ? area.area : area.name), std::to_string(area.bodies),
             std::to_string(area.responsibilities), std::to_string(area.lead_bodies)});
    w.line("</table>");
  }
  if (!figures.matrix.empty()) {
    w.line("<details><summary>Bodies &times; policy areas</summary>");
    std::vector<std::string> header = {"Body"};
    for (const auto& area : figures.matrix_areas) header.push_back(h(area));
    w.table(header, "matrix");
    for (const auto& row : figures.matrix) {
      std::vector<std::string> cells = {h(row.name.empty() ? row.body : row.name)};
      for (std::size_t i = 0; i < figures.matrix_areas.size(); ++i)
        cells.push_back(i < row.areas.size() && row.areas[i] ? "&#10003;" : "");
      w.row(cells);
    }
    w.line("</table>");
    w.line("</details>");
  }
  write_funding(w, figures.funding);

  w.line("<h3>Top brokers</h3>");
  if (figures.brokers_skipped) {
    w.line("<p>Not computed: " + h(figures.brokers_note) + "</p>");
  } else if (figures.brokers.empty()) {
    w.line("<p>None: no body lies between others.</p>");
  } else {
    w.table({"Body", "Betweenness"});
    for (const auto& broker : figures.brokers)
      w.row({h(broker.name.empty() ? broker.body : broker.name), format_fixed(broker.score, 1)});
    w.line("</table>");
  }
  w.line("<h3>Articulation points</h3>");
  w.line(figures.articulation_points.empty()
             ? std::string("<p>None: no single body holds the map together.</p>")
             : "<p>Bodies whose loss would split the map: " + h_list(figures.articulation_points, ", ") + ".</p>");
  if (!figures.longest_routes.empty()) {
    w.line("<h3>Longest routes to an apex</h3>");
    w.table({"Body", "Links", "Route"});
    for (const auto& route : figures.longest_routes)
      w.row({h(route.name.empty() ? route.body : route.name), format_fixed(route.score, 0), h(route.route)});
    w.line("</table>");
  }
}

}  // namespace

std::string format_html(const ReportInput& input) {
  HtmlWriter w;
  const MapFacts& map = input.map;
  const Review& review = input.review;
  const Summary summary = summarise(review);
  const std::string name = h(map.name.empty() ? map.file : map.name);

  w.line("<!DOCTYPE html>");
  w.line("<html lang=\"en\">");
  w.line("<head>");
  w.line("<meta charset=\"utf-8\">");
  w.line("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
  w.line("<title>Findings: " + name + "</title>");
  w.line("<style>");
  w.line(style.substr(0, style.size() - 1));
  w.line("</style>");
  w.line("</head>");
  w.line("<body>");
  w.line("<h1>Findings: " + name + "</h1>");
  std::string facts = "<p>Map: <code>" + h(map.file) + "</code>";
  if (!map.as_of.empty()) facts += ", as of " + h(map.as_of);
  if (!map.as_at.empty()) facts += ", analysed as at " + h(map.as_at);
  w.line(facts + ". " + std::to_string(map.bodies) + " bodies, " + std::to_string(map.links) + " links, " +
         std::to_string(map.responsibilities) + " responsibilities, " + std::to_string(map.policy_areas) +
         " policy areas.</p>");
  write_top(w, review, input.top);

  w.line("<h2>Summary</h2>");
  w.table({"Severity", "Open", "Waived"});
  for (Severity severity : severities) {
    std::size_t waived = 0;
    for (const auto& reviewed : review.findings)
      if (reviewed.waived() && reviewed.finding.severity == severity) ++waived;
    w.row({std::string(to_string(severity)), std::to_string(summary.open(severity)), std::to_string(waived)});
  }
  w.row({"<strong>total</strong>", std::to_string(summary.errors + summary.warnings + summary.infos),
         std::to_string(summary.waived)});
  w.line("</table>");

  for (Severity severity : severities) {
    const std::size_t open = summary.open(severity);
    if (open == 0) continue;
    w.line("<h2>" + severity_heading(severity) + " (" + std::to_string(open) + ")</h2>");
    for (const auto& reviewed : review.findings)
      if (!reviewed.waived() && reviewed.finding.severity == severity) w.finding(reviewed, review);
  }
  if (summary.findings == 0) w.line("<p>No findings.</p>");
  if (summary.waived > 0) {
    w.line("<h2>Waived (" + std::to_string(summary.waived) + ")</h2>");
    for (const auto& reviewed : review.findings)
      if (reviewed.waived()) w.finding(reviewed, review);
  }
  if (!review.waivers.empty()) {
    w.line("<h2>Waivers</h2>");
    w.table({"Rule", "Subjects", "Reason", "Expires", "State", "Findings"});
    for (const auto& use : review.waivers)
      w.row({"<code>" + h(use.waiver.rule) + "</code>", h_list(use.waiver.subjects, ", "), h(use.waiver.reason),
             use.waiver.expires.empty() ? std::string("never") : h(use.waiver.expires),
             std::string(to_string(use.state)), std::to_string(use.matches)});
    w.line("</table>");
  }
  if (input.figures) write_figures(w, *input.figures);
  w.line("</body>");
  w.line("</html>");
  return w.take();
}

}  // namespace govgraph
