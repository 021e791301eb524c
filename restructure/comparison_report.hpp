#pragma once
// A before-and-after comparison (restructure/compare.hpp) as text, Markdown or JSON,
// every piece of map text escaped for its format (graph/escape.hpp), and the pieces the
// HTML page (page/comparison.hpp, above this layer) words the same way.

#include <string>
#include <string_view>
#include <vector>

#include "report/chunk_sink.hpp"
#include "report/report.hpp"
#include "restructure/compare.hpp"

namespace govgraph {

/// The comparison as text, markdown or JSON; same comparison, same bytes. Throws
/// std::invalid_argument for csv, which a comparison has not, and for html, which
/// page/comparison.hpp writes.
/// O(size of the output).
std::string format_comparison(const Comparison& comparison, ReportFormat format);

/// The comparison as JSON, the same bytes as format_comparison's, handed to `sink` a block
/// at a time so that a large report is never held whole. O(size of the output).
void write_comparison_json(const Comparison& comparison, const ChunkSink& sink);

/// A finding on one line, as the reports list it: "warning RULE [subjects]: message".
std::string finding_line(const Finding& finding);

/// One figure before and after, as the reports show it.
struct MetricRow {
  std::string name;  // "bodies (active)", or a rule id for its finding count
  std::string before;
  std::string after;
};

/// Every metric, then the finding count of each rule found in either map. O(rules).
std::vector<MetricRow> metric_rows(const Metrics& before, const Metrics& after);

/// "added", "removed" or "changed".
std::string_view to_string(RecordChange::What what);

/// The record changes of one collection, under the title the reports give it ("policy areas").
struct ChangeSection {
  const char* title;
  const std::vector<RecordChange>* changes;
};

/// The diff's collections in report order: sources, policy areas, bodies, links, responsibilities.
std::vector<ChangeSection> change_sections(const MapDiff& diff);

}  // namespace govgraph
