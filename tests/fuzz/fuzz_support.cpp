#include "tests/fuzz/fuzz_support.hpp"

#include <rapidjson/document.h>

#include <cstdio>
#include <cstdlib>

#include "analyses/analyse.hpp"
#include "graph/check.hpp"
#include "graph/governance_map.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "importers/load.hpp"
#include "report/report.hpp"

namespace govgraph::fuzz {
namespace {

[[noreturn]] void broken(const char* promise, const std::string& text) {
  std::fprintf(stderr, "broken promise: %s\n--- text ---\n%s\n--- end ---\n", promise, text.c_str());
  std::abort();
}

void require_json(const std::string& text, const char* what) {
  rapidjson::Document document;
  document.Parse(text.c_str(), text.size());
  if (document.HasParseError()) broken(what, text);
}

void analyse_checked(MapData data) {
  const GovernanceMap map(std::move(data));
  const SharedResults shared = share(map);
  ReportInput input{describe_map(map, "fuzz.json", ""),
                    apply_waivers(analyse(map, shared, AnalysisSettings{}, RuleSelection{}), {}, "2024-01-01"),
                    compute_figures(map, shared)};
  for (const ReportFormat format :
       {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::csv}) {
    const std::string report = format_report(input, format);
    if (format == ReportFormat::json) require_json(report, "the JSON report parses");
  }
}

}  // namespace

void exercise_map(MapData map, Diagnostics found) {
  found.append(check_map(map));
  if (found.has_errors()) return;
  const std::string written = write_json_map(map);
  require_json(written, "the map written as JSON parses");
  Diagnostics reread;
  const MapData again = parse_json_map(written, "written.json", reread);
  reread.append(check_map(again));
  if (reread.has_errors()) broken("the map written as JSON reads back without errors", written);

  MapData earlier = as_at(map, "2015-06-30");
  analyse_checked(std::move(map));
  analyse_checked(std::move(earlier));
}

const MapData& example_map() {
  static const MapData map = [] {
    Diagnostics warnings;
    return load_map_data(GOVGRAPH_SOURCE_DIR "/examples/scotland-care-system/map.json", warnings);
  }();
  return map;
}

}  // namespace govgraph::fuzz
