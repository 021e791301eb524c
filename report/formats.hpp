#pragma once
// The five report formats, each a pure function of a ReportInput to bytes. Every piece
// of user text (names, messages, reasons) is escaped for its format: a body named
// <script> or "A\lB" reads as that text everywhere.

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "graph/amount.hpp"
#include "graph/escape.hpp"
#include "graph/text.hpp"
#include "report/report.hpp"

namespace govgraph {

/// The severities in report order, most severe first.
inline constexpr std::array<Severity, 3> severities = {Severity::error, Severity::warning, Severity::info};

/// A severity's section heading: "Errors", "Warnings", "Information".
inline std::string severity_heading(Severity severity) {
  switch (severity) {
    case Severity::error: return "Errors";
    case Severity::warning: return "Warnings";
    case Severity::info: return "Information";
  }
  return {};
}

/// Counts as "key n, key n" with each key escaped by `escape`, or "none".
inline std::string counts_cell(const std::vector<Count>& counts, std::string (*escape)(std::string_view)) {
  std::vector<std::string> items;
  for (const auto& count : counts) items.push_back(escape(count.key) + " " + std::to_string(count.count));
  return items.empty() ? "none" : join(items, ", ");
}

/// What the funding figures count, printed under them in text, Markdown and HTML.
inline constexpr std::string_view funding_caveat =
    "Each pound is counted once: new money enters the map from an apex or from a body the map shows "
    "receiving no funding; what a funded body pays on is money passed on, already counted. Each grant is "
    "split evenly across its policy areas (the link's own, else the recipient's), so the area rows add up "
    "to the totals. Amounts the map does not state are shown as unknown.";

/// An amount as a funding table shows it: "4,000,000", "unknown" when no link states one,
/// "3,400,000 + unknown" when some do not, "+ another currency" for amounts not counted.
inline std::string money_text(const Money& money) {
  std::vector<std::string> parts;
  if (money.links == money.unknown + money.other_currency) {
    if (money.links == 0) parts.push_back(format_full_amount(0));
  } else {
    parts.push_back(format_full_amount(money.known));
  }
  if (money.unknown > 0) parts.push_back("unknown");
  if (money.other_currency > 0) parts.push_back("another currency");
  return join(parts, " + ");
}

/// The links behind an amount: "8 links, 7 of unknown amount, 1 in another currency".
inline std::string money_links_text(const Money& money) {
  std::string text = std::to_string(money.links) + (money.links == 1 ? " link" : " links");
  if (money.unknown > 0) text += ", " + std::to_string(money.unknown) + " of unknown amount";
  if (money.other_currency > 0) text += ", " + std::to_string(money.other_currency) + " in another currency";
  return text;
}

/// A table of already-escaped cells.
struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

/// The funding figures as Markdown and HTML show them: totals, by body, by policy area,
/// names escaped by `escape`. Empty when the map has no funds link.
std::vector<Table> funding_tables(const FundingFigures& funding, std::string (*escape)(std::string_view));

/// For a terminal or a CI log: findings grouped by severity, then waived findings,
/// waivers, figures and a closing summary line. ANSI colour when `colour`; control
/// characters in user text are shown as '?' so the text cannot drive the terminal.
std::string format_text(const ReportInput& input, bool colour);

/// To paste into a report: summary table, findings by severity, waivers, figures.
std::string format_markdown(const ReportInput& input);

/// The versioned JSON document described in docs/findings-json.md.
std::string format_json(const ReportInput& input);
/// The same document handed to `sink` a block at a time as it is written.
void write_json(const ReportInput& input, const ChunkSink& sink);

/// One finding a row (RFC 4180, CRLF), lists joined with "; ", cells that a spreadsheet
/// would take as a formula guarded for people (graph/escape.hpp's guard_formula).
std::string format_csv(const ReportInput& input, CsvFor audience = CsvFor::people);

/// The CSV report's columns and one row a finding, each cell readable text (tabs and line
/// feeds kept, other control characters shown as '?'), not yet guarded or quoted.
Table finding_table(const ReportInput& input);

/// The findings as a workbook: a Findings sheet with the CSV report's columns (bold,
/// frozen header row, fitted widths, cells guarded from running as formulas) and a
/// Summary sheet of the findings by severity. Same input, same bytes.
std::string format_xlsx(const ReportInput& input);

}  // namespace govgraph
