// Every file govgraph writes stays valid for its format's own parser when the map's text
// holds every control character, U+FFFE, U+FFFF, right-to-left marks and markup: the
// judges are libxml2 (SVG, GraphML, HTML), RapidJSON, libcsv and Graphviz (DOT).

#include <catch2/catch.hpp>
#include <csv.h>
#include <gvc.h>
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <rapidjson/document.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <optional>
#include <string>
#include <vector>

#include "graph/escape.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::test;

namespace {

/// U+0001..U+001F, DEL, U+0085, U+FFFE, U+FFFF, RLM, RLO and markup.
std::string hostile_text() {
  std::string text;
  for (char c = 1; c < 0x20; ++c) text += c;
  return text + "\x7F\xC2\x85\xEF\xBF\xBE\xEF\xBF\xBF\xE2\x80\x8F\xE2\x80\xAE<script>alert(1)</script>&\"'";
}

/// The cells a spreadsheet would run, and the guard's own mark, as body names.
const std::vector<std::string> formula_names = {"=SUM(A1)", "-x", "'=x", "''", "'plain", "@cmd", "+1", "\tTab"};

/// The example map with the hostile text in its name, a body's name, a note, a
/// responsibility, a policy area, a source's title and a link's note.
std::string hostile_map() {
  Diagnostics ignored;
  MapData map = parse_json_map(slurp(source_path("examples/scotland-care-system/map.json")), "map.json", ignored);
  const std::string text = hostile_text();
  map.name = "Map " + text;
  map.bodies[1].name += text;
  map.bodies[0].note = "Note " + text;
  map.responsibilities[0].name += text;
  map.policy_areas[0].name += text;
  map.sources[0].title += text;
  map.links[0].note = "Link " + text;
  for (std::size_t i = 0; i < formula_names.size(); ++i) map.bodies[2 + i].name = formula_names[i];
  return write_json_map(map);
}

/// A proposal of the example, its merged body named with the hostile text.
std::string hostile_proposal() {
  std::string proposal = slurp(source_path("examples/scotland-care-system/proposals/national-childrens-inspectorate.json"));
  rapidjson::StringBuffer quoted;
  rapidjson::Writer<rapidjson::StringBuffer> writer(quoted);
  const std::string name = "Inspectorate " + hostile_text();
  writer.String(name.data(), static_cast<rapidjson::SizeType>(name.size()));
  const std::string old_name = "\"National Inspectorate for Children's Services\"";
  REQUIRE(proposal.find(old_name) != std::string::npos);
  return proposal.replace(proposal.find(old_name), old_name.size(), quoted.GetString());
}

/// A folder holding map.json (the hostile map) and proposal.json.
struct HostileFiles {
  TempDir dir;
  std::string map = quote(dir.write("map.json", hostile_map()));
  std::string proposal = quote(dir.write("proposal.json", hostile_proposal()));
  [[nodiscard]] std::string out(const std::string& name) const { return dir.file(name); }
};

/// Runs govgraph and returns the file it wrote.
std::string written(const std::string& args, const std::string& file) {
  const RunResult run = run_govgraph(args);
  INFO(args << "\n" << run.err);
  CHECK(run.exit_code <= 1);
  CHECK(run.err.find("cairo") == std::string::npos);
  return slurp(file);
}

bool well_formed_xml(const std::string& text) {
  xmlDocPtr doc = xmlReadMemory(text.data(), static_cast<int>(text.size()), "out.xml", nullptr,
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  xmlFreeDoc(doc);
  return doc != nullptr;
}

std::size_t count_elements(xmlNodePtr node, const char* name) {
  std::size_t n = 0;
  for (; node != nullptr; node = node->next)
    n += (node->type == XML_ELEMENT_NODE && xmlStrcasecmp(node->name, reinterpret_cast<const xmlChar*>(name)) == 0) +
         count_elements(node->children, name);
  return n;
}

/// An HTML page libxml2's HTML parser reads, with only the page's own two script
/// elements (its data block and its script): the map's <script> is text.
bool safe_html(const std::string& text) {
  htmlDocPtr doc = htmlReadMemory(text.data(), static_cast<int>(text.size()), "out.html", "UTF-8",
                                  HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING);
  const bool safe = doc != nullptr && count_elements(xmlDocGetRootElement(doc), "script") == 2;
  xmlFreeDoc(doc);
  return safe;
}

bool valid_json(const std::string& text) {
  rapidjson::Document document;
  document.Parse<rapidjson::kParseValidateEncodingFlag>(text.data(), text.size());
  return !document.HasParseError();
}

/// Text a person reads: UTF-8 with no control character but tab and line breaks, and
/// neither U+FFFE nor U+FFFF.
bool readable(const std::string& text) {
  return first_invalid_utf8(text) == std::string::npos && readable_text(text, "\t\n\r", "") == text;
}

using Rows = std::vector<std::vector<std::string>>;

/// The rows of strict RFC 4180 CSV, or nothing when libcsv refuses it.
std::optional<Rows> csv_rows(const std::string& text) {
  Rows rows(1);
  csv_parser parser{};
  REQUIRE(csv_init(&parser, CSV_STRICT | CSV_STRICT_FINI) == 0);
  const auto on_field = [](void* data, std::size_t length, void* out) {
    static_cast<Rows*>(out)->back().emplace_back(data == nullptr ? "" : static_cast<const char*>(data), length);
  };
  const auto on_row = [](int, void* out) { static_cast<Rows*>(out)->emplace_back(); };
  const bool ok = csv_parse(&parser, text.data(), text.size(), on_field, on_row, &rows) == text.size() &&
                  csv_fini(&parser, on_field, on_row, &rows) == 0;
  csv_free(&parser);
  rows.pop_back();
  if (!ok) return std::nullopt;
  return rows;
}

/// Whether a cell starts as a spreadsheet formula would.
bool starts_formula(const std::string& cell) {
  return !cell.empty() && std::string_view("=+-@\t\r").find(cell.front()) != std::string_view::npos;
}

std::vector<std::string> graphviz_errors;

/// Whether Graphviz reads the DOT, lays it out and draws it as well-formed SVG, with no
/// error on the way.
bool graphviz_draws(const std::string& dot) {
  static GVC_t* context = gvContext();
  graphviz_errors.clear();
  // Errors only: a layout warning (neato's "nodes touch", falling back to straight lines)
  // says nothing about whether the DOT parses.
  agseterr(AGERR);
  agseterrf([](char* message) {
    graphviz_errors.emplace_back(message);
    return 0;
  });
  Agraph_t* graph = agmemread(dot.c_str());
  if (graph == nullptr) return false;
  bool drawn = gvLayout(context, graph, "dot") == 0;
  char* svg = nullptr;
  unsigned int length = 0;
  drawn = drawn && gvRenderData(context, graph, "svg", &svg, &length) == 0;
  drawn = drawn && well_formed_xml(std::string(svg, length));
  if (svg != nullptr) gvFreeRenderData(svg);
  gvFreeLayout(context, graph);
  agclose(graph);
  return drawn && graphviz_errors.empty();
}

}  // namespace

TEST_CASE("Drawings of a map holding control characters, non-characters and markup are valid SVG, DOT, PDF and PNG") {
  const HostileFiles files;
  for (const std::string layout : {"dot", "chart"}) {
    INFO("--layout " << layout);
    const std::string render = "render " + files.map + " --layout " + layout + " -o ";
    CHECK(well_formed_xml(written(render + files.out("map.svg"), files.out("map.svg"))));
    CHECK(graphviz_draws(written(render + files.out("map.dot"), files.out("map.dot"))));
    CHECK(written(render + files.out("map.png"), files.out("map.png")).rfind("\x89PNG", 0) == 0);
    // A name Cairo cannot draw made it print "cairo: out of memory" and drop every name.
    CHECK(written(render + files.out("map.pdf"), files.out("map.pdf")).rfind("%PDF", 0) == 0);
  }
}

TEST_CASE("Map files written from a map holding control characters and formula-like names parse, and CSV round-trips") {
  const HostileFiles files;
  CHECK(well_formed_xml(written("convert " + files.map + " " + files.out("map.graphml"), files.out("map.graphml"))));
  const std::string json = written("convert " + files.map + " " + files.out("canonical.json"), files.out("canonical.json"));
  CHECK(valid_json(json));

  // For people no cell starts a formula, and reading the folder back gives the same map.
  written("convert " + files.map + " " + files.out("csv"), files.out("csv/map.json"));
  for (const std::string name : {"bodies.csv", "sources.csv", "policy_areas.csv", "links.csv", "responsibilities.csv"}) {
    INFO(name);
    const std::optional<Rows> rows = csv_rows(slurp(files.out("csv/" + name)));
    REQUIRE(rows);
    for (const auto& row : *rows)
      for (const auto& cell : row) CHECK_FALSE(starts_formula(cell));
  }
  CHECK(written("convert " + files.out("csv") + " " + files.out("back.json"), files.out("back.json")) == json);

  // For tools, the cells are the names exactly.
  written("convert " + files.map + " " + files.out("tools") + " --csv-for tools", files.out("tools/map.json"));
  const std::optional<Rows> bodies = csv_rows(slurp(files.out("tools/bodies.csv")));
  REQUIRE((bodies && bodies->size() > 2 + formula_names.size()));
  for (std::size_t i = 0; i < formula_names.size(); ++i) CHECK((*bodies)[3 + i][1] == formula_names[i]);
}

TEST_CASE("Reports on a map holding control characters and markup parse in every format") {
  const HostileFiles files;
  const auto analyse = [&](const std::string& format, const std::string& extra = "") {
    const std::string out = files.out("report." + format);
    return written("analyse " + files.map + " --fail-on never --format " + format + extra + " -o " + out, out);
  };
  CHECK(readable(analyse("text")));
  CHECK(readable(analyse("markdown")));
  CHECK(valid_json(analyse("json")));
  CHECK(safe_html(analyse("html")));
  CHECK(readable(analyse("html")));
  const std::string csv = analyse("csv");
  CHECK(readable(csv));
  const std::optional<Rows> rows = csv_rows(csv);
  REQUIRE(rows);
  for (const auto& row : *rows)
    for (const auto& cell : row) CHECK_FALSE(starts_formula(cell));
  CHECK(csv_rows(analyse("csv", " --csv-for tools")));
  CHECK(readable(written("summary " + files.map + " -o " + files.out("summary.txt"), files.out("summary.txt"))));
}

TEST_CASE("Comparisons of a map holding control characters and markup parse in every format, with their diagrams") {
  const HostileFiles files;
  const std::string example = quote(source_path("examples/scotland-care-system/map.json"));
  for (const std::string& command : {"diff " + example + " " + files.map, "check-restructure " + files.map + " " + files.proposal}) {
    INFO(command);
    const auto report = [&](const std::string& format) {
      const std::string out = files.out("report." + format);
      return written(command + " --format " + format + " -o " + out, out);
    };
    CHECK(readable(report("text")));
    CHECK(readable(report("markdown")));
    CHECK(valid_json(report("json")));
    CHECK(well_formed_xml(written(command + " -o " + files.out("r.txt") + " --diagram " + files.out("d.svg"), files.out("d.svg"))));
    CHECK(graphviz_draws(written(command + " -o " + files.out("r.txt") + " --diagram " + files.out("d.dot"), files.out("d.dot"))));
  }
}

TEST_CASE("A map's text that is not UTF-8 never reaches a writer: a lone surrogate escape is refused") {
  TempDir dir;
  const std::string map = dir.write("map.json", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A\udc00", "type": "agency"}]})");
  const RunResult run = run_govgraph("validate " + quote(map));
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("map.json:1:48: error: a \\u escape names a lone surrogate") != std::string::npos);
}

TEST_CASE("An error quoting a map's text is one line, whatever the text holds") {
  TempDir dir;
  const std::string map = dir.write("map.json", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "x\nmap.json:9:9: error: fake"}]})");
  const RunResult run = run_govgraph("validate " + quote(map));
  CHECK(run.exit_code == 2);
  CHECK(run.err.find("'x map.json:9:9: error: fake' is not a body type") != std::string::npos);
  CHECK(run.err.find("\nmap.json:9:9") == std::string::npos);
}
