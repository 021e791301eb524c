// GraphML written and read back: the example and hostile text round-trip to the same
// canonical JSON bytes, a file re-saved by another tool still reads, and every refusal
// has its exact message.

#include <catch2/catch.hpp>

#include "graph/check.hpp"
#include "importers/gexf_writer.hpp"
#include "importers/graphml_reader.hpp"
#include "importers/graphml_writer.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using govgraph::test::slurp;
using govgraph::test::source_path;

namespace {

MapData json_map(const std::string& text) {
  Diagnostics out;
  MapData map = parse_json_map(text, "m.json", out);
  REQUIRE_FALSE(out.has_errors());
  return map;
}

MapData graphml_map(const std::string& text, Diagnostics& out) { return parse_graphml_map(text, "m.graphml", out); }

/// The messages, one per line, as the CLI prints them.
std::string messages(const std::string& graphml) {
  Diagnostics out;
  try {
    graphml_map(graphml, out);
  } catch (const InputError& error) {
    out = error.diagnostics();
  }
  std::string text;
  for (const auto& d : out.all()) text += d.format() + "\n";
  return text;
}

/// A look of the tests' own, so the yFiles data is written without the render library.
const GraphLook look{[](const Body&) { return NodeLook{"box", "#77AADD", "rounded", ""}; },
                     [](LinkKind) { return EdgeLook{"dashed", "#228833", true}; }};

const char* const hostile_map = R"({"govgraph": 1, "name": "Tags <b> & \"quotes\"\nsecond line\r\n, tab\there",
  "bodies": [
    {"id": "a", "name": "Comhairle nan Eilean Siar – Ù & <A> \"quoted\" 'apos'", "aliases": ["x;y", "back\\slash", "", "ünï"],
     "type": "ndpb", "represents": 32, "class": "mixed", "powers": "made-up", "start": "2001-02-03",
     "note": "line one\nline two\r\nthree\ttabbed ]]> --> <!--", "odd": {"k": [1, "<v>"]}},
    {"id": "b", "name": "B", "type": "other", "status": "abolished", "end": "2020-01-01"}],
  "links": [{"from": "a", "to": "b", "kind": "funds", "amount": 0.1, "currency": "EUR", "x": null},
            {"from": "b", "to": "a", "kind": "accountable_to", "basis": "statutory"},
            {"from": "a", "to": "b", "kind": "funds", "amount": 1e15}],
  "responsibilities": [{"id": "r", "name": "R <&>", "owners": [{"body": "a", "role": "lead"}, {"body": "b", "role": "supports"}]}],
  "top": [true]})";

/// A file as another tool saves it: its own key ids, keys and elements govgraph does
/// not know, a <data> for "all", no govgraph map data.
const char* const resaved = R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:y="http://www.yworks.com/xml/graphml">
  <key id="d0" for="node" attr.name="label" attr.type="string"/>
  <key id="d1" for="node" attr.name="type" attr.type="string"/>
  <key id="d2" for="edge" attr.name="kind" attr.type="string"/>
  <key id="d3" for="edge" attr.name="amount" attr.type="double"/>
  <key id="d4" for="node" attr.name="description" attr.type="string"/>
  <key id="d5" for="node" yfiles.type="nodegraphics"/>
  <key id="d6" for="all" attr.name="note" attr.type="string"/>
  <graph id="G" edgedefault="directed">
    <node id="a"><data key="d0">A</data><data key="d1">agency</data><data key="d4">ignored</data>
      <data key="d5"><y:ShapeNode><y:NodeLabel>A</y:NodeLabel></y:ShapeNode></data><data key="d6">kept</data></node>
    <node id="b"><data key="d0">B</data><data key="d1">board</data></node>
    <edge source="a" target="b"><data key="d2">funds</data><data key="d3">2.5e6</data><data key="d9">no such key</data></edge>
    <y:Extra/>
  </graph>
</graphml>
)";

/// A govgraph GraphML of one body whose <node> holds `node` and one edge holding `edge`.
std::string with_node(const std::string& node, const std::string& edge = "<data key=\"e_kind\">funds</data>") {
  return R"(<?xml version="1.0" encoding="UTF-8"?>
<graphml xmlns="http://graphml.graphdrawing.org/xmlns">
  <key id="n_label" for="node" attr.name="label" attr.type="string"/>
  <key id="n_type" for="node" attr.name="type" attr.type="string"/>
  <key id="n_represents" for="node" attr.name="represents" attr.type="long"/>
  <key id="n_policy_areas" for="node" attr.name="policy_areas" attr.type="string"/>
  <key id="n_govgraph_extras" for="node" attr.name="govgraph_extras" attr.type="string"/>
  <key id="e_kind" for="edge" attr.name="kind" attr.type="string"/>
  <key id="e_amount" for="edge" attr.name="amount" attr.type="double"/>
  <graph edgedefault="directed">
    <node id="a">)" +
         node + R"(</node>
    <edge source="a" target="a">)" +
         edge + R"(</edge>
  </graph>
</graphml>
)";
}

}  // namespace

TEST_CASE("The example map goes to GraphML and back to the same canonical JSON bytes") {
  const std::string json = slurp(source_path("examples/scotland-care-system/map.json"));
  for (const bool as_nodes : {false, true}) {
    INFO("responsibilities as nodes: " << as_nodes);
    const std::string graphml = write_graphml_map(json_map(json), {as_nodes, &look});
    Diagnostics out;
    const MapData back = graphml_map(graphml, out);
    CHECK(out.all().empty());
    CHECK(write_json_map(back) == json);
    CHECK(write_graphml_map(back, {as_nodes, &look}) == graphml);
  }
}

TEST_CASE("Hostile text, lists holding the separator and unknown fields round-trip through GraphML") {
  const std::string canonical = write_json_map(json_map(hostile_map));
  const std::string graphml = write_graphml_map(json_map(hostile_map), {true, &look});
  Diagnostics out;
  const MapData back = graphml_map(graphml, out);
  CHECK(write_json_map(back) == canonical);
  REQUIRE(back.bodies.size() == 2);
  CHECK(back.bodies[0].aliases == std::vector<std::string>{"x;y", "back\\slash", "", "ünï"});
  CHECK(back.bodies[0].at == Position{45, 0});  // the <node>'s line, for check_map's messages
  CHECK(graphml.find(R"(<data key="n_aliases">x\;y;back\\slash;;ünï</data>)") != std::string::npos);
  CHECK(graphml.find(R"(<data key="n_govgraph_extras">{&quot;odd&quot;:{&quot;k&quot;:[1,&quot;&lt;v&gt;&quot;]}}</data>)") != std::string::npos);
  CHECK(graphml.find(R"(<data key="e_amount">1000000000000000</data>)") != std::string::npos);
  CHECK(graphml.find("<node id=\"responsibility:r\">") != std::string::npos);
  CHECK(graphml.find("\r") == std::string::npos);  // a carriage return is written &#13;, so XML keeps it
}

TEST_CASE("Lists join with the separator and split back exactly, escapes included") {
  for (const std::vector<std::string>& items : std::vector<std::vector<std::string>>{
           {}, {"a"}, {"a", "b"}, {"", ""}, {";"}, {"\\"}, {"a\\;b", "\\\\"}, {"end\\"}}) {
    INFO(join_list(items));
    CHECK(split_list(join_list(items)) == items);
  }
  CHECK(split_list("a;b") == std::vector<std::string>{"a", "b"});
  CHECK(split_list("trailing\\") == std::vector<std::string>{"trailing\\"});
}

TEST_CASE("A GraphML another tool re-saved reads by attribute names, ignoring what govgraph does not know") {
  Diagnostics out;
  const MapData map = graphml_map(resaved, out);
  CHECK(out.all().empty());
  REQUIRE(map.bodies.size() == 2);
  CHECK(map.bodies[0].id == "a");
  CHECK(map.bodies[0].name == "A");
  CHECK(map.bodies[0].type == BodyType::agency);
  CHECK(map.bodies[0].note == "kept");
  CHECK(map.bodies[0].extras.empty());
  REQUIRE(map.links.size() == 1);
  CHECK(map.links[0].amount == 2.5e6);
  CHECK(map.links[0].from_at == Position{14, 0});
  CHECK(map.origins.bodies == "m.graphml");
  CHECK_FALSE(check_map(map).has_errors());
}

TEST_CASE("GraphML that is not a govgraph map is refused with its place and what was expected") {
  CHECK(messages("<graphml><graph>") ==
        "m.graphml:1:17: error: not well-formed XML: Premature end of data in tag graph line 1; expected a GraphML "
        "file\n");
  CHECK(messages("<gexf/>") == "m.graphml:1: error: <gexf>: expected a <graphml> element holding the map\n");
  CHECK(messages("<graphml>\n<key id=\"k\"/>\n</graphml>") ==
        "m.graphml:1: error: <graphml>: expected a <graph> element holding the map\n");
  CHECK(messages("<!DOCTYPE graphml [<!ENTITY a \"aaaa\">]>\n<graphml/>") ==
        "m.graphml: error: <!DOCTYPE>: a GraphML map holds no DTD; expected the file to start at <graphml>\n");
  CHECK(messages("<graphml><graph>\n<node/>\n<edge target=\"a\"/></graph></graphml>") ==
        "m.graphml:2: error: <node>: missing id; expected the body's id\n"
        "m.graphml:3: error: <edge>: missing source; expected a body's id\n");
}

TEST_CASE("A bad value in a node or edge names the node or edge, the attribute and what was expected") {
  CHECK(messages(with_node("<data key=\"n_type\">agency</data>")) ==
        "m.graphml:11: error: node \"a\": label: missing; expected a <data> for the key whose attr.name is "
        "\"label\"\n");
  CHECK(messages(with_node("<data key=\"n_label\">A</data><data key=\"n_type\">agencie</data>")).starts_with(
      "m.graphml:11: error: node \"a\": type: 'agencie' is not a body type; nearest is 'agency'; expected one of "
      "legislature,"));
  CHECK(messages(with_node("<data key=\"n_label\">A</data><data key=\"n_type\">agency</data>"
                           "<data key=\"n_represents\">many</data><data key=\"n_policy_areas\">ok;Not ok</data>"
                           "<data key=\"n_govgraph_extras\">[1]</data>",
                           "<data key=\"e_amount\">4m</data>")) ==
        "m.graphml:11: error: node \"a\": policy_areas: 'Not ok' is not a valid id: it holds a space; expected "
        "letters, digits, '.', '_' and '-' (a register's code or slug), such as 'not-ok'\n"
        "m.graphml:11: error: node \"a\": represents: 'many' is not a whole number of 1 or more; expected a count "
        "of bodies, such as 32\n"
        "m.graphml:11: error: node \"a\": govgraph_extras: expected a JSON object of the fields govgraph does not "
        "know, such as {\"x\":true}\n"
        "m.graphml:12: error: edge a -> a: kind: missing; expected a <data> for the key whose attr.name is "
        "\"kind\"\n"
        "m.graphml:12: error: edge a -> a: amount: '4m' is not a number; expected digits such as 4000000\n");
  CHECK(messages(with_node("<data key=\"n_label\">A</data><data key=\"n_type\">agency</data>",
                           "<data key=\"e_kind\">funds</data><data key=\"e_amount\">-1</data>"))
            .starts_with("m.graphml:12: error: edge a -> a: amount: "));
}

TEST_CASE("Errors in the map's own data carry the line of the GraphML file") {
  std::string graphml = write_graphml_map(json_map(R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "agency"}]})"));
  const std::string header = "&quot;govgraph&quot;: 1";
  graphml.replace(graphml.find(header), header.size(), "&quot;govgraph&quot;: 2");
  CHECK(messages(graphml) == "m.graphml:31:15: error: govgraph: expected the format version 1, found 2\n");
}

TEST_CASE("GEXF keeps body ids, names as labels, typed fields and amounts as weights, the same bytes each time") {
  const MapData map = json_map(hostile_map);
  const std::string gexf = write_gexf_map(map, &look);
  CHECK(gexf == write_gexf_map(map, &look));
  CHECK(gexf.find(R"(<node id="a" label="Comhairle nan Eilean Siar – Ù &amp; &lt;A&gt; &quot;quoted&quot; 'apos'">)") !=
        std::string::npos);
  CHECK(gexf.find(R"(<attribute id="amount" title="amount" type="double"/>)") != std::string::npos);
  CHECK(gexf.find(R"(<edge id="0" source="a" target="b" label="funds" weight="0.1">)") != std::string::npos);
  CHECK(gexf.find(R"(<viz:color r="119" g="170" b="221"/>)") != std::string::npos);
  CHECK(gexf.find(R"(<attvalue for="note" value="line one&#10;line two&#13;&#10;three&#9;tabbed ]]&gt; --&gt; &lt;!--"/>)") !=
        std::string::npos);
}
