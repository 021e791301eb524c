// check-restructure and diff --format html: the comparison page (page/comparison.hpp),
// end to end on small maps. The browser tests (tests/browser) drive the same pages.
#include <catch2/catch.hpp>

#include "tests/restructure/support.hpp"
#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + part.size())) ++n;
  return n;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

/// check-restructure of the small map with these operations, as a page: {exit code, page}.
std::pair<int, std::string> restructure_page(const std::string& operations, const std::string& extra = "") {
  TempDir dir;
  const std::string map = dir.write("map.json", small_map);
  const std::string p = dir.write("p.json", R"({"name": "Test <proposal>", "rationale": "why & how", "operations": [)" +
                                                operations + "]}");
  const auto result = run_govgraph("check-restructure " + quote(map) + " " + quote(p) + " --format html -o " +
                                   quote(dir.file("page.html")) + extra);
  return {result.exit_code, slurp(dir.file("page.html"))};
}

const std::string merge_inspectorates = R"({"op": "merge", "bodies": ["inspect-a", "inspect-b"],
  "into": {"id": "inspectorate", "name": "Inspectorate", "type": "regulator"}})";

}  // namespace

TEST_CASE("A comparison page that fails says so first and names the lost duty") {
  const auto [exit_code, page] = restructure_page(R"({"op": "abolish", "body": "council"})");
  CHECK(exit_code == 1);
  CHECK(page.find("Fails the check") < page.find("id=\"lost\""));
  CHECK(has(page, "This proposal fails the check: it would leave 1 duty with no body to lead it, and would bring in 1 new problem rated error."));
  CHECK(has(page, "<li><strong>Plan services</strong> <code>plan</code>: its lead &#39;council&#39; was abolished"));
  CHECK(has(page, "<h1>Proposal: Test &lt;proposal&gt;</h1>"));
  CHECK(has(page, "<p class=\"rationale\">why &amp; how</p>"));
}

TEST_CASE("With --fail-on never a comparison page judges nothing, and still names the lost duty") {
  const auto [exit_code, page] = restructure_page(R"({"op": "abolish", "body": "council"})", " --fail-on never");
  CHECK(exit_code == 0);
  CHECK(has(page, "<h2 id=\"verdict-title\">Not judged</h2>"));
  CHECK(has(page, "This proposal is not judged (--fail-on never): it would leave 1 duty with no body to lead it."));
  CHECK_FALSE(has(page, "Passes the check"));
  CHECK_FALSE(has(page, "every duty keeps a lead"));
}

TEST_CASE("A comparison page lists introduced, resolved and kept findings in one table, each row saying which") {
  TempDir dir;
  const std::string map = dir.write("map.json", small_map);
  const std::string p = dir.write("p.json", R"({"name": "M", "operations": [)" + merge_inspectorates + "]}");
  const auto json = run_govgraph("check-restructure " + quote(map) + " " + quote(p) + " --format json");
  const auto page = run_govgraph("check-restructure " + quote(map) + " " + quote(p) + " --format html");
  REQUIRE(page.exit_code == json.exit_code);
  CHECK(has(page.out, "Passes the check"));
  CHECK(has(page.out, "No duty is lost"));
  // The JSON report lists the findings under "introduced", "resolved", "kept", then "changes".
  const auto in_json = [&](const std::string& key, const std::string& next) {
    const auto from = json.out.find("\"" + key + "\": [");
    return count(json.out.substr(from, json.out.find("\"" + next + "\":", from) - from), "\"rule\":");
  };
  CHECK(count(page.out, "data-change=\"introduced\" tabindex") == in_json("introduced", "resolved"));
  CHECK(count(page.out, "data-change=\"resolved\" tabindex") == in_json("resolved", "kept"));
  CHECK(count(page.out, "data-change=\"kept\" tabindex") == in_json("kept", "changes"));
  CHECK(count(page.out, "\" tabindex=\"0\">") == count(page.out, "<tr id=\"finding-"));
}

TEST_CASE("A comparison page embeds the diff map --diagram draws, as inline SVG") {
  TempDir dir;
  const auto [exit_code, page] = restructure_page(merge_inspectorates, " --diagram " + quote(dir.file("d.svg")));
  CHECK(exit_code == 0);
  const std::string svg = slurp(dir.file("d.svg"));
  REQUIRE(has(svg, "<svg"));
  CHECK(has(page, svg.substr(svg.find("<svg"))));
  CHECK_FALSE(has(page, "<?xml"));
  CHECK_FALSE(has(page, "<!DOCTYPE svg"));
}

TEST_CASE("A comparison page escapes every piece of map text and is byte-stable") {
  std::string hostile = small_map;
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"\"name\": \"Council\"", R"("name": "</script><b>Council & co</b>")"},
                                 {"\"name\": \"Plan services\"", R"("name": "Plan \"services\" <i>")"}})
    hostile.replace(hostile.find(from), from.size(), to);
  TempDir dir;
  const std::string map = dir.write("map.json", hostile);
  const std::string p = dir.write("p.json", R"({"name": "<script>alert(1)</script>", "operations": [{"op": "abolish", "body": "council"}]})");
  const std::string command = "check-restructure " + quote(map) + " " + quote(p) + " --format html";
  const auto first = run_govgraph(command);
  REQUIRE(first.exit_code == 1);
  CHECK_FALSE(has(first.out, "<script>alert"));
  CHECK_FALSE(has(first.out, "<b>Council"));
  CHECK_FALSE(has(first.out, "<i>"));
  CHECK(has(first.out, "&lt;script&gt;alert(1)&lt;/script&gt;"));
  CHECK(has(first.out, "<strong>Plan &quot;services&quot; &lt;i&gt;</strong>"));
  CHECK(run_govgraph(command).out == first.out);
}

TEST_CASE("diff --format html words the verdict for two versions of a map") {
  std::string changed = small_map;
  const std::string lead = R"({"body": "council", "role": "lead"})";
  changed.replace(changed.find(lead), lead.size(), R"({"body": "council", "role": "supports"})");
  TempDir dir;
  const std::string before = dir.write("before.json", small_map);
  const std::string after = dir.write("after.json", changed);
  const auto result = run_govgraph("diff " + quote(before) + " " + quote(after) + " --format html");
  CHECK(has(result.out, "<p class=\"kicker\">Changes between two maps</p>"));
  CHECK(has(result.out, "These changes"));
  CHECK_FALSE(has(result.out, "id=\"lost\""));  // only a proposal accounts for duties
  CHECK(has(result.out, "<summary>responsibilities (1)</summary>"));
}
