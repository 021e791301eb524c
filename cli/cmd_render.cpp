// govgraph render MAP -o FILE: a Graphviz map of one view of the map, with the
// subjects of findings highlighted. The format comes from FILE's extension.

#include <algorithm>
#include <memory>

#include "analyses/analyse.hpp"
#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "cli/page_option.hpp"
#include "render/graphviz.hpp"
#include "render/map_scene.hpp"

namespace govgraph::cli {
namespace {

struct RenderCommandOptions {
  std::string map;
  std::string as_at;
  std::string output;
  std::string view = "accountability";
  std::string cluster_by = "sector";
  std::string page;
  render::RenderOptions render;
};

template <std::size_t N>
std::vector<std::string> names(const std::array<std::string_view, N>& list) {
  return {list.begin(), list.end()};
}

/// build_scene, with a choice naming what the map does not have reported by its option.
render::Scene scene_for(const GovernanceMap& map, const render::RenderOptions& settings,
                        const std::vector<Finding>& findings) {
  try {
    return render::build_scene(map, settings, findings);
  } catch (const render::UnknownChoice& e) {
    constexpr std::array<std::string_view, 4> option = {"--focus", "--below", "--policy-area", "--sector"};
    std::string message = "unknown " + std::string(render::noun(e.choice())) + " '" + e.wanted() + "' in " +
                          std::string(option[static_cast<std::size_t>(e.choice())]);
    if (!e.nearest().empty()) message += "; did you mean '" + e.nearest() + "'?";
    throw InputError(Location{}, message);
  }
}

int run_render(const RenderCommandOptions& options, const Context& context) {
  const auto format = render::format_from_path(options.output);
  if (!format)
    throw InputError(Location{options.output},
                     "cannot tell the format from the file name; use .svg, .png, .pdf or .dot");
  const std::optional<render::Page> page = page_for_output(options.page, options.output);
  refuse_outputs_onto_inputs({options.output}, {options.map});
  const GovernanceMap map = load_map_for_command(options.map, options.as_at, context);
  render::RenderOptions settings = options.render;
  settings.view = *render::parse_view(options.view);
  settings.cluster_by = *render::parse_cluster_by(options.cluster_by);
  settings.tooltips = *format == render::OutputFormat::svg || *format == render::OutputFormat::dot;

  const std::vector<Finding> findings = analyse(map);
  const render::Scene scene = scene_for(map, settings, findings);
  if (!context.quiet && scene.layout != settings.layout)
    note("govgraph: drawing " + std::to_string(scene.nodes.size()) + " boxes as a chart: dot lays out at most " +
         std::to_string(render::most_nodes_for_dot) + " in good time (--no-pack insists on dot)");
  emit(options.output, draw(scene, *format, page, options.output, context), Content::data);
  if (!context.quiet) {
    const auto links = std::count_if(scene.edges.begin(), scene.edges.end(), [](const render::SceneEdge& edge) {
      return render::find_attribute(edge.attributes, "id") != nullptr;  // invisible spacers have no id
    });
    std::size_t bodies = 0;
    for (const render::SceneNode& node : scene.nodes) bodies += node.folded.empty() ? 1 : node.folded.size();
    say(options.output + ": " + std::to_string(bodies) + " bodies, " + std::to_string(links) + " links (" +
        std::string(render::to_string(settings.view)) + " view)");
  }
  return exit_ok;
}

}  // namespace

void setup_render(CLI::App& app, Context& context) {
  auto options = std::make_shared<RenderCommandOptions>();
  CLI::App* command = app.add_subcommand("render", "Draw a map of the bodies and their links (SVG, PNG, PDF or DOT)");
  add_map_options(*command, options->map, options->as_at);
  command
      ->add_option("-o,--output", options->output,
                   "The file to write; its extension gives the format: .svg .png .pdf .dot")
      ->required();
  one_of_names(command->add_option("--view", options->view, "Which links to draw"), names(render::view_names))
      ->capture_default_str();
  command->add_option("--focus", options->render.focus,
                      "Draw only the bodies within --depth links of this body (an id)");
  command->add_option("--depth", options->render.depth, "How many links from --focus")->capture_default_str();
  command->add_option("--policy-area", options->render.policy_area,
                      "Draw only the bodies in this policy area or its sub-areas (an id)");
  command->add_option("--below", options->render.below,
                      "Draw only this body (an id) and the bodies below it, and the bodies elsewhere linked to them "
                      "(in grey)");
  command->add_option("--levels", options->render.levels,
                      "Draw only the top N levels of the hierarchy (level 1: bodies answering to none drawn); "
                      "each body says how many are hidden below it. 0: every level")
      ->capture_default_str();
  command->add_option("--sector", options->render.sector,
                      "Draw only this sector's bodies, and the bodies of other sectors linked to them (in grey)");
  one_of_names(command->add_option("--cluster-by", options->cluster_by, "Group bodies in boxes"),
               names(render::cluster_by_names))
      ->capture_default_str();
  one_of_names(command->add_option("--layout", options->render.layout,
                                   "How to lay the map out: dot ranks each body under its masters; chart draws an "
                                   "organisation chart, the bodies answering to one body in columns below it (the "
                                   "most compact, for print); sfdp or neato for dense networks"),
               names(render::layout_names))
      ->capture_default_str();
  CLI::Option* fold =
      command
          ->add_option("--fold", options->render.fold_min,
                       "Draw leaves of one type answering to the same body as one box listing them, from N "
                       "leaves (accountability and all views); 0 never")
          ->check(CLI::NonNegativeNumber)
          ->capture_default_str();
  command
      ->add_flag_callback(
          "--no-fold", [options] { options->render.fold_min = 0; }, "Draw every body as its own node (--fold 0)")
      ->excludes(fold);
  command->add_flag_callback(
      "--no-pack", [options] { options->render.pack = false; },
      "With dot, lay the map out in one piece, sector boxes side by side (by default each sector is laid out alone "
      "and the boxes packed to fit a page, as a chart always is). Also keeps dot past 1,200 boxes, where the "
      "default draws a chart instead, as dot alone would take minutes");
  add_page_option(*command, options->page, "the map");
  command->add_flag("--highlight,!--no-highlight", options->render.highlight,
                    "Outline the subjects of errors (red) and warnings (amber); on by default");
  command->footer(help_footer(
      {"govgraph render examples/scotland-care-system/map.json -o accountability.svg",
       "govgraph render examples/scotland-care-system/map.json --view funding -o funding.pdf",
       "govgraph render examples/scotland-care-system/map.json --focus the-promise-scotland --depth 2 -o promise.png",
       "govgraph render examples/scotland-care-system/map.json --sector local -o local.pdf",
       "govgraph render examples/scotland-care-system/map.json --layout chart --sector national -o national.pdf",
       "govgraph render examples/scotland-care-system/map.json --layout chart --levels 2 --page a4 -o overview.pdf",
       "govgraph render examples/scotland-care-system/map.json --no-fold -o every-body.svg",
       "govgraph render examples/scotland-care-system/map.json --layout sfdp --view all --cluster-by none -o all.svg"},
      "Formats: svg (with ids, classes and tooltips), png, pdf, dot (the Graphviz source as it is drawn:\n"
      "packed sectors and charts carry their positions, so Graphviz's own programs draw it the same).\n"
      "See docs/maps.md for the visual vocabulary.",
      "0 written;"));
  command->callback([options, &context] { context.exit_code = run_render(*options, context); });
}

}  // namespace govgraph::cli
