#pragma once
// A before-and-after comparison (restructure/compare.hpp) as text, Markdown or JSON,
// every piece of map text escaped for its format (graph/escape.hpp).

#include <string>

#include "report/report.hpp"
#include "restructure/compare.hpp"

namespace govgraph {

/// The comparison as text, markdown or JSON; same comparison, same bytes. Throws
/// std::invalid_argument for the report formats a comparison has not (csv, html).
/// O(size of the output).
std::string format_comparison(const Comparison& comparison, ReportFormat format);

}  // namespace govgraph
