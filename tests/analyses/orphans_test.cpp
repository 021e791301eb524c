#include <catch2/catch.hpp>

#include "analyses/orphans.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {
MapBuilder base() {
  MapBuilder m;
  m.apex("parliament").body("ministers", BodyType::minister, {"care"}).area("care");
  m.answers("ministers", "parliament");
  return m;
}
}  // namespace

TEST_CASE("An empty map has no orphans") { CHECK(orphans_of(MapBuilder{}.build()).empty()); }

TEST_CASE("A responsibility nobody owns is an orphan") {
  auto m = base();
  m.duty("plan", {}, "care");
  const auto findings = orphans_of(m.build());
  CHECK(subjects(findings, rule::no_owner) == Subjects{{"plan"}});
  CHECK(of_rule(findings, rule::no_owner)[0].severity == Severity::error);
  m.data.responsibilities[0].owners = {lead("ministers")};
  CHECK(of_rule(orphans_of(m.build()), rule::no_owner).empty());
}

TEST_CASE("A responsibility whose owners only support it has no lead") {
  auto m = base();
  m.body("agency-b", BodyType::agency, {"care"}).answers("agency-b", "ministers");
  m.duty("plan", {supports("agency-b"), delivers("ministers")}, "care");
  const auto findings = orphans_of(m.build());
  CHECK(subjects(findings, rule::no_lead) == Subjects{{"plan", "agency-b", "ministers"}});
  CHECK(of_rule(findings, rule::no_lead)[0].severity == Severity::error);
  m.data.responsibilities[0].owners[0].role = Role::lead;
  CHECK(of_rule(orphans_of(m.build()), rule::no_lead).empty());
}

TEST_CASE("A responsibility led only by bodies that reach no apex is unaccountable") {
  auto m = base();
  m.body("island", BodyType::agency, {"care"}).body("drifter", BodyType::agency, {"care"});
  m.answers("drifter", "island");
  m.duty("plan", {lead("drifter"), lead("island")}, "care");
  const auto findings = orphans_of(m.build());
  CHECK(subjects(findings, rule::lead_unaccountable) == Subjects{{"plan", "drifter", "island"}});
  // One lead with a route is enough.
  m.data.responsibilities[0].owners.push_back(lead("ministers"));
  CHECK(of_rule(orphans_of(m.build()), rule::lead_unaccountable).empty());
}

TEST_CASE("An apex leading a responsibility is accountable") {
  auto m = base();
  m.duty("laws", {lead("parliament")}, "care");
  CHECK(of_rule(orphans_of(m.build()), rule::lead_unaccountable).empty());
}

TEST_CASE("A responsibility whose every lead is abolished has an inactive lead") {
  auto m = base();
  m.body("old-board", BodyType::board, {"care"}, BodyStatus::abolished).answers("old-board", "ministers");
  m.body("new-board", BodyType::board, {"care"}, BodyStatus::abolished);
  m.duty("plan", {lead("old-board"), lead("new-board"), supports("ministers")}, "care");
  const auto findings = orphans_of(m.build());
  CHECK(subjects(findings, rule::lead_inactive) == Subjects{{"plan", "new-board", "old-board"}});
  CHECK(of_rule(findings, rule::lead_unaccountable).empty());
  // Abolished bodies are not themselves reported as unaccountable.
  CHECK(of_rule(findings, rule::body_unaccountable).empty());
  m.data.bodies.back().status = BodyStatus::active;
  CHECK(of_rule(orphans_of(m.build()), rule::lead_inactive).empty());
}

TEST_CASE("A body with no accountable_to link is unaccountable, an apex never") {
  auto m = base();
  m.body("charity", BodyType::third_sector, {"care"});
  const auto findings = orphans_of(m.build());
  CHECK(subjects(findings, rule::body_unaccountable) == Subjects{{"charity"}});
  CHECK(of_rule(findings, rule::body_unaccountable)[0].severity == Severity::warning);
  OrphanSettings settings;
  settings.unaccountable_exempt_types = {BodyType::third_sector};
  CHECK(of_rule(orphans_of(m.build(), settings), rule::body_unaccountable).empty());
}

TEST_CASE("A body whose lines stop short of the apex has no route to it") {
  auto m = base();
  m.body("dead-end", BodyType::board, {"care"}).body("below", BodyType::agency, {"care"});
  m.body("gone", BodyType::board, {"care"}, BodyStatus::abolished).body("orphaned", BodyType::agency, {"care"});
  m.body("fine", BodyType::agency, {"care"});
  m.answers("below", "dead-end").answers("orphaned", "gone").answers("gone", "ministers").answers("fine", "ministers");
  const auto findings = orphans_of(m.build());
  CHECK(subjects(findings, rule::no_route_to_apex) == Subjects{{"below"}, {"orphaned"}});
  CHECK(subjects(findings, rule::body_unaccountable) == Subjects{{"dead-end"}});
  const auto below = of_rule(findings, rule::no_route_to_apex)[0];
  CHECK(below.ids(SubjectRole::dead_end) == std::vector<std::string>{"dead-end"});
}

TEST_CASE("A body with no responsibility and no policy area has no purpose, but a legislature always has one") {
  auto m = base();
  m.body("idle").answers("idle", "ministers");
  m.body("busy").answers("busy", "ministers").duty("plan", {lead("busy")});
  const auto findings = orphans_of(m.build());
  CHECK(subjects(findings, rule::body_without_purpose) == Subjects{{"idle"}});
  CHECK(of_rule(findings, rule::body_without_purpose)[0].severity == Severity::info);
}
