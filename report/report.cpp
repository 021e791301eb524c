#include "report/report.hpp"

#include <stdexcept>
#include <utility>

#include "report/formats.hpp"

namespace govgraph {
MapFacts describe_map(const GovernanceMap& map, std::string file, std::string as_at) {
  const MapData& data = map.data();
  return MapFacts{std::move(file),       data.name,        data.as_of,
                  std::move(as_at),      data.currency,    map.body_count(),
                  map.link_count(),      data.responsibilities.size(), data.policy_areas.size()};
}

std::size_t Summary::open(Severity severity) const {
  switch (severity) {
    case Severity::error: return errors;
    case Severity::warning: return warnings;
    case Severity::info: return infos;
  }
  return 0;
}

Summary summarise(const Review& review) {
  Summary summary;
  summary.findings = review.findings.size();
  for (const auto& reviewed : review.findings) {
    ++summary.by_rule[reviewed.finding.rule];
    if (reviewed.waived()) {
      ++summary.waived;
      continue;
    }
    switch (reviewed.finding.severity) {
      case Severity::error: ++summary.errors; break;
      case Severity::warning: ++summary.warnings; break;
      case Severity::info: ++summary.infos; break;
    }
  }
  for (const auto& use : review.waivers) {
    switch (use.state) {
      case WaiverState::applied: ++summary.waivers_applied; break;
      case WaiverState::expired: ++summary.waivers_expired; break;
      case WaiverState::unmatched: ++summary.waivers_unmatched; break;
    }
  }
  return summary;
}

std::vector<Table> funding_tables(const FundingFigures& funding, std::string (*escape)(std::string_view)) {
  if (funding.by_body.empty()) return {};
  const std::string unit = funding.currency.empty() ? std::string() : " (" + escape(funding.currency) + ")";
  Table totals{{"Money", "Amount" + unit, "Links"}, {}};
  totals.rows.push_back({"New money into the map", money_text(funding.new_money), money_links_text(funding.new_money)});
  totals.rows.push_back({"Passed on within the map", money_text(funding.onward), money_links_text(funding.onward)});
  Table bodies{{"Body", "In" + unit, "Out" + unit, "Links in", "Links out"}, {}};
  for (const auto& flow : funding.by_body)
    bodies.rows.push_back({escape(flow.name.empty() ? flow.id : flow.name), money_text(flow.in), money_text(flow.out),
                           std::to_string(flow.in.links), std::to_string(flow.out.links)});
  Table areas{{"Policy area", "New money" + unit, "Passed on" + unit, "Links"}, {}};
  for (const auto& area : funding.by_area)
    areas.rows.push_back({escape(area.name.empty() ? area.id : area.name), money_text(area.new_money),
                          money_text(area.onward), std::to_string(area.new_money.links + area.onward.links)});
  return {totals, bodies, areas};
}

std::string to_string(ReportFormat format) {
  switch (format) {
    case ReportFormat::text: return "text";
    case ReportFormat::markdown: return "markdown";
    case ReportFormat::json: return "json";
    case ReportFormat::csv: return "csv";
    case ReportFormat::html: return "html";
    case ReportFormat::kumu: return "kumu";
    case ReportFormat::xlsx: return "xlsx";
  }
  return "";
}

std::string format_report(const ReportInput& input, ReportFormat format, bool colour, CsvFor csv_for) {
  switch (format) {
    case ReportFormat::text: return format_text(input, colour);
    case ReportFormat::markdown: return format_markdown(input);
    case ReportFormat::json: return format_json(input);
    case ReportFormat::csv: return format_csv(input, csv_for);
    case ReportFormat::xlsx: return format_xlsx(input);
    case ReportFormat::html:
    case ReportFormat::kumu: break;
  }
  throw std::invalid_argument("the HTML report (page/report_page.hpp) and the Kumu blueprint (format_kumu) need the map; the HTML report is a page of its own: page/report_page.hpp");
}

void write_report(const ReportInput& input, ReportFormat format, const ChunkSink& sink, bool colour, CsvFor csv_for) {
  if (format == ReportFormat::json) write_json(input, sink);
  else sink(format_report(input, format, colour, csv_for));
}

}  // namespace govgraph
