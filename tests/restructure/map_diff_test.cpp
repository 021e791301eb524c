#include <catch2/catch.hpp>

#include <map>

#include "graph/schema.hpp"
#include "restructure/map_diff.hpp"
#include "tests/restructure/support.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::test;

namespace {

/// One record of each kind with every field set, so that any one field can change.
MapData full_map() {
  MapData m;
  m.name = "Full";
  m.as_of = "2021-06-30";
  m.currency = "GBP";
  m.horizon = "2031-01-01";
  m.universe = {{"directorate", 43, {}}};
  m.apex = {"parliament"};
  m.extras = {{"licence", "\"OGL\""}};
  m.sources = {SourceDoc{{"", "n", {{"pages", "3"}}, {}}, "cp1", "Change Programme ONE", "cp1.txt", "https://x.org"}};
  m.policy_areas = {PolicyArea{{"cp1 p.1", "n", {{"code", "1"}}, {}}, "care", "Care", "health", {}}};
  Body b{{"cp1 p.2", "n", {{"website", "\"x.org\""}}, {}}, "ci", "Care Inspectorate", {"CI"}, BodyType::regulator, "",
         "national", {"care"}, {}, BodyStatus::active, 2, "statutory", "2011-04-01", "2030-01-01"};
  m.bodies = {b};
  Link l;
  l.source = "cp1 p.3";
  l.note = "n";
  l.extras = {{"ref", "7"}};
  l.from = "ci";
  l.to = "parliament";
  l.kind = LinkKind::advises;  // not funds, whose key holds the period
  l.basis = "statutory";
  l.amount = 100.0;
  l.terms.edit().currency = "GBP";
  l.terms.edit().period = "2021-22";
  l.policy_areas = {"care"};
  l.terms.edit().start = "2021-04-01";
  l.terms.edit().end = "2022-03-31";
  m.links = {l};
  Responsibility r{{"cp1 p.4", "n", {{"priority", "1"}}, {}}, "inspect", "Inspect care", "care", {}, "underway", "received", "2024-03-31", {}};
  r.owners = {Owner{"ci", Role::lead, {{"since", "2011"}}, {}}};
  m.responsibilities = {r};
  return m;
}

// A different value of the same type: enough to make any field differ.
void change(std::string& v) { v += "x"; }
void change(std::vector<std::string>& v) { v.push_back("x"); }
template <typename Enum>
  requires std::is_enum_v<Enum>
void change(Enum& v) { v = static_cast<Enum>(static_cast<int>(v) == 0 ? 1 : 0); }
void change(std::optional<long long>& v) { v = v.value_or(0) + 1; }
void change(std::optional<double>& v) { v = v.value_or(0) + 0.5; }
void change(std::vector<Owner>& v) { v.push_back(Owner{"parliament", Role::supports, {}, {}}); }
void change(int& v) { ++v; }
void change(std::vector<Denominator>& v) { v.push_back(Denominator{"directorate", 43, {}}); }

/// Changes each field of R's record in turn and checks the diff reports exactly that.
template <typename R, typename Pick>
void each_field_changes_alone(Pick pick, std::vector<RecordChange> MapDiff::*section) {
  for (const auto& f : schema<R>()) {
    if (f.type == ValueType::records) continue;
    MapData after = full_map();
    with_value(f, pick(after), [](auto& value) { change(value); });
    const MapDiff d = diff_maps(full_map(), after);
    INFO("field " << f.name);
    if (f.identifies) {  // the key changes: the record is removed and another added
      REQUIRE((d.*section).size() == 2);
      CHECK((d.*section)[0].what == RecordChange::What::added);
      CHECK((d.*section)[1].what == RecordChange::What::removed);
      continue;
    }
    REQUIRE((d.*section).size() == 1);
    REQUIRE((d.*section)[0].fields.size() == 1);
    CHECK((d.*section)[0].fields[0].field == f.name);
    CHECK(d.map_fields.empty());
  }
  MapData after = full_map();
  pick(after).extras.push_back({"added", "true"});
  const MapDiff d = diff_maps(full_map(), after);
  REQUIRE((d.*section).size() == 1);
  REQUIRE((d.*section)[0].fields.size() == 1);
  CHECK((d.*section)[0].fields[0].field == "added");
  CHECK((d.*section)[0].fields[0].after == "true");
}

}  // namespace

TEST_CASE("A diff reports a change of any one field of any record, unknown fields included") {
  each_field_changes_alone<SourceDoc>([](MapData& m) -> SourceDoc& { return m.sources[0]; }, &MapDiff::sources);
  each_field_changes_alone<PolicyArea>([](MapData& m) -> PolicyArea& { return m.policy_areas[0]; }, &MapDiff::policy_areas);
  each_field_changes_alone<Body>([](MapData& m) -> Body& { return m.bodies[0]; }, &MapDiff::bodies);
  each_field_changes_alone<Responsibility>([](MapData& m) -> Responsibility& { return m.responsibilities[0]; },
                                           &MapDiff::responsibilities);
  each_field_changes_alone<Link>([](MapData& m) -> Link& { return m.links[0]; }, &MapDiff::links);
}

TEST_CASE("A diff reports a change of any one owner field as a change of the owners") {
  for (const auto& f : schema<Owner>()) {
    MapData after = full_map();
    with_value(f, after.responsibilities[0].owners[0], [](auto& value) { change(value); });
    const MapDiff d = diff_maps(full_map(), after);
    REQUIRE(d.responsibilities.size() == 1);
    REQUIRE(d.responsibilities[0].fields.size() == 1);
    CHECK(d.responsibilities[0].fields[0].field == "owners");
  }
  MapData after = full_map();
  after.responsibilities[0].owners[0].extras[0].json = "2012";
  const MapDiff d = diff_maps(full_map(), after);
  REQUIRE(d.responsibilities.size() == 1);
  CHECK(d.responsibilities[0].fields.at(0).after == "ci (lead) {since: 2012}");
}

TEST_CASE("A diff reports a change of any one field of the map header, unknown fields included") {
  for (const auto& f : schema<MapData>()) {
    if (f.type == ValueType::records || f.type == ValueType::types) continue;  // tested below
    MapData after = full_map();
    with_value(f, after, [](auto& value) { change(value); });
    const MapDiff d = diff_maps(full_map(), after);
    INFO("field " << f.name);
    REQUIRE(d.map_fields.size() == 1);
    CHECK(d.map_fields[0].field == f.name);
  }
  MapData after = full_map();
  after.extras.clear();
  const MapDiff d = diff_maps(full_map(), after);
  REQUIRE(d.map_fields.size() == 1);
  CHECK(d.map_fields[0].field == "licence");
  CHECK(d.map_fields[0].before == "\"OGL\"");
  CHECK(d.map_fields[0].after.empty());
}

TEST_CASE("A diff reports the map's declared body types and link bases as header fields") {
  MapData after = full_map();
  DeclaredType type;
  type.name = "department";
  type.meaning = "a UK department";
  type.like = BodyType::directorate;
  type.shape = "box";
  type.colour = "#1F4E79";
  after.body_types.push_back(type);
  DeclaredBasis basis;
  basis.name = "framework-document";
  basis.like = Basis::sponsorship;
  after.link_bases.push_back(basis);
  const MapDiff d = diff_maps(full_map(), after);
  REQUIRE(d.map_fields.size() == 2);
  CHECK(d.map_fields[0].field == "body_types");
  CHECK(d.map_fields[0].before.empty());
  CHECK(d.map_fields[0].after == "department (like directorate, box, #1F4E79: a UK department)");
  CHECK(d.map_fields[1].field == "link_bases");
  CHECK(d.map_fields[1].after == "framework-document (like sponsorship)");
  CHECK(diff_maps(after, after).map_fields.empty());
}

TEST_CASE("diff reports a changed source title, which it once called no change") {
  TempDir dir;
  const std::string before = slurp(source_path("examples/scotland-care-system/map.json"));
  const std::string title = "briefing for branches (2021)";
  std::string after = before;
  after.replace(after.find(title), title.size(), "briefing (2022)");
  const auto result = run_govgraph("diff " + quote(dir.write("a.json", before)) + " " + quote(dir.write("b.json", after)));
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("No change") == std::string::npos);
  CHECK(result.out.find("Changes\n  ~ sources: tu1\n      title: 'UNISON Scotland, The Promise - the report of the "
                        "Independent Care Review: briefing for branches (2021)' -> 'UNISON Scotland, The Promise - "
                        "the report of the Independent Care Review: briefing (2022)'\n") != std::string::npos);
}

TEST_CASE("update_body sets exactly the body fields the schema marks settable") {
  // A JSON value for each settable field, different from what 'council' holds.
  const std::map<std::string_view, std::string> values = {
      {"name", R"("City Council")"}, {"aliases", R"(["CC"])"},     {"type", R"("board")"},
      {"sector", R"("local")"},      {"policy_areas", R"(["care"])"}, {"status", R"("proposed")"},
      {"represents", "32"},          {"class", R"("mixed")"},      {"powers", R"("statutory")"},
      {"start", R"("1996-04-01")"}, {"end", R"("2030-01-01")"},
      {"source", R"("cp1 p.2")"},    {"note", R"("merged")"}};
  std::vector<std::string> settable;
  for (const auto& f : schema<Body>()) {
    if (!f.settable) {
      const std::string op = R"({"op": "update_body", "body": "council", "set": {")" + std::string(f.name) + R"(": "x"}})";
      CHECK(error_of([&] { proposal(op); }).find("p.json:1:102: error: operations[0].set." + std::string(f.name) +
                                                 ": unknown field; expected one of name, aliases, type, sector, "
                                                 "policy_areas, status, represents, class, powers, start, end, source or note") !=
            std::string::npos);
      continue;
    }
    settable.emplace_back(f.name);
    INFO("field " << f.name);
    REQUIRE(values.contains(f.name));
    const auto applied = apply(R"({"op": "update_body", "body": "council", "set": {")" + std::string(f.name) +
                               "\": " + values.at(f.name) + "}}");
    const Body* changed = body(applied.after, "council");
    REQUIRE(changed != nullptr);
    CHECK(field_text(f, *changed) != field_text(f, *body(small_data(), "council")));
    REQUIRE(applied.log.at(0).details.size() == 1);
    CHECK(applied.log[0].details[0].starts_with(std::string(f.name) + ": "));
  }
  CHECK(settable == std::vector<std::string>{"name", "aliases", "type", "sector", "policy_areas", "status",
                                             "represents", "class", "powers", "start", "end", "source", "note"});
}

TEST_CASE("update_body refuses powers outside their vocabulary") {
  CHECK(error_of([&] { proposal(R"({"op": "update_body", "body": "council", "set": {"powers": "some"}})"); })
            .find("operations[0].set.powers: unknown value 'some'; expected statutory, non-statutory or advisory") !=
        std::string::npos);
}

TEST_CASE("A diff keys repeated links apart and a collaboration either way round as one") {
  MapData before = small_data();
  before.links.push_back(before.links[4]);  // inspect-a scrutinises council, twice
  MapData after = small_data();
  std::swap(after.links[6].from, after.links[6].to);  // inspect-b collaborates_with inspect-a
  after.links.push_back(after.links[0]);
  after.links.back().kind = LinkKind::funds;
  after.links.back().terms.edit().period = "2024";
  const MapDiff d = diff_maps(before, after);
  REQUIRE(d.links.size() == 2);
  CHECK(d.links[0].what == RecordChange::What::added);
  CHECK(d.links[0].key == "ministry funds parliament 2024");
  CHECK(d.links[1].what == RecordChange::What::removed);
  CHECK(d.links[1].key == "inspect-a scrutinises council #2");
}

TEST_CASE("A diff matches a link's repeats in order, funding by its period, and bodies new to either map") {
  MapData before = small_data();
  before.links.push_back(before.links[4]);  // inspect-a scrutinises council, twice
  Link grant = before.links[0];
  grant.kind = LinkKind::funds;
  grant.terms.edit().period = "2023";
  before.links.push_back(grant);
  Link gone = before.links[0];
  gone.from = "old-board";  // a body only the earlier map names
  before.links.push_back(gone);

  MapData after = small_data();
  after.links.push_back(after.links[4]);
  after.links.back().note = "second visit";  // the second copy changes
  grant.terms.edit().period = "2024";
  after.links.push_back(grant);  // another year's grant: not the 2023 one
  Link fresh = after.links[0];
  fresh.to = "new-board";  // a body only the later map names
  after.links.push_back(fresh);

  const MapDiff d = diff_maps(before, after);
  std::vector<std::pair<RecordChange::What, std::string>> changes;
  for (const auto& change : d.links) changes.emplace_back(change.what, change.key);
  const std::string from = before.links[0].from;
  CHECK(changes == std::vector<std::pair<RecordChange::What, std::string>>{
                       {RecordChange::What::changed, "inspect-a scrutinises council #2"},
                       {RecordChange::What::added, from + " funds parliament 2024"},
                       {RecordChange::What::added, from + " accountable_to new-board"},
                       {RecordChange::What::removed, from + " funds parliament 2023"},
                       {RecordChange::What::removed, "old-board accountable_to parliament"}});
  REQUIRE(d.links[0].fields.size() == 1);
  CHECK(d.links[0].fields[0].field == "note");
}
