// Parts of a large output made on several threads and written in order (report/in_order),
// and the JSON report that is written that way.

#include <atomic>
#include <future>
#include <stdexcept>
#include <vector>

#include <catch2/catch.hpp>
#include <rapidjson/document.h>

#include "report/formats.hpp"
#include "report/in_order.hpp"
#include "tests/report/sample_report.hpp"

using namespace govgraph;

TEST_CASE("Parts made on several threads are taken in order, with no more than the window made ahead") {
  constexpr std::size_t parts = 500;
  constexpr std::size_t window = 3;
  std::vector<std::size_t> slots(window);
  std::vector<std::size_t> taken;
  std::atomic<std::size_t> taken_count{0};
  std::atomic<bool> made_too_early{false};
  make_in_order(
      parts, 4, window,
      [&](std::size_t k) {
        if (k >= taken_count + window) made_too_early = true;
        slots[k % window] = k * k;
      },
      [&](std::size_t k) {
        CHECK(slots[k % window] == k * k);
        taken.push_back(k);
        ++taken_count;
      });
  CHECK_FALSE(made_too_early);
  REQUIRE(taken.size() == parts);
  for (std::size_t k = 0; k < parts; ++k) CHECK(taken[k] == k);
}

TEST_CASE("A part that fails to be made, or to be taken, fails the whole and every thread stops") {
  const auto fail_at = [](std::size_t k) {
    if (k == 40) throw std::runtime_error("part 40");
  };
  CHECK_THROWS_WITH(make_in_order(100, 2, 4, fail_at, [](std::size_t) {}), "part 40");
  CHECK_THROWS_WITH(make_in_order(100, 2, 4, [](std::size_t) {}, fail_at), "part 40");
  std::size_t calls = 0;
  make_in_order(0, 2, 4, [&](std::size_t) { ++calls; }, [&](std::size_t) { ++calls; });
  CHECK(calls == 0);
}

namespace {

/// The sample report with `copies` findings in all, each with its own subject, and one
/// finding too large to be kept in a part (written straight into the document).
ReportInput many_findings(std::size_t copies) {
  std::vector<Finding> findings;
  const auto sample = test::sample_findings();
  for (std::size_t i = 0; i < copies; ++i) {
    Finding f = sample[i % sample.size()];
    f.subjects[0] += "-" + std::to_string(i);
    findings.push_back(std::move(f));
  }
  Finding large = sample.back();
  large.subjects.clear();
  large.roles.clear();
  for (int i = 0; i < 10'001; ++i) large.subjects.push_back("body-" + std::to_string(i));
  findings.push_back(std::move(large));
  ReportInput input = test::sample_input();
  input.review = apply_waivers(std::move(findings), test::sample_waivers(), "2024-04-01");
  return input;
}

}  // namespace

TEST_CASE("A JSON report of many findings lists each once, in order, on a line of its own") {
  const ReportInput input = many_findings(1'500);
  const std::string json = format_json(input);
  rapidjson::Document doc;
  doc.Parse(json.data(), json.size());
  REQUIRE_FALSE(doc.HasParseError());
  const auto& listed = doc["findings"];
  REQUIRE(listed.Size() == input.review.findings.size());
  for (rapidjson::SizeType i = 0; i < listed.Size(); ++i) {
    const auto& subjects = input.review.findings[i].finding.subjects;
    REQUIRE(listed[i]["subjects"].Size() == subjects.size());
    CHECK(listed[i]["subjects"][0].GetString() == subjects[0]);
  }
  // One line a finding: the lines between "findings": [ and its closing bracket.
  const std::size_t begin = json.find("\"findings\": [\n") + 14;
  const std::size_t end = json.find("\n  ],", begin);
  CHECK(static_cast<std::size_t>(std::count(json.begin() + static_cast<long>(begin), json.begin() + static_cast<long>(end), '\n')) ==
        input.review.findings.size() - 1);

  std::string streamed;
  write_json(input, [&](std::string_view block) { streamed += block; });
  CHECK(streamed == json);
}

TEST_CASE("Figures still being computed when a report is written are the figures a ready report shows") {
  ReportInput coming = test::sample_input();
  coming.figures = ReportFigures(std::async(std::launch::async, [] { return test::sample_figures(); }));
  CHECK(format_json(coming) == format_json(test::sample_input()));
  ReportInput none = test::sample_input();
  none.figures.reset();
  CHECK_FALSE(none.figures);
  CHECK(coming.figures);
}
