#pragma once
// What a report is made of: facts about the map, the findings after waivers and
// (optionally) the figures. Every output format is a pure function of a ReportInput.

#include <cstddef>
#include <future>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "analyses/figures.hpp"
#include "graph/escape.hpp"
#include "graph/governance_map.hpp"
#include "report/chunk_sink.hpp"
#include "report/ranking.hpp"
#include "report/waivers.hpp"

namespace govgraph {

/// The map a report is about, as its header states it.
struct MapFacts {
  std::string file;      // the path as the user gave it
  std::string name;
  std::string as_of;     // the map's own date, may be empty
  std::string as_at;     // the --as-at date the map was cut to, empty when none
  std::string currency;  // may be empty
  std::size_t bodies = 0;
  std::size_t links = 0;
  std::size_t responsibilities = 0;
  std::size_t policy_areas = 0;
};

/// The facts of a loaded map. O(1).
MapFacts describe_map(const GovernanceMap& map, std::string file, std::string as_at);

/// A report's figures: none (--no-figures), ready, or still being computed on another
/// thread. Every format writes the figures after the findings, so a large map's figures
/// are computed while its findings are written and waited for only when they are due.
class ReportFigures {
 public:
  ReportFigures() = default;
  ReportFigures(Figures figures) : ready_(std::move(figures)) {}  // NOLINT: as optional<Figures> converts
  explicit ReportFigures(std::future<Figures> coming) : coming_(std::move(coming)) {}

  /// Whether there are figures (ready or coming); never waits.
  explicit operator bool() const { return ready_.has_value() || coming_.valid(); }
  /// The figures, waiting for them if they are still coming (called from one thread).
  const Figures& operator*() const { return get(); }
  const Figures* operator->() const { return &get(); }
  Figures* operator->() { return &get(); }
  void reset() { *this = ReportFigures(); }

 private:
  Figures& get() const {
    if (coming_.valid()) ready_ = coming_.get();
    return *ready_;
  }

  mutable std::optional<Figures> ready_;
  mutable std::future<Figures> coming_;
};

struct ReportInput {
  MapFacts map;
  Review review;          // findings (sorted) with their waivers
  ReportFigures figures;  // absent with --no-figures
  std::size_t top = default_summary_top;  // findings in the executive summary (--top)
};

/// Counts shown in every format's summary.
struct Summary {
  std::size_t findings = 0;
  std::size_t errors = 0;    // open (not waived) findings of each severity
  std::size_t warnings = 0;
  std::size_t infos = 0;
  std::size_t waived = 0;
  std::size_t waivers_applied = 0;
  std::size_t waivers_expired = 0;
  std::size_t waivers_unmatched = 0;
  std::map<std::string, std::size_t> by_rule;  // every finding, waived or not

  [[nodiscard]] std::size_t open(Severity severity) const;
};

/// O(F + W log R).
Summary summarise(const Review& review);

/// The one list of output formats: the findings report has all seven, a restructure
/// comparison the first three (restructure/comparison_report.hpp).
enum class ReportFormat { text, markdown, json, csv, html, kumu, xlsx };

/// "text", "markdown", "json", "csv", "html", "kumu", "xlsx": the name --format takes (a std::string,
/// as CLI11 expects of an option type's to_string).
std::string to_string(ReportFormat format);

/// The map as a Kumu blueprint whose elements carry their open findings as tags
/// ("finding:RULE") and a `findings` attribute of messages (docs/kumu.md).
std::string format_kumu(const MapData& map, const Review& review);

/// The report in one format: same input, same bytes. `colour` (ANSI escapes) only
/// affects text, `csv_for` (whether cells are guarded against formulas) only CSV. HTML is
/// not written here but by page/report_page.hpp, which draws the map too: for html this
/// throws std::invalid_argument. O(size of the output).
std::string format_report(const ReportInput& input, ReportFormat format, bool colour = false,
                          CsvFor csv_for = CsvFor::people);

/// The same bytes handed to `sink` a block at a time: JSON as it is written, so a report
/// of many findings is never held whole; the other formats whole.
void write_report(const ReportInput& input, ReportFormat format, const ChunkSink& sink, bool colour = false,
                  CsvFor csv_for = CsvFor::people);

}  // namespace govgraph
