// The five report formats on a small hand-built report, checked against golden files
// (tests/report/golden/sample.*). Set GOVGRAPH_UPDATE_GOLDEN=1 to rewrite them after a
// deliberate change, then read the diff before keeping it.

#include <cstdlib>
#include <fstream>

#include <catch2/catch.hpp>

#include "report/formats.hpp"
#include "tests/support/run.hpp"
#include "tests/report/sample_report.hpp"

using namespace govgraph;
using govgraph::test::sample_input;

namespace {

void check_golden(const std::string& name, const std::string& actual) {
  const std::string path = govgraph::test::source_path("tests/report/golden/" + name);
  const char* update = std::getenv("GOVGRAPH_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") std::ofstream(path, std::ios::binary) << actual;
  const std::string expected = govgraph::test::slurp(path);
  INFO("golden file " << path);
  REQUIRE(!expected.empty());
  CHECK(actual == expected);
}

}  // namespace

TEST_CASE("The text report matches its golden file, without colour") {
  check_golden("sample.txt", format_report(sample_input(), ReportFormat::text, false));
}

TEST_CASE("The text report with colour matches its golden file") {
  check_golden("sample-colour.txt", format_report(sample_input(), ReportFormat::text, true));
}

TEST_CASE("The Markdown report matches its golden file") {
  check_golden("sample.md", format_report(sample_input(), ReportFormat::markdown));
}

TEST_CASE("The JSON report matches its golden file") {
  check_golden("sample.json", format_report(sample_input(), ReportFormat::json));
}

TEST_CASE("The CSV report matches its golden file") {
  check_golden("sample.csv", format_report(sample_input(), ReportFormat::csv));
}

TEST_CASE("Every format gives the same bytes for the same input") {
  for (auto format : {ReportFormat::text, ReportFormat::markdown, ReportFormat::json, ReportFormat::csv}) {
    CHECK(format_report(sample_input(), format, true) == format_report(sample_input(), format, true));
  }
}

TEST_CASE("Text without colour holds no escape sequence, and text with colour does") {
  CHECK(format_text(sample_input(), false).find('\x1b') == std::string::npos);
  CHECK(format_text(sample_input(), true).find("\x1b[1;31m") != std::string::npos);
}

TEST_CASE("Control characters in user text cannot drive the terminal") {
  ReportInput input = sample_input();
  input.review.findings[0].finding.message = "evil\x1b[2J text\nnext";
  const std::string text = format_text(input, false);
  CHECK(text.find('\x1b') == std::string::npos);
  CHECK(text.find("evil?[2J text next") != std::string::npos);
}

TEST_CASE("Markdown escapes HTML and table syntax in user text") {
  const std::string md = format_markdown(sample_input());
  CHECK(md.find("<script>") == std::string::npos);
  CHECK(md.find("\\<script\\>") != std::string::npos);
  CHECK(md.find("A\\\\lB") != std::string::npos);
  CHECK(md.find("\\| pipe, \\*star\\*, \\_under\\_, \\[link\\](x) \\& more") != std::string::npos);
}

TEST_CASE("CSV quotes fields and defuses cells a spreadsheet would run as formulas") {
  const std::string csv = format_csv(sample_input());
  CHECK(csv.find("\"'=HYPERLINK(\"\"http://example.org\"\"); names: | pipe") != std::string::npos);
  CHECK(csv.find("\"'-2+3; cp1 p.70, \"\"quoted\"\"\"") != std::string::npos);
}

TEST_CASE("A report with no findings says so in every format") {
  ReportInput input = sample_input();
  input.review = apply_waivers({}, {}, "2024-04-01");
  input.figures.reset();
  CHECK(format_text(input, false).find("No findings.") != std::string::npos);
  CHECK(format_csv(input) == "severity,rule,subjects,message,evidence,sources,waived,waiver_reason\r\n");
  CHECK(format_json(input).find("\"findings\": []") != std::string::npos);
  CHECK(format_json(input).find("\"figures\": null") != std::string::npos);
}

TEST_CASE("Sampled brokers say how they were sampled in text and Markdown, and exact ones carry no note") {
  ReportInput input = sample_input();
  const std::string note = "betweenness sampled: shortest routes from 64 of 3000 bodies";
  CHECK(format_text(input, false).find("betweenness sampled") == std::string::npos);
  input.figures->brokers_pivots = 64;
  input.figures->brokers_note = note;
  CHECK(format_text(input, false).find("    " + note + "\n") != std::string::npos);
  CHECK(format_markdown(input).find("Note: " + note + ".") != std::string::npos);
}
