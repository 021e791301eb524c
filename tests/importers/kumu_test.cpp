// Kumu blueprints: a map to Kumu and back gives the same canonical bytes, a blueprint as
// Kumu exports it reads into the expected map, bad blueprints give exact messages, and
// analyse --format kumu tags exactly the records its findings concern.

#include <catch2/catch.hpp>

#include <set>

#include <rapidjson/document.h>

#include "graph/input_file.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "importers/kumu.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::test;

namespace {

std::vector<std::string> messages(const Diagnostics& d) {
  std::vector<std::string> lines;
  for (const auto& item : d.all()) lines.push_back(item.format());
  return lines;
}

/// The canonical JSON of a blueprint read as a map, with its diagnostics.
std::string read_kumu(const std::string& text, std::vector<std::string>& diagnostics) {
  Diagnostics out;
  const std::string json = write_json_map(parse_kumu_map(text, "k.json", out));
  diagnostics = messages(out);
  return json;
}

const char* const small_map = R"({"govgraph": 1, "name": "Small", "as_of": "2024-01-01", "currency": "GBP", "apex": ["p"],
  "universe": {"board": 4},
  "sources": [{"id": "s1", "title": "Report"}],
  "policy_areas": [{"id": "care", "name": "Care"}],
  "bodies": [{"id": "p", "name": "Parliament", "type": "legislature", "aliases": ["Holyrood"], "source": "s1"},
    {"id": "b", "name": "Boards", "type": "board", "represents": 4, "class": "similar", "status": "proposed", "policy_areas": ["care"], "powers": "advisory", "start": "2020-01-01", "note": "n", "x": {"k": [1, 2]}}],
  "links": [{"from": "b", "to": "p", "kind": "accountable_to", "basis": "statutory"},
    {"from": "p", "to": "b", "kind": "funds", "amount": 1.5, "period": "2021-22", "policy_areas": ["care"], "note": "grant"}],
  "responsibilities": [{"id": "r", "name": "Plan", "policy_area": "care", "status": "underway", "due": "2030-01-01",
    "owners": [{"body": "b", "role": "supports"}, {"body": "p", "role": "lead"}]}],
  "extra": true})";

}  // namespace

TEST_CASE("The example map to Kumu and back gives the same canonical JSON") {
  Diagnostics out;
  const std::string path = source_path("examples/scotland-care-system/map.json");
  const MapData map = parse_json_map(read_file(path), path, out);
  const std::string blueprint = write_kumu_map(map);
  CHECK(is_kumu_blueprint(blueprint));
  std::vector<std::string> diagnostics;
  CHECK(read_kumu(blueprint, diagnostics) == write_json_map(map));
  CHECK(diagnostics.empty());
  CHECK(write_kumu_map(map) == blueprint);  // byte-stable
}

TEST_CASE("A small map to Kumu and back keeps every field, and moves only its own tags first") {
  Diagnostics out;
  const MapData map = parse_json_map(small_map, "m.json", out);
  std::vector<std::string> diagnostics;
  CHECK(read_kumu(write_kumu_map(map), diagnostics) == write_json_map(map));
  // As the JSON reader does, an unknown field is kept and named.
  CHECK(diagnostics ==
        std::vector<std::string>{"k.json:3:79: warning: elements[0].govgraph map, line 17 column 3: extra: unknown "
                                 "field, kept as it is; known fields are govgraph, name, as_of, horizon, currency, "
                                 "apex, universe, body_types, link_bases, sources, policy_areas, bodies, links, responsibilities",
                                 "k.json:5:183: warning: elements[2].x: not a govgraph field, kept as it is"});

  // The documented loss: a record's own "tags" field is Kumu's tags, written after the
  // description, so it comes back before the record's other unknown fields.
  MapData tagged = map;
  tagged.bodies[0].extras = {{"x", "1"}, {"tags", R"(["a"])"}};
  const std::string back = read_kumu(write_kumu_map(tagged), diagnostics);
  CHECK(back.find(R"("source": "s1", "tags": ["a"], "x": 1})") != std::string::npos);
}

TEST_CASE("A blueprint as Kumu exports it reads into the expected map with the expected warnings") {
  const std::string exported = R"({
  "elements": [
    {"_id": "elem-a1", "attributes": {"label": "Scottish Government", "element type": "Executive", "tags": ["core"]}},
    {"_id": "elem-b2", "attributes": {"label": "Care Inspectorate", "element type": "regulator", "image": "ci.png"}},
    {"_id": "elem-c3", "attributes": {"label": "Keep the Promise", "element type": "Responsibility"}}
  ],
  "connections": [
    {"_id": "conn-1", "from": "elem-b2", "to": "elem-a1", "direction": "directed", "attributes": {"connection type": "Accountable To"}},
    {"_id": "conn-2", "from": "elem-a1", "to": "elem-b2", "direction": "directed", "attributes": {"connection type": "funds", "amount": 4000000}},
    {"_id": "conn-3", "from": "elem-c3", "to": "elem-a1", "attributes": {"connection type": "Lead"}}
  ]
}
)";
  CHECK(is_kumu_blueprint(exported));
  std::vector<std::string> diagnostics;
  CHECK(read_kumu(exported, diagnostics) == R"({
  "govgraph": 1,
  "sources": [],
  "policy_areas": [],
  "bodies": [
    {"id": "scottish-government", "name": "Scottish Government", "type": "executive", "tags": ["core"]},
    {"id": "care-inspectorate", "name": "Care Inspectorate", "type": "regulator", "image": "ci.png"}
  ],
  "links": [
    {"from": "care-inspectorate", "to": "scottish-government", "kind": "accountable_to"},
    {"from": "scottish-government", "to": "care-inspectorate", "kind": "funds", "amount": 4000000}
  ],
  "responsibilities": [
    {"id": "keep-the-promise", "name": "Keep the Promise", "owners": [{"body": "scottish-government", "role": "lead"}]}
  ]
}
)");
  CHECK(diagnostics == std::vector<std::string>{
                           "k.json:2:15: warning: elements: 3 elements have no id, so their ids were made from their "
                           "labels: scottish-government ('Scottish Government'), care-inspectorate ('Care "
                           "Inspectorate'), keep-the-promise ('Keep the Promise')",
                           "k.json:4:98: warning: elements[1].attributes.image: not a govgraph field, kept as it is"});
}

TEST_CASE("A hand-written blueprint names elements by label or id, and the same label twice gets two ids") {
  const std::string blueprint = R"({"elements": [{"label": "A", "type": "Board"}, {"label": "A", "type": "local authority"},
    {"id": "c", "label": "C", "type": "THIRD_SECTOR"}],
  "connections": [{"from": "A", "to": "c", "type": "member-of", "direction": "mutual"}]})";
  std::vector<std::string> diagnostics;
  const std::string json = read_kumu(blueprint, diagnostics);
  CHECK(json.find(R"({"id": "a", "name": "A", "type": "board"},)") != std::string::npos);
  CHECK(json.find(R"({"id": "a-2", "name": "A", "type": "local-authority"},)") != std::string::npos);
  CHECK(json.find(R"({"id": "c", "name": "C", "type": "third-sector"})") != std::string::npos);
  CHECK(json.find(R"({"from": "a", "to": "c", "kind": "member_of"})") != std::string::npos);
  CHECK(diagnostics == std::vector<std::string>{"k.json:1:14: warning: elements: 2 elements have no id, so their ids "
                                                "were made from their labels: a ('A'), a-2 ('A')"});
}

TEST_CASE("Bad blueprints give every problem with its place and JSON path") {
  const std::string bad = R"({"elements": [
  {"label": "A", "type": "Quango"},
  {"type": "Board"},
  {"label": "B", "type": "Board", "status": "gone", "represents": 0},
  {"label": "C", "type": "board"}],
 "connections": [
  {"from": "B", "to": "Cx", "type": "funds"},
  {"from": "B", "to": "C", "type": "accountable"},
  {"from": "B", "to": "C"}]}
)";
  std::vector<std::string> diagnostics;
  read_kumu(bad, diagnostics);
  CHECK(diagnostics ==
        std::vector<std::string>{
            "k.json:2:26: error: elements[0].type: 'Quango' is not a body type; expected one of Legislature, "
            "Executive, Minister, Directorate, Agency, Ndpb, Public corporation, Local authority, Health board, "
            "Integration joint board, Partnership, Board, Regulator, Tribunal, Company, Third sector, Professional "
            "body, Union, Other, Responsibility or govgraph map; nearest is 'Union'",
            "k.json:3:3: error: elements[1].label: missing; expected the element's name",
            "k.json:1:14: warning: elements: 3 elements have no id, so their ids were made from their labels: a "
            "('A'), b ('B'), c ('C')",
            "k.json:4:45: error: elements[2].status: 'gone' is not a body status; expected one of active, proposed "
            "or abolished",
            "k.json:4:67: error: elements[2].represents: expected a whole number of bodies, 1 or more",
            "k.json:7:23: error: connections[0].to: no element has the id or label 'Cx'; nearest is 'C'",
            "k.json:8:36: error: connections[1].type: 'accountable' is not a link kind; expected a link kind, one of "
            "Accountable to, Funds, Member of, Scrutinises, Advises or Collaborates with; nearest is 'Accountable to'",
            "k.json:9:3: error: connections[2].type: missing; expected a link kind, one of Accountable to, Funds, "
            "Member of, Scrutinises, Advises or Collaborates with"});

  read_kumu(R"({"elements": {"label": "A"}})", diagnostics);
  CHECK(diagnostics == std::vector<std::string>{"k.json:1:14: error: elements: expected an array, found an object"});
  read_kumu(R"({"elements": [{"label": "A", "type": "Responsibility"}, {"label": "B", "type": "Board"}],
  "connections": [{"from": "A", "to": "A", "type": "Lead"}]})", diagnostics);
  CHECK(diagnostics.back() ==
        "k.json:2:19: error: connections[0]: connects 'A' and 'A'; expected two bodies, or a body and a responsibility");
  Diagnostics out;
  CHECK_THROWS_WITH(parse_kumu_map(R"({"elements": [)", "k.json", out), Catch::Contains("k.json:1:15: error: invalid JSON"));
}

TEST_CASE("A govgraph map is not taken for a Kumu blueprint") {
  CHECK_FALSE(is_kumu_blueprint(small_map));
  CHECK_FALSE(is_kumu_blueprint(R"({"elements": [], "bodies": []})"));
  CHECK_FALSE(is_kumu_blueprint("[1, 2]"));
  CHECK(is_kumu_blueprint("\xEF\xBB\xBF{\"connections\": [], \"elements\": []}"));
}

TEST_CASE("analyse --format kumu tags the bodies and responsibilities that have findings and no others") {
  TempDir dir;
  const std::string map = source_path("examples/scotland-care-system/map.json");
  const RunResult kumu = run_govgraph("analyse " + quote(map) + " --format kumu --fail-on never -o " + quote(dir.file("f.kumu.json")));
  REQUIRE(kumu.exit_code == 0);
  const RunResult json = run_govgraph("analyse " + quote(map) + " --format json --fail-on never");
  rapidjson::Document blueprint;
  rapidjson::Document findings;
  blueprint.Parse(slurp(dir.file("f.kumu.json")).c_str());
  findings.Parse(json.out.c_str());
  REQUIRE((blueprint.IsObject() && findings.IsObject()));

  std::set<std::string> elements;
  std::set<std::string> tagged;
  std::size_t tags = 0;
  for (const auto& e : blueprint["elements"].GetArray()) {
    elements.insert(e["id"].GetString());
    if (e.HasMember("tags")) {
      tagged.insert(e["id"].GetString());
      tags += e["tags"].Size();
      CHECK(e["findings"].Size() >= 1);
    }
  }
  std::set<std::string> expected;
  std::set<std::pair<std::string, std::string>> expected_tags;
  for (const auto& f : findings["findings"].GetArray()) {
    for (const auto& s : f["roles"].GetArray()) {
      const std::string id = s["id"].GetString();
      const std::string role = s["role"].GetString();
      bool subject = false;
      for (const auto& id_value : f["subjects"].GetArray()) subject = subject || id == id_value.GetString();
      if (!subject || role == "area" || role == "link") continue;  // not elements
      const std::string element = role == "responsibility" ? kumu_responsibility_id(id) : id;
      expected.insert(element);
      expected_tags.emplace(element, std::string("finding:") + f["rule"].GetString());
    }
  }
  CHECK(tagged == expected);
  CHECK(tags == expected_tags.size());
  CHECK(tagged.contains("scottish-ministers"));
  CHECK(tagged.size() < elements.size());
}
