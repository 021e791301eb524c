#include "report/report.hpp"

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

std::string to_string(ReportFormat format) {
  switch (format) {
    case ReportFormat::text: return "text";
    case ReportFormat::markdown: return "markdown";
    case ReportFormat::json: return "json";
    case ReportFormat::csv: return "csv";
    case ReportFormat::html: return "html";
  }
  return "";
}

std::string format_report(const ReportInput& input, ReportFormat format, bool colour, CsvFor csv_for) {
  switch (format) {
    case ReportFormat::text: return format_text(input, colour);
    case ReportFormat::markdown: return format_markdown(input);
    case ReportFormat::json: return format_json(input);
    case ReportFormat::csv: return format_csv(input, csv_for);
    case ReportFormat::html: return format_html(input);
  }
  return {};
}

}  // namespace govgraph
