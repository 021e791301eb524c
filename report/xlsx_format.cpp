// The findings as a workbook, for people who track them in a spreadsheet.

#include "importers/xlsx_writer.hpp"
#include "report/formats.hpp"

namespace govgraph {
namespace {

/// The counts a reviewer looks at first: open findings by severity, waivers, then every rule's findings.
CellTable summary_table(const ReportInput& input) {
  const Summary summary = summarise(input.review);
  CellTable table{"", {"count of", "number"}, {}, {false, true}};
  const auto add = [&](const std::string& what, std::size_t n) { table.rows.push_back({what, std::to_string(n)}); };
  add("findings", summary.findings);
  add("open errors", summary.errors);
  add("open warnings", summary.warnings);
  add("open information", summary.infos);
  add("waived", summary.waived);
  add("waivers applied", summary.waivers_applied);
  add("waivers expired", summary.waivers_expired);
  add("waivers matching nothing", summary.waivers_unmatched);
  for (const auto& [rule, n] : summary.by_rule) add("rule " + rule, n);
  return table;
}

}  // namespace

std::string format_xlsx(const ReportInput& input) {
  Table findings = finding_table(input);
  std::vector<std::pair<std::string, CellTable>> sheets;
  sheets.emplace_back("Findings", CellTable{"", std::move(findings.header), std::move(findings.rows), {}});
  sheets.emplace_back("Summary", summary_table(input));
  return write_workbook(sheets, "findings");
}

}  // namespace govgraph
