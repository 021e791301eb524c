#include <catch2/catch.hpp>

#include <set>

#include "bench/generate_map.hpp"
#include "importers/json_writer.hpp"
#include "tests/restructure/support.hpp"

using namespace govgraph;
using namespace govgraph::test;

TEST_CASE("Merging two bodies that link to each other drops the internal link and folds their duplicate scrutiny") {
  const auto applied = apply(R"({"op": "merge", "bodies": ["inspect-a", "inspect-b"],
                                 "into": {"id": "inspectorate", "name": "Inspectorate", "type": "regulator"}})");
  const MapData& m = applied.after;
  CHECK(body(m, "inspect-a") == nullptr);
  CHECK(body(m, "inspect-b") == nullptr);
  REQUIRE(body(m, "inspectorate") != nullptr);
  CHECK(body(m, "inspectorate")->policy_areas == std::vector<std::string>{"care", "schools"});
  CHECK(count_links(m, "inspectorate", "council", LinkKind::scrutinises) == 1);
  CHECK(count_links(m, "inspectorate", "ministry", LinkKind::accountable_to) == 1);
  CHECK(count_links(m, "inspectorate", "inspectorate", LinkKind::collaborates_with) == 0);
  CHECK(m.links.size() == 4);
  // The strongest role wins: lead (from A) over supports (from B).
  const Responsibility* inspect = responsibility(m, "inspect");
  REQUIRE(inspect->owners.size() == 1);
  CHECK(inspect->owners[0].body == "inspectorate");
  CHECK(inspect->owners[0].role == Role::lead);
  CHECK(applied.renames.at("inspect-a") == "inspectorate");
  CHECK(applied.renames.at("inspect-b") == "inspectorate");
  CHECK(lost_duties(small_data(), applied).empty());
}

TEST_CASE("Merging into an existing body keeps it and moves the others' links and duties to it") {
  const auto applied = apply(R"({"op": "merge", "bodies": ["inspect-b"], "into": "inspect-a"})");
  const MapData& m = applied.after;
  CHECK(body(m, "inspect-b") == nullptr);
  CHECK(body(m, "inspect-a")->policy_areas == std::vector<std::string>{"care", "schools"});
  CHECK(count_links(m, "inspect-a", "council", LinkKind::scrutinises) == 1);
  CHECK(responsibility(m, "plan")->owners.back().body == "inspect-a");
  CHECK(applied.log.at(0).summary == "merged 'inspect-b' into existing body 'inspect-a'");
}

TEST_CASE("Abolishing with transfer_to moves links and duties to the successor") {
  const auto applied = apply(R"({"op": "abolish", "body": "inspect-a", "transfer_to": "inspect-b"})");
  const MapData& m = applied.after;
  CHECK(body(m, "inspect-a") == nullptr);
  CHECK(responsibility(m, "inspect")->owners.size() == 1);
  CHECK(responsibility(m, "inspect")->owners[0].body == "inspect-b");
  CHECK(responsibility(m, "inspect")->owners[0].role == Role::lead);
  CHECK(lost_duties(small_data(), applied).empty());
}

TEST_CASE("Abolishing without transfer drops links and duties and loses a duty it alone led") {
  const auto applied = apply(R"({"op": "abolish", "body": "council"})");
  const MapData& m = applied.after;
  CHECK(count_links(m, "inspect-a", "council", LinkKind::scrutinises) == 0);
  CHECK(responsibility(m, "plan")->owners.size() == 1);
  const auto lost = lost_duties(small_data(), applied);
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].responsibility == "plan");
  CHECK(lost[0].why == "its lead 'council' was abolished without transfer_to by operations[0]");
}

TEST_CASE("A retired duty with a reason is not lost but a removed one is") {
  auto retired = apply(R"({"op": "retire", "responsibility": "plan", "reason": "done"})");
  CHECK(lost_duties(small_data(), retired).empty());
  REQUIRE(retired.settled.size() == 1);
  CHECK(retired.settled[0].reason == "done");
  auto removed = apply(R"({"op": "remove_responsibility", "responsibility": "plan"})");
  REQUIRE(lost_duties(small_data(), removed).size() == 1);
  auto merged = apply(R"({"op": "remove_responsibility", "responsibility": "plan", "merged_into": "inspect"})");
  CHECK(lost_duties(small_data(), merged).empty());
}

TEST_CASE("Operations build on each other: a body added first can be linked and given a duty") {
  const auto applied = apply(R"(
    {"op": "add_body", "body": {"id": "board", "name": "Board", "type": "board", "policy_areas": ["care"]}},
    {"op": "add_link", "link": {"from": "board", "to": "ministry", "kind": "accountable_to"}},
    {"op": "assign", "responsibility": "plan", "body": "board", "role": "lead"},
    {"op": "unassign", "responsibility": "plan", "body": "council"},
    {"op": "add_responsibility", "responsibility": {"id": "review", "name": "Review", "owners": [{"body": "board"}]}},
    {"op": "remove_link", "from": "inspect-b", "to": "council", "kind": "scrutinises"},
    {"op": "update_body", "body": "board", "set": {"name": "Care Board"}})");
  const MapData& m = applied.after;
  CHECK(body(m, "board")->name == "Care Board");
  CHECK(count_links(m, "board", "ministry", LinkKind::accountable_to) == 1);
  CHECK(count_links(m, "inspect-b", "council", LinkKind::scrutinises) == 0);
  CHECK(responsibility(m, "plan")->owners.back().body == "board");
  CHECK(responsibility(m, "review")->owners.at(0).role == Role::lead);
  CHECK(applied.log.at(6).details == std::vector<std::string>{"name: 'Board' -> 'Care Board'"});
  CHECK(lost_duties(small_data(), applied).empty());
}

TEST_CASE("Making a lead body abolished by update_body loses the duties it alone led") {
  const auto applied = apply(R"({"op": "update_body", "body": "council", "set": {"status": "abolished"}})");
  const auto lost = lost_duties(small_data(), applied);
  REQUIRE(lost.size() == 1);
  CHECK(lost[0].why == "its lead 'council' was made abolished by operations[0]");
}

TEST_CASE("An operation naming a body removed earlier fails with its index, field and the nearest id") {
  CHECK(error_of([] { apply(R"({"op": "abolish", "body": "inspect-a"}, {"op": "merge", "bodies": ["inspect-b", "inspect-a"], "into": "council"})"); }) ==
        "p.json:1:133: error: operations[1].bodies[1] (merge): body 'inspect-a' does not exist at this point "
        "(operations[0] removed it); nearest is 'inspect-b'\n");
  CHECK(error_of([] { apply(R"({"op": "unassign", "responsibility": "plan", "body": "ministry"})"); }) ==
        "p.json:1:106: error: operations[0].body (unassign): 'ministry' is not an owner of 'plan'; its owners are "
        "'council', 'inspect-b'\n");
  CHECK(error_of([] { apply(R"({"op": "add_link", "link": {"from": "ministry", "to": "parliament", "kind": "accountable_to"}})"); }) ==
        "p.json:1:53: error: operations[0].link (add_link): the link 'ministry' accountable_to 'parliament' already exists\n");
}

TEST_CASE("Operations after a merge find the links it moved and folded, and an abolished id can be added again") {
  const auto applied = apply(R"({"op": "merge", "bodies": ["inspect-b"], "into": "inspect-a"},
                               {"op": "remove_link", "from": "inspect-a", "to": "council", "kind": "scrutinises"},
                               {"op": "add_link", "link": {"from": "council", "to": "inspect-a", "kind": "scrutinises"}},
                               {"op": "abolish", "body": "council"},
                               {"op": "add_body", "body": {"id": "council", "name": "New Council", "type": "local-authority"}},
                               {"op": "add_link", "link": {"from": "council", "to": "parliament", "kind": "accountable_to"}})");
  const MapData& m = applied.after;
  // The folded scrutiny was one link, so one removal took it.
  CHECK(applied.log.at(1).summary == "removed 1 link 'inspect-a' scrutinises 'council'");
  CHECK(count_links(m, "inspect-a", "council", LinkKind::scrutinises) == 0);
  // Abolishing the council dropped the link added to it and its old accountability, in map order.
  CHECK(applied.log.at(3).details.at(0) == "dropped link 'council' accountable_to 'parliament'");
  CHECK(applied.log.at(3).details.at(1) == "dropped link 'council' scrutinises 'inspect-a'");
  CHECK(body(m, "council")->name == "New Council");
  CHECK(count_links(m, "council", "parliament", LinkKind::accountable_to) == 1);
  CHECK(m.links.size() == 3);  // ministry, inspect-a accountable_to ministry, the new council's
  CHECK(m.links.back().from == "council");
}

TEST_CASE("A link the proposal adds twice over a merge is refused as existing") {
  const auto p = proposal(R"({"op": "merge", "bodies": ["inspect-b"], "into": "inspect-a"},
                             {"op": "add_link", "link": {"from": "ministry", "to": "inspect-a", "kind": "accountable_to"}},
                             {"op": "add_link", "link": {"from": "inspect-a", "to": "ministry", "kind": "accountable_to"}})");
  CHECK_THROWS_WITH(apply_proposal(small_data(), p),
                    Catch::Contains("operations[2].link (add_link): the link 'inspect-a' accountable_to 'ministry' already exists"));
}

TEST_CASE("A proposal may add a body of a type the map declares, or make a body one, and a type declared nowhere fails") {
  MapData before = small_data();
  DeclaredType department;
  department.name = "department";
  department.like = BodyType::directorate;
  before.body_types.push_back(department);
  const auto applied = apply_proposal(before, proposal(R"({"op": "add_body", "body": {"id": "dfe", "name": "Department for Education", "type": "department"}},
      {"op": "update_body", "body": "ministry", "set": {"type": "department"}})"));
  const Body* added = body(applied.after, "dfe");
  REQUIRE(added != nullptr);
  CHECK(added->type == BodyType::directorate);
  CHECK(added->declared_type == "department");
  CHECK(applied.log.at(0).summary == "added body 'dfe' (Department for Education, department)");
  CHECK(body(applied.after, "ministry")->declared_type == "department");
  CHECK(applied.log.at(1).details == std::vector<std::string>{"type: executive -> department"});
  const auto back = apply_proposal(applied.after, proposal(R"({"op": "update_body", "body": "ministry", "set": {"type": "executive"}})"));
  CHECK(body(back.after, "ministry")->declared_type.empty());
  CHECK(error_of([&] {
    apply_proposal(before, proposal(R"({"op": "add_body", "body": {"id": "x", "name": "X", "type": "departmnt"}})"));
  }) == "p.json:1:53: error: operations[0].body.type (add_body): 'departmnt' is not a body type or a type the map "
        "declares; nearest is 'department'; expected one of legislature, executive, minister, directorate, agency, "
        "ndpb, public-corporation, local-authority, health-board, integration-joint-board, partnership, board, "
        "regulator, tribunal, company, third-sector, professional-body, union, other or department\n");
}

TEST_CASE("A proposal applied to a built map, reading its links by body from the graph, gives the records the map data gives") {
  const MapData data = bench::generate_map(400, 4000, 3);
  const GovernanceMap built{MapData(data)};
  // Merges in groups of ten, abolitions, retired and merged responsibilities: every body
  // merged away has its links moved, dropped or folded, and one body in five is touched.
  const Proposal proposal = bench::generate_proposal(data, 5);
  const AppliedProposal from_data = apply_proposal(data, proposal);
  const AppliedProposal from_map = apply_proposal(built, proposal);
  CHECK(from_map.renames.size() > 20);  // not vacuous: many bodies merged away
  CHECK(write_json_map(from_map.after) == write_json_map(from_data.after));
  CHECK(from_map.renames == from_data.renames);
  REQUIRE(from_map.log.size() == from_data.log.size());
  for (std::size_t i = 0; i < from_map.log.size(); ++i) {
    CHECK(from_map.log[i].summary == from_data.log[i].summary);
    CHECK(from_map.log[i].details == from_data.log[i].details);
  }
}

TEST_CASE(
    "Lines added to and removed from a built map give the records, id tables and errors that checking the whole map "
    "gives") {
  const MapData data = bench::generate_map(300, 3000, 7);
  const GovernanceMap built{MapData(data)};
  Proposal lines;
  lines.file = "p.json";
  for (std::size_t i = 0; i < data.links.size(); i += 97) {
    Operation remove;
    remove.kind = OperationKind::remove_link;
    remove.link = data.links[i];
    lines.operations.push_back(remove);
  }
  std::set<std::pair<std::string, std::string>> scrutiny;
  for (const Link& l : data.links)
    if (l.kind == LinkKind::scrutinises) scrutiny.emplace(l.from, l.to);
  for (std::size_t i = 0; i + 13 < data.bodies.size(); i += 11) {
    Operation add;
    add.kind = OperationKind::add_link;
    add.link.from = data.bodies[i].id;
    add.link.to = data.bodies[i + 13].id;
    add.link.kind = LinkKind::scrutinises;
    if (!scrutiny.contains({add.link.from, add.link.to})) lines.operations.push_back(add);
  }
  REQUIRE(lines.operations.size() > 40);  // not vacuous: links removed and added throughout the map
  const AppliedProposal from_data = apply_proposal(data, lines);
  const AppliedProposal from_map = apply_proposal(built, lines);
  CHECK(write_json_map(from_map.after) == write_json_map(from_data.after));
  const MapIds rebuilt(from_map.after);
  CHECK(from_map.after_ids.link_ends == rebuilt.link_ends);
  CHECK(from_map.after_ids.bodies.ids() == rebuilt.bodies.ids());
  CHECK(from_map.after_ids.policy_areas.ids() == rebuilt.policy_areas.ids());
  CHECK(from_map.after_ids.responsibilities.ids() == rebuilt.responsibilities.ids());
  CHECK(from_map.after_ids.sources.ids() == rebuilt.sources.ids());

  Proposal backwards = lines;
  backwards.operations.back().link.terms.edit().start = "2024-04-01";
  backwards.operations.back().link.terms.edit().end = "2023-03-31";
  const std::string error = error_of([&] { apply_proposal(built, backwards); });
  CHECK(error.find("end 2023-03-31 is before start 2024-04-01") != std::string::npos);
  CHECK(error == error_of([&] { apply_proposal(data, backwards); }));
}
