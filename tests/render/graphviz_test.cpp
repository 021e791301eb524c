// Drawing through Graphviz's libraries: well-formed SVG with every id, file signatures,
// odd names shown as text, byte-stable output, every layout engine.

#include <catch2/catch.hpp>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <functional>
#include <set>
#include <sstream>
#include <string>

#include "render/graphviz.hpp"
#include "render/map_scene.hpp"
#include "tests/render/maps.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::render;

namespace {

/// A parsed SVG document (no network, no DTD fetched), freed when it goes.
class Svg {
 public:
  explicit Svg(const std::string& text)
      : doc_(xmlReadMemory(text.data(), static_cast<int>(text.size()), "map.svg", nullptr, XML_PARSE_NONET)) {}
  ~Svg() { xmlFreeDoc(doc_); }
  Svg(const Svg&) = delete;
  Svg& operator=(const Svg&) = delete;
  [[nodiscard]] bool ok() const { return doc_ != nullptr; }

  /// Visits every element, depth first.
  void each(const std::function<void(xmlNode*)>& visit) const {
    std::function<void(xmlNode*)> walk = [&](xmlNode* node) {
      for (xmlNode* n = node; n != nullptr; n = n->next) {
        if (n->type == XML_ELEMENT_NODE) visit(n);
        walk(n->children);
      }
    };
    walk(xmlDocGetRootElement(doc_));
  }

  [[nodiscard]] std::set<std::string> attribute_values(const char* name) const {
    std::set<std::string> values;
    each([&](xmlNode* n) {
      for (xmlAttr* a = n->properties; a != nullptr; a = a->next)
        if (std::string(reinterpret_cast<const char*>(a->name)) == name) values.insert(text_of(a->children));
    });
    return values;
  }

  [[nodiscard]] std::set<std::string> texts() const {
    std::set<std::string> values;
    each([&](xmlNode* n) {
      if (element_name(n) == "text") values.insert(text_of(n->children));
    });
    return values;
  }

  [[nodiscard]] std::set<std::string> element_names() const {
    std::set<std::string> names;
    each([&](xmlNode* n) { names.insert(element_name(n)); });
    return names;
  }

 private:
  static std::string element_name(xmlNode* n) { return reinterpret_cast<const char*>(n->name); }
  static std::string text_of(xmlNode* n) {
    std::string text;
    for (; n != nullptr; n = n->next)
      if (n->content != nullptr) text += reinterpret_cast<const char*>(n->content);
    return text;
  }
  xmlDoc* doc_;
};

std::string draw_map(const MapData& data, OutputFormat format, const RenderOptions& options = {}) {
  const GovernanceMap map = test::checked(data);
  return govgraph::render::render(build_scene(map, options, {}), format);
}

}  // namespace

TEST_CASE("An SVG map is well-formed XML holding every body id") {
  RenderOptions unfolded;
  unfolded.fold_min = 0;
  for (const MapData& data : {test::small_hierarchy(), test::odd_names(), test::fan(20)}) {
    const Svg svg(draw_map(data, OutputFormat::svg, unfolded));
    REQUIRE(svg.ok());
    const std::set<std::string> ids = svg.attribute_values("id");
    for (const Body& body : data.bodies) CHECK(ids.count(body.id) == 1);
  }
  // Folded, a listed body's row is an anchor whose id is "a_" and the body's id.
  const MapData fan = test::fan(20);
  const Svg svg(draw_map(fan, OutputFormat::svg));
  REQUIRE(svg.ok());
  const std::set<std::string> ids = svg.attribute_values("id");
  CHECK(ids.count("directorate") == 1);
  CHECK(ids.count("fold_body-1") == 1);
  for (std::size_t i = 1; i <= 20; ++i) {
    CHECK(ids.count("a_body-" + std::to_string(i)) == 1);
    CHECK(ids.count("body-" + std::to_string(i)) == 0);
  }
}

TEST_CASE("SVG nodes and lines carry class names by body type and link kind, and tooltips") {
  const Svg svg(draw_map(test::small_hierarchy(), OutputFormat::svg));
  REQUIRE(svg.ok());
  const std::set<std::string> classes = svg.attribute_values("class");
  CHECK(classes.count("node body regulator") == 1);
  CHECK(classes.count("node body legislature") == 1);
  CHECK(classes.count("edge link accountable_to") == 1);
  CHECK(classes.count("cluster sector") == 1);
  const std::set<std::string> tips = svg.attribute_values("title");
  CHECK(tips.count("Care Agency\nid: agency\ntype: agency; sector: national\nsource: cp1 p.70") == 1);
}

TEST_CASE("Odd names render as their own text in SVG, never as markup or escapes") {
  RenderOptions unfolded;
  unfolded.fold_min = 0;
  const Svg svg(draw_map(test::odd_names(), OutputFormat::svg, unfolded));
  REQUIRE(svg.ok());
  const std::set<std::string> texts = svg.texts();
  for (const char* expected :
       {"Say \"hi\"", "A\\lB \\N \\G", "<script>alert(1)</script>", "& co", "Line one", "Line two", "Comhairle nan",
        "Eilean Siar", "Ends in \\", "\xC3\x80ird <local>", "Odd \"names\" \\N <b>map</b> \u2014 accountability"})
    CHECK(texts.count(expected) == 1);
  CHECK(svg.element_names().count("script") == 0);
  CHECK(svg.element_names().count("b") == 0);
  const std::set<std::string> tips = svg.attribute_values("title");
  CHECK(std::any_of(tips.begin(), tips.end(), [](const std::string& t) {
    return t.find("source: <a href=\"x\">p.1</a> \\l") != std::string::npos;
  }));
  CHECK(std::any_of(tips.begin(), tips.end(),
                    [](const std::string& t) { return t.find("source: \"quoted\" & <tag>") != std::string::npos; }));
}

TEST_CASE("Odd names listed in a folded node render as their own text, with their tooltips") {
  const Svg svg(draw_map(test::odd_names(), OutputFormat::svg));
  REQUIRE(svg.ok());
  const std::set<std::string> texts = svg.texts();
  for (const char* expected :
       {"\u2022 Say \"hi\"", "\u2022 A\\lB \\N \\G", "\u2022 Line one", "Line two", "\u2022 Ends in \\"})
    CHECK(texts.count(expected) == 1);
  CHECK(svg.element_names().count("script") == 0);
  const std::set<std::string> tips = svg.attribute_values("title");
  CHECK(std::any_of(tips.begin(), tips.end(),
                    [](const std::string& t) { return t.find("Say \"hi\"\nid: quotes\n") == 0; }));
  CHECK(std::any_of(tips.begin(), tips.end(), [](const std::string& t) {
    return t.find("source: <a href=\"x\">p.1</a> \\l") != std::string::npos;
  }));
}

TEST_CASE("PNG and PDF maps start with their file signatures") {
  const std::string png = draw_map(test::small_hierarchy(), OutputFormat::png);
  CHECK(png.substr(0, 8) == std::string("\x89PNG\r\n\x1a\n", 8));
  const std::string pdf = draw_map(test::odd_names(), OutputFormat::pdf);
  CHECK(pdf.substr(0, 5) == "%PDF-");
  CHECK(pdf.find("%%EOF") != std::string::npos);
}

TEST_CASE("A PDF carries a fixed creation date, not the time it was drawn") {
  const std::string pdf = draw_map(test::small_hierarchy(), OutputFormat::pdf);
  const std::size_t at = pdf.find("/CreationDate (D:");
  REQUIRE(at != std::string::npos);
  CHECK(pdf.substr(at + 17, 14) == "20000101000000");
  // The xref table still points at its objects: "startxref" gives the table's offset.
  const std::size_t start = pdf.rfind("startxref\n");
  REQUIRE(start != std::string::npos);
  const std::size_t offset = std::stoul(pdf.substr(start + 10));
  CHECK(pdf.compare(offset, 4, "xref") == 0);
}

TEST_CASE("The same map gives the same bytes, in DOT, SVG, PNG and PDF, with dot and as a chart") {
  RenderOptions chart;
  chart.layout = "chart";
  for (const RenderOptions& options : {RenderOptions{}, chart}) {
    for (OutputFormat format : {OutputFormat::dot, OutputFormat::svg, OutputFormat::png, OutputFormat::pdf}) {
      const std::string first = draw_map(test::small_hierarchy(), format, options);
      CHECK(first == draw_map(test::small_hierarchy(), format, options));
    }
  }
}

TEST_CASE("Every layout engine draws the map") {
  for (std::string_view layout : layout_names) {
    RenderOptions options;
    options.layout = std::string(layout);
    const Svg svg(draw_map(test::small_hierarchy(), OutputFormat::svg, options));
    CHECK(svg.ok());
  }
}

TEST_CASE("The DOT file and the drawing come from the same graph") {
  // Graphviz's own dot program, fed the DOT text, draws exactly what the library drew,
  // packed sectors (odd_names has two) included.
  const GovernanceMap map = test::checked(test::odd_names());
  const Scene scene = build_scene(map, {}, {});
  REQUIRE(scene.pack_clusters);
  const test::TempDir temp;
  const std::string dot_file = temp.write("map.dot", govgraph::render::render(scene, OutputFormat::dot));
  const std::string svg_file = temp.file("map.svg");
  REQUIRE(std::system(("dot -Tsvg -o " + test::quote(svg_file) + " " + test::quote(dot_file)).c_str()) == 0);
  CHECK(test::slurp(svg_file) == govgraph::render::render(scene, OutputFormat::svg));
}

TEST_CASE("A chart's DOT file pins every node, and Graphviz's dot program draws it as the library does") {
  const GovernanceMap map = test::checked(test::odd_names());
  RenderOptions options;
  options.layout = "chart";
  const Scene scene = build_scene(map, options, {});
  const std::string dot = govgraph::render::render(scene, OutputFormat::dot);
  CHECK(dot.find("layout=\"nop2\"") != std::string::npos);
  // Each node is declared on a line of its own, `"name" [id=..., pos="x,y", ...]`.
  std::size_t declared = 0;
  std::istringstream lines(dot);
  for (std::string line; std::getline(lines, line);) {
    if (line.find(" [id=\"") == std::string::npos || line.find("\" -> \"") != std::string::npos) continue;
    ++declared;
    INFO(line);
    CHECK(line.find(" pos=\"") != std::string::npos);
  }
  CHECK(declared == with_key(scene).nodes.size());
  const test::TempDir temp;
  const std::string dot_file = temp.write("map.dot", dot);
  const std::string svg_file = temp.file("map.svg");
  REQUIRE(std::system(("dot -Tsvg -o " + test::quote(svg_file) + " " + test::quote(dot_file)).c_str()) == 0);
  CHECK(test::slurp(svg_file) == govgraph::render::render(scene, OutputFormat::svg));
}

TEST_CASE("An unknown layout engine is reported with Graphviz's message") {
  const GovernanceMap map = test::checked(test::small_hierarchy());
  Scene scene = build_scene(map, {}, {});
  scene.layout = "nonesuch";
  CHECK_THROWS_WITH(govgraph::render::render(scene, OutputFormat::svg), Catch::Contains("nonesuch"));
}

TEST_CASE("The format comes from the file extension") {
  CHECK(format_from_path("out/map.svg") == OutputFormat::svg);
  CHECK(format_from_path("MAP.PNG") == OutputFormat::png);
  CHECK(format_from_path("a.b.pdf") == OutputFormat::pdf);
  CHECK(format_from_path("map.dot") == OutputFormat::dot);
  CHECK(format_from_path("map.gv") == OutputFormat::dot);
  CHECK_FALSE(format_from_path("map.txt").has_value());
  CHECK_FALSE(format_from_path("map").has_value());
}

TEST_CASE("Node centres include each body of a folded node, top down within it") {
  const GovernanceMap map = test::checked(test::fan(4));
  const Scene scene = build_scene(map, {}, {});
  const auto centres = node_centres(scene);
  REQUIRE(centres.count("fold_body-1") == 1);
  const NodeCentre box = centres.at("fold_body-1");
  double previous = box.y + 1000;
  for (const char* id : {"body-1", "body-2", "body-3", "body-4"}) {
    REQUIRE(centres.count(id) == 1);
    CHECK(centres.at(id).x == box.x);
    CHECK(centres.at(id).y < previous);
    previous = centres.at(id).y;
  }
  CHECK(centres.at("body-1").y > box.y);
  CHECK(centres.at("body-4").y < box.y);
  CHECK(centres.at("directorate").y > centres.at("body-1").y);
}
