// No command prints a control character from a map to a terminal: a map with ESC, BEL
// and CR in its names, notes, source titles and ids (quoted back in errors) goes through
// every command, and nothing below 0x20 but line feed and tab (and CSV's CRLF row ends),
// nor DEL, reaches stdout or stderr.

#include <catch2/catch.hpp>

#include "tests/support/run.hpp"

using namespace govgraph::test;

namespace {

// JSON escapes for ESC [31m, BEL and CR: what a hostile or careless map could hold.
#define EVIL "\\u001b[31m\\u0007\\r"

const char* const evil_map = R"({
  "govgraph": 1,
  "name": "Small )" EVIL R"( map",
  "sources": [{"id": "s1", "title": "Title )" EVIL R"("}],
  "policy_areas": [{"id": "care", "name": "Care )" EVIL R"("}],
  "bodies": [
    {"id": "parliament", "name": "Parliament )" EVIL R"(", "type": "legislature", "source": "s1"},
    {"id": "ministry", "name": "Ministry )" EVIL R"(", "type": "executive", "note": "Note )" EVIL R"("},
    {"id": "other", "name": "Other )" EVIL R"(", "type": "executive"},
    {"id": "council", "name": "Council )" EVIL R"(", "type": "local-authority", "policy_areas": ["care"]}
  ],
  "links": [
    {"from": "ministry", "to": "parliament", "kind": "accountable_to"},
    {"from": "council", "to": "ministry", "kind": "accountable_to"},
    {"from": "council", "to": "other", "kind": "accountable_to"}
  ],
  "responsibilities": [
    {"id": "plan", "name": "Plan )" EVIL R"(", "policy_area": "care", "owners": [{"body": "council", "role": "lead"}]},
    {"id": "nobody", "name": "Nobody's )" EVIL R"(", "note": "Note )" EVIL R"("}
  ],
  "unknown )" EVIL R"(": 1
})";

const char* const bad_id_map = R"({"govgraph": 1, "bodies": [{"id": "bad)" EVIL R"(id", "name": "A", "type": "agency"}]})";

const char* const proposal = R"({"name": "Drop )" EVIL R"(", "rationale": "Why )" EVIL R"(",
  "operations": [{"op": "update_body", "body": "other", "set": {"name": "Renamed )" EVIL R"("}},
                 {"op": "abolish", "body": "council"}]})";

const char* const bad_proposal = R"({"name": "P", "operations": [{"op": "abolish", "body": "no)" EVIL R"(body"}]})";

/// The first byte a terminal would obey, or npos. `crlf`: a CR right before a LF is a
/// CSV row end (RFC 4180), not the map's.
std::size_t first_control(const std::string& bytes, bool crlf = false) {
  for (std::size_t i = 0; i < bytes.size(); ++i) {
    const auto c = static_cast<unsigned char>(bytes[i]);
    if (c == '\n' || c == '\t') continue;
    if (crlf && c == '\r' && i + 1 < bytes.size() && bytes[i + 1] == '\n') continue;
    if (c < 0x20 || c == 0x7F) return i;
  }
  return std::string::npos;
}

void check_terminal_safe(const std::string& args, const RunResult& result, bool crlf = false) {
  INFO("govgraph " << args << "\nstdout:\n" << result.out << "\nstderr:\n" << result.err);
  CHECK(result.exit_code != 70);
  CHECK(first_control(result.out, crlf) == std::string::npos);
  CHECK(first_control(result.err) == std::string::npos);
}

RunResult run_safe(const std::string& args, bool crlf = false) {
  RunResult result = run_govgraph(args);
  check_terminal_safe(args, result, crlf);
  return result;
}

}  // namespace

TEST_CASE("No command prints a control character from a map to a terminal") {
  TempDir dir;
  const std::string map = quote(dir.write("evil.json", evil_map));
  const std::string clean = quote(source_path("examples/scotland-care-system/map.json"));
  const std::string p = quote(dir.write("p.json", proposal));

  // The map's text reaches the reader, each control character shown as '?'.
  CHECK(run_safe("summary " + map).out.find("Parliament ?[31m??") != std::string::npos);
  CHECK(run_safe("validate " + map).err.find("unknown ?[31m??") != std::string::npos);
  run_safe("validate --strict " + map);
  CHECK(run_safe("validate " + quote(dir.write("bad-id.json", bad_id_map))).err.find("'bad?[31m??id'") !=
        std::string::npos);
  for (const char* format : {"text", "markdown", "json", "html"})
    run_safe("analyse " + map + " --fail-on never --format " + std::string(format));
  CHECK(run_safe("analyse " + map + " --format csv", true).out.find("Nobody's ?[31m??") != std::string::npos);
  run_safe("rules");
  run_safe("render " + map + " -o " + quote(dir.file("map.svg")));
  run_safe("render " + map + " --focus 'no\x1b[31m\x07\rbody' -o " + quote(dir.file("focus.svg")));
  run_safe("convert " + map + " " + quote(dir.file("csv")));
  run_safe("convert " + map + " " + quote(dir.file("out.json")));
  for (const char* format : {"text", "markdown", "json"}) {
    run_safe("check-restructure " + map + " " + p + " --fail-on never --format " + std::string(format));
    run_safe("diff " + clean + " " + map + " --format " + std::string(format));
  }
  CHECK(run_safe("check-restructure " + map + " " + p + " --fail-on never").out.find("Why ?[31m??") != std::string::npos);
  CHECK(run_safe("diff " + clean + " " + map).out.find("'Small ?[31m?? map'") != std::string::npos);
  CHECK(run_safe("diff " + map + " " + map + " --format text").exit_code == 0);
  run_safe("check-restructure " + map + " " + quote(dir.write("bad.json", bad_proposal)));
}
