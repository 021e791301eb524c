// The user documentation stays in step with the code: every rule and setting has its
// place in docs/rules.md with the default the code uses, and the JSON output matches
// the schema docs/findings-json.md publishes.

#include <catch2/catch.hpp>

#include "analyses/analyse.hpp"
#include "report/formats.hpp"
#include "tests/report/json_schema.hpp"
#include "tests/report/sample_report.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;

TEST_CASE("docs/rules.md has a section for every rule, with its default severity") {
  const std::string doc = test::slurp(test::source_path("docs/rules.md"));
  REQUIRE(!doc.empty());
  for (const auto& rule : all_rules) {
    INFO("rule " << rule.id);
    const std::size_t section = doc.find("\n### `" + std::string(rule.id) + "`\n");
    REQUIRE(section != std::string::npos);
    const std::size_t next = doc.find("\n### ", section + 1);
    const std::string body = doc.substr(section, next - section);
    CHECK(body.find("Default severity: **" + std::string(to_string(rule.severity)) + "**") != std::string::npos);
    CHECK(body.find("**Checks**") != std::string::npos);
    CHECK(body.find("**Why it matters**") != std::string::npos);
    CHECK(body.find("**How to fix**") != std::string::npos);
    CHECK(body.find("**Example**") != std::string::npos);
  }
}

TEST_CASE("docs/rules.md lists the structured evidence of every rule") {
  const std::string doc = test::slurp(test::source_path("docs/rules.md"));
  const std::size_t table = doc.find("\n## Structured evidence\n");
  REQUIRE(table != std::string::npos);
  for (const auto& rule : all_rules) {
    INFO("rule " << rule.id);
    CHECK(doc.find("\n| `" + std::string(rule.id) + "` | ", table) != std::string::npos);
  }
}

TEST_CASE("docs/rules.md documents every setting with the default the code uses") {
  const std::string doc = test::slurp(test::source_path("docs/rules.md"));
  const auto settings = AnalysisSettings{}.settings_info();
  REQUIRE(!settings.empty());
  for (const auto& setting : settings) {
    INFO("setting " << setting.key);
    const std::string documented_default = setting.default_value.empty() ? "(none)" : setting.default_value;
    CHECK(doc.find("| `" + setting.key + "` | " + documented_default + " | ") != std::string::npos);
  }
}

TEST_CASE("docs/rules.md names no rule the code does not have") {
  const std::string doc = test::slurp(test::source_path("docs/rules.md"));
  for (std::size_t at = doc.find("\n### `"); at != std::string::npos; at = doc.find("\n### `", at + 1)) {
    const std::size_t start = at + 6;
    const std::string id = doc.substr(start, doc.find('`', start) - start);
    INFO("documented rule " << id);
    CHECK(find_rule(id) != nullptr);
  }
}

TEST_CASE("The JSON report matches the schema published in docs/findings-json.md") {
  REQUIRE(!test::documented_schema().empty());
  ReportInput input = test::sample_input();
  CHECK(test::schema_problems(format_json(input)).empty());
  input.figures.reset();
  input.map.name.clear();
  CHECK(test::schema_problems(format_json(input)).empty());
}

TEST_CASE("The published schema rejects a document without findings or with a bad severity") {
  std::string json = format_json(test::sample_input());
  std::string missing = json;
  missing.replace(missing.find("\"findings\": ["), 12, "\"findingz\": ");
  CHECK(test::schema_problems(missing) != "");
  std::string bad = json;
  bad.replace(bad.find("\"severity\":\"error\""), 18, "\"severity\":\"fatal\"");  // a finding is one compact line
  CHECK(test::schema_problems(bad) != "");
}
