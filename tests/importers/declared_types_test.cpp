#include <catch2/catch.hpp>

#include "graph/input_file.hpp"
#include "importers/csv_reader.hpp"
#include "importers/csv_writer.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "importers/graphml_reader.hpp"
#include "importers/graphml_writer.hpp"
#include "importers/kumu.hpp"
#include "importers/load.hpp"
#include "importers/xlsx_reader.hpp"
#include "importers/xlsx_writer.hpp"
#include "../support/run.hpp"

using namespace govgraph;
using govgraph::test::TempDir;

namespace {

// Central government's types, declared after the bodies that use them: a JSON reader
// meets the bodies first.
const std::string central = R"({"govgraph": 1, "name": "Central",
  "bodies": [
    {"id": "parliament", "name": "Parliament", "type": "legislature"},
    {"id": "dhsc", "name": "Department of Health and Social Care", "type": "department"},
    {"id": "ons", "name": "Office for National Statistics", "type": "non-ministerial-department"},
    {"id": "hsc", "name": "Health and Social Care Committee", "type": "select-committee"},
    {"id": "nhse", "name": "NHS England", "type": "ndpb"}],
  "links": [
    {"from": "dhsc", "to": "parliament", "kind": "accountable_to"},
    {"from": "ons", "to": "parliament", "kind": "accountable_to"},
    {"from": "hsc", "to": "parliament", "kind": "accountable_to"},
    {"from": "hsc", "to": "dhsc", "kind": "scrutinises"},
    {"from": "nhse", "to": "dhsc", "kind": "accountable_to", "basis": "framework-document"}],
  "link_bases": [
    {"name": "framework-document", "meaning": "an arm's-length body's framework document", "like": "sponsorship"}],
  "body_types": [
    {"name": "department", "meaning": "a UK government department", "like": "directorate", "shape": "box", "colour": "#1F4E79"},
    {"name": "non-ministerial-department", "meaning": "a department without a minister", "like": "agency"},
    {"name": "select-committee", "meaning": "a committee of the House", "like": "board", "shape": "octagon"}]})";

MapData read(const std::string& text, Diagnostics& out) { return parse_json_map(text, "m.json", out); }

/// The errors reading `text` reports, one formatted line each.
std::vector<std::string> errors(const std::string& text) {
  Diagnostics out;
  read(text, out);
  std::vector<std::string> lines;
  for (const auto& d : out.all())
    if (d.level == Diagnostic::Level::error) lines.push_back(d.format());
  return lines;
}

std::string canonical_central() {
  Diagnostics out;
  const std::string json = write_json_map(read(central, out));
  REQUIRE_FALSE(out.has_errors());
  return json;
}

}  // namespace

TEST_CASE("A body of a declared type loads as the type it is like and keeps its declared name") {
  Diagnostics out;
  const MapData map = read(central, out);
  REQUIRE_FALSE(out.has_errors());
  REQUIRE(map.body_types.size() == 3);
  CHECK(map.body_types[0].like == BodyType::directorate);
  CHECK(map.body_types[0].colour == "#1F4E79");
  CHECK(map.bodies[0].declared_type.empty());
  CHECK(map.bodies[1].type == BodyType::directorate);
  CHECK(map.bodies[1].declared_type == "department");
  CHECK(map.bodies[2].type == BodyType::agency);
  CHECK(map.bodies[3].type == BodyType::board);
  CHECK(map.bodies[3].declared_type == "select-committee");
  REQUIRE(map.link_bases.size() == 1);
  CHECK(map.link_bases[0].like == Basis::sponsorship);
  CHECK(map.links[4].basis == "framework-document");
  const std::string json = write_json_map(map);
  CHECK(json.find(R"("type": "non-ministerial-department")") != std::string::npos);
  CHECK(json.find(R"({"name": "department", "meaning": "a UK government department", "like": "directorate", )"
                  R"("shape": "box", "colour": "#1F4E79"})") != std::string::npos);
  CHECK(json.find("\"link_bases\": [\n    {\"name\": \"framework-document\", \"meaning\": \"an arm's-length body's "
                  "framework document\", \"like\": \"sponsorship\"}\n  ]") != std::string::npos);
  CHECK(write_json_map(read(json, out)) == json);
}

TEST_CASE("A map of declared types goes to CSV and a workbook and back to the same JSON bytes") {
  const std::string json = canonical_central();
  Diagnostics out;
  const MapData map = read(json, out);
  TempDir dir;
  Diagnostics losses;
  for (const auto& [name, content] : write_csv_folder(map, losses)) dir.write("csv/" + name, content);
  CHECK(read_file(dir.file("csv/bodies.csv")).find("dhsc,Department of Health and Social Care,,department") !=
        std::string::npos);
  CHECK(write_json_map(read_csv_folder(dir.file("csv"), out)) == json);
  const std::string book = dir.write("m.xlsx", write_xlsx_map(map, losses, "m.xlsx"));
  CHECK(write_json_map(read_xlsx_map(book, out)) == json);
  CHECK_FALSE(out.has_errors());
  CHECK(losses.all().empty());
}

TEST_CASE("A map of declared types goes to GraphML and Kumu and back to the same JSON bytes") {
  const std::string json = canonical_central();
  Diagnostics out;
  const MapData map = read(json, out);
  const std::string graphml = write_graphml_map(map);
  CHECK(graphml.find(">select-committee</data>") != std::string::npos);
  CHECK(write_json_map(parse_graphml_map(graphml, "m.graphml", out)) == json);
  const std::string kumu = write_kumu_map(map);
  CHECK(kumu.find(R"("type":"Non ministerial department")") != std::string::npos);
  CHECK(write_json_map(parse_kumu_map(kumu, "k.json", out)) == json);
  CHECK_FALSE(out.has_errors());
}

TEST_CASE("The map checks and analyses with declared types as the built-in types they are like") {
  TempDir dir;
  const std::string path = dir.write("central.json", central);
  const auto checked = test::run_govgraph("validate " + test::quote(path));
  CHECK(checked.exit_code == 0);
  CHECK(checked.err.empty());
  const auto analysed = test::run_govgraph("analyse " + test::quote(path));
  CHECK(analysed.exit_code != 2);
  CHECK(analysed.err.empty());
  // Counted by the names the map uses, declared types after the built-in ones.
  CHECK(analysed.out.find("Bodies by type: legislature 1, ndpb 1, department 1, non-ministerial-department 1, "
                          "select-committee 1") != std::string::npos);
  // yEd draws a department in its declared navy, its name in white.
  const std::string graphml = dir.file("central.graphml");
  REQUIRE(test::run_govgraph("convert " + test::quote(path) + " " + test::quote(graphml)).exit_code == 0);
  CHECK(read_file(graphml).find(R"(<y:Fill color="#1F4E79" transparent="false"/>)") != std::string::npos);
  CHECK(read_file(graphml).find(R"(<y:NodeLabel textColor="#FFFFFF">Department of Health and Social Care</y:NodeLabel>)") !=
        std::string::npos);
  const auto summary = test::run_govgraph("summary " + test::quote(path));
  CHECK(summary.out.find("Bodies by type\n  legislature                 1\n  ndpb                        1\n"
                         "  department                  1\n  non-ministerial-department  1\n"
                         "  select-committee            1\n") != std::string::npos);
}

const std::string built_in_list =
    "legislature, executive, minister, directorate, agency, ndpb, public-corporation, local-authority, health-board, "
    "integration-joint-board, partnership, board, regulator, tribunal, company, third-sector, professional-body, "
    "union";

/// A map of one body of type `type` declaring `types`: the body on line 1, the types on line 2.
std::string one_body(const std::string& types, const std::string& type = "department") {
  return R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": ")" + type + "\"}],\n\"body_types\": [" + types +
         "]}";
}

TEST_CASE("A declared type's bad name, like, shape or colour is an error at its place") {
  CHECK(errors(one_body(R"({"name": "agency", "like": "ndpb"})", "agency")) ==
        std::vector<std::string>{"m.json:2:25: error: body_types[0].name: 'agency' is a built-in body type; declare "
                                 "only types the format lacks"});
  CHECK(errors(one_body(R"({"name": "department", "like": "directorate"}, {"name": "department", "like": "agency"})")) ==
        std::vector<std::string>{"m.json:2:72: error: body_types[1].name: 'department' is declared twice; expected "
                                 "each declared type once"});
  CHECK(errors(one_body(R"({"name": "Select Committee", "like": "board"})", "board")) ==
        std::vector<std::string>{"m.json:2:25: error: body_types[0].name: 'Select Committee' is not a type name; "
                                 "expected lowercase letters, digits and '-', such as 'select-committee'"});
  CHECK(errors(one_body(R"({"name": "department", "like": "directorat"})", "agency")) ==
        std::vector<std::string>{"m.json:2:47: error: body_types[0].like: 'directorat' is not a body type; nearest is "
                                 "'directorate'; expected one of " + built_in_list + " or other"});
  CHECK(errors(one_body(R"({"name": "department", "like": "directorate", "shape": "boxx"})")) ==
        std::vector<std::string>{"m.json:2:71: error: body_types[0].shape: 'boxx' is not a shape maps are drawn with; "
                                 "nearest is 'box'; expected one of box, ellipse, hexagon, octagon, component, note, "
                                 "tab or folder"});
  CHECK(errors(one_body(R"({"name": "department", "like": "directorate", "colour": "navy"})")) ==
        std::vector<std::string>{"m.json:2:72: error: body_types[0].colour: 'navy' is not a colour; expected #RRGGBB, "
                                 "such as '#1F4E79'"});
}

TEST_CASE("A type neither built in nor declared is an error naming the nearest of both") {
  CHECK(errors(one_body(R"({"name": "department", "like": "directorate"})", "departmnt")) ==
        std::vector<std::string>{"m.json:1:61: error: bodies[0].type: 'departmnt' is not a body type or a type the map "
                                 "declares; nearest is 'department'; expected one of " + built_in_list +
                                 ", other or department"});
  // Without declarations the message is the one for a built-in vocabulary.
  CHECK(errors(R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "agencie"}]})") ==
        std::vector<std::string>{"m.json:1:61: error: bodies[0].type: 'agencie' is not a body type; nearest is "
                                 "'agency'; expected one of " + built_in_list + " or other"});
}

/// Two leads of one duty, the provider answering to the department by a line of a
/// declared basis that is `like` a built-in one.
std::string commissioned(const std::string& like) {
  return R"({"govgraph": 1,
  "link_bases": [{"name": "service-agreement", "like": ")" + like + R"("}],
  "bodies": [
    {"id": "parliament", "name": "Parliament", "type": "legislature"},
    {"id": "dept", "name": "Department", "type": "directorate"},
    {"id": "provider", "name": "Provider", "type": "company"}],
  "links": [
    {"from": "dept", "to": "parliament", "kind": "accountable_to", "basis": "statutory"},
    {"from": "provider", "to": "dept", "kind": "accountable_to", "basis": "service-agreement"}],
  "responsibilities": [{"id": "care", "name": "Care",
    "owners": [{"body": "dept", "role": "lead"}, {"body": "provider", "role": "lead"}]}]})";
}

TEST_CASE("A line of a declared basis counts for the rules as the basis it is like") {
  TempDir dir;
  const auto two_leads = [&](const std::string& like) {
    const auto result =
        test::run_govgraph("analyse --format json " + test::quote(dir.write(like + ".json", commissioned(like))));
    REQUIRE(result.exit_code != 2);
    return result.out.find(R"("rule":"duplication.multiple-leads","subjects":["care","dept","provider"])") !=
           std::string::npos;
  };
  // A provider answering for its work under a contract is on its commissioner's line;
  // one answering only for meeting a regime's standards is not.
  CHECK_FALSE(two_leads("contract"));
  CHECK(two_leads("registration"));
}

TEST_CASE("A declared basis's bad name or like is an error at its place") {
  const auto bases = [](const std::string& declared) {
    return R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "agency"}],)" "\n\"link_bases\": [" +
           declared + "]}";
  };
  CHECK(errors(bases(R"({"name": "contract", "like": "contract"})")) ==
        std::vector<std::string>{"m.json:2:25: error: link_bases[0].name: 'contract' is a built-in basis; declare "
                                 "only bases the format lacks"});
  CHECK(errors(bases(R"({"name": "mou", "like": "contract"}, {"name": "mou", "like": "membership"})")) ==
        std::vector<std::string>{"m.json:2:62: error: link_bases[1].name: 'mou' is declared twice; expected each "
                                 "declared basis once"});
  CHECK(errors(bases(R"({"name": "Framework Document", "like": "sponsorship"})")) ==
        std::vector<std::string>{"m.json:2:25: error: link_bases[0].name: 'Framework Document' is not a basis name; "
                                 "expected lowercase letters, digits and '-', such as 'framework-document'"});
  CHECK(errors(bases(R"({"name": "mou", "like": "sponsership"})")) ==
        std::vector<std::string>{"m.json:2:40: error: link_bases[0].like: 'sponsership' is not a basis; nearest is "
                                 "'sponsorship'; expected one of statutory, sponsorship, line-management, "
                                 "governance-agreement, membership, grant-agreement, contract, regulation or "
                                 "registration"});
  CHECK(errors(bases(R"({"name": "mou"})")).size() == 1);
}
