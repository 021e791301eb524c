#pragma once
// Suggestions (restructure/suggest.hpp) as text, Markdown or JSON, and the file each is
// written to with `suggest -o DIR`. Same suggestions, same bytes.

#include <string>
#include <string_view>
#include <vector>

#include "report/report.hpp"
#include "restructure/suggest.hpp"

namespace govgraph {

/// What the tool cannot see, said in every report: suggestions are options, not advice.
extern const std::vector<std::string_view> suggestion_limits;

/// "01-merge-sssc-into-care-inspectorate.json": the rank, then the first step's slug
/// ("-and-more" when there are more steps), cut to a length any file system takes.
std::string suggestion_file_name(const Suggestion& suggestion, std::size_t rank);

/// Where the suggestions came from and went.
struct SuggestionsAbout {
  std::string map_name;
  std::string map_path;
  std::string folder;  // -o DIR; empty when the proposals are not written
};

/// The report in text, markdown or JSON. Throws std::invalid_argument for other formats.
/// O(size of the output).
std::string format_suggestions(const Suggestions& suggestions, const SuggestionsAbout& about, ReportFormat format);

}  // namespace govgraph
