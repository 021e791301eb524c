// Paper: page sizes and the fitting arithmetic (page.hpp), exact PDF pages through
// Graphviz, and apexes kept above the bodies answering to them however the packing goes.

#include <catch2/catch.hpp>

#include <map>
#include <string>
#include <vector>

#include "analyses/analyse.hpp"
#include "importers/json_reader.hpp"
#include "render/chart.hpp"
#include "render/graphviz.hpp"
#include "render/map_scene.hpp"
#include "render/page.hpp"
#include "tests/render/maps.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::render;

namespace {

/// A PDF's /MediaBox, as cairo writes it: "[ 0 0 595 842 ]".
std::string media_box(const std::string& pdf) {
  const std::size_t at = pdf.find("/MediaBox ");
  return at == std::string::npos ? std::string() : pdf.substr(at + 10, pdf.find(']', at) - at - 9);
}

/// Parliament above Ministers above six agencies, each with a board; and a second apex,
/// the UK Parliament, that Ofsted and the sixth agency answer to. Packed tallest first,
/// the UK Parliament's small tree went below the main one, under the agency answering to it.
MapData two_apexes() {
  MapData data;
  data.name = "Two apexes";
  data.bodies = {test::make_body("parliament", "Parliament", BodyType::legislature),
                 test::make_body("ministers", "Ministers", BodyType::minister),
                 test::make_body("uk", "UK Parliament", BodyType::legislature),
                 test::make_body("ofsted", "Ofsted", BodyType::regulator)};
  data.links = {test::make_link("ministers", LinkKind::accountable_to, "parliament"),
                test::make_link("ofsted", LinkKind::accountable_to, "uk")};
  for (int i = 1; i <= 6; ++i) {
    const std::string n = std::to_string(i);
    data.bodies.push_back(test::make_body("agency-" + n, "Agency number " + n + " with a long name", BodyType::agency));
    data.bodies.push_back(test::make_body("board-" + n, "Board " + n, BodyType::board));
    data.links.push_back(test::make_link("agency-" + n, LinkKind::accountable_to, "ministers"));
    data.links.push_back(test::make_link("board-" + n, LinkKind::accountable_to, "agency-" + n));
  }
  data.links.push_back(test::make_link("agency-6", LinkKind::accountable_to, "uk"));
  return data;
}

/// The lines of the scene's hierarchy from an apex (a node no such line reaches) drawn
/// with the apex's centre lower than the other end's by more than level_with, as "a -> b".
std::vector<std::string> apexes_below(const Scene& scene, const std::map<std::string, NodeCentre>& centres) {
  std::vector<bool> answers(scene.nodes.size(), false);
  for (const SceneEdge& edge : scene.edges)
    if (edge.hierarchy != Hierarchy::none) answers[edge.head] = true;
  std::vector<std::string> below;
  for (const SceneEdge& edge : scene.edges) {
    if (edge.hierarchy == Hierarchy::none || answers[edge.tail]) continue;
    const std::string& apex = scene.nodes[edge.tail].name;
    const std::string& lower = scene.nodes[edge.head].name;
    if (centres.at(apex).y < centres.at(lower).y - level_with) below.push_back(apex + " -> " + lower);
  }
  return below;
}

}  // namespace

TEST_CASE("Page names give ISO sizes in points, either way up") {
  CHECK(page_names() == std::vector<std::string>{"a4", "a3", "a2", "a4-landscape", "a3-landscape", "a2-landscape"});
  const Page a4 = *parse_page("a4");
  CHECK((a4.width() == 595 && a4.height() == 842));
  CHECK(a4.describe() == "A4 portrait");
  const Page a3 = *parse_page("a3-landscape");
  CHECK((a3.width() == 1191 && a3.height() == 842));
  CHECK(a3.describe() == "A3 landscape");
  CHECK((parse_page("a2")->width() == 1191 && parse_page("a2")->height() == 1684));
  CHECK(!parse_page("a5"));
  CHECK(!parse_page("A4"));
  // 10 mm margins leave whole points: 595 - 56.69 = 538.31, so 538.
  CHECK(a4.printable_width() == 538);
  CHECK(a4.printable_height() == 785);
}

TEST_CASE("A drawing is shrunk to fit inside the margins, never enlarged, and centred") {
  const Page landscape = *parse_page("a4-landscape");  // printable 785 x 538
  const PageFit wide = fit_on_page(1570, 500, landscape);
  CHECK(wide.scale == Approx(0.5));
  CHECK(wide.margin_x == Approx((842 - 785) / 2.0));
  CHECK(wide.margin_y == Approx((595 - 250) / 2.0));
  const PageFit tall = fit_on_page(100, 1076, landscape);
  CHECK(tall.scale == Approx(0.5));
  CHECK(tall.margin_x == Approx((842 - 50) / 2.0));
  const PageFit small = fit_on_page(200, 100, landscape);
  CHECK(small.scale == 1);
  CHECK(small.margin_x == Approx(321));
  CHECK(small.margin_y == Approx(247.5));
}

TEST_CASE("The smallest label is the smallest font of any text drawn") {
  Scene scene;
  scene.graph = {{"label", "Title"}, {"fontsize", "11"}};
  scene.node_defaults = {{"fontsize", "11"}};
  scene.edge_defaults = {{"fontsize", "9"}};
  scene.nodes = {{"a", {}, {}}, {"b", {{"fontsize", "10"}}, {}}};
  scene.edges = {{0, 1, {}}};
  CHECK(smallest_font(scene) == 10);  // an edge without a label draws no text
  scene.edges.front().attributes.push_back({"label", "250k"});
  CHECK(smallest_font(scene) == 9);
}

TEST_CASE("A map printed on a page is a PDF exactly that size, the same bytes each time") {
  const GovernanceMap map = test::checked(test::small_hierarchy());
  const Scene scene = build_scene(map, {}, {});
  for (const auto& [name, box] : std::vector<std::pair<std::string, std::string>>{
           {"a4", "[ 0 0 595 842 ]"}, {"a3-landscape", "[ 0 0 1191 842 ]"}, {"a2", "[ 0 0 1191 1684 ]"}}) {
    INFO(name);
    const PageDrawing drawing = render_on_page(scene, *parse_page(name));
    CHECK(media_box(drawing.pdf) == box);
    CHECK(drawing.scale == 1);  // a small map is not enlarged
    CHECK(render_on_page(scene, *parse_page(name)).pdf == drawing.pdf);
  }
  RenderOptions chart;
  chart.layout = "chart";
  const PageDrawing fitted = render_on_page(build_scene(test::checked(test::fan(40)), chart, {}), *parse_page("a4"));
  CHECK(media_box(fitted.pdf) == "[ 0 0 595 842 ]");
}

TEST_CASE("A box holding an apex is packed above the box answering to it, though tallest first would not") {
  // Tallest first, the short box goes on a shelf below the tall one on an upright page.
  const std::vector<Box> boxes = {{200, 300}, {200, 40}};
  const std::vector<Spot> plain = pack_boxes(boxes, 10, PageShape{});
  REQUIRE(plain[1].y < plain[0].y);
  const std::vector<Spot> kept = pack_boxes(boxes, 10, PageShape{}, {{1, 20, 0, 150}});
  CHECK(kept[1].y + 20 > kept[0].y + 300 - 150 - level_with);  // heights up: the apex no lower
}

TEST_CASE("A chart keeps a second apex above the body answering to it") {
  RenderOptions chart;
  chart.layout = "chart";
  const Scene scene = build_scene(test::checked(two_apexes()), chart, {});
  const auto centres = node_centres(scene);
  CHECK(centres.at("uk").y > centres.at("agency-6").y);
  CHECK(apexes_below(scene, centres).empty());
  RenderOptions dot;
  const Scene packed = build_scene(test::checked(two_apexes()), dot, {});
  CHECK(apexes_below(packed, node_centres(packed)).empty());
}

TEST_CASE("No drawing make demo writes has an apex below a body answering to it") {
  Diagnostics ignored;
  const GovernanceMap map(
      parse_json_map(test::slurp(test::source_path("examples/scotland-care-system/map.json")), "map.json", ignored));
  const std::vector<Finding> findings = analyse(map);
  struct Drawing {
    std::string layout = "chart";
    std::string sector;
    std::size_t levels = 0;
    std::string below;
    std::size_t fold = 3;
    std::string page;
    View view = View::accountability;
    std::string focus;
  };
  // scripts/demo.sh's drawings, each on its page.
  const std::vector<Drawing> drawings = {
      {"dot", "", 0, "", 3, "", View::accountability, ""},
      {"chart", "", 0, "", 3, "a2", View::accountability, ""},
      {"chart", "", 2, "", 3, "a4", View::accountability, ""},
      {"dot", "", 0, "", 3, "", View::funding, ""},
      {"dot", "", 0, "", 3, "", View::accountability, "the-promise-scotland"},
      {"chart", "local", 0, "", 3, "a4-landscape", View::accountability, ""},
      {"chart", "regional", 0, "", 3, "a4-landscape", View::accountability, ""},
      {"chart", "independent", 0, "", 3, "a4", View::accountability, ""},
      {"chart", "third-sector", 0, "", 3, "a4", View::accountability, ""},
      {"chart", "national", 3, "", 3, "a4", View::accountability, ""},
      {"chart", "national", 0, "scottish-ministers", 1, "a4", View::accountability, ""}};
  for (const Drawing& d : drawings) {
    RenderOptions options;
    options.layout = d.layout;
    options.sector = d.sector;
    options.levels = d.levels;
    options.below = d.below;
    options.fold_min = d.fold;
    options.view = d.view;
    options.focus = d.focus;
    const Scene scene = build_scene(map, options, findings);
    const std::optional<Page> page = d.page.empty() ? std::nullopt : parse_page(d.page);
    INFO(d.layout << " " << d.sector << " levels " << d.levels << " below " << d.below << " " << d.page);
    CHECK(apexes_below(scene, node_centres(scene, page)) == std::vector<std::string>{});
  }
}
