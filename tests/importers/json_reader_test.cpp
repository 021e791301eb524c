#include <catch2/catch.hpp>

#include <fstream>
#include <optional>
#include <sstream>

#include "importers/json_reader.hpp"
#include "importers/json_tree.hpp"
#include "importers/json_writer.hpp"

using namespace govgraph;

namespace Catch {
template <>
struct StringMaker<Position> {
  static std::string convert(const Position& p) { return std::to_string(p.line) + ":" + std::to_string(p.column); }
};
}  // namespace Catch

namespace {

std::vector<std::string> problems(const std::string& json) {
  Diagnostics out;
  try {
    parse_json_map(json, "m.json", out);
  } catch (const InputError& e) {
    out.append(e.diagnostics());
  }
  std::vector<std::string> text;
  for (const auto& d : out.all()) text.push_back(d.format());
  return text;
}

/// Where every record, owner and id list of `map` was written.
std::vector<Position> places(const MapData& map) {
  std::vector<Position> at;
  for (const Body& b : map.bodies) at.insert(at.end(), {b.at, b.policy_areas_at});
  for (const Link& l : map.links) at.insert(at.end(), {l.at, l.from_at, l.to_at, l.policy_areas_at});
  for (const Responsibility& r : map.responsibilities) {
    at.insert(at.end(), {r.at, r.policy_area_at});
    for (const Owner& o : r.owners) at.push_back(o.at);
  }
  return at;
}

}  // namespace

TEST_CASE("A minimal map parses with every field in place") {
  Diagnostics out;
  const MapData m = parse_json_map(R"({"govgraph": 1, "name": "M", "apex": ["p"],
    "bodies": [{"id": "p", "name": "Parliament", "type": "legislature", "aliases": ["SP"], "represents": 1}],
    "links": [{"from": "p", "to": "p", "kind": "funds", "amount": 4000000.5, "period": "2021-22"}]})",
                                   "m.json", out);
  CHECK(out.all().empty());
  REQUIRE(m.bodies.size() == 1);
  CHECK(m.bodies[0].type == BodyType::legislature);
  CHECK(m.bodies[0].aliases == std::vector<std::string>{"SP"});
  CHECK(m.bodies[0].at == Position{2, 16});
  REQUIRE(m.links.size() == 1);
  CHECK(*m.links[0].amount == 4000000.5);
  CHECK(m.links[0].from_at == Position{3, 24});
  CHECK(m.apex_at == std::vector<Position>{{1, 39}});
}

TEST_CASE("Positions count characters, not bytes, after non-ASCII text") {
  Diagnostics out;
  const MapData m = parse_json_map("{\"govgraph\": 1, \"name\": \"Comhairle nan Eilean Siar – é\", \"bodies\": [{\"id\": \"x\", \"name\": \"é\", \"type\": \"other\"}]}",
                                   "m.json", out);
  REQUIRE(m.bodies.size() == 1);
  CHECK(m.bodies[0].at == Position{1, 69});
}

TEST_CASE("Every field problem in a file is reported in one run") {
  CHECK(problems(R"({"govgraph": 1, "bodies": [
  {"id": "A!", "name": "a", "type": "agency"},
  {"id": "b", "name": "b", "type": "quango"}]})") ==
        std::vector<std::string>{
            "m.json:2:10: error: bodies[0].id: 'A!' is not a valid id: it holds '!'; expected letters, digits, '.', "
            "'_' and '-' (a register's code or slug), such as 'a'",
            "m.json:3:36: error: bodies[1].type: 'quango' is not a body type; expected one of legislature, executive, "
            "minister, directorate, agency, ndpb, public-corporation, local-authority, health-board, "
            "integration-joint-board, partnership, board, regulator, tribunal, company, third-sector, "
            "professional-body, union or other"});
}

TEST_CASE("Unknown fields are warned about and kept verbatim") {
  Diagnostics out;
  const MapData m = parse_json_map(R"({"govgraph": 1, "colour": {"a": [1, 2.5, null]},
    "bodies": [{"id": "b", "name": "B", "type": "board", "budget": 12}]})",
                                   "m.json", out);
  REQUIRE(out.all().size() == 2);
  CHECK_FALSE(out.has_errors());
  CHECK(out.all()[0].format().rfind("m.json:2:58: warning: bodies[0].budget: unknown field, kept as it is", 0) == 0);
  CHECK(m.extras == std::vector<ExtraField>{{"colour", R"({"a":[1,2.5,null]})"}});
  CHECK(m.bodies[0].extras == std::vector<ExtraField>{{"budget", "12"}});
}

TEST_CASE("Deep nesting is an error at its place, not a stack overflow") {
  const std::string deep = "{\"govgraph\": 1, \"x\": " + std::string(100000, '[') + std::string(100000, ']') + "}";
  CHECK(problems(deep) == std::vector<std::string>{"m.json:1:85: error: nesting deeper than 64 levels"});
}

TEST_CASE("A syntax error gives its line and column") {
  CHECK(problems("{\"govgraph\": 1,\n  \"name\": \"x\",,\n}") ==
        std::vector<std::string>{"m.json:2:15: error: invalid JSON: Missing a name for object member"});
}

TEST_CASE("A number just above the largest double is refused like a larger one, not read as infinity") {
  // Found by fuzzing: an unknown field holding 2.8e308 was kept as infinity and written back as `"x": `.
  CHECK(problems(R"({"govgraph": 1, "x": 2.7976931348623157e308})") ==
        std::vector<std::string>{"m.json:1:22: error: invalid JSON: Number too big to be stored in double"});
  CHECK(problems(R"({"govgraph": 1, "x": 1e400})") ==
        std::vector<std::string>{"m.json:1:22: error: invalid JSON: Number too big to be stored in double"});
}

TEST_CASE("Numbers past a double's range are zero when tiny and an error when huge, with exponents of any size") {
  // Found by fuzzing: RapidJSON's own conversion read 0e200 through __builtin_clzll(0), which
  // the sanitizers stop on and which made the amount a nonsense value in a release build.
  Diagnostics out;
  const MapData m = parse_json_map(R"({"govgraph": 1,
    "bodies": [{"id": "a", "name": "A", "type": "agency"}, {"id": "b", "name": "B", "type": "agency"}],
    "links": [{"from": "a", "to": "b", "kind": "funds", "amount": 0e200},
              {"from": "a", "to": "b", "kind": "funds", "amount": 0.000e300},
              {"from": "a", "to": "b", "kind": "funds", "amount": 1e-400},
              {"from": "a", "to": "b", "kind": "funds", "amount": 12.5e-1}]})",
                                   "m.json", out);
  CHECK(out.all().empty());
  REQUIRE(m.links.size() == 4);
  CHECK(m.links[0].amount == 0.0);
  CHECK(m.links[1].amount == 0.0);
  CHECK(m.links[2].amount == 0.0);
  CHECK(m.links[3].amount == 1.25);
  CHECK(problems(R"({"govgraph": 1, "x": 0.1e310})") ==
        std::vector<std::string>{"m.json:1:22: error: invalid JSON: Number too big to be stored in double"});
}

TEST_CASE("A string holding escaped quotes and backslashes is placed at its opening quote") {
  const std::string json = R"({"govgraph": 1, "bodies": [{"id": "a", "name": "A", "type": "say \"x\\\" \\\\", "zz": 1}]})";
  const auto column = [&](std::string_view text) { return std::to_string(json.find(text) + 1); };
  const auto found = problems(json);
  REQUIRE(found.size() == 2);
  CHECK(found[0].starts_with("m.json:1:" + column("\"say") + ": error: bodies[0].type: 'say \"x\\\" \\\\' is not a body type"));
  CHECK(found[1].starts_with("m.json:1:" + column("\"zz\"") + ": warning: bodies[0].zz: unknown field"));
}

TEST_CASE("A byte order mark is skipped and takes no column") {
  CHECK(problems("\xEF\xBB\xBF{\"govgraph\": 2}") ==
        std::vector<std::string>{"m.json:1:14: error: govgraph: expected the format version 1, found 2"});
}

TEST_CASE("A NUL byte is an error where it is, after the document as inside it") {
  using namespace std::string_literals;
  const std::string nul_error = "error: a NUL byte (character 0), which no JSON text holds: the file is binary or damaged";
  CHECK(problems("{\"govgraph\": 1}\n\0garbage"s) == std::vector<std::string>{"m.json:2:1: " + nul_error});
  CHECK(problems("{\"govgraph\": 1, \"name\": \"a\0b\"}"s) == std::vector<std::string>{"m.json:1:27: " + nul_error});
}

TEST_CASE("UTF-16 text is named as such, with or without a byte order mark") {
  using namespace std::string_literals;
  const std::vector<std::string> utf16 = {
      "m.json:1:1: error: the file is UTF-16 text (Windows' \"Unicode\"); govgraph reads UTF-8: save it as UTF-8"};
  CHECK(problems("\xFF\xFE{\0\"\0"s) == utf16);
  CHECK(problems("\xFE\xFF\0{\0\""s) == utf16);
  CHECK(problems("{\0\"\0g\0"s) == utf16);
  CHECK(problems("\0{\0\"\0g"s) == utf16);
}

TEST_CASE("A duplicate key is an error naming the key") {
  CHECK(problems(R"({"govgraph": 1, "name": "a", "name": "b"})") ==
        std::vector<std::string>{"m.json:1:30: error: duplicate key 'name' in this object"});
}

TEST_CASE("Records read as the parser meets them keep positions across lines and report in collection order") {
  // The links come first in the file, the header last: the reports still follow the
  // format's order (header, sources, policy areas, bodies, links, responsibilities).
  CHECK(problems(R"({"links": [
    {"from": "a",
     "to": "B!",
     "kind": "funds"},
    "oops"],
  "bodies": [
    {"id": "a",
     "name": "A",
     "type": "quango"}],
  "govgraph": 2})") ==
        std::vector<std::string>{
            "m.json:10:15: error: govgraph: expected the format version 1, found 2",
            "m.json:9:14: error: bodies[0].type: 'quango' is not a body type; expected one of legislature, executive, "
            "minister, directorate, agency, ndpb, public-corporation, local-authority, health-board, "
            "integration-joint-board, partnership, board, regulator, tribunal, company, third-sector, "
            "professional-body, union or other",
            "m.json:3:12: error: links[0].to: 'B!' is not a valid id: it holds '!'; expected letters, digits, '.', "
            "'_' and '-' (a register's code or slug), such as 'b'",
            "m.json:5:5: error: links[1]: expected an object, found a string"});
}

TEST_CASE("A map of many records, some with errors, reports like a small one, in collection order") {
  // Over a mebibyte of links, one per line: link i is on line i + 2; the header comes last.
  constexpr int count = 30000;
  const auto map_text = [&](bool with_errors) {
    std::string json = "{\"links\": [\n";
    for (int i = 0; i < count; ++i) {
      const bool bad = with_errors && (i == 15000 || i == count - 1);
      json += std::string(i ? "," : " ") + "{\"from\": \"a\", \"to\": \"" + (bad ? "B!" : "b") + "\", \"kind\": \"funds\"}\n";
    }
    return json + "],\n\"bodies\": [{\"id\": \"a\", \"name\": \"A\", \"type\": \"" + (with_errors ? "quango" : "agency") +
           "\"}],\n\"govgraph\": " + (with_errors ? "2" : "1") + "}";
  };
  REQUIRE(map_text(true).size() > (std::size_t{1} << 20));
  const std::string bad_to = ": 'B!' is not a valid id: it holds '!'; expected letters, digits, '.', '_' and '-' (a "
                             "register's code or slug), such as 'b'";
  const auto found = problems(map_text(true));
  REQUIRE(found.size() == 4);
  CHECK(found[0] == "m.json:30004:13: error: govgraph: expected the format version 1, found 2");
  CHECK(found[1].starts_with("m.json:30003:45: error: bodies[0].type: 'quango' is not a body type"));
  CHECK(found[2] == "m.json:15002:22: error: links[15000].to" + bad_to);
  CHECK(found[3] == "m.json:30001:22: error: links[29999].to" + bad_to);

  Diagnostics out;
  const MapData map = parse_json_map(map_text(false), "m.json", out);
  CHECK(out.all().empty());
  REQUIRE(map.links.size() == count);
  CHECK(map.links[29999].to == "b");
  CHECK(map.links[29999].to_at == Position{30001, 22});
}

TEST_CASE("A syntax error after many records reports only the syntax error") {
  std::string json = "{\"govgraph\": 1, \"links\": [";
  for (int i = 0; i < 30000; ++i) json += "{\"from\": \"a\", \"to\": \"B\", \"kind\": \"funds\"},";
  json += "}";
  CHECK(problems(json) == std::vector<std::string>{"m.json:1:" + std::to_string(json.size()) +
                                                   ": error: invalid JSON: Invalid value"});
}

TEST_CASE("Records read straight from the parser's events equal those read from a tree") {
  std::ifstream file(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/scotland-care-system/map.json");
  std::stringstream text;
  text << file.rdbuf();
  Diagnostics direct_warnings;
  Diagnostics tree_warnings;
  const MapData direct = parse_json_map(text.str(), "map.json", direct_warnings, RecordReading::direct);
  const MapData tree = parse_json_map(text.str(), "map.json", tree_warnings, RecordReading::tree);
  CHECK(direct_warnings.all().empty());
  CHECK(tree_warnings.all().empty());
  CHECK(write_json_map(direct) == write_json_map(tree));
  CHECK(places(direct) == places(tree));
}

TEST_CASE("A record refused partway fails where and why a whole tree would") {
  // The duplicate key comes before the syntax error in the same record.
  const std::string duplicate = R"({"govgraph": 1, "links": [{"from": "a", "kind": "funds", "from": "b", "to": tru}]})";
  CHECK(problems(duplicate) ==
        std::vector<std::string>{"m.json:1:" + std::to_string(duplicate.find("\"from\": \"b") + 1) +
                                 ": error: duplicate key 'from' in this object"});
  // The record is the third level: its 62nd nested array is the 65th level.
  const std::string deep =
      R"({"govgraph": 1, "links": [{"from": "a", "x": )" + std::string(100, '[') + std::string(100, ']') + "}]}";
  CHECK(problems(deep) ==
        std::vector<std::string>{"m.json:1:" + std::to_string(deep.find('[', deep.find("\"x\"")) + 62) +
                                 ": error: nesting deeper than 64 levels"});
}

TEST_CASE("A syntax error after records with field errors reports only the syntax error") {
  CHECK(problems("{\"govgraph\": 1, \"bodies\": [{\"id\": \"A\"}],\n \"links\": [}") ==
        std::vector<std::string>{"m.json:2:12: error: invalid JSON: Invalid value"});
}

TEST_CASE("A sink takes the items of the root's arrays as they are read, and the tree keeps the rest") {
  std::vector<std::string> taken;
  const JsonNode root = parse_json_tree(R"({"keep": [1, 2], "take": [{"a": [3]}, "x"], "deep": {"take": [4]}})", "t.json",
                                        64, [&](std::string_view member, std::size_t index, const JsonNode& item) {
                                          if (member != "take") return false;
                                          taken.push_back(std::to_string(index) + ":" + to_json_text(item));
                                          return true;
                                        });
  CHECK(taken == std::vector<std::string>{"0:{\"a\":[3]}", "1:\"x\""});
  CHECK(to_json_text(root) == R"({"keep":[1,2],"take":[],"deep":{"take":[4]}})");
}

namespace {

/// Everything reading `text` gives: the map written back, every record's places and every
/// message, or the error.
std::string reading_of(const std::string& text, RecordReading reading,
                       std::optional<std::size_t> read_ahead_from = std::nullopt) {
  Diagnostics out;
  std::string result;
  try {
    const MapData map = parse_json_map(text, "map.json", out, reading, read_ahead_from);
    result = write_json_map(map);
    for (const Position& p : places(map)) result += " " + Catch::StringMaker<Position>::convert(p);
  } catch (const InputError& e) {
    out.append(e.diagnostics());
  }
  for (const auto& d : out.all()) result += "\n" + d.format();
  return result;
}

/// `text` with its `nth` `from` (counting from 0) replaced by `to`.
std::string replaced(std::string text, std::string_view from, std::string_view to, int nth) {
  std::size_t at = text.find(from);
  for (int i = 0; i < nth; ++i) at = text.find(from, at + 1);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

/// Records an ItemReader's events, and takes every item.
class LoggingReader final : public ItemReader {
 public:
  // Not the index: a reader reading ahead counts from its first item.
  bool start(std::string_view member, std::size_t, std::size_t offset) override {
    log += std::string(member) + "@" + std::to_string(offset) + " ";
    return true;
  }
  bool key(std::string_view key) override { return (log += std::string(key) + " ", true); }
  bool value(const JsonNode& scalar) override { return (log += to_json_text(scalar) + " ", true); }
  bool open(JsonNode::Type, std::size_t) override { return (log += "( ", true); }
  bool close() override { return (log += ") ", true); }
  bool finish() override { return (log += "; ", true); }
  std::string log;
};

/// Reads ahead from `at` as `member`, logging to its own reader.
class LoggingReadAhead final : public ItemReadAhead {
 public:
  LoggingReadAhead(std::size_t at, std::string member, LoggingReader& into)
      : at_(at), member_(std::move(member)), into_(into) {}
  [[nodiscard]] std::size_t at() const override { return at_; }
  std::pair<std::string, ItemReader*> start() override { return {member_, &ahead_}; }
  void adopt(std::size_t count) override {
    adopted = count;
    into_.log += ahead_.log;  // every item it took: this reader stops at none
  }
  std::size_t adopted = 0;

 private:
  std::size_t at_;
  std::string member_;
  LoggingReader& into_;
  LoggingReader ahead_;
};

}  // namespace

TEST_CASE("A parse takes the items read ahead where it meets them, as if it had read them") {
  const std::string text =
      "{\"a\": [\n {\"k\": 1},\n {\"k\": [2]},\n {\"k\": \"3\"},\n {\"k\": 4}\n],\n \"b\": [\n {\"k\": 5}]}";
  const ItemSink keep = [](std::string_view, std::size_t, JsonNode&) { return false; };
  LoggingReader alone;
  const JsonNode expected = parse_json_tree(text, "t.json", 64, keep, &alone);
  const std::size_t third = text.find("{\"k\": \"3\"}");

  LoggingReader reader;
  LoggingReadAhead ahead(third, "a", reader);
  const JsonNode tree = parse_json_tree(text, "t.json", 64, keep, &reader, &ahead);
  CHECK(ahead.adopted == 2);
  CHECK(reader.log == alone.log);
  CHECK(to_json_text(tree) == to_json_text(expected));

  // A wrong guess of the array, or a place that is not an item's start, is dropped.
  for (const auto& [at, member] : {std::pair{third, std::string("b")}, std::pair{third + 1, std::string("a")},
                                   std::pair{text.find("{\"k\": 5}"), std::string("a")}}) {
    LoggingReader again;
    LoggingReadAhead wrong(at, member, again);
    parse_json_tree(text, "t.json", 64, keep, &again, &wrong);
    CHECK(wrong.adopted == 0);
    CHECK(again.log == alone.log);
  }
}

TEST_CASE("Records read ahead on a second thread from any line equal those read on one") {
  std::ifstream file(std::string(GOVGRAPH_SOURCE_DIR) + "/examples/scotland-care-system/map.json");
  std::stringstream read;
  read << file.rdbuf();
  const std::string example = read.str();
  // Damage the later links and duties: a kind no map has, a field misspelt, a link's end
  // that is no id, and, in the last text, a missing comma.
  std::string damaged = replaced(example, "\"kind\": \"funds\"", "\"kind\": \"fund\"", 20);
  damaged = replaced(damaged, "\"basis\": ", "\"bassis\": ", 150);
  damaged = replaced(damaged, "{\"from\": \"", "{\"from\": \"Not an id ", 200);
  damaged = replaced(damaged, "\"lead\"", "\"leader\"", 10);
  damaged = replaced(damaged, "\"role\": \"supports\"", "\"role\": \"supports\", \"share\": 2", 3);
  damaged = replaced(damaged, ", \"role\": \"lead\"", "", 20);
  const std::string broken = replaced(damaged, "},\n    {\"from\"", "}\n    {\"from\"", 180);
  // Every seventh line of each text, a different seventh for each, keeps the test quick
  // under the sanitizers.
  int shift = 0;
  for (const std::string& text : {example, damaged, broken}) {
    const std::string expected = reading_of(text, RecordReading::tree);
    int line_number = shift++;
    for (std::size_t line = 0; line != std::string::npos; line = text.find('\n', line + 1)) {
      if (line_number++ % 7 != 0) continue;
      INFO("read ahead from the line after offset " << line);
      CHECK(reading_of(text, RecordReading::direct, line) == expected);
    }
  }
}
