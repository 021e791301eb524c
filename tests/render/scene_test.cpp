// The pure part of drawing: which bodies and links a view holds and how they look.

#include <catch2/catch.hpp>

#include <map>

#include <algorithm>

#include "graph/diagnostic.hpp"
#include "render/map_scene.hpp"
#include "render/style.hpp"
#include "render/text.hpp"
#include "tests/analyses/map_builder.hpp"
#include "tests/render/maps.hpp"

using namespace govgraph;
using namespace govgraph::render;

namespace {

std::string value_of(const Attributes& attributes, const std::string& name) {
  const Attribute* found = find_attribute(attributes, name);
  return found == nullptr ? std::string() : found->value;
}

/// Body ids drawn, sorted.
std::vector<std::string> drawn_bodies(const Scene& scene) {
  std::vector<std::string> ids;
  for (const auto& node : scene.nodes) ids.push_back(node.name);
  std::sort(ids.begin(), ids.end());
  return ids;
}

const SceneNode& node_named(const Scene& scene, const std::string& name) {
  for (const auto& node : scene.nodes)
    if (node.name == name) return node;
  throw std::logic_error("no node " + name);
}

const SceneEdge& edge_with_id(const Scene& scene, const std::string& id) {
  for (const auto& edge : scene.edges)
    if (value_of(edge.attributes, "id") == id) return edge;
  throw std::logic_error("no edge " + id);
}

std::string legend_of(const Scene& scene) { return value_of(scene.graph, "label"); }

Scene scene_of(MapData data, const RenderOptions& options = {}, const std::vector<Finding>& findings = {}) {
  const GovernanceMap map = test::checked(std::move(data));
  return build_scene(map, options, findings);
}

/// What the UnknownChoice `action` throws names, when it is about `choice`: what it
/// names, the name wanted, the nearest, then its message.
std::vector<std::string> unknown_choice(Choice choice, const std::function<void()>& action) {
  try {
    action();
  } catch (const UnknownChoice& e) {
    if (e.choice() != choice) return {"another choice"};
    return {std::string(noun(e.choice())), e.wanted(), e.nearest(), e.diagnostics().all().front().message};
  }
  return {"no UnknownChoice"};
}

}  // namespace

TEST_CASE("An empty map draws only its title and legend") {
  const Scene scene = scene_of(MapData{});
  CHECK(scene.nodes.empty());
  CHECK(scene.edges.empty());
  CHECK(legend_of(scene).find("Governance map \u2014 accountability") != std::string::npos);
  CHECK(find_attribute(scene.graph, "label")->html);
}

TEST_CASE("An accountability line is declared from the master down, with its arrow at the master") {
  const Scene scene = scene_of(test::small_hierarchy());
  const SceneEdge& edge = edge_with_id(scene, "link_2");  // directorate accountable_to ministers
  CHECK(scene.nodes[edge.tail].name == "ministers");
  CHECK(scene.nodes[edge.head].name == "directorate");
  CHECK(value_of(edge.attributes, "dir") == "back");
  CHECK(value_of(edge.attributes, "class") == "link accountable_to");
}

TEST_CASE("The accountability view draws every body, even one with no accountability line") {
  const Scene scene = scene_of(test::small_hierarchy());
  CHECK(drawn_bodies(scene) == std::vector<std::string>{"agency", "charity", "council", "directorate", "ministers",
                                                        "parliament", "regulator"});
  for (const auto& edge : scene.edges) CHECK(value_of(edge.attributes, "class").starts_with("link accountable_to"));
  CHECK(scene.edges.size() == 6);
}

TEST_CASE("The funding view draws only funding links, weighted and labelled by amount, and the bodies they join") {
  RenderOptions options;
  options.view = View::funding;
  const Scene scene = scene_of(test::small_hierarchy(), options);
  CHECK(drawn_bodies(scene) == std::vector<std::string>{"agency", "charity", "directorate"});
  REQUIRE(scene.edges.size() == 2);
  const SceneEdge& big = edge_with_id(scene, "link_7");
  const SceneEdge& small = edge_with_id(scene, "link_8");
  CHECK(value_of(big.attributes, "label") == "4.0m");
  CHECK(value_of(small.attributes, "label") == "50k");
  CHECK(value_of(big.attributes, "penwidth") == "5.00");
  CHECK(value_of(small.attributes, "penwidth") == "1.00");
  CHECK(value_of(big.attributes, "tooltip").find("amount: 4,000,000 GBP (2021-22)") != std::string::npos);
  CHECK(scene.nodes[big.tail].name == "directorate");  // money flows down
  CHECK(value_of(big.attributes, "dir").empty());
}

TEST_CASE("The scrutiny and membership views draw only their own kind of link") {
  RenderOptions options;
  options.view = View::scrutiny;
  const Scene scrutiny = scene_of(test::small_hierarchy(), options);
  CHECK(drawn_bodies(scrutiny) == std::vector<std::string>{"agency", "regulator"});
  REQUIRE(scrutiny.edges.size() == 1);
  CHECK(value_of(scrutiny.edges[0].attributes, "style") == "dashed");
  options.view = View::membership;
  CHECK(drawn_bodies(scene_of(test::small_hierarchy(), options)).empty());
}

TEST_CASE("The all view draws every kind, with only accountability lines deciding the ranks") {
  RenderOptions options;
  options.view = View::all;
  const Scene scene = scene_of(test::small_hierarchy(), options);
  CHECK(scene.edges.size() == 9);
  CHECK(value_of(edge_with_id(scene, "link_6").attributes, "constraint") == "false");
  CHECK(value_of(edge_with_id(scene, "link_7").attributes, "constraint") == "false");
  CHECK(value_of(edge_with_id(scene, "link_1").attributes, "constraint").empty());
}

TEST_CASE("A line implied by a longer route is dimmed and counted in the legend") {
  const std::vector<Finding> findings = {
      {Severity::info, "duplication.redundant-line", {"agency", "ministers"}, "implied", {}, {}}};
  const Scene scene = scene_of(test::small_hierarchy(), {}, findings);
  const SceneEdge& implied = edge_with_id(scene, "link_4");
  CHECK(value_of(implied.attributes, "color") == std::string(dimmed_colour));
  CHECK(value_of(implied.attributes, "class") == "link accountable_to redundant");
  CHECK(value_of(edge_with_id(scene, "link_3").attributes, "color") != std::string(dimmed_colour));
  CHECK(legend_of(scene).find("1 implied accountability line dimmed") != std::string::npos);

  const Scene plain = scene_of(test::small_hierarchy());
  CHECK(value_of(edge_with_id(plain, "link_4").attributes, "color") != std::string(dimmed_colour));
  CHECK(legend_of(plain).find("implied") == std::string::npos);
}

TEST_CASE("Subjects of errors are outlined red and of warnings amber, with rule ids in their tooltips") {
  const std::vector<Finding> findings = {
      {Severity::error, "orphan.no-route-to-apex", {"agency"}, "m", {}, {}},
      {Severity::warning, "funding.unaccountable-funding", {"directorate", "charity"}, "m", {}, {}},
      {Severity::info, "orphan.body-without-purpose", {"council"}, "m", {}, {}}};
  const Scene scene = scene_of(test::small_hierarchy(), {}, findings);
  CHECK(value_of(node_named(scene, "agency").attributes, "color") == std::string(error_colour));
  CHECK(value_of(node_named(scene, "charity").attributes, "color") == std::string(warning_colour));
  CHECK(value_of(node_named(scene, "council").attributes, "color").empty());
  CHECK(value_of(node_named(scene, "agency").attributes, "class") == "body agency finding-error");
  CHECK(value_of(node_named(scene, "agency").attributes, "tooltip").find("orphan.no-route-to-apex (error)") !=
        std::string::npos);
  CHECK(value_of(node_named(scene, "council").attributes, "tooltip").find("orphan.body-without-purpose (info)") !=
        std::string::npos);
  CHECK(legend_of(scene).find("subject of an error") != std::string::npos);

  RenderOptions quiet;
  quiet.highlight = false;
  const Scene unmarked = scene_of(test::small_hierarchy(), quiet, findings);
  CHECK(value_of(node_named(unmarked, "agency").attributes, "color").empty());
  CHECK(value_of(node_named(unmarked, "agency").attributes, "tooltip").find("orphan.no-route-to-apex") !=
        std::string::npos);
  CHECK(legend_of(unmarked).find("subject of an error") == std::string::npos);
}

TEST_CASE("A focus keeps the bodies within depth links of it, counting the view's links either way") {
  RenderOptions options;
  options.focus = "agency";
  options.depth = 1;
  CHECK(drawn_bodies(scene_of(test::small_hierarchy(), options)) ==
        std::vector<std::string>{"agency", "directorate", "ministers"});
  options.depth = 2;
  CHECK(drawn_bodies(scene_of(test::small_hierarchy(), options)) ==
        std::vector<std::string>{"agency", "directorate", "ministers", "parliament", "regulator"});
  options.depth = 0;
  const Scene alone = scene_of(test::small_hierarchy(), options);
  CHECK(drawn_bodies(alone) == std::vector<std::string>{"agency"});
  CHECK(value_of(node_named(alone, "agency").attributes, "class") == "body agency focus");
  CHECK(legend_of(alone).find("Bodies within 0 links of Care Agency") != std::string::npos);
}

TEST_CASE("A focus in the funding view follows funding links") {
  RenderOptions options;
  options.view = View::funding;
  options.focus = "charity";
  options.depth = 1;
  CHECK(drawn_bodies(scene_of(test::small_hierarchy(), options)) == std::vector<std::string>{"charity", "directorate"});
}

TEST_CASE("An unknown focus body or policy area is bad input naming the nearest id") {
  const GovernanceMap map = test::checked(test::small_hierarchy());
  RenderOptions options;
  options.focus = "agncy";
  CHECK(unknown_choice(Choice::focus, [&] { build_scene(map, options, {}); }) ==
        std::vector<std::string>{"body", "agncy", "agency", "no body has id 'agncy' (the focus); nearest is 'agency'"});
  MapData data = test::small_hierarchy();
  data.policy_areas = {PolicyArea{}};
  data.policy_areas[0].id = "children";
  data.policy_areas[0].name = "Children";
  const GovernanceMap with_area = test::checked(std::move(data));
  RenderOptions by_area;
  by_area.policy_area = "childrn";
  CHECK(unknown_choice(Choice::policy_area, [&] { build_scene(with_area, by_area, {}); }) ==
        std::vector<std::string>{"policy area", "childrn", "children",
                                 "no policy area has id 'childrn'; nearest is 'children'"});
}

TEST_CASE("A policy area keeps the bodies in it or its sub-areas and the owners of its responsibilities") {
  MapData data = test::small_hierarchy();
  PolicyArea children;
  children.id = "children";
  children.name = "Children";
  PolicyArea care;
  care.id = "care";
  care.name = "Care";
  care.parent = "children";
  PolicyArea roads;
  roads.id = "roads";
  roads.name = "Roads";
  data.policy_areas = {children, care, roads};
  data.bodies[3].policy_areas = {"care"};   // agency, in a sub-area
  data.bodies[6].policy_areas = {"roads"};  // council, elsewhere
  Responsibility duty;
  duty.id = "family-support";
  duty.name = "Family support";
  duty.policy_area = "children";
  Owner owner;
  owner.body = "charity";
  owner.role = Role::supports;
  duty.owners = {owner};
  data.responsibilities = {duty};
  RenderOptions options;
  options.policy_area = "children";
  const Scene scene = scene_of(data, options);
  CHECK(drawn_bodies(scene) == std::vector<std::string>{"agency", "charity"});
  CHECK(legend_of(scene).find("Policy area: Children") != std::string::npos);
  options.policy_area = "care";
  CHECK(drawn_bodies(scene_of(data, options)) == std::vector<std::string>{"agency"});
}

TEST_CASE("A sector keeps its bodies and, in grey, the bodies elsewhere linked to them") {
  RenderOptions options;
  options.sector = "local";
  const Scene local = scene_of(test::small_hierarchy(), options);
  // The council answers to parliament: parliament is drawn as context, nothing else is.
  CHECK(drawn_bodies(local) == std::vector<std::string>{"council", "parliament"});
  CHECK(value_of(node_named(local, "parliament").attributes, "class") == "body legislature context");
  CHECK(value_of(node_named(local, "parliament").attributes, "fillcolor") == std::string(context_fill));
  CHECK(value_of(node_named(local, "council").attributes, "class") == "body local-authority");
  CHECK(local.edges.size() == 1);
  CHECK(legend_of(local).find("Sector: local; bodies of other sectors linked to it are drawn white") !=
        std::string::npos);

  // Links between two context bodies are left out: the third sector's charity is funded
  // by the directorate, whose own lines run to other national bodies.
  options.sector = "third-sector";
  options.view = View::funding;
  const Scene third = scene_of(test::small_hierarchy(), options);
  CHECK(drawn_bodies(third) == std::vector<std::string>{"charity", "directorate"});
  CHECK(third.edges.size() == 1);
}

TEST_CASE("Leaves of another sector answering to the sector fold into one white box") {
  MapData data = test::fan(4);
  for (std::size_t i = 2; i < data.bodies.size(); ++i) data.bodies[i].sector = "local";
  RenderOptions options;
  options.sector = "national";
  const Scene scene = scene_of(data, options);
  CHECK(drawn_bodies(scene) == std::vector<std::string>{"directorate", "fold_body-1", "parliament"});
  const SceneNode& folded = node_named(scene, "fold_body-1");
  CHECK(value_of(folded.attributes, "class") == "body ndpb folded context");
  CHECK(value_of(folded.attributes, "fillcolor") == std::string(context_fill));
  CHECK(value_of(folded.attributes, "fontcolor") == std::string(context_text));
}

TEST_CASE("An unknown sector is bad input naming the nearest") {
  const GovernanceMap map = test::checked(test::small_hierarchy());
  RenderOptions options;
  options.sector = "locl";
  CHECK(unknown_choice(Choice::sector, [&] { build_scene(map, options, {}); }) ==
        std::vector<std::string>{"sector", "locl", "local", "no body is in sector 'locl'; nearest is 'local'"});
}

TEST_CASE("With dot and two sectors or more, the scene asks for its sectors to be packed") {
  RenderOptions options;
  CHECK(scene_of(test::small_hierarchy(), options).pack_clusters);
  options.pack = false;
  CHECK_FALSE(scene_of(test::small_hierarchy(), options).pack_clusters);
  options.pack = true;
  options.cluster_by = ClusterBy::none;
  CHECK_FALSE(scene_of(test::small_hierarchy(), options).pack_clusters);
  options.cluster_by = ClusterBy::sector;
  options.layout = "neato";
  CHECK_FALSE(scene_of(test::small_hierarchy(), options).pack_clusters);
  options.layout = "dot";
  options.sector = "local";  // council and its context, parliament: two sectors
  CHECK(scene_of(test::small_hierarchy(), options).pack_clusters);
}

TEST_CASE("Clusters group bodies by sector, by type, or not at all") {
  const auto clusters = [](const Scene& scene) {
    std::vector<std::pair<std::string, std::vector<std::string>>> out;
    for (const auto& subgraph : scene.subgraphs) {
      if (!subgraph.name.starts_with("cluster")) continue;
      std::vector<std::string> members;
      for (std::size_t n : subgraph.nodes) members.push_back(scene.nodes[n].name);
      out.emplace_back(value_of(subgraph.attributes, "label"), members);
    }
    return out;
  };
  RenderOptions options;
  const auto by_sector = clusters(scene_of(test::small_hierarchy(), options));
  REQUIRE(by_sector.size() == 3);
  CHECK(by_sector[0].first == "national");
  CHECK(by_sector[0].second ==
        std::vector<std::string>{"parliament", "ministers", "directorate", "agency", "regulator"});
  CHECK(by_sector[1] == std::pair<std::string, std::vector<std::string>>{"third sector", {"charity"}});
  CHECK(by_sector[2] == std::pair<std::string, std::vector<std::string>>{"local", {"council"}});

  options.cluster_by = ClusterBy::type;
  const auto by_type = clusters(scene_of(test::small_hierarchy(), options));
  CHECK(by_type.size() == 7);
  CHECK(by_type[0] == std::pair<std::string, std::vector<std::string>>{"legislature", {"parliament"}});

  options.cluster_by = ClusterBy::none;
  CHECK(clusters(scene_of(test::small_hierarchy(), options)).empty());
}

TEST_CASE("A wide fan staggers its leaves over several ranks, a narrow one does not") {
  RenderOptions narrow_page;
  narrow_page.fold_min = 0;
  narrow_page.row_width = 4.5;  // room for four "Body N" hexagons (about 1.1 inches each)
  const Scene wide = scene_of(test::fan(14), narrow_page);
  std::map<std::string, int> per_rank;  // minlen below the directorate → leaves
  for (std::size_t i = 2; i <= 15; ++i)
    ++per_rank[value_of(edge_with_id(wide, "link_" + std::to_string(i)).attributes, "minlen")];
  // Ranks of 4.5 inches: four "Body N" (1.09 inches with the gap), then "Body 10" to
  // "Body 14" are wider (1.19): "Body 9" with two of them, then the last three.
  CHECK(per_rank == std::map<std::string, int>{{"", 4}, {"2", 4}, {"3", 3}, {"4", 3}});
  CHECK(value_of(edge_with_id(wide, "link_1").attributes, "minlen").empty());

  RenderOptions wide_page;
  wide_page.fold_min = 0;
  wide_page.row_width = 10;
  const Scene narrow = scene_of(test::fan(6), wide_page);
  for (const auto& edge : narrow.edges) CHECK(value_of(edge.attributes, "minlen").empty());

  RenderOptions spring;
  spring.fold_min = 0;
  spring.layout = "neato";
  const Scene neato = scene_of(test::fan(14), spring);
  for (const auto& edge : neato.edges) CHECK(value_of(edge.attributes, "minlen").empty());
  CHECK(neato.subgraphs.size() == 1);  // the sector cluster
}

TEST_CASE("A body of a declared type is drawn and keyed with its declared name, shape and colour") {
  MapData data = test::fan(2);
  DeclaredType dark;
  dark.name = "department";
  dark.like = BodyType::directorate;
  dark.shape = "folder";
  dark.colour = "#1F4E79";
  DeclaredType plain;  // no look of its own: its like's
  plain.name = "arms-length-body";
  plain.like = BodyType::ndpb;
  data.body_types = {dark, plain};
  data.bodies[1].declared_type = "department";
  data.bodies[2].declared_type = "arms-length-body";
  const Scene scene = scene_of(std::move(data));
  const SceneNode& department = node_named(scene, "directorate");
  CHECK(value_of(department.attributes, "shape") == "folder");
  CHECK(value_of(department.attributes, "fillcolor") == "#1F4E79");
  CHECK(value_of(department.attributes, "fontcolor") == "#FFFFFF");  // black would not read on navy
  CHECK(value_of(department.attributes, "tooltip").find("type: department") != std::string::npos);
  CHECK(value_of(node_named(scene, "body-1").attributes, "shape") == "hexagon");
  std::vector<std::string> samples;
  for (const SceneNode& sample : scene.key)
    samples.push_back(value_of(sample.attributes, "label") + " " + value_of(sample.attributes, "shape") + " " +
                      value_of(sample.attributes, "fillcolor") + " " + value_of(sample.attributes, "fontcolor"));
  // Built-in types first, then declared ones in their order; the ndpb still drawn keeps its sample.
  CHECK(samples == std::vector<std::string>{"legislature box #77AADD ", "ndpb hexagon #44BB99 ",
                                            "department folder #1F4E79 #FFFFFF", "arms-length-body hexagon #44BB99 "});
}

TEST_CASE("The legend lists only the body types and link kinds drawn, each type in its own shape") {
  const Scene scene = scene_of(test::fan(2));
  const std::string legend = legend_of(scene);
  std::vector<std::string> samples;
  for (const SceneNode& sample : scene.key) samples.push_back(sample.name + " " + value_of(sample.attributes, "shape"));
  CHECK(samples == std::vector<std::string>{"key_legislature box", "key_directorate box", "key_ndpb hexagon"});
  REQUIRE(!scene.key.empty());
  CHECK(value_of(scene.key.back().attributes, "fillcolor") == std::string(body_style(BodyType::ndpb).fill));
  CHECK(legend.find("hexagon") == std::string::npos);  // the shape is drawn, not named
  CHECK(legend.find("accountable to") != std::string::npos);
  CHECK(legend.find("funds") == std::string::npos);
}

TEST_CASE("The key leaves out types drawn only white, as context") {
  // The local sector: the council is in colour; the parliament it answers to is of
  // another sector, drawn white, so its type gets no sample.
  RenderOptions local;
  local.sector = "local";
  const Scene scene = scene_of(test::small_hierarchy(), local);
  std::vector<std::string> samples;
  for (const SceneNode& sample : scene.key) samples.push_back(sample.name);
  CHECK(std::find(samples.begin(), samples.end(), "key_local-authority") != samples.end());
  CHECK(std::find(samples.begin(), samples.end(), "key_legislature") == samples.end());
  CHECK(drawn_bodies(scene) == std::vector<std::string>{"council", "parliament"});
}

TEST_CASE("The key points to tooltips only when the drawing has them") {
  const std::vector<Finding> findings = {{Severity::warning, "duplication.duplicate-scrutiny", {"agency"}, "m", {}, {}}};
  const GovernanceMap map = test::checked(test::small_hierarchy());
  RenderOptions svg;
  CHECK(legend_of(build_scene(map, svg, findings)).find("tooltips") != std::string::npos);
  RenderOptions paper;
  paper.tooltips = false;
  const std::string legend = legend_of(build_scene(map, paper, findings));
  CHECK(legend.find("outlined amber") != std::string::npos);
  CHECK(legend.find("tooltips") == std::string::npos);
}

TEST_CASE("Labels keep odd names as text: backslashes doubled, newlines as line breaks") {
  RenderOptions unfolded;
  unfolded.fold_min = 0;
  const Scene scene = scene_of(test::odd_names(), unfolded);
  CHECK(value_of(node_named(scene, "backslashes").attributes, "label") == "A\\\\lB \\\\N \\\\G");
  CHECK(value_of(node_named(scene, "newline").attributes, "label") == "Line one\\nLine two");
  CHECK(value_of(node_named(scene, "quotes").attributes, "label") == "Say \"hi\"");
  CHECK(value_of(node_named(scene, "trailing").attributes, "label") == "Ends in \\\\");
  CHECK(value_of(node_named(scene, "gaelic").attributes, "label") == "Comhairle nan\\nEilean Siar");
}

TEST_CASE("Text is cleaned of control characters and invalid UTF-8, and wrapped at spaces") {
  CHECK(clean_text("a\tb\rc\x01\n\xC3\xA9") == "a b c?\n\xC3\xA9");
  CHECK(clean_text("bad \xC3 byte") == "bad ? byte");
  CHECK(clean_text("\xED\xA0\x80") == "???");  // a surrogate is not UTF-8
  CHECK(clean_text("\xEF\xBF\xBE\xEF\xBF\xBF\xEF\xBF\xBD") == "??\xEF\xBF\xBD");  // XML forbids U+FFFE and U+FFFF
  CHECK(wrap_words("Children and Families Directorate", 22) ==
        std::vector<std::string>{"Children and Families", "Directorate"});
  CHECK(wrap_words("Averyveryverylongsingleword x", 5) == std::vector<std::string>{"Averyveryverylongsingleword", "x"});
  CHECK(wrap_words("", 10) == std::vector<std::string>{""});
  CHECK(wrap_balanced("Children and Families Directorate", 22) ==
        std::vector<std::string>{"Children and", "Families Directorate"});
  CHECK(wrap_balanced("Scottish Children's Reporter Administration", 16) ==
        std::vector<std::string>{"Scottish", "Children's", "Reporter", "Administration"});
  CHECK(wrap_balanced("Averyveryverylongsingleword x", 5) == wrap_words("Averyveryverylongsingleword x", 5));
  CHECK(display_length("\xC3\x80ird") == 4);
  CHECK(html_text("<b> & \"x\"\ny") == "&lt;b&gt; &amp; &quot;x&quot;<BR/>y");
  CHECK(html_text("\\N \\G") == "\\\\N \\\\G");
  CHECK(html_attribute("a\nb \\l") == "a&#10;b \\\\l");
  CHECK(esc_string("a\\b\nc") == "a\\\\b\\nc");
}

TEST_CASE("Bodies with no line of the view are stacked in columns by invisible edges") {
  MapData data;
  for (int i = 1; i <= 6; ++i)
    data.bodies.push_back(test::make_body("body-" + std::to_string(i), "Body", BodyType::other));
  const Scene scene = scene_of(data);  // columns of 4: 1-2-3-4 and 5-6
  std::vector<std::pair<std::string, std::string>> chained;
  for (const auto& edge : scene.edges) {
    CHECK(value_of(edge.attributes, "style") == "invis");
    chained.emplace_back(scene.nodes[edge.tail].name, scene.nodes[edge.head].name);
  }
  CHECK(chained == std::vector<std::pair<std::string, std::string>>{
                       {"body-1", "body-2"}, {"body-2", "body-3"}, {"body-3", "body-4"}, {"body-5", "body-6"}});
  RenderOptions spring;
  spring.layout = "sfdp";
  CHECK(scene_of(data, spring).edges.empty());
}

TEST_CASE("Four leaves of one type answering to one body are drawn as one node listing them") {
  const Scene scene = scene_of(test::fan(4));
  CHECK(drawn_bodies(scene) == std::vector<std::string>{"directorate", "fold_body-1", "parliament"});
  const SceneNode& folded = node_named(scene, "fold_body-1");
  CHECK(folded.folded == std::vector<std::string>{"body-1", "body-2", "body-3", "body-4"});
  const Attribute* label = find_attribute(folded.attributes, "label");
  REQUIRE(label != nullptr);
  CHECK(label->html);
  std::size_t at = 0;
  for (const char* id : {"body-1", "body-2", "body-3", "body-4"}) {  // one row each, in map order
    at = label->value.find(std::string("<TD ID=\"") + id + "\"", at);
    CHECK(at != std::string::npos);
  }
  CHECK(label->value.find("Body 3</TD>") != std::string::npos);
  CHECK(value_of(folded.attributes, "fillcolor") == std::string(body_style(BodyType::ndpb).fill));
  REQUIRE(scene.edges.size() == 2);  // parliament–directorate, and one line for the four
  const SceneEdge& line = edge_with_id(scene, "fold_body-1_line");
  CHECK(scene.nodes[line.tail].name == "directorate");
  CHECK(scene.nodes[line.head].name == "fold_body-1");
  CHECK(value_of(line.attributes, "dir") == "back");
  CHECK(legend_of(scene).find("a box listing names") != std::string::npos);
}

TEST_CASE("Two leaves are not folded, nor are leaves when folding is off") {
  CHECK(drawn_bodies(scene_of(test::fan(2))) ==
        std::vector<std::string>{"body-1", "body-2", "directorate", "parliament"});
  RenderOptions unfolded;
  unfolded.fold_min = 0;
  const Scene scene = scene_of(test::fan(4), unfolded);
  CHECK(scene.nodes.size() == 6);
  for (const auto& node : scene.nodes) CHECK(node.folded.empty());
  CHECK(legend_of(scene).find("a box listing names") == std::string::npos);
}

TEST_CASE("A leaf with another drawn link, of another type, or outlined red keeps a node of its own") {
  MapData data = test::fan(4);
  data.bodies.push_back(test::make_body("agency", "Agency", BodyType::agency));
  data.links.push_back(test::make_link("agency", LinkKind::accountable_to, "directorate"));
  data.links.push_back(test::make_link("directorate", LinkKind::funds, "body-4", 100));
  RenderOptions all;
  all.view = View::all;
  const Scene scene = scene_of(data, all);  // body-4 is funded, agency is alone of its type
  CHECK(node_named(scene, "fold_body-1").folded == std::vector<std::string>{"body-1", "body-2", "body-3"});
  CHECK_NOTHROW(node_named(scene, "body-4"));
  CHECK_NOTHROW(node_named(scene, "agency"));
  // In the accountability view the funding line is not drawn, so body-4 folds too.
  CHECK(node_named(scene_of(data), "fold_body-1").folded.size() == 4);

  const std::vector<Finding> findings = {{Severity::error, "orphan.no-route-to-apex", {"body-2"}, "m", {}, {}},
                                         {Severity::warning, "x.y", {"body-3"}, "m", {}, {}}};
  const Scene flagged = scene_of(test::fan(4), {}, findings);
  CHECK(node_named(flagged, "fold_body-1").folded == std::vector<std::string>{"body-1", "body-3", "body-4"});
  CHECK(value_of(node_named(flagged, "body-2").attributes, "color") == std::string(error_colour));
  const std::string rows = value_of(node_named(flagged, "fold_body-1").attributes, "label");
  CHECK(rows.find("BORDER=\"2\" COLOR=\"" + std::string(warning_colour) + "\">\u2022 Body 3") != std::string::npos);
}

TEST_CASE("Folded rows escape names and tooltips for HTML") {
  const Scene scene = scene_of(test::odd_names());
  const std::string rows = value_of(node_named(scene, "fold_quotes").attributes, "label");
  CHECK(rows.find("Say &quot;hi&quot;") != std::string::npos);
  CHECK(rows.find("&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
  CHECK(rows.find("<script>") == std::string::npos);
  CHECK(rows.find("Line one<BR/>Line two") != std::string::npos);
  CHECK(rows.find("source: &lt;a href=&quot;x&quot;&gt;p.1&lt;/a&gt; \\\\l") != std::string::npos);
  CHECK(rows.find("A\\\\lB \\\\N \\\\G</TD>") != std::string::npos);
  CHECK(rows.find("&#10;id: markup&#10;") != std::string::npos);
}

TEST_CASE("Drawing only the top levels keeps those of the hierarchy, each body counting the bodies hidden below it") {
  // Parliament over ministers and council; ministers over directorate, agency and
  // regulator (agency also under directorate); charity answers to no one.
  RenderOptions options;
  options.levels = 2;
  const Scene two = scene_of(test::small_hierarchy(), options);
  CHECK(drawn_bodies(two) == std::vector<std::string>{"charity", "council", "ministers", "parliament"});
  CHECK(value_of(node_named(two, "ministers").attributes, "label") == "Ministers\\n(+3 below)");
  CHECK(value_of(node_named(two, "council").attributes, "label") == "Island Council");
  CHECK(two.edges.size() == 2);
  CHECK(legend_of(two).find("The top 2 levels of the hierarchy") != std::string::npos);

  options.levels = 1;
  const Scene one = scene_of(test::small_hierarchy(), options);
  CHECK(drawn_bodies(one) == std::vector<std::string>{"charity", "parliament"});
  CHECK(value_of(node_named(one, "parliament").attributes, "label") == "Parliament\\n(+5 below)");
  CHECK(legend_of(one).find("The top 1 level of") != std::string::npos);

  options.levels = 0;
  CHECK(drawn_bodies(scene_of(test::small_hierarchy(), options)).size() == 7);
  CHECK(legend_of(scene_of(test::small_hierarchy(), options)).find("levels of the hierarchy") == std::string::npos);
}

TEST_CASE("A body answering to nothing but itself and others in a cycle starts its own levels") {
  MapData data = test::small_hierarchy();
  // Two boards answering to each other, one of them over a third body.
  data.bodies.push_back(test::make_body("board-a", "Board A", BodyType::board));
  data.bodies.push_back(test::make_body("board-b", "Board B", BodyType::board));
  data.bodies.push_back(test::make_body("panel", "Panel", BodyType::board));
  data.links.push_back(test::make_link("board-a", LinkKind::accountable_to, "board-b"));
  data.links.push_back(test::make_link("board-b", LinkKind::accountable_to, "board-a"));
  data.links.push_back(test::make_link("panel", LinkKind::accountable_to, "board-b"));
  RenderOptions options;
  options.levels = 2;
  const Scene scene = scene_of(data, options);
  const std::vector<std::string> drawn = drawn_bodies(scene);
  CHECK(std::count(drawn.begin(), drawn.end(), "board-a") == 1);  // the cycle's first body: level 1
  CHECK(std::count(drawn.begin(), drawn.end(), "board-b") == 1);  // level 2
  CHECK(std::count(drawn.begin(), drawn.end(), "panel") == 0);    // level 3
  CHECK(value_of(node_named(scene, "board-b").attributes, "label") == "Board B\\n(+1 below)");
}

TEST_CASE("Lines of the hierarchy are marked as such, an implied one as implied") {
  // agency answers to directorate and, directly, to ministers over it: the direct line
  // is implied by the longer route, and only the lines of the route make the tree.
  RenderOptions options;
  options.layout = "chart";
  options.view = View::all;
  const Finding implied{Severity::info, "duplication.redundant-line", {"agency", "ministers"}, "implied", {}, {}};
  const Scene scene = scene_of(test::small_hierarchy(), options, {implied});
  CHECK(edge_with_id(scene, "link_4").hierarchy == Hierarchy::implied);  // agency → ministers, dimmed
  CHECK(edge_with_id(scene, "link_3").hierarchy == Hierarchy::direct);   // agency → directorate
  CHECK(edge_with_id(scene, "link_2").hierarchy == Hierarchy::direct);   // directorate → ministers
  CHECK(edge_with_id(scene, "link_6").hierarchy == Hierarchy::none);     // regulator scrutinises agency
  CHECK(edge_with_id(scene, "link_5").hierarchy == Hierarchy::direct);   // regulator → ministers
}

TEST_CASE("A body's branch keeps it and every body below it, with the bodies they link to elsewhere in grey") {
  RenderOptions options;
  options.below = "ministers";
  const Scene scene = scene_of(test::small_hierarchy(), options);
  // Parliament, which ministers answer to, is context; council, linked to no one drawn, is not.
  CHECK(drawn_bodies(scene) == std::vector<std::string>{"agency", "directorate", "ministers", "parliament", "regulator"});
  CHECK(value_of(node_named(scene, "parliament").attributes, "class").find("context") != std::string::npos);
  CHECK(value_of(node_named(scene, "agency").attributes, "class").find("context") == std::string::npos);
  CHECK(legend_of(scene).find("Ministers and the bodies below it; bodies elsewhere linked to them are drawn white") !=
        std::string::npos);

  // With a sector, the branch's bodies in that sector.
  options.below = "parliament";
  options.sector = "local";
  const Scene local = scene_of(test::small_hierarchy(), options);
  CHECK(drawn_bodies(local) == std::vector<std::string>{"council", "parliament"});
  CHECK(legend_of(local).find("Sector: local; Parliament and the bodies below it;") != std::string::npos);
}

TEST_CASE("An unknown body to draw below is bad input naming the nearest id") {
  const GovernanceMap map = test::checked(test::small_hierarchy());
  RenderOptions options;
  options.below = "minsters";
  CHECK(unknown_choice(Choice::below, [&] { build_scene(map, options, {}); }) ==
        std::vector<std::string>{"body", "minsters", "ministers",
                                 "no body has id 'minsters' (the top of the branch to draw); nearest is 'ministers'"});
}

TEST_CASE("Packed dot past its most nodes gives way to a chart and says so in the key, and --no-pack keeps dot") {
  const auto bodies = [](std::size_t count) {
    testing::MapBuilder builder;
    for (std::size_t i = 0; i < count; ++i) builder.body("b" + std::to_string(i));
    return builder.build();
  };
  const GovernanceMap most = bodies(most_nodes_for_dot);
  const Scene dot = build_scene(most, {}, {});
  CHECK(dot.layout == "dot");
  CHECK(legend_of(dot).find("Drawn as a chart") == std::string::npos);

  const GovernanceMap more = bodies(most_nodes_for_dot + 1);
  const Scene chart = build_scene(more, {}, {});
  CHECK(chart.layout == "chart");
  CHECK(chart.nodes.size() == most_nodes_for_dot + 1);
  CHECK(legend_of(chart).find("Drawn as a chart: 1201 boxes are more than dot lays out in good time") !=
        std::string::npos);
  RenderOptions no_pack;
  no_pack.pack = false;
  CHECK(build_scene(more, no_pack, {}).layout == "dot");
}
