// govgraph suggest MAP: restructures worth proposing, found from the findings and each
// checked as check-restructure would check it.

#include <algorithm>
#include <filesystem>
#include <memory>
#include <sstream>

#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "cli/rule_options.hpp"
#include "graph/check.hpp"
#include "graph/text.hpp"
#include "restructure/proposal_writer.hpp"
#include "restructure/suggest.hpp"
#include "restructure/suggest_report.hpp"

namespace govgraph::cli {
namespace {

struct SuggestCommandOptions {
  std::string map;
  std::string as_at;
  std::string folder;
  std::string report;
  ReportFormat format = ReportFormat::text;
  std::size_t top = 10;
  std::size_t max_operations = 4;
  RuleOptions rules;
  std::vector<std::string> keep;
};

[[noreturn]] void bad_keep(const std::string& message) { throw InputError(Location{"--keep", 0, 0}, message); }

/// --keep ID: a body id, or a line as "FROM KIND TO"; each must be in the map.
Pins pins_of(const std::vector<std::string>& keep, const GovernanceMap& map) {
  Pins pins;
  std::vector<std::string_view> ids;
  for (const Body& b : map.data().bodies) ids.push_back(b.id);
  const auto require = [&](const std::string& id) {
    if (map.find_body(id) == GovernanceMap::no_body)
      bad_keep("no body '" + id + "' in the map" + (ids.empty() ? "" : "; nearest is '" + nearest_id(id, ids) + "'"));
  };
  for (const auto& item : keep) {
    std::istringstream words(item);
    std::string from, kind, to, extra;
    words >> from >> kind >> to >> extra;
    if (kind.empty()) {
      require(from);
      pins.bodies.insert(from);
      continue;
    }
    const auto link_kind = parse_link_kind(kind);
    if (to.empty() || !extra.empty() || !link_kind)
      bad_keep("'" + item + "' is neither a body id nor a line 'FROM KIND TO' (KIND one of accountable_to, funds, "
               "member_of, scrutinises, advises, collaborates_with)");
    require(from);
    require(to);
    Link line;
    line.from = from;
    line.to = to;
    line.kind = *link_kind;
    const auto& links = map.data().links;
    if (std::none_of(links.begin(), links.end(), [&](const Link& l) {
          return l.kind == line.kind && ((l.from == from && l.to == to) ||
                                         (l.kind == LinkKind::collaborates_with && l.from == to && l.to == from));
        }))
      bad_keep("there is no line '" + item + "' in the map");
    pins.lines.push_back(std::move(line));
  }
  return pins;
}

/// How many .json files `folder` already holds besides those about to be written: left
/// alone (they may be a person's own), but named, so an earlier run's are not taken for
/// this one's.
std::size_t other_proposals(const std::filesystem::path& folder,
                            const std::vector<std::pair<std::string, std::string_view>>& files) {
  std::size_t count = 0;
  std::error_code error;
  for (const auto& entry : std::filesystem::directory_iterator(folder, error)) {
    const std::string name = entry.path().filename().string();
    if (entry.path().extension() == ".json" &&
        std::none_of(files.begin(), files.end(), [&](const auto& file) { return file.first == name; }))
      ++count;
  }
  return count;
}

void run_suggest(const SuggestCommandOptions& options, Context& context) {
  refuse_outputs_onto_inputs({options.report, options.folder}, {options.map});
  const AnalysisSettings settings = options.rules.analysis_settings();
  SuggestOptions suggest_options;
  suggest_options.targets = options.rules.selection();
  suggest_options.top = options.top;
  suggest_options.max_operations = options.max_operations;
  const GovernanceMap map = load_map_for_command(options.map, options.as_at, context);
  suggest_options.pins = pins_of(options.keep, map);
  const Evaluator evaluator(map.data(), settings);
  const Suggestions suggestions = suggest(evaluator, suggest_options);

  std::vector<std::string> proposals;
  std::vector<std::pair<std::string, std::string_view>> files;
  proposals.reserve(suggestions.items.size());
  for (const auto& s : suggestions.items) proposals.push_back(write_proposal(s.proposal));
  for (std::size_t i = 0; i < suggestions.items.size(); ++i)
    files.emplace_back(suggestion_file_name(suggestions.items[i], i + 1), proposals[i]);
  const std::string report = format_suggestions(
      suggestions, {map.data().name, options.map, options.folder}, options.format);
  const std::size_t older = options.folder.empty() ? 0 : other_proposals(options.folder, files);
  // The proposals first: a report that names files is never written without them.
  if (!options.folder.empty()) write_folder_atomically(options.folder, files);
  emit(options.report, report, content_of(options.format));
  if (!options.folder.empty() && !context.quiet)
    note(options.folder + ": " + counted(files.size(), "proposal", "proposals") + " written" +
         (older == 0 ? ""
                     : "; " + counted(older, "other .json file already there was", "other .json files already there were") + " left as they were " +
                           "(an earlier run's suggestions are not this run's)"));
}

}  // namespace

void setup_suggest(CLI::App& app, Context& context) {
  auto options = std::make_shared<SuggestCommandOptions>();
  CLI::App* command = app.add_subcommand(
      "suggest",
      "Suggest restructures (merges, single leads, abolitions with transfer, implied or redundant lines) that resolve "
      "findings without losing a duty, each checked as check-restructure would check it; options to judge, not "
      "advice");
  add_map_options(*command, options->map, options->as_at);
  command->add_option("-o,--output", options->folder,
                      "Write each suggestion as a proposal file (NN-WHAT.json, NN its rank) into this folder, ready for "
                      "check-restructure (all or nothing)");
  command->add_option("--report", options->report, "Write the report to this file (atomically) instead of stdout");
  add_format_option(*command, options->format, {ReportFormat::text, ReportFormat::markdown, ReportFormat::json});
  command->add_option("--top", options->top, "How many suggestions to list (the best, by score)")
      ->check(CLI::Range(std::size_t{1}, std::size_t{1000}))
      ->capture_default_str();
  command->add_option("--max-operations", options->max_operations,
                      "Most operations in one suggestion: the search combines candidates up to this many")
      ->check(CLI::Range(std::size_t{1}, std::size_t{100}))
      ->capture_default_str();
  command->add_option("--only", options->rules.only,
                      "Suggest only for findings of these rules or families (comma-separated); every rule is still "
                      "checked")
      ->delimiter(',');
  command->add_option("--set", options->rules.settings,
                      "Change a setting: KEY=VALUE (repeatable; 'govgraph rules' lists them)");
  command->add_option("--keep", options->keep,
                      "Pin a body (its id) or a line ('FROM KIND TO') so that no suggestion touches it (repeatable)");
  command->footer(help_footer(
      {"govgraph suggest examples/scotland-care-system/map.json",
       "govgraph suggest map.json -o suggestions --format markdown --report suggestions.md",
       "govgraph suggest map.json --only duplication --keep care-inspectorate --max-operations 2",
       "govgraph check-restructure map.json suggestions/01-merge-b-into-a.json   # check one as a proposal"},
      "Suggestions are options for a person to judge: the tool cannot see statutory constraints, cost or people.",
      "0 the suggestions were written (there may be none);"));
  command->callback([options, &context] { run_suggest(*options, context); });
}

}  // namespace govgraph::cli
