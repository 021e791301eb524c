#include <catch2/catch.hpp>

#include "graph/escape.hpp"
#include "importers/csv_writer.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"

using namespace govgraph;

namespace {

const char* const messy_map = R"({"links": [{"note": "n", "kind": "funds", "to": "b", "from": "a", "amount": 50000, "x": true}],
  "govgraph": 1, "name": "Quotes \" and \\ back\\slashes, <tags> & Comhairle nan Eilean Siar",
  "bodies": [{"type": "ndpb", "id": "a", "name": "A, with comma", "policy_areas": ["p"]}, {"id": "b", "name": "B", "type": "board", "status": "abolished"}],
  "policy_areas": [{"id": "p", "name": "P"}],
  "responsibilities": [{"id": "r", "name": "R", "owners": [{"body": "b", "role": "supports"}, {"body": "a", "role": "lead"}]}],
  "extra": [1, {"k": "v"}]})";

}  // namespace

TEST_CASE("Load, write, load, write gives identical bytes") {
  Diagnostics out;
  const std::string first = write_json_map(parse_json_map(messy_map, "m.json", out));
  const std::string second = write_json_map(parse_json_map(first, "m.json", out));
  CHECK(first == second);
  CHECK(first.find(R"("extra": [1,{"k":"v"}])") != std::string::npos);
  CHECK(first.find(R"("amount": 50000, "note": "n", "x": true)") != std::string::npos);
}

TEST_CASE("CSV cells are quoted only when they must be") {
  CHECK(csv_cell("plain") == "plain");
  CHECK(csv_cell("a, b") == "\"a, b\"");
  CHECK(csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_cell("two\nlines") == "\"two\nlines\"");
}
