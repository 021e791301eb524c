// Packing laid-out sectors onto a page: the pure part (pack.hpp), on boxes and scenes
// built by hand with known answers.

#include <catch2/catch.hpp>

#include <cstdint>

#include "render/pack.hpp"

using namespace govgraph::render;

namespace {

std::string value_of(const Attributes& attributes, const std::string& name) {
  const Attribute* found = find_attribute(attributes, name);
  return found == nullptr ? std::string("(none)") : found->value;
}

/// Two clusters (a, b and c, d) and a node in none (e); lines a→b, c→d, b→c, a→e.
Scene two_clusters() {
  Scene scene;
  scene.graph = {{"label", "Title"}, {"rankdir", "TB"}};
  scene.node_defaults = {{"fontsize", "11"}};
  for (const char* name : {"a", "b", "c", "d", "e"}) scene.nodes.push_back({name, {{"id", name}}, {}});
  scene.subgraphs = {{"cluster_1", {{"label", "one"}}, {0, 1}}, {"cluster_2", {{"label", "two"}}, {2, 3}}};
  scene.edges = {{0, 1, {{"id", "ab"}}}, {2, 3, {{"id", "cd"}}}, {1, 2, {{"id", "bc"}}}, {0, 4, {{"id", "ae"}}}};
  scene.pack_clusters = true;
  return scene;
}

}  // namespace

TEST_CASE("A scene splits into one block per cluster, then one for the nodes in none") {
  const std::vector<Block> blocks = split_into_blocks(two_clusters());
  REQUIRE(blocks.size() == 3);
  CHECK(blocks[0].nodes == std::vector<std::size_t>{0, 1});
  CHECK(blocks[0].edges == std::vector<std::size_t>{0});
  CHECK(blocks[0].subgraph == 0);
  REQUIRE(blocks[0].scene.subgraphs.size() == 1);
  CHECK(blocks[0].scene.subgraphs[0].nodes == std::vector<std::size_t>{0, 1});
  CHECK(blocks[1].nodes == std::vector<std::size_t>{2, 3});
  CHECK(blocks[1].edges == std::vector<std::size_t>{1});
  REQUIRE(blocks[1].scene.edges.size() == 1);
  CHECK(blocks[1].scene.edges[0].tail == 0);  // c, renumbered within its block
  CHECK(blocks[1].scene.edges[0].head == 1);
  CHECK(blocks[2].nodes == std::vector<std::size_t>{4});
  CHECK(blocks[2].subgraph == 2);
  CHECK(blocks[2].scene.subgraphs.empty());
  // The title goes on the page, not on each block; other attributes stay.
  CHECK(value_of(blocks[0].scene.graph, "label") == "(none)");
  CHECK(value_of(blocks[0].scene.graph, "rankdir") == "TB");
  CHECK(blocks[0].scene.node_defaults == two_clusters().node_defaults);
}

TEST_CASE("Packing nothing gives nothing, and one box sits at the origin") {
  CHECK(pack_boxes({}, 10, {}).empty());
  CHECK(pack_boxes({{300, 200}}, 10, {}) == std::vector<Spot>{{0, 0}});
}

TEST_CASE("Four equal boxes pack two by two, the first at the top left") {
  const std::vector<Spot> spots = pack_boxes({{100, 100}, {100, 100}, {100, 100}, {100, 100}}, 0, {});
  CHECK(spots == std::vector<Spot>{{0, 100}, {100, 100}, {0, 0}, {100, 0}});
}

TEST_CASE("Short boxes stack in a column beside a tall one") {
  const std::vector<Spot> spots = pack_boxes({{100, 100}, {100, 300}, {100, 100}}, 10, {});
  // The tallest starts the shelf; the two short ones share the next column.
  CHECK(spots == std::vector<Spot>{{110, 200}, {0, 0}, {110, 90}});
}

TEST_CASE("A wide header turns the packing towards the page's proportions under it") {
  PageShape page;
  page.header = {700, 300};
  // Under a header 700 points wide and 300 tall, one row of four prints larger than two by two.
  const std::vector<Spot> spots = pack_boxes({{100, 100}, {100, 100}, {100, 100}, {100, 100}}, 0, page);
  CHECK(spots == std::vector<Spot>{{0, 0}, {100, 0}, {200, 0}, {300, 0}});
}

TEST_CASE("Packed boxes never overlap and keep the gap between them") {
  std::vector<Box> boxes;
  std::uint32_t state = 12345;
  const auto next = [&] {
    state = state * 1103515245u + 12345u;
    return 20.0 + static_cast<double>((state >> 16) % 400);
  };
  for (int i = 0; i < 25; ++i) boxes.push_back({next(), next()});
  const double gap = 18;
  const std::vector<Spot> spots = pack_boxes(boxes, gap, {});
  REQUIRE(spots.size() == boxes.size());
  for (std::size_t i = 0; i < boxes.size(); ++i) {
    CHECK(spots[i].x >= 0);
    CHECK(spots[i].y >= 0);
    for (std::size_t j = i + 1; j < boxes.size(); ++j) {
      const bool apart = spots[i].x + boxes[i].width + gap <= spots[j].x + 1e-9 ||
                         spots[j].x + boxes[j].width + gap <= spots[i].x + 1e-9 ||
                         spots[i].y + boxes[i].height + gap <= spots[j].y + 1e-9 ||
                         spots[j].y + boxes[j].height + gap <= spots[i].y + 1e-9;
      INFO("boxes " << i << " and " << j);
      CHECK(apart);
    }
  }
  CHECK(pack_boxes(boxes, gap, {}) == spots);  // same boxes, same spots
}

TEST_CASE("A Graphviz box gives its size, and text that is not a box gives none") {
  const Box box = bounds_size("10,20,110,70");
  CHECK(box.width == 100);
  CHECK(box.height == 50);
  const Box none = bounds_size("10,20,x");
  CHECK(none.width == 0);
  CHECK(none.height == 0);
}

TEST_CASE("Every x,y pair of a Graphviz point list moves, arrow ends and boxes included") {
  CHECK(translate_points("10,20", 1, 2) == "11.00,22.00");
  CHECK(translate_points("e,10,20 1,2 3.5,4", 1, 2) == "e,11.00,22.00 2.00,4.00 4.50,6.00");
  CHECK(translate_points("s,0,0 e,5,5 1,1 2,2", -1, -1) == "s,-1.00,-1.00 e,4.00,4.00 0.00,0.00 1.00,1.00");
  CHECK(translate_points("0,0,100,50", 5, 5) == "5.00,5.00,105.00,55.00");
  CHECK(translate_points("1,1 2,2;3,3 4,4", 1, 0) == "2.00,1.00 3.00,2.00;4.00,3.00 5.00,4.00");
  CHECK(translate_points("1,2!", 1, 1) == "2.00,2!");  // what is not a number is kept
}

TEST_CASE("The packed scene pins every node, keeps lines within a block, and leaves lines between blocks to route") {
  const Scene scene = two_clusters();
  std::vector<Block> blocks = split_into_blocks(scene);
  // What Graphviz would write after laying each block out alone.
  blocks[0].scene.subgraphs[0].attributes.push_back({"bb", "0,0,100,200"});
  blocks[0].scene.subgraphs[0].attributes.push_back({"lp", "20,190"});
  blocks[0].scene.nodes[0].attributes.push_back({"pos", "50,150"});
  blocks[0].scene.nodes[1].attributes.push_back({"pos", "50,50"});
  blocks[0].scene.edges[0].attributes.push_back({"pos", "e,50,70 50,130 50,110 50,90 50,70"});
  blocks[1].scene.subgraphs[0].attributes.push_back({"bb", "10,10,110,110"});
  blocks[1].scene.nodes[0].attributes.push_back({"pos", "30,60"});
  blocks[1].scene.nodes[1].attributes.push_back({"pos", "90,60"});
  blocks[2].scene.graph.push_back({"bb", "0,0,50,50"});
  blocks[2].scene.nodes[0].attributes.push_back({"pos", "25,25"});

  const Scene packed = packed_scene(scene, blocks, {});
  CHECK(packed.layout == "nop2");
  CHECK(value_of(packed.graph, "layout") == "nop2");
  CHECK(value_of(packed.graph, "label") == "Title");
  // Heights 200, 100, 50: the tallest first, the other two stacked beside it.
  CHECK(value_of(packed.subgraphs[0].attributes, "bb") == "0.00,0.00,100.00,200.00");
  CHECK(value_of(packed.subgraphs[0].attributes, "lp") == "20.00,190.00");
  CHECK(value_of(packed.nodes[0].attributes, "pos") == "50.00,150.00");
  CHECK(value_of(packed.subgraphs[1].attributes, "bb") == "118.00,100.00,218.00,200.00");
  CHECK(value_of(packed.nodes[2].attributes, "pos") == "138.00,150.00");
  CHECK(value_of(packed.nodes[4].attributes, "pos") == "143.00,57.00");
  CHECK(value_of(packed.edges[0].attributes, "pos") == "e,50.00,70.00 50.00,130.00 50.00,110.00 50.00,90.00 50.00,70.00");
  CHECK(value_of(packed.edges[2].attributes, "pos") == "(none)");  // b → c, between blocks
  CHECK(value_of(packed.edges[3].attributes, "pos") == "(none)");  // a → e, between blocks
}

TEST_CASE("Lines between blocks are routed around the nodes up to most_nodes_routed, and drawn straight past it") {
  const auto splines_with = [](std::size_t extra_nodes) {
    Scene scene = two_clusters();
    for (std::size_t i = 0; i < extra_nodes; ++i) {
      scene.nodes.push_back({"x" + std::to_string(i), {}, {}});
      scene.subgraphs[0].nodes.push_back(scene.nodes.size() - 1);
    }
    std::vector<Block> blocks = split_into_blocks(scene);
    for (Block& block : blocks) {
      Attributes& where = block.scene.subgraphs.empty() ? block.scene.graph : block.scene.subgraphs[0].attributes;
      where.push_back({"bb", "0,0,10,10"});
    }
    return value_of(packed_scene(scene, blocks, {}).graph, "splines");
  };
  CHECK(splines_with(most_nodes_routed - 5) == "true");  // two_clusters has five nodes
  CHECK(splines_with(most_nodes_routed - 4) == "line");
}
