// Maps as spreadsheet users really make them: Excel exports, stray commas, the wrong
// encoding, unknown columns; and what convert must never lose or overwrite.

#include <catch2/catch.hpp>

#include <chrono>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

bool contains(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("An Excel CSV export with a BOM, CRLF, blank rows, quoted commas and padded lists loads") {
  TempDir temp;
  temp.write("csv/bodies.csv",
             "\xEF\xBB\xBFid,name,type,aliases\r\n"
             "parl,Parliament,legislature,\r\n"
             "gov,\"Government, Scottish\",executive,SG; ;Gov;\r\n"
             "\r\n"
             "cne,Comhairle nan Eilean Siar,local-authority,\"CnES;  W. Isles\"\r\n"
             "\r\n");
  temp.write("csv/links.csv", "from,to,kind\r\ngov,parl,accountable_to\r\ncne,gov,accountable_to\r\n");
  const RunResult r = run_govgraph("convert " + quote(temp.file("csv")) + " " + quote(temp.file("m.json")));
  REQUIRE(r.exit_code == 0);
  const std::string json = slurp(temp.file("m.json"));
  CHECK(contains(json, R"({"id": "gov", "name": "Government, Scottish", "aliases": ["SG", "Gov"], "type": "executive"})"));
  CHECK(contains(json, R"({"id": "cne", "name": "Comhairle nan Eilean Siar", "aliases": ["CnES", "W. Isles"])"));
}

TEST_CASE("A CSV file saved as Windows-1252 is an error at its first non-UTF-8 byte, saying how to save it") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id,name,type\nparl,Parliament,legislature\nmin,Minist\xE8re,minister\n");
  const RunResult r = run_govgraph("convert " + quote(temp.file("csv")) + " " + quote(temp.file("m.json")));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "bodies.csv:3:11: error: the file is not UTF-8 text (byte 0xE8"));
  CHECK(contains(r.err, "save it as 'CSV UTF-8 (Comma delimited)'"));
  CHECK_FALSE(std::filesystem::exists(temp.file("m.json")));
}

TEST_CASE("A 5 MB note in a CSV cell loads in linear time and is kept whole") {
  TempDir temp;
  const std::string note(5'000'000, 'n');
  temp.write("csv/bodies.csv", "id,name,type,note\nparl,Parliament,legislature,\"" + note + "\"\n");
  const auto start = std::chrono::steady_clock::now();
  const RunResult r = run_govgraph("convert " + quote(temp.file("csv")) + " " + quote(temp.file("m.json")));
  const auto seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  REQUIRE(r.exit_code == 0);
  CHECK(seconds < 30);  // it took minutes when the cell buffer grew by 128 bytes at a time
  CHECK(contains(slurp(temp.file("m.json")), "\"note\": \"" + note + "\""));
}

TEST_CASE("A row with more values than the header has columns is an error at the first extra value") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id,name,type\nparl,Parliament,legislature\ngov,Government,executive,Scottish\n");
  const RunResult r = run_govgraph("validate " + quote(temp.file("csv")));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "bodies.csv:3:26: error: this row has a value in column 4 but the header names only 3 columns"));
}

TEST_CASE("Empty cells past the header, as spreadsheets pad rows, are not an error") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id,name,type,,\nparl,Parliament,legislature,,,\n");
  const RunResult r = run_govgraph("validate " + quote(temp.file("csv")));
  CHECK(r.exit_code == 0);
  CHECK(r.err.empty());
}

TEST_CASE("A column named twice in a CSV header is an error, since the second would be ignored") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id,name,type,note,note\nparl,Parliament,legislature,a,b\n");
  const RunResult r = run_govgraph("validate " + quote(temp.file("csv")));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "bodies.csv:1:19: error: 'note': the header names this column twice"));
}

TEST_CASE("Values under a column with no name in the header are an error") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id,name,type,\nparl,Parliament,legislature,lost\n");
  const RunResult r = run_govgraph("validate " + quote(temp.file("csv")));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "error: column 4 has values but no name in the header"));
}

TEST_CASE("Unknown fields keep their JSON types through a CSV folder, and owners their canonical order") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "x-top": {"a": [1, 2.5, null]},
    "bodies": [{"id": "parl", "name": "P", "type": "legislature", "x-num": 3, "x-flag": true, "x-list": ["a", "b"]},
               {"id": "gov", "name": "G", "type": "executive", "x-null": null, "x-text": "3", "x-empty": "", "x-plain": "hi"},
               {"id": "ag", "name": "Ag", "type": "agency"}],
    "links": [{"from": "gov", "to": "parl", "kind": "funds", "amount": 0.1, "x-weight": 0.5},
              {"from": "parl", "to": "gov", "kind": "funds", "amount": 1e15}],
    "responsibilities": [{"id": "r", "name": "R", "owners": [{"body": "ag", "role": "supports"},
                          {"body": "gov", "role": "lead"}, {"body": "parl", "role": "delivers"}]}]})");
  REQUIRE(run_govgraph("convert " + quote(map) + " " + quote(temp.file("first.json"))).exit_code == 0);
  REQUIRE(run_govgraph("convert " + quote(map) + " " + quote(temp.file("csv"))).exit_code == 0);
  const RunResult back = run_govgraph("convert " + quote(temp.file("csv")) + " " + quote(temp.file("back.json")));
  REQUIRE(back.exit_code == 0);
  const std::string first = slurp(temp.file("first.json"));
  CHECK(first == slurp(temp.file("back.json")));
  CHECK(contains(first, R"("x-num": 3, "x-flag": true, "x-list": ["a","b"])"));
  CHECK(contains(first, R"("x-null": null, "x-text": "3", "x-empty": "", "x-plain": "hi")"));
  CHECK(contains(first, R"("amount": 0.1, "x-weight": 0.5)"));
  CHECK(contains(first, R"([{"body": "gov", "role": "lead"}, {"body": "parl", "role": "delivers"}, {"body": "ag", "role": "supports"}])"));
}

TEST_CASE("Converting to CSV warns about what CSV cannot hold instead of dropping it silently") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1,
    "bodies": [{"id": "gov", "name": "G", "type": "executive", "aliases": ["A; B"]}],
    "responsibilities": [{"id": "r", "name": "R", "lead": "gov",
                          "owners": [{"body": "gov", "role": "lead", "x-share": 0.5}]}]})");
  const RunResult r = run_govgraph("convert " + quote(map) + " " + quote(temp.file("csv")));
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.err, "m.json:2:16: warning: bodies 'gov': the alias 'A; B' cannot be kept in CSV"));
  CHECK(contains(r.err, "m.json:4:38: warning: responsibilities 'r': the owner field 'x-share' of 'gov' is dropped"));
  CHECK(contains(r.err, "m.json:3:26: warning: responsibilities 'r': the unknown field 'lead' is dropped"));
  // The folder it wrote still loads: no column is named twice.
  CHECK(run_govgraph("validate " + quote(temp.file("csv"))).exit_code == 0);
}

TEST_CASE("Converting into a non-empty folder that is not a CSV map folder is refused and touches nothing") {
  TempDir temp;
  const std::string json_map = temp.write("project/map.json", R"({"govgraph": 1, "bodies": [
    {"id": "parl", "name": "Parliament", "type": "legislature"}]})");
  const std::string before = slurp(json_map);
  temp.write("csv/bodies.csv", "id,name,type\nsp,Scottish Parliament,legislature\n");
  const RunResult r = run_govgraph("convert " + quote(temp.file("csv")) + " " + quote(temp.file("project")));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "project: error: OUT: this folder is not empty and holds no bodies.csv"));
  CHECK(slurp(json_map) == before);
  CHECK_FALSE(std::filesystem::exists(temp.file("project/bodies.csv")));
}

TEST_CASE("Converting into an existing CSV map folder updates it in place, keeping other files") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id,name,type\nold,Old,legislature\n");
  temp.write("csv/README.txt", "notes\n");
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "bodies": [
    {"id": "parl", "name": "Parliament", "type": "legislature"}]})");
  REQUIRE(run_govgraph("convert " + quote(map) + " " + quote(temp.file("csv"))).exit_code == 0);
  CHECK(contains(slurp(temp.file("csv/bodies.csv")), "parl,Parliament,,legislature"));
  CHECK_FALSE(contains(slurp(temp.file("csv/bodies.csv")), "old"));
  CHECK(slurp(temp.file("csv/README.txt")) == "notes\n");
}

TEST_CASE("Summary shows a payment of 0.1 as 0.1, not 0") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "bodies": [
    {"id": "a", "name": "A", "type": "legislature"}, {"id": "b", "name": "B", "type": "agency"}],
    "links": [{"from": "b", "to": "a", "kind": "accountable_to"}, {"from": "a", "to": "b", "kind": "funds", "amount": 0.1}]})");
  const RunResult r = run_govgraph("summary " + quote(map));
  REQUIRE(r.exit_code == 0);
  CHECK(contains(r.out, "A pays out 0.1\n"));
}

TEST_CASE("check-restructure and diff write neither the report nor the diagram when one cannot be written") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "bodies": [
    {"id": "a", "name": "A", "type": "legislature"}, {"id": "b", "name": "B", "type": "agency"},
    {"id": "c", "name": "C", "type": "agency"}],
    "links": [{"from": "b", "to": "a", "kind": "accountable_to"}, {"from": "c", "to": "b", "kind": "accountable_to"}]})");
  const std::string proposal = temp.write("p.json", R"({"name": "p", "operations": [
    {"op": "abolish", "body": "b", "transfer_to": "a"}]})");
  const std::string missing_folder = temp.file("no-such-folder/diff.svg");
  const RunResult check = run_govgraph("check-restructure " + quote(map) + " " + quote(proposal) + " -o " +
                                       quote(temp.file("report.txt")) + " --diagram " + quote(missing_folder));
  CHECK(check.exit_code == 2);
  CHECK(contains(check.err, "no-such-folder/diff.svg: error: cannot write the output file"));
  CHECK_FALSE(std::filesystem::exists(temp.file("report.txt")));

  const RunResult diff = run_govgraph("diff " + quote(map) + " " + quote(map) + " -o " + quote(temp.file("diff.txt")) +
                                      " --diagram " + quote(missing_folder));
  CHECK(diff.exit_code == 2);
  CHECK(diff.out.empty());
  CHECK_FALSE(std::filesystem::exists(temp.file("diff.txt")));
}

TEST_CASE("A CSV separated by semicolons, as some Excel locales save it, is an error that says so") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id;name;type\nparl;Parliament;legislature\n");
  const RunResult r = run_govgraph("validate " + quote(temp.file("csv")));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "bodies.csv:1:1: error: id: missing column in the header; the header is separated by ';'"));
}

TEST_CASE("A header in capitals or with spaces, as a spreadsheet is headed for people, is read and said so once") {
  TempDir temp;
  temp.write("csv/bodies.csv", "Name,ID,Type,Policy Areas,Start-Date\nParliament,parl,legislature,care,\n");
  temp.write("csv/policy_areas.csv", "id,name\ncare,Care\n");
  const RunResult r = run_govgraph("validate " + quote(temp.file("csv")));
  CHECK(r.exit_code == 0);
  // Start-Date is no column of govgraph's (start is): kept as an unknown column, as before.
  CHECK(r.err == temp.file("csv/bodies.csv") +
                     ":1:1: warning: read the header 'Name' as name, 'ID' as id, 'Type' as type, 'Policy Areas' as "
                     "policy_areas (govgraph's column names are lowercase, with _)\n" +
                     temp.file("csv/bodies.csv") + ":1:27: warning: Start-Date: unknown column, its values are kept\n");
  const RunResult json = run_govgraph("convert " + quote(temp.file("csv")) + " " + quote(temp.file("m.json")));
  REQUIRE(json.exit_code == 0);
  const std::string converted = slurp(temp.file("m.json"));
  CHECK(contains(converted, R"("id": "parl")"));
  CHECK(contains(converted, R"("policy_areas": [)"));
}

TEST_CASE("Two header columns that read as one name are an error, as any repeated column") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id,name,type,ID\nparl,Parliament,legislature,x\n");
  const RunResult r = run_govgraph("validate " + quote(temp.file("csv")));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "bodies.csv:1:14: error: 'id': the header names this column twice; expected each column once"));
}

TEST_CASE("A pasted paragraph as an id is an error that quotes only its start, and does not hang") {
  TempDir temp;
  const std::string huge_a(100'000, 'a');
  const std::string huge_b(100'000, 'b');
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "bodies": [{"id": ")" + huge_a +
                                                   R"(", "name": "A", "type": "legislature"}],
    "links": [{"from": ")" + huge_a + R"(", "to": ")" + huge_b + R"(", "kind": "accountable_to"}]})");
  const RunResult r = run_govgraph("validate " + quote(map));
  CHECK(r.exit_code == 2);
  CHECK(contains(r.err, "m.json:1:35: error: bodies[0].id: an id of 100000 bytes ('" + std::string(40, 'a') +
                            "...') is too long; expected at most 120, such as 'care-inspectorate'"));
  CHECK(r.err.size() < 2000);
}

TEST_CASE("A file name's extension is read whatever its case, and settings below their minimum are refused") {
  TempDir temp;
  const std::string map = quote(source_path("examples/scotland-care-system/map.json"));
  const RunResult upper = run_govgraph("convert " + map + " " + quote(temp.file("MAP.JSON")));
  INFO(upper.err);
  CHECK(upper.exit_code == 0);
  CHECK(slurp(temp.file("MAP.JSON")) == slurp(source_path("examples/scotland-care-system/map.json")));

  const RunResult fold = run_govgraph("render " + map + " --fold -1 -o " + quote(temp.file("m.dot")));
  CHECK(fold.exit_code == 2);
  CHECK(contains(fold.err, "--fold"));
  CHECK_FALSE(std::filesystem::exists(temp.file("m.dot")));

  const RunResult scrutiny =
      run_govgraph("analyse " + map + " --set duplication.duplicate-scrutiny.min-scrutinisers=1");
  CHECK(scrutiny.exit_code == 2);
  CHECK(contains(scrutiny.err, "--set: error: bad value '1' for duplication.duplicate-scrutiny.min-scrutinisers: "
                               "expected a whole number, 2 or more"));
}

TEST_CASE("A policy area used on several records but never declared is one error listing every use") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "policy_areas": [{"id": "care", "name": "Care"}],
"bodies": [{"id": "a", "name": "A", "type": "agency", "policy_areas": ["kare"]},
{"id": "b", "name": "B", "type": "agency", "policy_areas": ["kare"]}],
"links": [{"from": "a", "to": "b", "kind": "scrutinises", "policy_areas": ["kare"]}]}
)");
  const RunResult r = run_govgraph("validate " + quote(map));
  CHECK(r.exit_code == 2);
  CHECK(r.err == map + ":2:71: error: bodies[0].policy_areas: no policy area has id 'kare'; nearest is 'care'; used 3 "
                       "times: also at bodies[1].policy_areas (" + map + ":3:60), links[0].policy_areas (" + map +
                       ":4:75)\n");
}

TEST_CASE("A name beside an id in links or responsibilities must be that body's name, or the row is refused") {
  TempDir temp;
  temp.write("csv/bodies.csv", "id,name,type\nparl,Parliament,legislature\nmin,Ministers,minister\nboard,Board,board\n");
  temp.write("csv/links.csv",
             "from,from_name,to,to_name,kind\nmin,ministers ,parl,Parliament,accountable_to\n"
             "board,Ministers,min,,accountable_to\n");
  temp.write("csv/responsibilities.csv",
             "id,name,lead,lead_names,supports,supports_names\n"
             "care,Care,min;board,Ministers;Board,,\nhelp,Help,min;board,Board;Ministers,parl,\n");
  const RunResult r = run_govgraph("validate " + quote(temp.file("csv")));
  CHECK(r.exit_code == 2);
  // Case and blanks around a name are not a contradiction; an empty names cell says nothing.
  CHECK(r.err == temp.file("csv/links.csv") +
                     ":3:7: error: links.from_name: 'Ministers' is not the name of the body 'board', which is 'Board'; "
                     "correct the id or the name, or empty this cell\n" +
                     temp.file("csv/responsibilities.csv") +
                     ":3:21: error: responsibilities.lead_names: 'Board;Ministers' are not the names of the bodies "
                     "'min;board', which are 'Ministers;Board', in that order; correct the id or the name, or empty "
                     "this cell\n");
}

TEST_CASE("CSV written for people starts with a byte-order mark for Excel, and CSV for tools does not") {
  TempDir temp;
  const std::string example = quote(source_path("examples/scotland-care-system/map.json"));
  const std::string bom = "\xEF\xBB\xBF";
  REQUIRE(run_govgraph("convert " + example + " " + quote(temp.file("people"))).exit_code == 0);
  REQUIRE(run_govgraph("convert " + example + " " + quote(temp.file("tools")) + " --csv-for tools").exit_code == 0);
  REQUIRE(run_govgraph("convert " + example + " " + quote(temp.file("plain")) + " --csv-bom never").exit_code == 0);
  for (const char* file : {"bodies.csv", "links.csv", "responsibilities.csv"}) {
    CHECK(slurp(temp.file(std::string("people/") + file)).starts_with(bom));
    CHECK_FALSE(slurp(temp.file(std::string("tools/") + file)).starts_with(bom));
    CHECK_FALSE(slurp(temp.file(std::string("plain/") + file)).starts_with(bom));
  }
  CHECK_FALSE(slurp(temp.file("people/map.json")).starts_with(bom));  // JSON has no use for one
  const RunResult findings = run_govgraph("analyse " + example + " --format csv");
  CHECK(findings.out.starts_with(bom + "severity,"));
  const RunResult for_tools = run_govgraph("analyse " + example + " --format csv --csv-for tools --csv-bom always");
  CHECK(for_tools.out.starts_with(bom + "severity,"));
  // The folder with its marks reads back as the map it was written from.
  REQUIRE(run_govgraph("convert " + quote(temp.file("people")) + " " + quote(temp.file("back.json"))).exit_code == 0);
  REQUIRE(run_govgraph("convert " + example + " " + quote(temp.file("canonical.json"))).exit_code == 0);
  CHECK(slurp(temp.file("back.json")) == slurp(temp.file("canonical.json")));
}

TEST_CASE("A slip of a letter in a vocabulary value or a setting name gets the nearest, an unrelated word does not") {
  TempDir temp;
  const std::string map = temp.write(
      "m.json", R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "agencie"},
  {"id": "b", "name": "B", "type": "quango"}],
  "links": [{"from": "a", "to": "b", "kind": "fund"}, {"from": "b", "to": "a", "kind": "accountable to"}]})");
  const RunResult r = run_govgraph("validate " + quote(map));
  CHECK(r.exit_code == 2);
  CHECK(Catch::contains(r.err, "bodies[0].type: 'agencie' is not a body type; nearest is 'agency'; expected one of"));
  CHECK(Catch::contains(r.err, "bodies[1].type: 'quango' is not a body type; expected one of"));
  CHECK(Catch::contains(r.err, "links[0].kind: 'fund' is not a link kind; nearest is 'funds'; expected one of"));
  CHECK(Catch::contains(r.err,
                        "links[1].kind: 'accountable to' is not a link kind; nearest is 'accountable_to'; expected one of"));

  const std::string example = quote(source_path("examples/scotland-care-system/map.json"));
  const RunResult setting = run_govgraph("analyse " + example + " --set funding.search-limt=3");
  CHECK(setting.exit_code == 2);
  CHECK(setting.err.starts_with(
      "--set: error: unknown setting 'funding.search-limt': nearest is 'funding.search-limit'; expected one of "));
  const RunResult severity = run_govgraph("analyse " + example + " --set orphan.no-leed.severity=info");
  CHECK(Catch::contains(severity.err, "nearest is 'orphan.no-lead.severity'"));
  const RunResult unrelated = run_govgraph("analyse " + example + " --set colour=red");
  CHECK(unrelated.err.starts_with("--set: error: unknown setting 'colour': expected one of "));
}

TEST_CASE("Register codes and slugs are ids as they are, kept exactly through every form of the map") {
  TempDir temp;
  const std::string map = temp.write("m.json", R"({"govgraph": 1, "name": "Registers",
  "bodies": [{"id": "S12000033", "name": "Aberdeen City Council", "type": "local-authority"},
  {"id": "SC012345", "name": "A care charity", "type": "third-sector"},
  {"id": "victoria-climbi_-inquiry", "name": "Victoria Climbie Inquiry", "type": "other"},
  {"id": "uk.gov.dfe", "name": "Department for Education", "type": "executive"}],
  "links": [{"from": "SC012345", "to": "S12000033", "kind": "accountable_to"},
  {"from": "S12000033", "to": "uk.gov.dfe", "kind": "accountable_to"}],
  "responsibilities": [{"id": "Duty_1", "name": "A duty", "owners": [{"body": "SC012345", "role": "lead"}]}]})");
  REQUIRE(run_govgraph("validate " + quote(map)).exit_code == 0);
  REQUIRE(run_govgraph("convert " + quote(map) + " " + quote(temp.file("canonical.json"))).exit_code == 0);
  REQUIRE(run_govgraph("convert " + quote(map) + " " + quote(temp.file("csv"))).exit_code == 0);
  REQUIRE(run_govgraph("convert " + quote(temp.file("csv")) + " " + quote(temp.file("back.json"))).exit_code == 0);
  CHECK(slurp(temp.file("back.json")) == slurp(temp.file("canonical.json")));
  CHECK(Catch::contains(slurp(temp.file("back.json")), R"("id": "victoria-climbi_-inquiry")"));
  const RunResult findings = run_govgraph("analyse " + quote(map) + " --format json --fail-on never");
  CHECK(findings.exit_code == 0);
  CHECK(Catch::contains(findings.out, R"("SC012345")"));
  // Ids are compared exactly: a lowercase spelling of a code names no body.
  const std::string lower = temp.write("lower.json", R"({"govgraph": 1,
  "bodies": [{"id": "SC012345", "name": "A care charity", "type": "third-sector"},
  {"id": "b", "name": "B", "type": "board"}],
  "links": [{"from": "b", "to": "sc012345", "kind": "accountable_to"}]})");
  const RunResult r = run_govgraph("validate " + quote(lower));
  CHECK(r.exit_code == 2);
  CHECK(Catch::contains(r.err, "links[0].to: no body has id 'sc012345'"));
}

TEST_CASE("An option value a letter or two off a choice is refused naming the nearest, and an unrelated one is not") {
  const std::string example = quote(source_path("examples/scotland-care-system/map.json"));
  const auto first_line = [](const RunResult& result) { return result.err.substr(0, result.err.find('\n')); };
  const RunResult format = run_govgraph("analyse " + example + " --format jsn");
  CHECK(format.exit_code == 2);
  CHECK(first_line(format) == "--format: jsn not in {text,markdown,json,csv,html,kumu,xlsx}; nearest is 'json'");
  CHECK(first_line(run_govgraph("diff " + example + " " + example + " --fail-on eror")) ==
        "--fail-on: eror not in {error,warning,info,never}; nearest is 'error'");
  CHECK(first_line(run_govgraph("render " + example + " --view acountability -o x.svg")) ==
        "--view: acountability not in {accountability,funding,scrutiny,membership,all}; nearest is 'accountability'");
  CHECK(first_line(run_govgraph("convert " + example + " out --csv-bom alway")) ==
        "--csv-bom: alway not in {for-people,always,never}; nearest is 'always'");
  CHECK(first_line(run_govgraph("render " + example + " --cluster-by colour -o x.svg")) ==
        "--cluster-by: colour not in {sector,type,none}");
}
