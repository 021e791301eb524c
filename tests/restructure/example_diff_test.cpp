// govgraph diff on two versions of the real example map lists exactly what changed.

#include <catch2/catch.hpp>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

/// The text with `from` replaced once by `to`; the test fails if `from` is missing.
std::string edited(std::string text, const std::string& from, const std::string& to) {
  const std::size_t at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

}  // namespace

TEST_CASE("diff of two versions of the example lists exactly the bodies and links and fields that changed") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  // The canonical form has one record a line, so a version is a few line edits.
  std::string next = slurp(example);
  next = edited(next, R"("name": "Ministers with responsibility to #KeepThePromise")",
                R"("name": "Ministers for children and young people")");
  next = edited(next,
                "    {\"from\": \"sg-sponsor-teams\", \"to\": \"scottish-government\", \"kind\": \"accountable_to\", "
                "\"source\": \"cp1 p.72\", \"note\": \"Part of the Scottish Government: 'All sponsor teams in Scottish "
                "Government' (cp1 p.72).\"},\n",
                "");
  next = edited(next, "\n  \"links\": [\n",
                "\n    {\"id\": \"new-board\", \"name\": \"New board\", \"type\": \"board\", \"source\": \"cp1 p.22\"}\n  ],\n"
                "  \"links\": [\n    {\"from\": \"new-board\", \"to\": \"scottish-ministers\", \"kind\": \"accountable_to\"},\n");
  next = edited(next, "\n  ],\n    {\"id\": \"new-board\"", ",\n    {\"id\": \"new-board\"");
  next = edited(next, R"("policy_area": "support-in-care", "status": "underway-insufficient")",
                R"("policy_area": "support-in-care", "status": "underway")");
  TempDir temp;
  const std::string next_path = temp.write("next.json", next);
  REQUIRE(run_govgraph("validate " + quote(next_path)).exit_code == 0);

  const RunResult r = run_govgraph("diff " + quote(example) + " " + quote(next_path));
  CHECK(r.exit_code == 0);
  const std::string changes = r.out.substr(r.out.find("\nChanges\n"));
  CHECK(changes ==
        "\nChanges\n"
        "  ~ bodies: junior-ministers\n"
        "      name: 'Ministers with responsibility to #KeepThePromise' -> 'Ministers for children and young people'\n"
        "  + bodies: new-board\n"
        "  + links: new-board accountable_to scottish-ministers\n"
        "  - links: sg-sponsor-teams accountable_to scottish-government\n"
        "  ~ responsibilities: support\n"
        "      status: 'underway-insufficient' -> 'underway'\n");
  CHECK(r.out.find("orphan.body-unaccountable [sg-sponsor-teams]") != std::string::npos);
}

TEST_CASE("diff of the example with itself finds nothing") {
  const std::string example = source_path("examples/scotland-care-system/map.json");
  const RunResult r = run_govgraph("diff " + quote(example) + " " + quote(example));
  CHECK(r.exit_code == 0);
  CHECK(r.out.find("Findings introduced (0)") != std::string::npos);
  CHECK(r.out.substr(r.out.find("\nChanges\n")) == "\nChanges\n  none\n");
}
