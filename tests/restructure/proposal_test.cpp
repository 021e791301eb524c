#include <catch2/catch.hpp>

#include "tests/restructure/support.hpp"

using namespace govgraph;
using namespace govgraph::test;

TEST_CASE("A proposal's operations are read with their fields") {
  const Proposal p = proposal(R"({"op": "abolish", "body": "council", "transfer_to": "ministry", "note": "n"},
                                 {"op": "retire", "responsibility": "plan", "reason": "done"})");
  CHECK(p.name == "Test");
  REQUIRE(p.operations.size() == 2);
  CHECK(p.operations[0].kind == OperationKind::abolish);
  CHECK(p.operations[0].target.id == "council");
  CHECK(p.operations[0].transfer_to->id == "ministry");
  CHECK(p.operations[0].note == "n");
  CHECK(p.operations[1].reason == "done");
}

TEST_CASE("An unknown operation is an error at its place listing the allowed operations") {
  CHECK(error_of([] { proposal(R"({"op": "mege"})"); }) ==
        "p.json:1:60: error: operations[0].op: unknown operation 'mege'; expected one of add_body, update_body, "
        "abolish, merge, add_link, remove_link, assign, unassign, add_responsibility, remove_responsibility or "
        "retire (nearest is 'merge')\n");
}

TEST_CASE("Missing and mistyped fields are each reported with their field path") {
  CHECK(error_of([] { proposal(R"({"op": "retire", "responsibility": "plan"})"); }) ==
        "p.json:1:53: error: operations[0].reason: missing; retiring a duty needs a reason\n");
  CHECK(error_of([] { proposal(R"({"op": "assign", "responsibility": "plan", "body": "x", "role": "boss"})"); }) ==
        "p.json:1:117: error: operations[0].role: unknown value 'boss'; expected lead, delivers or supports\n");
  CHECK(error_of([] { proposal(R"({"op": "abolish", "body": "x", "transfer": "y"})"); }) ==
        "p.json:1:84: error: operations[0].transfer: unknown field; expected one of op, note, body or transfer_to\n");
  CHECK(error_of([] { parse_proposal(R"({"name": "x", "operations": []})", "p.json"); }) ==
        "p.json:1:29: error: operations: empty; a proposal lists at least one operation\n");
}

TEST_CASE("A JSON syntax error in a proposal names its line and column") {
  const std::string message = error_of([] { parse_proposal("{\n  \"name\": \"x\",\n  \"operations\": [\n}", "p.json"); });
  CHECK(message.rfind("p.json:4:1: error:", 0) == 0);
}

TEST_CASE("An operation without the id it needs says an id is expected") {
  CHECK(error_of([] { proposal(R"({"op": "abolish"})"); }) ==
        "p.json:1:53: error: operations[0].body: missing; expected an id such as 'care-inspectorate'\n");
  CHECK(error_of([] { parse_proposal(R"({"operations": [{"op": "abolish", "body": "x"}]})", "p.json"); }) ==
        "p.json:1:1: error: name: missing; expected text\n");
}
