// The fields that record whether a duty will be done: a responsibility's status,
// commitments and due date, a body's powers, the map's horizon and universe.

#include <catch2/catch.hpp>

#include "graph/check.hpp"
#include "importers/csv_reader.hpp"
#include "importers/csv_writer.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::test;

namespace {

const char* const full_map = R"({"govgraph": 1, "horizon": "2031-01-01", "universe": {"directorate": 43, "policy_areas": 117},
  "bodies": [{"id": "tps", "name": "The Promise Scotland", "type": "company", "powers": "non-statutory", "end": "2030-12-31"},
             {"id": "sg", "name": "Scottish Government", "type": "directorate", "powers": "statutory"}],
  "responsibilities": [{"id": "governance", "name": "Governance Structures", "status": "little-or-no-work",
                        "commitments": "none", "due": "2030-12-31", "owners": [{"body": "sg", "role": "lead"}]}]})";

/// Every diagnostic of reading `json`, formatted.
std::vector<std::string> problems(const std::string& json) {
  Diagnostics out;
  parse_json_map(json, "m.json", out);
  std::vector<std::string> text;
  for (const auto& d : out.all()) text.push_back(d.format());
  return text;
}

/// A map with one body and one responsibility, `body` and `duty` adding fields to them.
std::string small(const std::string& body, const std::string& duty, const std::string& header = "") {
  return R"({"govgraph": 1)" + header + R"(, "bodies": [{"id": "b", "name": "B", "type": "agency")" + body +
         R"(}], "responsibilities": [{"id": "r", "name": "R")" + duty + "}]}";
}

}  // namespace

TEST_CASE("The delivery fields are read from JSON, each in its place") {
  Diagnostics out;
  const MapData m = parse_json_map(full_map, "m.json", out);
  CHECK(out.all().empty());
  CHECK(m.horizon == "2031-01-01");
  CHECK(m.universe == std::vector<Denominator>{{"directorate", 43, {}}, {"policy_areas", 117, {}}});
  CHECK(m.universe[0].at == Position{1, 55});
  CHECK(m.bodies[0].powers == "non-statutory");
  CHECK(m.responsibilities[0].status == "little-or-no-work");
  CHECK(m.responsibilities[0].commitments == "none");
  CHECK(m.responsibilities[0].due == "2030-12-31");
  CHECK_FALSE(check_map(m).has_errors());
}

TEST_CASE("A status, commitments or powers outside its vocabulary is kept, with a warning naming the nearest") {
  CHECK(problems(small(R"(, "powers": "statutary")", R"(, "status": "no-commitment", "commitments": "nil")")) ==
        std::vector<std::string>{
            "m.json:1:81: warning: bodies[0].powers: 'statutary' is not a documented value, kept as written; nearest "
            "is 'statutory'; expected one of statutory, non-statutory or advisory",
            "m.json:1:152: warning: responsibilities[0].status: 'no-commitment' is not a documented value, kept as "
            "written; nearest is 'no-commitments'; expected one of underway, underway-insufficient, "
            "little-or-no-work or no-commitments",
            "m.json:1:184: warning: responsibilities[0].commitments: 'nil' is not a documented value, kept as "
            "written; nearest is 'none'; expected one of received or none"});
  Diagnostics out;
  const MapData m = parse_json_map(small("", R"(, "status": "in hand")"), "m.json", out);
  CHECK(m.responsibilities[0].status == "in hand");
  CHECK(write_json_map(m).find(R"("status": "in hand")") != std::string::npos);
}

TEST_CASE("A bad due date, horizon or universe is an error at its place") {
  CHECK(problems(small("", R"(, "due": "2030")", R"(, "horizon": "soon")")) ==
        std::vector<std::string>{
            "m.json:1:28: error: horizon: 'soon' is not a date; expected YYYY-MM-DD, such as 2021-06-30",
            "m.json:1:145: error: responsibilities[0].due: '2030' is not a date; expected YYYY-MM-DD, such as "
            "2021-06-30"});
  CHECK(problems(small("", "", R"(, "universe": {"directorates": 43, "agency": 0, "board": "3"})")) ==
        std::vector<std::string>{
            "m.json:1:30: error: universe.directorates: 'directorates' is neither a body type nor policy_areas; "
            "expected policy_areas or legislature, executive, minister, directorate, agency, ndpb, public-corporation, "
            "local-authority, health-board, integration-joint-board, partnership, board, regulator, tribunal, "
            "company, third-sector, professional-body, union or other",
            "m.json:1:60: error: universe.agency: expected a whole number, 1 or more, found 0",
            "m.json:1:72: error: universe.board: expected a whole number, 1 or more, found \"3\""});
  CHECK(problems(small("", "", R"(, "universe": [43])")) ==
        std::vector<std::string>{"m.json:1:29: error: universe: expected an object, found an array"});
}

TEST_CASE("A universe smaller than what the map holds is an error") {
  Diagnostics out;
  const MapData m = parse_json_map(small("", "", R"(, "universe": {"agency": 1, "policy_areas": 1})"), "m.json", out);
  CHECK_FALSE(check_map(m).has_errors());
  MapData two = m;
  two.bodies.push_back(two.bodies[0]);
  two.bodies[1].id = "c";
  const auto problems = check_map(two).all();
  REQUIRE(problems.size() == 1);
  CHECK(problems[0].format() ==
        "m.json:1:30: error: universe.agency: 1 declared, but the map itself holds 2; the universe counts every one "
        "there is, in the map or not");
}

TEST_CASE("The delivery fields go through JSON, a CSV folder and back unchanged") {
  Diagnostics out;
  const std::string first = write_json_map(parse_json_map(full_map, "m.json", out));
  CHECK(first == write_json_map(parse_json_map(first, "m.json", out)));
  TempDir dir;
  Diagnostics losses;
  for (const auto& [name, text] : write_csv_folder(parse_json_map(first, "m.json", out), losses, CsvFor::people))
    dir.write(name, text);
  CHECK(slurp(dir.file("bodies.csv")).find("powers") != std::string::npos);
  const MapData back = read_csv_folder(dir.path(), out);
  CHECK(out.all().empty());
  CHECK(losses.all().empty());
  CHECK(write_json_map(back) == first);
}

TEST_CASE("A CSV folder's bad powers and universe are reported with the file's place") {
  TempDir dir;
  dir.write("map.json", R"({"govgraph": 1, "universe": {"directorate": "many"}})");
  dir.write("bodies.csv", "id,name,type,powers\nb,B,agency,some\n");
  dir.write("responsibilities.csv", "id,name,status,due,lead\nr,R,done,2030-02-30,b\n");
  Diagnostics out;
  const MapData m = read_csv_folder(dir.path(), out);
  std::vector<std::string> text;
  for (const auto& d : out.all()) text.push_back(d.format());
  const std::string folder = dir.path().string() + "/";
  CHECK(text == std::vector<std::string>{
                    folder + "map.json:1:45: error: universe.directorate: expected a whole number, 1 or more, found "
                             "\"many\"",
                    folder + "bodies.csv:2:12: warning: bodies.powers: 'some' is not a documented value, kept as "
                             "written; nearest is 'advisory'; expected one of statutory, non-statutory or advisory",
                    folder + "responsibilities.csv:2:5: warning: responsibilities.status: 'done' is not a documented "
                             "value, kept as written; nearest is 'underway'; expected one of underway, "
                             "underway-insufficient, little-or-no-work or no-commitments",
                    folder + "responsibilities.csv:2:10: error: responsibilities.due: '2030-02-30' is not a date; "
                             "expected YYYY-MM-DD, such as 2021-06-30"});
  CHECK(m.bodies.at(0).powers == "some");
}
