// govgraph summary MAP: what the map holds, counted by type, sector, link kind and area.

#include <algorithm>
#include <map>
#include <memory>
#include <sstream>

#include "analyses/money.hpp"
#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "graph/amount.hpp"

namespace govgraph::cli {
namespace {

/// "1 body", "3 bodies".
std::string count(std::size_t n, const char* one, const char* many) {
  return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

struct SummaryOptions {
  std::string map;
  std::string as_at;
  std::string output;
};

void counted(std::ostringstream& out, const std::string& title, const std::vector<std::pair<std::string, std::size_t>>& rows) {
  out << '\n' << title << '\n';
  std::size_t width = 0;
  for (const auto& [label, n] : rows) width = std::max(width, label.size());
  for (const auto& [label, n] : rows)
    out << "  " << label << std::string(width - label.size() + 2, ' ') << n << '\n';
}

std::string summarise(const GovernanceMap& map) {
  const MapData& data = map.data();
  std::ostringstream out;
  out << (data.name.empty() ? std::string("Governance map") : data.name);
  if (!data.as_of.empty()) out << " (as of " << data.as_of << ')';
  out << "\n  " << count(map.body_count(), "body", "bodies") << ", " << count(map.link_count(), "link", "links") << ", "
      << count(data.responsibilities.size(), "responsibility", "responsibilities") << ", "
      << count(data.policy_areas.size(), "policy area", "policy areas") << ", "
      << count(data.sources.size(), "source", "sources") << '\n';

  out << "\nApex (accountability ends here)\n";
  for (auto v : map.apexes()) out << "  " << map.body(v).name << " (" << map.body(v).id << ")\n";
  if (map.apexes().empty()) out << "  none: add a legislature or list bodies in \"apex\"\n";

  std::vector<std::pair<std::string, std::size_t>> by_type;
  for (const auto& [type, n] : bodies_by_type(data)) by_type.emplace_back(type, n);
  counted(out, "Bodies by type", by_type);

  std::map<std::string, std::size_t> sectors;
  for (const auto& b : data.bodies) ++sectors[b.sector.empty() ? "(none)" : b.sector];
  counted(out, "Bodies by sector", {sectors.begin(), sectors.end()});

  std::vector<std::pair<std::string, std::size_t>> by_kind;
  for (std::size_t k = 0; k < link_kind_names.size(); ++k) {
    const auto n = static_cast<std::size_t>(std::count_if(data.links.begin(), data.links.end(),
                                                          [&](const Link& l) { return static_cast<std::size_t>(l.kind) == k; }));
    if (n > 0) by_kind.emplace_back(link_kind_names[k], n);
  }
  counted(out, "Links by kind", by_kind);

  if (!data.policy_areas.empty()) {
    // Bodies with an interest and responsibilities per area, the tree shown by indentation.
    std::vector<std::size_t> bodies_in(data.policy_areas.size()), duties_in(data.policy_areas.size());
    for (const auto& b : data.bodies)
      for (const auto& a : b.policy_areas) ++bodies_in[map.find_policy_area(a).value()];
    for (const auto& r : data.responsibilities)
      if (!r.policy_area.empty()) ++duties_in[map.find_policy_area(r.policy_area).value()];
    std::vector<std::vector<std::size_t>> children(data.policy_areas.size());
    std::vector<std::size_t> roots;
    for (std::size_t a = 0; a < data.policy_areas.size(); ++a) {
      if (const AreaIndex parent = map.parent_area(AreaIndex(a))) children[parent.value()].push_back(a);
      else roots.push_back(a);
    }
    out << "\nPolicy areas (bodies with an interest, responsibilities)\n";
    constexpr int max_indented_depth = 12;
    std::vector<std::pair<std::size_t, int>> pending;  // (area, depth), walked without recursion
    for (auto it = roots.rbegin(); it != roots.rend(); ++it) pending.emplace_back(*it, 0);
    while (!pending.empty()) {
      auto [a, depth] = pending.back();
      pending.pop_back();
      // Past a readable depth the level is written as a number, so a very deep tree
      // prints in linear size rather than in the square of its depth.
      const std::string indent = depth <= max_indented_depth
                                     ? std::string(static_cast<std::size_t>(depth) * 2, ' ')
                                     : std::string(max_indented_depth * 2, ' ') + "[level " + std::to_string(depth) + "] ";
      out << "  " << indent << data.policy_areas[a].name << " ("
          << data.policy_areas[a].id << "): " << count(bodies_in[a], "body", "bodies") << ", "
          << count(duties_in[a], "responsibility", "responsibilities") << '\n';
      for (auto it = children[a].rbegin(); it != children[a].rend(); ++it) pending.emplace_back(*it, depth + 1);
    }
  }

  // Each pound once: what enters the map, apart from what funded bodies pass on.
  const FundingFigures funding = funding_figures(map);
  const std::string currency = data.currency.empty() ? std::string() : " " + data.currency;
  const auto money = [&](const Money& m) {
    std::string text = m.links == m.unknown + m.other_currency ? std::string("an unknown amount")
                                                               : format_amount(m.known) + currency;
    if (m.unknown > 0 && m.links > m.unknown + m.other_currency) text += " and unknown amounts";
    return text + " in " + count(m.links, "funding link", "funding links");
  };
  out << "\nFunding\n  New money into the map: " << money(funding.new_money) << "\n  Passed on within the map: "
      << money(funding.onward) << '\n';
  std::vector<const BodyFunding*> funders;
  for (const auto& flow : funding.by_body)
    if (flow.out.known > 0) funders.push_back(&flow);
  std::stable_sort(funders.begin(), funders.end(), [](const auto* a, const auto* b) { return a->out.known > b->out.known; });
  for (const auto* flow : funders) out << "  " << flow->name << " pays out " << format_amount(flow->out.known) << currency << '\n';
  return out.str();
}

}  // namespace

void setup_summary(CLI::App& app, Context& context) {
  auto options = std::make_shared<SummaryOptions>();
  CLI::App* command = app.add_subcommand("summary", "Count what a map holds: bodies by type and sector, links by "
                                                    "kind, policy areas, apexes and funding");
  add_map_options(*command, options->map, options->as_at);
  command->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  command->footer(help_footer({"govgraph summary examples/scotland-care-system/map.json"}, "", "0 printed;"));
  command->callback([options, &context] {
    refuse_outputs_onto_inputs({options->output}, {options->map});
    const ProgressLine progress(worth_showing({options->map}, context));
    const GovernanceMap map = load_map_for_command(options->map, options->as_at, context);
    emit(options->output, summarise(map), Content::text);
  });
}

}  // namespace govgraph::cli
