// The CSV report: one finding a row, for spreadsheets and trackers.

#include "graph/escape.hpp"
#include "report/formats.hpp"

namespace govgraph {

std::string format_csv(const ReportInput& input, CsvFor audience) {
  std::string out = "severity,rule,subjects,message,evidence,sources,waived,waiver_reason\r\n";
  for (const auto& reviewed : input.review.findings) {
    const Finding& f = reviewed.finding;
    const FindingWords words = f.words();
    const std::string reason = reviewed.waived() ? input.review.waivers[*reviewed.waiver].waiver.reason : std::string();
    const std::vector<std::string> cells = {
        std::string(to_string(f.severity)), f.rule,          join(f.subjects, "; "),
        words.message,                      join(words.evidence, "; "), join(f.sources, "; "),
        reviewed.waived() ? "yes" : "no",   reason};
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_field(cells[i], audience);
    }
    out += "\r\n";
  }
  return out;
}

}  // namespace govgraph
