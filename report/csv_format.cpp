// The CSV report: one finding a row, for spreadsheets and trackers.

#include "graph/escape.hpp"
#include "report/formats.hpp"

namespace govgraph {

Table finding_table(const ReportInput& input) {
  Table table{{"severity", "rule", "subjects", "message", "evidence", "sources", "waived", "waiver_reason"}, {}};
  for (const auto& reviewed : input.review.findings) {
    const Finding& f = reviewed.finding;
    const FindingWords words = f.words();
    const std::string reason = reviewed.waived() ? input.review.waivers[*reviewed.waiver].waiver.reason : std::string();
    std::vector<std::string> cells = {
        std::string(to_string(f.severity)), f.rule,          join(f.subjects, "; "),
        words.message,                      join(words.evidence, "; "), join(f.sources, "; "),
        reviewed.waived() ? "yes" : "no",   reason};
    for (auto& cell : cells) cell = readable_text(cell, "\t\n", "");
    table.rows.push_back(std::move(cells));
  }
  return table;
}

std::string format_csv(const ReportInput& input, CsvFor audience) {
  const Table table = finding_table(input);
  std::string out;
  auto row = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (i > 0) out += ',';
      out += csv_cell(cells[i], audience);
    }
    out += "\r\n";
  };
  row(table.header);
  for (const auto& cells : table.rows) row(cells);
  return out;
}

}  // namespace govgraph
