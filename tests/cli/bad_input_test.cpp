// Every bad input gives FILE:LINE:COLUMN, the field and what was expected, exit code 2,
// and nothing on stdout. Each row is a map and the first error line it must produce.

#include <catch2/catch.hpp>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

struct BadInput {
  const char* what;
  const char* map;       // JSON text, or CSV files separated by "\n---FILE name\n"
  const char* expected;  // the first diagnostic, after the file name
};

const char* const ok_bodies = R"("bodies": [{"id": "sp", "name": "Scottish Parliament", "type": "legislature"},
  {"id": "ci", "name": "Care Inspectorate", "type": "regulator"}])";

const BadInput json_cases[] = {
    {"empty file", "", "1:1: error: invalid JSON: The document is empty"},
    {"not JSON", "hello", "1:1: error: invalid JSON: Invalid value"},
    {"array at top", "[]", "1:1: error: the document: expected an object holding a govgraph map, found an array"},
    {"missing version", "{}", "1:1: error: govgraph: missing; expected the format version, \"govgraph\": 1"},
    {"wrong version", R"({"govgraph": 7})", "1:14: error: govgraph: expected the format version 1, found 7"},
    {"version as string", R"({"govgraph": "1"})", "1:14: error: govgraph: expected the format version 1, found \"1\""},
    {"trailing comma", "{\"govgraph\": 1,}", "1:16: error: invalid JSON: Missing a name for object member"},
    {"unterminated string", "{\"govgraph\": 1, \"name\": \"abc", "1:29: error: invalid JSON: Missing a closing quotation mark in string"},
    {"bad escape", R"({"govgraph": 1, "name": "a\q"})", "1:27: error: invalid JSON: Invalid escape character in string"},
    {"invalid UTF-8", "{\"govgraph\": 1, \"name\": \"\xC3\x28\"}", "1:26: error: invalid JSON: Invalid encoding in string"},
    {"duplicate key", R"({"govgraph": 1, "govgraph": 1})", "1:17: error: duplicate key 'govgraph' in this object"},
    {"deep nesting", "{\"govgraph\": 1, \"x\": [[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]}",
     "1:85: error: nesting deeper than 64 levels"},
    {"bodies not an array", R"({"govgraph": 1, "bodies": {}})", "1:27: error: bodies: expected an array, found an object"},
    {"body not an object", R"({"govgraph": 1, "bodies": [3]})", "1:28: error: bodies[0]: expected an object, found an integer"},
    {"body without id", R"({"govgraph": 1, "bodies": [{"name": "A", "type": "agency"}]})",
     "1:28: error: bodies[0].id: missing; expected a string"},
    {"id not a slug", R"({"govgraph": 1, "bodies": [{"id": "Care Inspectorate", "name": "A", "type": "agency"}]})",
     "1:35: error: bodies[0].id: 'Care Inspectorate' is not a valid id: it holds a space; expected letters, digits, '.', '_' and '-' (a register's code or slug), such as 'care-inspectorate'"},
    {"id a number", R"({"govgraph": 1, "bodies": [{"id": 5, "name": "A", "type": "agency"}]})",
     "1:35: error: bodies[0].id: expected a string, found an integer"},
    {"empty name", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "", "type": "agency"}]})",
     "1:48: error: bodies[0].name: must not be empty"},
    {"unknown body type", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "quango"}]})",
     "1:61: error: bodies[0].type: 'quango' is not a body type; expected one of legislature, executive, minister, directorate, agency, ndpb, public-corporation, local-authority, health-board, integration-joint-board, partnership, board, regulator, tribunal, company, third-sector, professional-body, union or other"},
    {"unknown status", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "agency", "status": "dormant"}]})",
     "1:81: error: bodies[0].status: 'dormant' is not a body status; expected one of active, proposed or abolished"},
    {"represents not whole", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "agency", "represents": 2.5}]})",
     "1:85: error: bodies[0].represents: expected a whole number of bodies, 1 or more"},
    {"bad date", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "agency", "start": "2021-02-30"}]})",
     "1:80: error: bodies[0].start: '2021-02-30' is not a date; expected YYYY-MM-DD, such as 2021-06-30"},
    {"aliases not strings", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "agency", "aliases": [1]}]})",
     "1:83: error: bodies[0].aliases[0]: expected a string, found an integer"},
    {"unknown link kind", R"({"govgraph": 1, )" "\"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"}, {\"id\": \"b\", \"name\": \"B\", \"type\": \"agency\"}],\n\"links\": [{\"from\": \"a\", \"to\": \"b\", \"kind\": \"reports_to\"}]}",
     "2:44: error: links[0].kind: 'reports_to' is not a link kind; expected one of accountable_to, funds, member_of, scrutinises, advises or collaborates_with"},
    {"link to unknown body", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"care-inspectorate\", \"name\": \"A\", \"type\": \"agency\"}],\n\"links\": [{\"from\": \"care-inspectorate\", \"to\": \"care-inspectorat\", \"kind\": \"advises\"}]}",
     "2:47: error: links[0].to: no body has id 'care-inspectorat'; nearest is 'care-inspectorate'"},
    {"link to itself", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"}],\n\"links\": [{\"from\": \"a\", \"to\": \"a\", \"kind\": \"advises\"}]}",
     "2:31: error: links[0].to: a link cannot join body 'a' to itself"},
    {"negative amount", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"}, {\"id\": \"b\", \"name\": \"B\", \"type\": \"agency\"}],\n\"links\": [{\"from\": \"a\", \"to\": \"b\", \"kind\": \"funds\", \"amount\": -5}]}",
     "2:63: error: links[0].amount: expected an amount of zero or more"},
    {"amount as text", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"}, {\"id\": \"b\", \"name\": \"B\", \"type\": \"agency\"}],\n\"links\": [{\"from\": \"a\", \"to\": \"b\", \"kind\": \"funds\", \"amount\": \"4m\"}]}",
     "2:63: error: links[0].amount: expected a number, found a string"},
    {"link missing kind", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"}, {\"id\": \"b\", \"name\": \"B\", \"type\": \"agency\"}],\n\"links\": [{\"from\": \"a\", \"to\": \"b\"}]}",
     "2:11: error: links[0].kind: missing; expected a string"},
    {"duplicate body id", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"},\n{\"id\": \"a\", \"name\": \"B\", \"type\": \"agency\"}]}",
     "2:1: error: bodies[1].id: duplicate body id 'a', first defined at"},
    {"unknown role", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"}],\n\"responsibilities\": [{\"id\": \"r\", \"name\": \"R\", \"owners\": [{\"body\": \"a\", \"role\": \"owner\"}]}]}",
     "2:80: error: responsibilities[0].owners[0].role: 'owner' is not a role; expected one of lead, delivers or supports"},
    {"owner unknown body", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"audit-scotland\", \"name\": \"A\", \"type\": \"agency\"}],\n\"responsibilities\": [{\"id\": \"r\", \"name\": \"R\", \"owners\": [{\"body\": \"audit-scot\", \"role\": \"lead\"}]}]}",
     "2:58: error: responsibilities[0].owners[0].body: no body has id 'audit-scot'; nearest is 'audit-scotland'"},
    {"amount too large", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"}, {\"id\": \"b\", \"name\": \"B\", \"type\": \"agency\"}],\n\"links\": [{\"from\": \"a\", \"to\": \"b\", \"kind\": \"funds\", \"amount\": 2e15}]}",
     "2:63: error: links[0].amount: 2000000000000000 is more than the largest amount a map may state; expected at most 1000000000000000 (10^15)"},
    {"owner listed twice", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\"}],\n\"responsibilities\": [{\"id\": \"r\", \"name\": \"R\", \"owners\": [{\"body\": \"a\", \"role\": \"lead\"}, {\"body\": \"a\", \"role\": \"supports\"}]}]}",
     "2:89: error: responsibilities[0].owners[1].body: body 'a' is listed twice as an owner of 'r' (give it one role, the strongest)"},
    {"unknown policy area", "{\"govgraph\": 1, \"policy_areas\": [{\"id\": \"family-support\", \"name\": \"F\"}],\n\"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\", \"policy_areas\": [\"family-suport\"]}]}",
     "2:71: error: bodies[0].policy_areas: no policy area has id 'family-suport'; nearest is 'family-support'"},
    {"unknown apex", R"({"govgraph": 1, "apex": ["sp"], "bodies": [{"id": "sq", "name": "A", "type": "agency"}]})",
     "1:26: error: apex[0]: no body has id 'sp'; nearest is 'sq'"},
    {"policy area cycle", "{\"govgraph\": 1, \"policy_areas\": [{\"id\": \"a\", \"name\": \"A\", \"parent\": \"b\"},\n{\"id\": \"b\", \"name\": \"B\", \"parent\": \"a\"}]}",
     "1:69: error: policy_areas[0].parent: policy area 'a' is its own ancestor"},
    {"end before start", "{\"govgraph\": 1, \"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"agency\", \"start\": \"2021-01-01\", \"end\": \"2020-01-01\"}]}",
     "1:28: error: bodies[0].end: 2020-01-01 is before start 2021-01-01"},
};

const BadInput csv_cases[] = {
    {"CSV folder without bodies.csv", "\n---FILE links.csv\nfrom,to,kind\n", "error: missing: a CSV map folder needs bodies.csv"},
    {"CSV missing column", "\n---FILE bodies.csv\nid,name\na,A\n", "1:1: error: type: missing column in the header"},
    {"CSV bad quoting", "\n---FILE bodies.csv\nid,name,type\na,\"A\"x,agency\n", "2:6: error: invalid CSV:"},
    {"CSV unknown type", "\n---FILE bodies.csv\nid,name,type\na,A,quango\n",
     "2:5: error: bodies.type: 'quango' is not a body type; expected one of"},
    {"CSV bad amount", "\n---FILE bodies.csv\nid,name,type\na,A,agency\nb,B,agency\n---FILE links.csv\nfrom,to,kind,amount\na,b,funds,4m\n",
     "2:11: error: links.amount: '4m' is not a number; expected digits such as 4000000"},
    {"CSV unknown owner", "\n---FILE bodies.csv\nid,name,type\naudit-scotland,A,agency\n---FILE responsibilities.csv\nid,name,lead\nr,R,audit-scot\n",
     "2:5: error: responsibilities[0].owners[0].body: no body has id 'audit-scot'; nearest is 'audit-scotland'"},
};

/// Writes the case's map into `temp`: a map.json, or the CSV files of a folder.
std::string write_case(const TempDir& temp, const BadInput& c) {
  const std::string text = c.map;
  if (text.rfind("\n---FILE ", 0) != 0) return temp.write("map.json", text);
  std::size_t at = 0;
  while ((at = text.find("\n---FILE ", at)) != std::string::npos) {
    const std::size_t name_start = at + 9;
    const std::size_t name_end = text.find('\n', name_start);
    const std::size_t next = text.find("\n---FILE ", name_end);
    temp.write("map/" + text.substr(name_start, name_end - name_start),
               text.substr(name_end + 1, next == std::string::npos ? std::string::npos : next - name_end - 1));
    at = name_end;
  }
  return temp.file("map");
}

void check_case(const BadInput& c) {
  TempDir temp;
  const std::string path = write_case(temp, c);
  const RunResult r = run_govgraph("validate " + quote(path));
  INFO(c.what << "\nstderr:\n" << r.err);
  CHECK(r.exit_code == 2);
  CHECK(r.out.empty());
  const std::string first_line = r.err.substr(0, r.err.find('\n'));
  CHECK(first_line.find(c.expected) != std::string::npos);
  CHECK(first_line.rfind(path, 0) == 0);  // every message starts with the file
}

}  // namespace

TEST_CASE("Each bad JSON map gives its place, field and expectation, and exit code 2") {
  for (const auto& c : json_cases) check_case(c);
}

TEST_CASE("Each bad CSV folder gives its place, field and expectation, and exit code 2") {
  for (const auto& c : csv_cases) check_case(c);
}

TEST_CASE("At least thirty distinct bad inputs are covered") {
  CHECK(std::size(json_cases) + std::size(csv_cases) >= 30);
}

TEST_CASE("A missing map is a clear error with exit code 2") {
  const RunResult r = run_govgraph("validate /no/such/map.json");
  CHECK(r.exit_code == 2);
  CHECK(r.err == "/no/such/map.json: error: no such file or folder; MAP is a .json file (govgraph's, or a Kumu "
                 "blueprint), a .xlsx workbook, a .graphml file or a folder of CSV files\n");
}

TEST_CASE("Usage errors exit with code 2") {
  CHECK(run_govgraph("validate").exit_code == 2);
  CHECK(run_govgraph("no-such-command").exit_code == 2);
  CHECK(run_govgraph("").exit_code == 2);
}

TEST_CASE("Help teaches with examples and exits 0") {
  const RunResult r = run_govgraph("--help");
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Examples:") != std::string::npos);
  CHECK(run_govgraph("validate --help").out.find("govgraph validate examples/scotland-care-system/map.json") !=
        std::string::npos);
}

TEST_CASE("The version flag prints the version") {
  const RunResult r = run_govgraph("--version");
  CHECK(r.exit_code == 0);
  CHECK(r.out.rfind("govgraph ", 0) == 0);
}
