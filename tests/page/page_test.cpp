// The map report page, built from small hand-built maps: one self-contained file, every
// name escaped (in the HTML and in the data block), the data block the script reads, the
// responsibilities matrix, waived findings, and the same bytes for the same input.

#include <catch2/catch.hpp>

#include <rapidjson/document.h>

#include <string>

#include "analyses/figures.hpp"
#include "page/document.hpp"
#include "page/findings_table.hpp"
#include "page/report_page.hpp"
#include "page/sections.hpp"
#include "tests/analyses/map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {

const std::string hostile = "</script><script>alert(1)</script>";

/// Parliament <- ministers <- agency, a body with a hostile name, and one responsibility
/// led by ministers, delivered by the agency and supported by the hostile body; a second
/// responsibility with no lead (orphan.no-lead, an error).
GovernanceMap small_map() {
  MapBuilder b;
  b.area("care").apex("parliament").body("ministers", BodyType::minister).body("agency", BodyType::agency, {"care"});
  b.named("evil", hostile);
  b.answers("ministers", "parliament").answers("agency", "ministers").answers("evil", "ministers");
  b.link("ministers", "agency", LinkKind::funds, 4000000.0);
  b.duty("plan", {lead("ministers"), delivers("agency"), supports("evil")}, "care");
  b.duty("review", {delivers("agency")}, "care");
  return b.build();
}

ReportInput input_for(const GovernanceMap& map, const std::vector<Waiver>& waivers = {}) {
  return {describe_map(map, "map.json", ""), apply_waivers(analyse(map), waivers, "2024-04-01"), {}, 5};
}

std::string page_of(const GovernanceMap& map, const std::vector<Waiver>& waivers = {}) {
  return page::report_page(map, input_for(map, waivers));
}

std::size_t count(const std::string& text, const std::string& part) {
  std::size_t n = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++n;
  return n;
}

/// The text of the data block, as the browser reads it.
std::string data_block(const std::string& page) {
  const std::string open = "<script type=\"application/json\" id=\"data\">";
  const auto start = page.find(open) + open.size();
  return page.substr(start, page.find("</script>", start) - start);
}

}  // namespace

TEST_CASE("The report page is one file that refers to nothing outside it") {
  const std::string page = page_of(small_map());
  CHECK(page.rfind("<!DOCTYPE html>", 0) == 0);
  CHECK(page.find("src=\"http") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("href=\"http") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.find("<script src") == std::string::npos);
  CHECK(count(page, "<svg") == 1);  // the map, inline
  CHECK(count(page, "<style>") == 1);
}

TEST_CASE("A body named like a script tag stays text everywhere on the report page") {
  const std::string page = page_of(small_map());
  // Two script elements only: the data block and the page's own script.
  CHECK(count(page, "<script") == 2);
  CHECK(count(page, "</script>") == 2);
  CHECK(page.find("<script>alert") == std::string::npos);
  CHECK(page.find("&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;") != std::string::npos);
}

TEST_CASE("The report page's data block is JSON holding what the script needs") {
  const GovernanceMap map = small_map();
  const std::string page = page_of(map);
  const std::string json = data_block(page);
  CHECK(json.find('<') == std::string::npos);
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  REQUIRE(doc["bodies"].Size() == 4);
  CHECK(std::string(doc["bodies"][3]["name"].GetString()) == hostile);  // the name survives the escaping
  CHECK(std::string(doc["bodies"][2]["type"].GetString()) == "agency");
  REQUIRE(doc["links"].Size() == 4);
  CHECK(doc["links"][3][0].GetUint() == 1);  // ministers funds agency, by body index
  CHECK(doc["links"][3][1].GetUint() == 2);
  CHECK(std::string(doc["links"][3][2].GetString()) == "funds");
  CHECK(doc["links"][3][3].GetDouble() == 4000000.0);
  REQUIRE(doc["responsibilities"].Size() == 2);
  CHECK(doc["responsibilities"][0]["owners"].Size() == 3);
  CHECK(std::string(doc["areas"][0][0].GetString()) == "care");
  const auto& findings = doc["findings"];
  REQUIRE(findings.Size() == input_for(map).review.findings.size());
  bool no_lead = false;
  for (const auto& f : findings.GetArray()) {
    if (std::string(f["rule"].GetString()) != "orphan.no-lead") continue;
    no_lead = true;
    CHECK(std::string(f["family"].GetString()) == "orphan");
    CHECK(std::string(f["severity"].GetString()) == "error");
    CHECK(f["bodies"].Size() == 1);  // the agency
    CHECK(std::string(f["areas"][0].GetString()) == "care");
    CHECK_FALSE(f["waived"].GetBool());
  }
  CHECK(no_lead);
}

TEST_CASE("The responsibilities matrix shows lead, delivers and supports by name, bodies with a role as columns") {
  const std::string raci = page::raci_section(small_map());
  // Columns in body order, only bodies with a role: ministers, agency, the hostile body.
  CHECK(raci.find("<th scope=\"col\" title=\"Parliament\">") == std::string::npos);
  const auto ministers = raci.find("<span>Ministers</span>");
  const auto agency = raci.find("<span>Agency</span>");
  const auto evil = raci.find("<span>&lt;/script&gt;");
  CHECK(ministers < agency);
  CHECK(agency < evil);
  CHECK(evil != std::string::npos);
  CHECK(raci.find("<tr><th scope=\"row\">plan</th><td class=\"c-L\" title=\"lead\">L</td><td class=\"c-D\" "
                  "title=\"delivers\">D</td><td class=\"c-S\" title=\"supports\">S</td></tr>") != std::string::npos);
  CHECK(raci.find("<tr><th scope=\"row\">review</th><td></td><td class=\"c-D\" title=\"delivers\">D</td><td></td></tr>") !=
        std::string::npos);
}

TEST_CASE("The policy areas matrix shows the interests the figures count, so an abolished body has no column") {
  MapBuilder b;
  b.area("care").area("schools").apex("parliament").body("agency", BodyType::agency, {"schools"});
  b.body("old-review", BodyType::other, {"care"}, BodyStatus::abolished).body("council", BodyType::local_authority);
  b.answers("agency", "parliament").answers("council", "parliament");
  b.duty("plan", {lead("council")}, "care");
  const GovernanceMap map = b.build();
  const std::string areas = page::areas_section(map);
  // Columns: the agency (listing schools), the council (leading a care duty); not the review.
  CHECK(areas.find("<span>Agency</span>") < areas.find("<span>Council</span>"));
  CHECK(areas.find("Old review") == std::string::npos);
  const std::string tick = "<td class=\"c-tick\" title=\"interest\">&#10003;</td>";
  CHECK(areas.find("<tr><th scope=\"row\">care</th><td></td>" + tick + "</tr>") != std::string::npos);
  CHECK(areas.find("<tr><th scope=\"row\">schools</th>" + tick + "<td></td></tr>") != std::string::npos);
  CHECK(compute_figures(map, share(map)).matrix.size() == 2);  // the figures' matrix: the same two bodies
}

TEST_CASE("A waived finding shows as waived with its reason and expiry") {
  const GovernanceMap map = small_map();
  Waiver waiver{"orphan.no-lead", {"agency", "review"}, "Lead named <in April>", "2024-04-30", {}};
  const std::string page = page_of(map, {waiver});
  const auto row = page.find("data-rule=\"orphan.no-lead\"");
  REQUIRE(row != std::string::npos);
  const std::string tr = page.substr(page.rfind("<tr", row), page.find("</tr>", row) - page.rfind("<tr", row));
  CHECK(tr.find("class=\"sev-error waived\"") != std::string::npos);
  CHECK(tr.find("<span class=\"state waived\">Waived</span><p class=\"waiver\">Lead named &lt;in April&gt;</p>"
                "<p class=\"expires\">Until 2024-04-30</p>") != std::string::npos);
  CHECK(page.find("\"waived\":true") != std::string::npos);
  CHECK(page.find("<td>Lead named &lt;in April&gt;</td><td>2024-04-30</td><td>applied</td>") != std::string::npos);
}

TEST_CASE("The report page is byte-stable") {
  const GovernanceMap map = small_map();
  CHECK(page_of(map) == page_of(map));
}

TEST_CASE("The page shell makes JSON safe inside a script element without changing its value") {
  CHECK(page::script_safe_json(R"({"a":"</script><!-- & >"})") ==
        R"({"a":"\u003c/script\u003e\u003c!-- \u0026 \u003e"})");
  const std::string page = page::write_document({"A <title>", {"p{}"}, {"go()"}, "{\"x\":1}", "<p>hi</p>\n"});
  CHECK(page.find("<title>A &lt;title&gt;</title>") != std::string::npos);
  CHECK(page.find("<script type=\"application/json\" id=\"data\">{\"x\":1}</script>\n<script>\ngo()</script>") !=
        std::string::npos);
}

TEST_CASE("A finding's scope names its bodies and the policy areas of its responsibilities") {
  const GovernanceMap map = small_map();
  Finding f;
  f.rule = "orphan.no-lead";
  f.subjects = {"review", "agency", "nowhere"};
  const page::FindingScope scope = page::scope_of(map, f);
  CHECK(scope.bodies == std::vector<std::string>{"agency"});
  CHECK(scope.areas == std::vector<std::string>{"care"});
  CHECK(page::family_of("orphan.no-lead") == "orphan");
  CHECK(page::Names(map).of("evil") == hostile);
  CHECK(page::Names(map).of("unknown-id") == "unknown-id");
}

TEST_CASE("The findings table lays out its first page of rows, the rest wait for the pager, or show without script") {
  const GovernanceMap map = small_map();
  const page::Names names(map);
  const ReviewedFinding one = input_for(map).review.findings.front();
  std::vector<ReviewedFinding> findings(page::findings_page_size + 1, one);
  const std::string table = page::findings_table(findings, {}, names, "findings-table");
  CHECK(count(table, " beyond\"") == 1);
  CHECK(table.find("<tr id=\"finding-" + std::to_string(page::findings_page_size) + "\" class=\"sev-") !=
        std::string::npos);
  CHECK(table.find("<p id=\"f-page\" class=\"pager\" hidden><span id=\"f-showing\" aria-live=\"polite\">Showing 1\u2013200 "
                   "of 201</span>") != std::string::npos);
  CHECK(table.find("<noscript><style>@media screen { table.findings tr.beyond { display: table-row; } }") !=
        std::string::npos);

  findings.pop_back();
  const std::string one_page = page::findings_table(findings, {}, names, "findings-table");
  CHECK(one_page.find("beyond") == std::string::npos);
  CHECK(one_page.find("f-page") == std::string::npos);
}
