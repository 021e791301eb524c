// govgraph render end to end: formats, options, bad input, and the bundled example.

#include <catch2/catch.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>
#include <vector>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

const char* const small_map = R"({
  "govgraph": 1,
  "name": "Small map",
  "bodies": [
    {"id": "parliament", "name": "Parliament", "type": "legislature", "sector": "national"},
    {"id": "ministers", "name": "Ministers", "type": "minister", "sector": "national"},
    {"id": "agency", "name": "Care Agency", "type": "agency", "sector": "national"},
    {"id": "charity", "name": "Family Charity", "type": "third-sector", "sector": "third-sector"},
    {"id": "old-board", "name": "Old Board", "type": "board", "sector": "national", "end": "2020-03-31"}
  ],
  "links": [
    {"from": "ministers", "to": "parliament", "kind": "accountable_to"},
    {"from": "agency", "to": "ministers", "kind": "accountable_to"},
    {"from": "old-board", "to": "ministers", "kind": "accountable_to"},
    {"from": "ministers", "to": "charity", "kind": "funds", "amount": 250000}
  ]
})";

/// The SVG text with Graphviz's &#45; (which it writes for every hyphen) turned back into
/// '-', so ids can be found as written.
std::string svg_text(const std::string& path) {
  std::string text = slurp(path);
  for (std::size_t at = text.find("&#45;"); at != std::string::npos; at = text.find("&#45;", at))
    text.replace(at, 5, "-");
  return text;
}

/// The ids of the nodes in DOT text written by govgraph: bodies and folded nodes, each
/// declared as `"name" [id="id", ...`; lines (ids "link_N") and the key's samples left out.
std::vector<std::string> node_ids(const std::string& dot) {
  std::vector<std::string> ids;
  for (std::size_t at = dot.find("[id=\""); at != std::string::npos; at = dot.find("[id=\"", at + 1)) {
    const std::size_t start = at + 5;
    std::string id = dot.substr(start, dot.find('"', start) - start);
    if (!id.starts_with("link_") && !id.starts_with("key_")) ids.push_back(std::move(id));
  }
  return ids;
}

struct Fixture {
  TempDir temp;
  std::string map = temp.write("map.json", small_map);
};

}  // namespace

TEST_CASE("render writes an SVG map of every body and says what it drew") {
  Fixture f;
  const std::string out = f.temp.file("map.svg");
  const RunResult result = run_govgraph("render " + quote(f.map) + " -o " + quote(out));
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("5 bodies") != std::string::npos);
  const std::string svg = svg_text(out);
  CHECK(svg.starts_with("<?xml"));
  for (const char* id : {"parliament", "ministers", "agency", "charity", "old-board"})
    CHECK(svg.find(std::string("id=\"") + id + "\"") != std::string::npos);
}

TEST_CASE("render highlights findings unless told not to") {
  Fixture f;
  // The charity answers to nobody: orphan.body-unaccountable, a warning, outlines it amber.
  const std::string marked = f.temp.file("marked.dot");
  const std::string plain = f.temp.file("plain.dot");
  REQUIRE(run_govgraph("render " + quote(f.map) + " -o " + quote(marked)).exit_code == 0);
  REQUIRE(run_govgraph("render " + quote(f.map) + " --no-highlight -o " + quote(plain)).exit_code == 0);
  CHECK(slurp(marked).find("finding-warning") != std::string::npos);
  CHECK(slurp(plain).find("finding-warning") == std::string::npos);
}

TEST_CASE("render --view, --as-at and --cluster-by choose what is drawn") {
  Fixture f;
  const std::string out = f.temp.file("funding.dot");
  REQUIRE(run_govgraph("render " + quote(f.map) + " --view funding --cluster-by none -o " + quote(out)).exit_code == 0);
  const std::string dot = slurp(out);
  CHECK(dot.find("\"250k\"") != std::string::npos);
  CHECK(dot.find("link accountable_to") == std::string::npos);
  CHECK(dot.find("\"agency\"") == std::string::npos);
  CHECK(dot.find("cluster_1") == std::string::npos);  // no sector boxes; only the key's
  CHECK(dot.find("cluster_key") != std::string::npos);

  const std::string now = f.temp.file("now.dot");
  const std::string then = f.temp.file("then.dot");
  REQUIRE(run_govgraph("render " + quote(f.map) + " -o " + quote(now)).exit_code == 0);
  REQUIRE(run_govgraph("render " + quote(f.map) + " --as-at 2021-01-01 -o " + quote(then)).exit_code == 0);
  CHECK(slurp(now).find("\"old-board\"") != std::string::npos);
  CHECK(slurp(then).find("\"old-board\"") == std::string::npos);
}

TEST_CASE("render writes PNG and PDF, choosing the format from the extension") {
  Fixture f;
  const std::string png = f.temp.file("map.png");
  const std::string pdf = f.temp.file("map.PDF");
  REQUIRE(run_govgraph("render " + quote(f.map) + " --focus agency --depth 1 -o " + quote(png)).exit_code == 0);
  REQUIRE(run_govgraph("render " + quote(f.map) + " --layout neato -o " + quote(pdf)).exit_code == 0);
  CHECK(slurp(png).substr(0, 4) == "\x89PNG");
  CHECK(slurp(pdf).substr(0, 5) == "%PDF-");
}

TEST_CASE("Two runs of render write the same bytes in every format") {
  Fixture f;
  for (const char* extension : {"svg", "png", "pdf", "dot"}) {
    const std::string first = f.temp.file(std::string("first.") + extension);
    const std::string second = f.temp.file(std::string("second.") + extension);
    REQUIRE(run_govgraph("render " + quote(f.map) + " -o " + quote(first)).exit_code == 0);
    REQUIRE(run_govgraph("render " + quote(f.map) + " -o " + quote(second)).exit_code == 0);
    CHECK(slurp(first) == slurp(second));
  }
}

TEST_CASE("render refuses bad input with exit code 2 and writes nothing") {
  Fixture f;
  const std::string out = f.temp.file("map.svg");
  const RunResult focus = run_govgraph("render " + quote(f.map) + " --focus agnecy -o " + quote(out));
  CHECK(focus.exit_code == 2);
  CHECK(focus.err.find("did you mean 'agency'") != std::string::npos);

  const RunResult area = run_govgraph("render " + quote(f.map) + " --policy-area nowhere -o " + quote(out));
  CHECK(area.exit_code == 2);
  CHECK(area.err.find("unknown policy area 'nowhere'") != std::string::npos);

  const RunResult sector = run_govgraph("render " + quote(f.map) + " --sector nationl -o " + quote(out));
  CHECK(sector.exit_code == 2);
  CHECK(sector.err.find("unknown sector 'nationl' in --sector; did you mean 'national'?") != std::string::npos);

  const std::string text = f.temp.file("map.txt");
  const RunResult format = run_govgraph("render " + quote(f.map) + " -o " + quote(text));
  CHECK(format.exit_code == 2);
  CHECK(format.err.find(".svg, .png, .pdf or .dot") != std::string::npos);

  CHECK(run_govgraph("render " + quote(f.map) + " --view money -o " + quote(out)).exit_code == 2);
  CHECK(run_govgraph("render " + quote(f.map) + " --layout spring -o " + quote(out)).exit_code == 2);
  CHECK_FALSE(std::filesystem::exists(out));
  CHECK_FALSE(std::filesystem::exists(text));
}

TEST_CASE("The bundled example renders in every view with every body id in the SVG") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir temp;
  for (const char* view : {"accountability", "funding", "scrutiny", "membership", "all"}) {
    const std::string out = temp.file(std::string(view) + ".svg");
    const RunResult result = run_govgraph("render " + quote(example) + " --view " + view + " -o " + quote(out));
    CHECK(result.exit_code == 0);
    CHECK(slurp(out).find("</svg>") != std::string::npos);
  }
  const std::string svg = svg_text(temp.file("accountability.svg"));
  const std::string dot_file = temp.file("map.dot");
  REQUIRE(run_govgraph("render " + quote(example) + " -o " + quote(dot_file)).exit_code == 0);
  // Every body node in the DOT source has its id in the SVG.
  const std::string dot = slurp(dot_file);
  std::size_t bodies = 0;
  for (const std::string& id : node_ids(dot)) {
    CHECK(svg.find("id=\"" + id + "\"") != std::string::npos);
    if (!id.starts_with("fold_")) ++bodies;  // a folded node or its line
  }
  // Every body listed in a folded node has its row, an anchor "a_" + id, in the SVG.
  for (std::size_t at = dot.find("<TD ID=\""); at != std::string::npos; at = dot.find("<TD ID=\"", at + 1)) {
    const std::size_t start = at + 8;
    const std::string id = dot.substr(start, dot.find('"', start) - start);
    CHECK(svg.find("id=\"a_" + id + "\"") != std::string::npos);
    ++bodies;
  }
  CHECK(bodies > 100);
}

TEST_CASE("render folds leaf fans unless told --no-fold or --fold 0, and counts every body") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir temp;
  const std::string folded = temp.file("folded.dot");
  const RunResult result = run_govgraph("render " + quote(example) + " -o " + quote(folded));
  REQUIRE(result.exit_code == 0);
  CHECK(slurp(folded).find("class=\"body ") != std::string::npos);
  CHECK(slurp(folded).find(" folded\"") != std::string::npos);
  const std::string apart = temp.file("apart.dot");
  const RunResult unfolded = run_govgraph("render " + quote(example) + " --no-fold -o " + quote(apart));
  REQUIRE(unfolded.exit_code == 0);
  CHECK(slurp(apart).find(" folded\"") == std::string::npos);
  // The same bodies are drawn either way, and the summary line says so.
  const auto bodies = [](const std::string& out) {
    const std::size_t start = out.find(": ") + 2;
    return out.substr(start, out.find(" bodies") - start);
  };
  CHECK(bodies(result.out) == bodies(unfolded.out));
  const std::string zero = temp.file("zero.dot");
  REQUIRE(run_govgraph("render " + quote(example) + " --fold 0 -o " + quote(zero)).exit_code == 0);
  CHECK(slurp(zero) == slurp(apart));
  CHECK(run_govgraph("render " + quote(example) + " --fold 2 --no-fold -o " + quote(zero)).exit_code == 2);
}

namespace {

/// How large an SVG drawing prints on the printable part of A4 (10.9 × 7.5 inches),
/// in its better orientation: 1 is full size.
double a4_scale(const std::string& svg) {
  const std::size_t at = svg.find("<svg width=\"");
  REQUIRE(at != std::string::npos);
  const double width = std::stod(svg.substr(at + 12)) / 72;
  const double height = std::stod(svg.substr(svg.find("height=\"", at) + 8)) / 72;
  return std::max(std::min(10.9 / width, 7.5 / height), std::min(7.5 / width, 10.9 / height));
}

}  // namespace

TEST_CASE("Packed sectors print the example's full map larger on A4 than sectors side by side") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir temp;
  const std::string packed = temp.file("packed.svg");
  const std::string apart = temp.file("apart.svg");
  REQUIRE(run_govgraph("render " + quote(example) + " -o " + quote(packed)).exit_code == 0);
  REQUIRE(run_govgraph("render " + quote(example) + " --no-pack -o " + quote(apart)).exit_code == 0);
  CHECK(a4_scale(slurp(packed)) > 1.2 * a4_scale(slurp(apart)));
}

TEST_CASE("The chart layout prints the example's national sector larger on A4 than dot, with every body drawn") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir temp;
  const std::string chart = temp.file("chart.svg");
  const std::string dot = temp.file("dot.svg");
  const RunResult result =
      run_govgraph("render " + quote(example) + " --sector national --layout chart -o " + quote(chart));
  REQUIRE(result.exit_code == 0);
  REQUIRE(run_govgraph("render " + quote(example) + " --sector national -o " + quote(dot)).exit_code == 0);
  // Larger, though by less than the 10% it gained when an apex could be packed below
  // the bodies answering to it.
  CHECK(a4_scale(slurp(chart)) > a4_scale(slurp(dot)));
  const std::string svg = svg_text(chart);
  for (const char* id : {"scottish-parliament", "scottish-ministers", "scottish-government", "care-inspectorate",
                         "uk-parliament", "cosla"})
    CHECK(svg.find(std::string("id=\"") + id + "\"") != std::string::npos);
}

TEST_CASE("render --sector draws one sector of the example with the bodies it links to elsewhere") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir temp;
  const std::string out = temp.file("local.svg");
  const RunResult result = run_govgraph("render " + quote(example) + " --sector local -o " + quote(out));
  REQUIRE(result.exit_code == 0);
  const std::string svg = slurp(out);
  CHECK(svg.find("id=\"cosla\"") != std::string::npos);                 // local
  CHECK(svg.find("class=\"node body health&#45;board context\"") != std::string::npos);  // regional, linked
  CHECK(svg.find("id=\"oscr\"") == std::string::npos);                  // national, not linked to local
}

/// A PDF's page size in points, from its /MediaBox, as "595 x 842".
std::string media_box(const std::string& pdf) {
  const std::size_t at = pdf.find("/MediaBox [ 0 0 ");
  if (at == std::string::npos) return "(none)";
  std::istringstream numbers(pdf.substr(at + 16, 32));
  double width = 0;
  double height = 0;
  numbers >> width >> height;
  return std::to_string(static_cast<int>(width)) + " x " + std::to_string(static_cast<int>(height));
}

TEST_CASE("Every PDF make demo writes is exactly its paper size and prints its labels at 6 points or more") {
  // What README and docs/maps.md promise for a report: the A4 pages are A4 (either way
  // up) and the whole map A2, each saying the size its smallest labels print at once
  // fitted, which is 6 points or more. The demo itself is run, so a page it adds is checked.
  TempDir temp;
  const std::string out = (temp.path() / "out").string();
  const std::string err = temp.file("demo.err");
  const std::string command = "bash " + quote(source_path("scripts/demo.sh")) + " " + quote(GOVGRAPH_BIN) + " " +
                              quote(source_path("examples/scotland-care-system")) + " " + quote(out) +
                              " >/dev/null 2>" + quote(err);
  REQUIRE(std::system(command.c_str()) == 0);
  const std::string said = slurp(err);
  std::size_t pdfs = 0;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(out)) {
    if (entry.path().extension() != ".pdf") continue;
    ++pdfs;
    const std::string name = entry.path().string();
    INFO(name);
    const bool whole_map = entry.path().filename() == "accountability.pdf";
    const std::string size = media_box(slurp(entry.path()));
    if (whole_map)
      CHECK(size == "1191 x 1684");
    else
      CHECK((size == "595 x 842" || size == "842 x 595"));
    // "<file>: A4 portrait, labels 7.1 pt at 62%"
    const std::size_t line = said.find(name + ": " + (whole_map ? "A2 " : "A4 "));
    REQUIRE(line != std::string::npos);
    const std::size_t labels = said.find("labels ", line);
    REQUIRE(labels != std::string::npos);
    CHECK(std::stod(said.substr(labels + 7)) >= 6);
  }
  CHECK(pdfs >= 8);  // the whole map and seven A4 pages, at least
  CHECK(said.find("warning") == std::string::npos);
}

TEST_CASE("The A4 pages make demo writes show every body of the example") {
  // The pages demo.sh writes for A4 (its PDFs and the two SVG maps), which between them
  // show every body; the PDFs' bodies are read from their DOT source, drawn alike.
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir temp;
  std::string all_pages;
  for (const char* options :
       {"--layout chart --levels 2", "--layout chart --sector national --levels 3",
        "--layout chart --sector national --below scottish-ministers --fold 1", "--layout chart --sector local",
        "--layout chart --sector regional", "--layout chart --sector independent", "--layout chart --sector third-sector",
        "--view funding", "--focus the-promise-scotland --depth 2"}) {
    const std::string out = temp.file("page.dot");
    REQUIRE(run_govgraph("render " + quote(example) + " " + options + " -o " + quote(out)).exit_code == 0);
    all_pages += slurp(out);
  }
  // The SVG maps on screen print on A4 at 6 points or more too.
  for (const char* options : {"--view funding", "--focus the-promise-scotland --depth 2"}) {
    const std::string out = temp.file("page.svg");
    REQUIRE(run_govgraph("render " + quote(example) + " " + options + " -o " + quote(out)).exit_code == 0);
    INFO(options);
    CHECK(a4_scale(svg_text(out)) * 11 >= 6);
  }
  // Every body: each node of the unfolded DOT source.
  const std::string dot_file = temp.file("every-body.dot");
  REQUIRE(run_govgraph("render " + quote(example) + " --no-fold -o " + quote(dot_file)).exit_code == 0);
  const std::vector<std::string> bodies = node_ids(slurp(dot_file));
  CHECK(bodies.size() == 116);
  for (const std::string& id : bodies) {
    INFO(id);
    CHECK((all_pages.find("\"" + id + "\"") != std::string::npos ||
           all_pages.find("HREF=\"#" + id + "\"") != std::string::npos));
  }
}

TEST_CASE("Sector pages drawn with dot, and the policy-area map, print on A4 landscape at 6 points or more") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir temp;
  for (const char* options :
       {"--sector local", "--sector regional", "--sector independent", "--sector third-sector",
        "--policy-area youth-justice"}) {
    const std::string out = temp.file("map.pdf");
    const RunResult result =
        run_govgraph("render " + quote(example) + " " + options + " --page a4-landscape -o " + quote(out));
    REQUIRE(result.exit_code == 0);
    INFO(options << ": " << result.err);
    CHECK(media_box(slurp(out)) == "842 x 595");
    CHECK(result.err.find("warning") == std::string::npos);  // none below 6 points
  }
}

TEST_CASE("render --page says the label size, warns below 6 points, is quiet with -q, and wants a PDF") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir temp;
  const std::string out = temp.file("map.pdf");
  const RunResult small = run_govgraph("render " + quote(example) + " --focus the-promise-scotland --page a3 -o " + quote(out));
  REQUIRE(small.exit_code == 0);
  CHECK(media_box(slurp(out)) == "842 x 1191");
  CHECK(small.err.starts_with(out + ": A3 portrait, labels 11.0 pt at 100%\n"));  // never enlarged
  const RunResult crowded = run_govgraph("render " + quote(example) + " --page a4 -q -o " + quote(out));
  REQUIRE(crowded.exit_code == 0);
  CHECK(crowded.err.find("A4 portrait") == std::string::npos);
  CHECK(crowded.err.find("warning: " + out + ": labels print at") != std::string::npos);
  const std::string svg = temp.file("map.svg");
  const RunResult refused = run_govgraph("render " + quote(example) + " --page a4 -o " + quote(svg));
  CHECK(refused.exit_code == 2);
  CHECK(refused.err.find("--page prints on paper, so it needs a .pdf file") != std::string::npos);
  CHECK(!std::filesystem::exists(svg));
  CHECK(run_govgraph("render " + quote(example) + " --page a5 -o " + quote(out)).exit_code == 2);
}

TEST_CASE("A DOT file drawn with another engine names it, so Graphviz's dot program draws it with that engine") {
  // Given to the dot engine, the example's every-link view for sfdp trips an assertion in
  // Graphviz 2.42 (class2.c merge_chain) and aborts.
  const std::string example = source_path("examples/scotland-care-system/map.json");
  TempDir dir;
  const std::string dot_file = dir.file("all.dot");
  const RunResult result =
      run_govgraph("render " + quote(example) + " --layout sfdp --view all -o " + quote(dot_file));
  REQUIRE(result.exit_code == 0);
  CHECK(slurp(dot_file).find("layout=\"sfdp\"") != std::string::npos);
  CHECK(std::system(("dot -Tsvg -o " + quote(dir.file("all.svg")) + " " + quote(dot_file) + " 2>/dev/null").c_str()) == 0);
}
