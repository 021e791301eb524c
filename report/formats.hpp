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

/// For a terminal or a CI log: findings grouped by severity, then waived findings,
/// waivers, figures and a closing summary line. ANSI colour when `colour`; control
/// characters in user text are shown as '?' so the text cannot drive the terminal.
std::string format_text(const ReportInput& input, bool colour);

/// To paste into a report: summary table, findings by severity, waivers, figures.
std::string format_markdown(const ReportInput& input);

/// The versioned JSON document described in docs/findings-json.md.
std::string format_json(const ReportInput& input);

/// One finding a row (RFC 4180, CRLF), lists joined with "; ", cells that a spreadsheet
/// would take as a formula guarded for people (graph/escape.hpp's guard_formula).
std::string format_csv(const ReportInput& input, CsvFor audience = CsvFor::people);

/// One self-contained HTML page (inline style, no scripts).
std::string format_html(const ReportInput& input);

}  // namespace govgraph
