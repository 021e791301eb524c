// govgraph convert IN OUT: between the JSON, workbook, CSV-folder and GraphML forms of a map,
// and out to GEXF.

#include <map>
#include <memory>

#include "cli/command.hpp"
#include "cli/map_input.hpp"
#include "cli/output.hpp"
#include "cli/progress.hpp"
#include "graph/text.hpp"
#include "importers/csv_writer.hpp"
#include "importers/gexf_writer.hpp"
#include "importers/graphml_writer.hpp"
#include "importers/json_writer.hpp"
#include "importers/kumu.hpp"
#include "importers/load.hpp"
#include "importers/xlsx_writer.hpp"
#include "render/style.hpp"

namespace govgraph::cli {
namespace {

struct ConvertOptions {
  std::string input;
  std::string output;
  CsvFor csv_for = CsvFor::people;
  CsvBom csv_bom = CsvBom::for_people;
  bool responsibilities_as_nodes = false;
};

/// govgraph's own map colours and shapes (render/style.hpp) for yEd and Gephi, with the
/// looks `map` declares for its own types. Refers to `map`.
GraphLook map_look(const MapData& map) {
  return GraphLook{[&map](const Body& body) {
                     const render::BodyStyle style = render::body_style(body, map.body_types);
                     return NodeLook{style.shape, style.fill, style.extra, style.text_colour};
                   },
                   [](LinkKind kind) {
                     const render::LinkStyle style = render::link_style(kind);
                     return EdgeLook{style.style, style.colour, style.directed};
                   }};
}

void run_convert(const ConvertOptions& options, const Context& context) {
  const ProgressLine progress(worth_showing({options.input}, context));
  Diagnostics warnings;
  const MapData map = load_map_data(options.input, warnings);
  print_warnings(warnings, context);
  const std::filesystem::path out = options.output;
  refuse_outputs_onto_inputs({options.output}, {options.input});
  const std::string extension = lowercase_extension(out);
  report_progress("writing " + options.output);
  if (extension == ".json" && lowercase_extension(out.stem()) == ".kumu") {
    write_file_atomically(out, write_kumu_map(map));
    return;
  }
  if (extension == ".json") {
    write_file_atomically(out, write_json_map(map));
    return;
  }
  if (extension == ".graphml") {
    const GraphLook look = map_look(map);
    write_file_atomically(out, write_graphml_map(map, {options.responsibilities_as_nodes, &look}));
    return;
  }
  if (extension == ".gexf") {
    const GraphLook look = map_look(map);
    write_file_atomically(out, write_gexf_map(map, &look));
    return;
  }
  if (extension == ".xlsx") {
    Diagnostics losses;
    const std::string workbook = write_xlsx_map(map, losses, options.output);
    print_warnings(losses, context);
    write_file_atomically(out, workbook);
    return;
  }
  if (out.has_extension())
    throw InputError(Location{options.output},
                     "OUT: expected a .json, .kumu.json, .xlsx, .graphml or .gexf file, or a folder for CSV files; "
                     "found the extension " +
                         out.extension().string());
  // Render every file before writing any, so a failure leaves nothing half-converted.
  Diagnostics losses;
  auto files = write_csv_folder(map, losses, options.csv_for);
  print_warnings(losses, context);
  std::error_code error;
  if (std::filesystem::is_directory(out, error) && !std::filesystem::is_empty(out, error) &&
      !std::filesystem::exists(out / "bodies.csv", error))
    // A folder holding other things (a JSON map.json, documents) is not ours to write into.
    throw InputError(Location{options.output},
                     "OUT: this folder is not empty and holds no bodies.csv, so it is not a CSV map folder; "
                     "expected a new or empty folder, or a CSV map folder to update (convert writes map.json and "
                     "five CSV files)");
  std::vector<std::pair<std::string, std::string_view>> outputs;
  std::vector<std::string> paths;
  const bool bom = starts_with_bom(options.csv_bom, options.csv_for);
  for (auto& [name, content] : files) {
    if (bom && name.ends_with(".csv")) content.insert(0, utf8_bom);
    outputs.emplace_back(name, content);
    paths.push_back((out / name).string());
  }
  refuse_outputs_onto_inputs(paths, {options.input});
  write_folder_atomically(out, outputs);
}

}  // namespace

void setup_convert(CLI::App& app, Context& context) {
  auto options = std::make_shared<ConvertOptions>();
  CLI::App* command = app.add_subcommand(
      "convert", "Convert a map between JSON, an Excel workbook, a CSV folder and GraphML, or to GEXF");
  command->add_option("IN", options->input, "The map to read: " + std::string(map_forms))->required();
  command->add_option("OUT", options->output,
                      "Where to write: a .json file, a .kumu.json file (a Kumu blueprint), an .xlsx workbook (a sheet per "
                      "collection), a .graphml file (for "
                      "Gephi, yEd, NetworkX, igraph; govgraph reads it back), a .gexf file (for Gephi; write-only), "
                      "or a folder for CSV files")
      ->required();
  command->add_flag("--responsibilities-as-nodes", options->responsibilities_as_nodes,
                    "For GraphML: each responsibility also as a node, joined to its owners by edges whose kind is "
                    "the role (lead, delivers, supports)");
  add_csv_for_option(*command, options->csv_for, "For a CSV folder: ", ", which govgraph removes when it reads the folder");
  add_csv_bom_option(*command, options->csv_bom, "For a CSV folder: ");
  command->footer(help_footer(
      {"govgraph convert examples/scotland-care-system/map.json out/csv     (JSON to CSV folder)",
       "govgraph convert out/csv out/map.json                               (CSV folder to JSON)",
       "govgraph convert examples/scotland-care-system/map.json out/map.xlsx    (JSON to an Excel workbook)",
       "govgraph convert out/map.xlsx out/map.json                          (workbook to JSON)",
       "govgraph convert examples/scotland-care-system/map.json out/map.graphml (for Gephi or yEd)",
       "govgraph convert out/map.graphml out/map.json                       (GraphML back to JSON)",
       "govgraph convert examples/scotland-care-system/map.json out/map.gexf    (Gephi's own format)",
       "govgraph convert examples/scotland-care-system/map.json out/map.kumu.json (a Kumu blueprint)",
       "govgraph convert kumu-export.json out/map.json                     (a Kumu map into govgraph)"},
      "JSON is written in canonical form: converting a canonical file gives the same bytes.\n"
      "A workbook holds the CSV files' columns, a sheet each, and a Map sheet for map.json's fields.\n"
      "A CSV folder is written whole or not at all; an existing CSV map folder is updated, but a non-empty\n"
      "folder without bodies.csv is refused. What CSV cannot hold is named in a warning (docs/format.md).\n"
      "GraphML keeps the whole map (JSON to GraphML to JSON gives the same bytes) and carries yEd's colours;\n"
      "GEXF keeps bodies and links only (docs/format.md, \"GraphML and GEXF\").\n"
      "A Kumu blueprint (a JSON object with \"elements\" and no \"bodies\") is read as a map wherever a MAP\n"
      "is; docs/kumu.md gives the mapping and what Kumu cannot hold.\n"
      "An OUT that cannot be written is bad input.",
      "0 written;"));
  command->callback([options, &context] { run_convert(*options, context); });
}

}  // namespace govgraph::cli
