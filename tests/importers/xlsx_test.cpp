#include <catch2/catch.hpp>

#include <cstdio>
#include <cstdlib>

#include "graph/input_file.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "importers/load.hpp"
#include "importers/xlsx_reader.hpp"
#include "importers/xlsx_writer.hpp"
#include "../support/run.hpp"

using namespace govgraph;
using govgraph::test::quote;
using govgraph::test::run_govgraph;
using govgraph::test::source_path;
using govgraph::test::TempDir;

namespace {

const std::string example = source_path("examples/scotland-care-system/map.json");

std::string example_workbook(Diagnostics& losses) {
  Diagnostics out;
  return write_xlsx_map(parse_json_map(read_file(example), example, out), losses, "map.xlsx");
}

/// Every problem loading `path` reports, one formatted line each; empty when it loads.
std::string problems(const std::string& path) {
  Diagnostics warnings;
  try {
    load_map_data(path, warnings);
  } catch (const InputError& error) {
    std::string lines;
    for (const auto& d : error.diagnostics().all()) lines += d.format() + "\n";
    return lines;
  }
  return {};
}

/// A workbook of the given sheets, written into `dir` as `name`.
std::string workbook(const TempDir& dir, const std::string& name,
                     const std::vector<std::pair<std::string, CellTable>>& sheets) {
  return dir.write(name, write_workbook(sheets, name));
}

CellTable cells(std::vector<std::string> header, std::vector<std::vector<std::string>> rows) {
  return CellTable{"", std::move(header), std::move(rows), {}};
}

const std::pair<std::string, CellTable> good_bodies{
    "Bodies", cells({"id", "name", "type"}, {{"gov", "Government", "directorate"}, {"fund", "Care Fund", "agency"}})};

}  // namespace

TEST_CASE("A sheet's place prints as book:sheet!cell") {
  CHECK(column_letters(1) == "A");
  CHECK(column_letters(26) == "Z");
  CHECK(column_letters(27) == "AA");
  CHECK(column_letters(703) == "AAA");
  const std::string bodies = sheet_place("map.xlsx", "Bodies");
  CHECK(Diagnostic{Diagnostic::Level::error, {bodies, 7, 3}, "m"}.format() == "map.xlsx:Bodies!C7: error: m");
  CHECK(Diagnostic{Diagnostic::Level::error, {bodies, 7, 0}, "m"}.format() == "map.xlsx:Bodies!7:7: error: m");
  CHECK(Diagnostic{Diagnostic::Level::warning, {bodies, 0, 0}, "m"}.format() == "map.xlsx:Bodies: warning: m");
  CHECK(sheet_name("policy_areas.csv") == "Policy areas");
}

TEST_CASE("The example map goes to a workbook and back to the same JSON bytes, and the workbook is byte-stable") {
  Diagnostics losses;
  const std::string bytes = example_workbook(losses);
  CHECK(losses.all().empty());
  CHECK(example_workbook(losses) == bytes);
  TempDir dir;
  const std::string path = dir.write("map.xlsx", bytes);
  Diagnostics warnings;
  CHECK(write_json_map(load_map_data(path, warnings)) == read_file(example));
  CHECK(warnings.all().empty());

  const std::vector<SheetTable> sheets = read_workbook(path);
  REQUIRE(sheets.size() == 6);
  CHECK(sheets[0].name == "Map");
  CHECK(sheets[3].name == "Bodies");
  CHECK(sheets[5].name == "Responsibilities");
  CHECK(sheets[0].table.rows[0][0].text == "govgraph");
  CHECK(sheets[0].table.rows[0][1].text == "1");
  CHECK(sheets[3].table.header[0].at == Position{1, 1});
  CHECK(sheets[3].table.row_at[0] == Position{2, 1});
}

TEST_CASE("convert writes and reads a workbook from the command line") {
  TempDir dir;
  const std::string xlsx = dir.file("map.xlsx");
  const std::string json = dir.file("back.json");
  REQUIRE(run_govgraph("convert " + quote(example) + " " + quote(xlsx)).exit_code == 0);
  const auto back = run_govgraph("convert " + quote(xlsx) + " " + quote(json));
  CHECK(back.exit_code == 0);
  CHECK(back.err.empty());
  CHECK(read_file(json) == read_file(example));
}

TEST_CASE("Cells a spreadsheet would run as a formula are guarded in the workbook and unguarded on reading") {
  TempDir dir;
  const std::string path = workbook(dir, "m.xlsx",
                                    {{"Bodies", cells({"id", "name", "type"}, {{"gov", "=SUM(A1)", "directorate"},
                                                                               {"fund", "-1", "agency"}})}});
  const std::vector<SheetTable> sheets = read_workbook(path);
  CHECK(sheets[0].table.rows[0][1].text == "=SUM(A1)");
  CHECK(sheets[0].table.rows[1][1].text == "-1");
  const std::string script = "import openpyxl,sys; s=openpyxl.load_workbook(sys.argv[1])['Bodies']; "
                             "print(s['B2'].value, s['B3'].value, s.freeze_panes, s['C2'].data_type)";
  FILE* pipe = ::popen(("/usr/bin/python3 -c " + quote(script) + " " + quote(path)).c_str(), "r");
  REQUIRE(pipe != nullptr);
  char line[256] = {};
  const std::size_t n = std::fread(line, 1, sizeof line - 1, pipe);
  CHECK(::pclose(pipe) == 0);
  CHECK(std::string(line, n) == "'=SUM(A1) '-1 A2 s\n");
}

TEST_CASE("A workbook written by openpyxl reads: numbers and dates typed as such, shared strings, other sheets named") {
  TempDir dir;
  const std::string path = dir.file("typed.xlsx");
  REQUIRE(std::system(("/usr/bin/python3 " + quote(source_path("tests/importers/xlsx/make_openpyxl_map.py")) + " " +
                       quote(path))
                          .c_str()) == 0);
  Diagnostics warnings;
  const MapData map = load_map_data(path, warnings);
  CHECK(map.format_version == 1);
  CHECK(map.name == "Typed by hand");
  CHECK(map.as_of == "2025-03-31");
  REQUIRE(map.bodies.size() == 3);
  CHECK(map.bodies[2].name == "Government");
  REQUIRE(map.links.size() == 2);
  CHECK(map.links[0].amount == 4200000.0);
  CHECK_FALSE(map.links[1].amount.has_value());
  REQUIRE(warnings.all().size() == 2);
  CHECK(warnings.all()[0].format() ==
        path + ":Bodies!A1: warning: read the header 'ID' as id, 'Name' as name, 'Type' as type (govgraph's column "
               "names are lowercase, with _)");
  CHECK(warnings.all()[1].format() ==
        path + ": warning: not read, as not a map's sheet: Notes (a map's sheets are Map, Sources, Policy areas, "
               "Bodies, Links and Responsibilities)");
}

TEST_CASE("Bad workbooks are refused with the sheet and cell of each problem") {
  TempDir dir;
  const std::string not_zip = dir.write("not.xlsx", "id,name\n");
  CHECK(problems(not_zip) == not_zip +
                                 ": error: not a workbook: the file is not a zip archive, as an .xlsx file is; save it "
                                 "from the spreadsheet as 'Excel Workbook (.xlsx)'\n");

  const std::string no_bodies = workbook(dir, "nobodies.xlsx", {{"Links", cells({"from", "to", "kind"}, {})}});
  CHECK(problems(no_bodies) == no_bodies + ": error: missing: a workbook map needs a sheet named Bodies\n");

  const std::string no_type =
      workbook(dir, "notype.xlsx", {{"Bodies", cells({"id", "name", "kind"}, {{"gov", "Government", "x"}})}});
  CHECK(problems(no_type) == no_type + ":Bodies!A1: error: type: missing column in the header\n" + no_type +
                                 ":Bodies!C1: warning: kind: unknown column, its values are kept\n" + no_type +
                                 ":Bodies!A2: error: bodies.type: missing; expected a value in this column\n");

  const std::string bad_amount = workbook(
      dir, "amount.xlsx",
      {good_bodies, {"Links", cells({"from", "to", "kind", "amount"}, {{"gov", "fund", "funds", "lots"}})}});
  CHECK(problems(bad_amount) ==
        bad_amount +
            ":Links!D2: error: links.amount: 'lots' is not a number; expected digits such as 4000000 (or £4,000,000)\n");

  const std::string unknown_body = workbook(
      dir, "unknown.xlsx", {good_bodies, {"Links", cells({"from", "to", "kind"}, {{"gov", "nobody", "funds"}})}});
  CHECK(problems(unknown_body).starts_with(unknown_body + ":Links!B2: error: "));

  const std::string wrong_name = workbook(
      dir, "names.xlsx",
      {good_bodies, {"Links", cells({"from", "from_name", "to", "kind"}, {{"gov", "Care Fund", "fund", "funds"}})}});
  CHECK(problems(wrong_name) == wrong_name +
                                    ":Links!B2: error: links.from_name: 'Care Fund' is not the name of the body 'gov', "
                                    "which is 'Government'; correct the id or the name, or empty this cell\n");

  const std::string bad_header = workbook(
      dir, "header.xlsx",
      {{"Map", cells({"field", "value"}, {{"govgraph", "1"}, {"as_of", "yesterday"}, {"", "orphan"}})}, good_bodies});
  CHECK(problems(bad_header) ==
        bad_header + ":Map!A4: error: a value with no field name; expected a field in column A\n" + bad_header +
            ":Map!B3: error: as_of: 'yesterday' is not a date; expected YYYY-MM-DD, such as 2021-06-30\n");
}

namespace {

/// A copy of `good` with its part `part` replaced by `xml` (Python's zipfile), as `name` in `dir`.
std::string with_part(const TempDir& dir, const std::string& good, const std::string& name, const std::string& part,
                      const std::string& xml) {
  const std::string script =
      "import sys, zipfile\nsrc = zipfile.ZipFile(sys.argv[1])\ndst = zipfile.ZipFile(sys.argv[2], 'w')\n"
      "for i in src.infolist():\n"
      "    dst.writestr(i, sys.argv[4] if i.filename == sys.argv[3] else src.read(i))\ndst.close()\n";
  const std::string path = dir.file(name);
  REQUIRE(std::system(("/usr/bin/python3 -c " + quote(script) + " " + quote(good) + " " + quote(path) + " " +
                       quote(part) + " " + quote(xml))
                          .c_str()) == 0);
  return path;
}

}  // namespace

TEST_CASE("A workbook whose part is not well-formed XML, or declares a document type, names the part") {
  TempDir dir;
  const std::string good = workbook(dir, "good.xlsx", {good_bodies});
  const std::string broken = with_part(dir, good, "broken.xlsx", "xl/workbook.xml", "<workbook><sheets>");
  CHECK(problems(broken).starts_with(broken + ":xl/workbook.xml:1: error: not well-formed XML: "));
  const std::string typed =
      with_part(dir, good, "dtd.xlsx", "xl/workbook.xml", "<!DOCTYPE w [<!ENTITY a \"b\">]><workbook>&a;</workbook>");
  CHECK(problems(typed) ==
        typed + ":xl/workbook.xml: error: not a workbook's part: it declares a document type (<!DOCTYPE>)\n");
}

TEST_CASE("Inline strings, rich text runs, formula results and booleans read as their text, at their cells") {
  TempDir dir;
  const std::string good = workbook(dir, "good.xlsx", {good_bodies});
  const auto text = [](const std::string& ref, const std::string& t) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + t + "</t></is></c>";
  };
  const std::string sheet =
      "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
      "<row r=\"1\">" + text("A1", "id") + text("B1", "name") + text("C1", "type") + text("D1", "listed") + "</row>"
      "<row r=\"2\"/>"
      "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><r><t>go</t></r><r><t>v</t></r></is></c>"
      "<c r=\"B3\" t=\"str\"><f>A3</f><v>Gov</v></c>" + text("C3", "directorate") +
      "<c r=\"D3\" t=\"b\"><v>1</v></c></row>"
      "<row r=\"4\">" + text("A4", "x") + text("B4", "X") + text("C4", "nonsense") + "</row>"
      "</sheetData></worksheet>";
  const std::string path = with_part(dir, good, "inline.xlsx", "xl/worksheets/sheet1.xml", sheet);
  const std::vector<SheetTable> sheets = read_workbook(path);
  REQUIRE(sheets[0].table.rows.size() == 2);
  CHECK(sheets[0].table.rows[0][0].text == "gov");
  CHECK(sheets[0].table.rows[0][1].text == "Gov");
  CHECK(sheets[0].table.rows[0][3].text == "true");
  CHECK(sheets[0].table.rows[1][2].at == Position{4, 3});
  const std::string found = problems(path);
  CHECK(found.starts_with(path + ":Bodies!D1: warning: listed: unknown column, its values are kept\n" + path +
                          ":Bodies!C4: error: bodies.type: 'nonsense' is not a body type; expected one of "));
}

TEST_CASE("analyse --format xlsx writes the findings as a workbook, never to a terminal's stdout") {
  TempDir dir;
  const std::string path = dir.file("findings.xlsx");
  const auto written = run_govgraph("analyse " + quote(example) + " --format xlsx -o " + quote(path));
  CHECK(written.exit_code == 0);
  const auto csv = run_govgraph("analyse " + quote(example) + " --format csv --csv-for tools");
  const std::vector<SheetTable> sheets = read_workbook(path);
  REQUIRE(sheets.size() == 2);
  CHECK(sheets[0].name == "Findings");
  CHECK(sheets[1].name == "Summary");
  std::string header;
  for (const auto& cell : sheets[0].table.header) header += (header.empty() ? "" : ",") + cell.text;
  CHECK(csv.out.starts_with(header + "\r\n"));
  std::size_t csv_rows = 0;
  for (std::size_t at = csv.out.find("\r\n"); at != std::string::npos; at = csv.out.find("\r\n", at + 2)) ++csv_rows;
  CHECK(sheets[0].table.rows.size() == csv_rows - 1);
  CHECK(sheets[1].table.rows[0][0].text == "findings");
  CHECK(sheets[1].table.rows[0][1].text == std::to_string(csv_rows - 1));
  CHECK(run_govgraph("analyse " + quote(example) + " --format xlsx -o " + quote(dir.file("again.xlsx"))).exit_code ==
        0);
  CHECK(read_file(dir.file("again.xlsx")) == read_file(path));

  const auto refused = run_govgraph("analyse " + quote(example) + " --format xlsx");
  CHECK(refused.exit_code == 2);
  CHECK(refused.err ==
        "<input>: error: --format xlsx writes a workbook, a binary file that is not shown on a terminal; name the "
        "file with -o findings.xlsx\n");
}
