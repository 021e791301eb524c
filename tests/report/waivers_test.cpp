#include <catch2/catch.hpp>

#include "report/waivers.hpp"

using namespace govgraph;

namespace {

/// The first error message of a waivers file that must not parse, "FILE:LINE:COL: error: ...".
std::string first_error(const std::string& text, const std::vector<std::string_view>& known = {}) {
  try {
    parse_waivers(text, "w.json", known);
  } catch (const InputError& e) {
    return e.diagnostics().all().front().format();
  }
  return "(parsed)";
}

std::vector<std::string> all_errors(const std::string& text) {
  std::vector<std::string> errors;
  try {
    parse_waivers(text, "w.json");
  } catch (const InputError& e) {
    for (const auto& d : e.diagnostics().all()) errors.push_back(d.format());
  }
  return errors;
}

Finding finding(std::string rule, std::vector<std::string> subjects, Severity severity = Severity::warning) {
  return Finding{severity, std::move(rule), std::move(subjects), "message", {}, {}};
}

}  // namespace

TEST_CASE("A waivers file is read with its subjects as a sorted set and its place") {
  const auto waivers = parse_waivers(
      "{\n"
      "  \"waivers\": [\n"
      "    {\"rule\": \"duplication.multiple-leads\", \"subjects\": [\"b\", \"a\", \"b\"],\n"
      "     \"reason\": \"Agreed\", \"expires\": \"2025-03-31\"},\n"
      "    {\"rule\": \"funding.cycle\", \"subjects\": [\"x\"], \"reason\": \"Known\"}\n"
      "  ]\n"
      "}\n",
      "w.json");
  REQUIRE(waivers.size() == 2);
  CHECK(waivers[0].rule == "duplication.multiple-leads");
  CHECK(waivers[0].subjects == std::vector<std::string>{"a", "b"});
  CHECK(waivers[0].reason == "Agreed");
  CHECK(waivers[0].expires == "2025-03-31");
  CHECK(waivers[0].at == Location{"w.json", 3, 5});
  CHECK(waivers[1].expires.empty());
  CHECK(waivers[1].at == Location{"w.json", 5, 5});
}

TEST_CASE("An empty waivers list and a byte-order mark are accepted") {
  CHECK(parse_waivers("\xEF\xBB\xBF{\"waivers\": []}", "w.json").empty());
}

TEST_CASE("A JSON syntax error in a waivers file names its line and column") {
  CHECK(first_error("{\n  \"waivers\": [\n    {\"rule\": \"a\",}\n  ]\n}") ==
        "w.json:3:18: error: invalid JSON: Missing a name for object member");
  CHECK(first_error("") == "w.json:1:1: error: invalid JSON: The document is empty");
}

TEST_CASE("A waiver with a field of the wrong type names the field and its place") {
  CHECK(first_error("{\"waivers\": [\n  {\"rule\": 3, \"subjects\": [\"a\"], \"reason\": \"r\"}\n]}") ==
        "w.json:2:12: error: waivers[0].rule: expected a string, found an integer");
  CHECK(first_error("{\"waivers\": [{\"rule\": \"r\", \"subjects\": \"a\", \"reason\": \"r\"}]}") ==
        "w.json:1:40: error: waivers[0].subjects: expected an array of ids, found a string");
  CHECK(first_error("{\"waivers\": {}}") == "w.json:1:13: error: waivers: expected an array, found an object");
  CHECK(first_error("[]") == "w.json:1:1: error: the document: expected an object {\"waivers\": [...]}, found an array");
}

TEST_CASE("A waiver without a reason, rule or subjects is an error at the waiver") {
  const auto errors = all_errors("{\"waivers\": [\n  {}\n]}");
  REQUIRE(errors.size() == 3);
  CHECK(errors[0] == "w.json:2:3: error: waivers[0].rule: missing; expected the rule id, as in 'govgraph rules'");
  CHECK(errors[1] == "w.json:2:3: error: waivers[0].subjects: missing; expected the ids the finding names, as an array");
  CHECK(errors[2] == "w.json:2:3: error: waivers[0].reason: missing; expected why the finding is accepted");
}

TEST_CASE("Unknown fields, bad dates and empty subjects are all reported in one run") {
  const auto errors = all_errors(
      "{\"waivers\": [\n"
      "  {\"rule\": \"r\", \"subject\": [\"a\"], \"subjects\": [], \"reason\": \"\", \"expires\": \"2025-02-30\"},\n"
      "  {\"rule\": \"r\", \"subjects\": [\"a\", 1], \"reason\": \"ok\"}\n"
      "], \"extra\": true}");
  REQUIRE(errors.size() == 6);
  CHECK(errors[0] == "w.json:4:4: error: extra: unknown field; known fields are waivers");
  CHECK(errors[1] == "w.json:2:17: error: waivers[0].subject: unknown field; known fields are rule, subjects, reason, expires");
  CHECK(errors[2] == "w.json:2:47: error: waivers[0].subjects: expected at least one id");
  CHECK(errors[3] == "w.json:2:61: error: waivers[0].reason: must not be empty");
  CHECK(errors[4] ==
        "w.json:2:76: error: waivers[0].expires: '2025-02-30' is not a date; expected YYYY-MM-DD, such as 2021-06-30");
  CHECK(errors[5] == "w.json:3:35: error: waivers[1].subjects[1]: expected an id (a string), found an integer");
}

TEST_CASE("A key given twice in a waiver is a syntax error at the second") {
  CHECK(first_error("{\"waivers\": [\n  {\"rule\": \"r\", \"rule\": \"s\", \"subjects\": [\"a\"], \"reason\": \"ok\"}\n]}") ==
        "w.json:2:17: error: duplicate key 'rule' in this object");
}

TEST_CASE("Two waivers for the same rule and subject set are an error naming the first") {
  CHECK(first_error("{\"waivers\": [\n"
                    "  {\"rule\": \"r\", \"subjects\": [\"a\", \"b\"], \"reason\": \"one\"},\n"
                    "  {\"rule\": \"r\", \"subjects\": [\"b\", \"a\"], \"reason\": \"two\"}\n"
                    "]}") == "w.json:3:3: error: waivers[1]: duplicate waiver for r on the same subjects as waivers[0] "
                             "(line 2, column 3)");
}

TEST_CASE("A waiver for an unknown rule suggests the nearest rule") {
  CHECK(first_error("{\"waivers\": [{\"rule\": \"orphan.no-leed\", \"subjects\": [\"a\"], \"reason\": \"r\"}]}",
                    {"orphan.no-lead", "orphan.no-owner"}) ==
        "w.json:1:23: error: waivers[0].rule: 'orphan.no-leed' is not a rule; did you mean 'orphan.no-lead'? "
        "'govgraph rules' lists them");
}

TEST_CASE("Columns count characters, not bytes") {
  CHECK(first_error("{\"é\": 1, \"waivers\": []}") == "w.json:1:2: error: é: unknown field; known fields are waivers");
  CHECK(first_error("{\"waivers\": [], \"ü\": 1, \"x\": 2}") ==
        "w.json:1:17: error: ü: unknown field; known fields are waivers");
}

TEST_CASE("A waiver matches a finding with the same rule and the same subjects in any order") {
  const std::vector<Waiver> waivers = {{"duplication.multiple-leads", {"a", "b"}, "Agreed", "", {}}};
  const Review review = apply_waivers({finding("duplication.multiple-leads", {"b", "a"}),
                                       finding("duplication.multiple-leads", {"a"}),
                                       finding("funding.cycle", {"a", "b"})},
                                      waivers, "2024-01-01");
  REQUIRE(review.findings.size() == 3);
  CHECK(review.findings[0].waived());
  CHECK(review.findings[0].waiver == 0U);
  CHECK_FALSE(review.findings[1].waived());
  CHECK_FALSE(review.findings[2].waived());
  CHECK(review.waivers[0].state == WaiverState::applied);
  CHECK(review.waivers[0].matches == 1);
}

TEST_CASE("An expired waiver waives nothing and is reported as expired") {
  const std::vector<Waiver> waivers = {{"funding.cycle", {"a"}, "Temporary", "2024-03-31", {}}};
  const auto before = apply_waivers({finding("funding.cycle", {"a"})}, waivers, "2024-03-31");
  CHECK(before.findings[0].waived());
  CHECK(before.waivers[0].state == WaiverState::applied);
  const auto after = apply_waivers({finding("funding.cycle", {"a"})}, waivers, "2024-04-01");
  CHECK_FALSE(after.findings[0].waived());
  CHECK(after.waivers[0].state == WaiverState::expired);
  CHECK(after.waivers[0].matches == 1);
}

TEST_CASE("A waiver that matches no finding is reported as unmatched") {
  const std::vector<Waiver> waivers = {{"funding.cycle", {"gone"}, "Old", "", {}}};
  const auto review = apply_waivers({finding("funding.cycle", {"a"})}, waivers, "2024-01-01");
  CHECK_FALSE(review.findings[0].waived());
  CHECK(review.waivers[0].state == WaiverState::unmatched);
  CHECK(review.waivers[0].matches == 0);
}

TEST_CASE("A finding counts for --fail-on at its severity and below, never for never") {
  CHECK(at_or_above(Severity::error, Severity::error));
  CHECK_FALSE(at_or_above(Severity::warning, Severity::error));
  CHECK(at_or_above(Severity::error, Severity::info));
  CHECK(at_or_above(Severity::info, Severity::info));
  CHECK_FALSE(at_or_above(Severity::error, std::nullopt));
}
