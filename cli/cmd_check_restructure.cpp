// govgraph check-restructure MAP PROPOSAL: what a proposed restructure fixes and breaks.

#include <future>
#include <memory>

#include "cli/command.hpp"
#include "cli/comparison_output.hpp"
#include "cli/map_input.hpp"
#include "cli/progress.hpp"
#include "importers/load.hpp"
#include "restructure/apply.hpp"
#include "restructure/compare.hpp"

namespace govgraph::cli {
namespace {

struct CheckRestructureOptions {
  std::string map;
  std::string proposal;
  ComparisonOutputOptions out;
};

void run_check_restructure(const CheckRestructureOptions& options, Context& context) {
  const ComparisonAnalysis analysis = prepare_comparison(options.out, {options.map, options.proposal});
  const ProgressLine progress(worth_showing({options.map}, context));
  Diagnostics warnings;
  MapData before_data = load_map_data(options.map, warnings);
  if (!options.out.as_at.empty()) before_data = as_at(before_data, options.out.as_at);
  print_warnings(warnings, context);
  const Proposal proposal = load_proposal(options.proposal);
  // Applied to the map built, whose rows of each body's links stand in for an index of a
  // million links by body id. The maps and the comparison are kept to the end (Context::keep).
  const GovernanceMap& before = context.keep(GovernanceMap(std::move(before_data)));
  AppliedProposal& applied = context.keep(apply_proposal(before, proposal));
  const GovernanceMap& after = context.keep(GovernanceMap(std::move(applied.after), std::move(applied.after_ids)));
  // The two analyses share nothing: the proposed map is analysed on a second thread.
  auto after_analysed = std::async(std::launch::async, [&] { return analysis(after); });
  AnalysedMap before_analysed = analysis(before);
  report_progress("comparing");
  const Comparison& comparison =
      context.keep(compare_proposal(proposal, applied, std::move(before_analysed), after_analysed.get()));
  write_comparison(comparison, before, after, options.out, context);
}

}  // namespace

void setup_check_restructure(CLI::App& app, Context& context) {
  auto options = std::make_shared<CheckRestructureOptions>();
  CLI::App* command = app.add_subcommand(
      "check-restructure",
      "Apply a restructure proposal to a copy of the map: what each operation changed, metrics and findings before "
      "and after, duties lost, and a diff map");
  command->add_option("MAP", options->map, "The map: " + std::string(map_forms))->required();
  command->add_option("PROPOSAL", options->proposal, "The proposal: a JSON file (docs/restructures.md)")->required();
  options->out.fail_on = "error";
  add_comparison_output_options(
      *command, options->out, "Apply the proposal to the map as it stood on this date (YYYY-MM-DD)",
      "Exit 1 when the proposal introduces a finding of this severity or a higher one, or loses a duty");
  command->footer(help_footer(
      {"govgraph check-restructure examples/scotland-care-system/map.json \\\n"
       "      examples/scotland-care-system/proposals/national-childrens-inspectorate.json",
       "govgraph check-restructure map.json proposal.json --format markdown -o report.md --diagram diff.svg",
       "govgraph check-restructure map.json proposal.json --format html -o check.html   # a page for a browser"},
      "A bad proposal is named by operation and field: operations[2].bodies[1] (merge): ...",
      "0 nothing introduced at or above --fail-on and no duty lost; 1 otherwise;"));
  command->callback([options, &context] { run_check_restructure(*options, context); });
}

}  // namespace govgraph::cli
