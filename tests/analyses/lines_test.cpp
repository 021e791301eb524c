// What a line upwards means: a link's basis, which lines the rules about routes to the
// apex count, leads that answer to one another and accountability through a class.

#include <catch2/catch.hpp>

#include "analyses/accountability.hpp"
#include "analyses/duplication.hpp"
#include "analyses/funding.hpp"
#include "analyses/orphans.hpp"
#include "graph/diagnostic.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {

/// Gives the last link added its basis.
void basis(MapBuilder& m, const std::string& text) { m.data.links.back().basis = text; }

/// Parliament, ministers answering to it and a charity regulator answering to it, with
/// `charities` charities answering to the regulator on `line` (empty: no basis).
MapBuilder charity_map(int charities, const std::string& line) {
  MapBuilder m;
  m.apex("parliament").body("ministers", BodyType::minister).body("oscr", BodyType::regulator);
  m.answers("ministers", "parliament");
  basis(m, "statutory");
  m.answers("oscr", "parliament");
  basis(m, "statutory");
  for (int i = 0; i < charities; ++i) {
    const std::string id = "charity-" + std::to_string(i);
    m.body(id, BodyType::third_sector).answers(id, "oscr");
    basis(m, line);
  }
  return m;
}

/// The findings of the three families that read routes to the apex, as analyse runs them.
std::vector<Finding> route_findings(const GovernanceMap& map, const AnalysisSettings& settings = {}) {
  const SharedResults shared = share(map, settings.accountability);
  auto findings = find_accountability(map, shared, settings.accountability);
  for (auto& f : find_orphans(map, shared, settings.orphans)) findings.push_back(std::move(f));
  for (auto& f : find_duplication(map, shared, settings.duplication)) findings.push_back(std::move(f));
  return findings;
}

}  // namespace

TEST_CASE("The basis vocabulary says which lines carry accountability for conduct") {
  CHECK(parse_basis("registration") == Basis::registration);
  CHECK(to_string(Basis::line_management) == "line-management");
  CHECK_FALSE(parse_basis("public-knowledge"));
  CHECK(conduct_bases() == std::vector<Basis>{Basis::statutory, Basis::sponsorship, Basis::line_management,
                                              Basis::governance_agreement, Basis::membership});
  CHECK(AnalysisSettings{}.accountability.count_bases == conduct_bases());
}

TEST_CASE("A basis outside the vocabulary is free text, read as unspecified") {
  MapBuilder m = charity_map(3, "public-knowledge");
  CHECK(check_map(m.data).all().empty());
  CHECK(subjects(route_findings(m.build()), rule::gatekeeper) == Subjects{{"oscr"}});
}

TEST_CASE("accountability.count-bases is set by name and refuses an unknown basis") {
  AnalysisSettings settings;
  settings.set("accountability.count-bases=statutory,registration");
  CHECK(settings.accountability.count_bases == std::vector<Basis>{Basis::statutory, Basis::registration});
  CHECK_THROWS_AS(settings.set("accountability.count-bases=statutory,public-knowledge"), InputError);
}

TEST_CASE("A charity regulator is no gatekeeper and has no span over the charities registered with it") {
  // Before bases had meaning (and still, with no basis), registration lines made the
  // regulator the only route to the apex for every charity, with too wide a span.
  const auto unspecified = route_findings(charity_map(14, "").build());
  CHECK(subjects(unspecified, rule::gatekeeper) == Subjects{{"oscr"}});
  CHECK(subjects(unspecified, rule::wide_span) == Subjects{{"oscr"}});

  const auto registered = route_findings(charity_map(14, "registration").build());
  CHECK(of_rule(registered, rule::gatekeeper).empty());
  CHECK(of_rule(registered, rule::wide_span).empty());
  // The charities answer to someone, and have no counted line to follow: neither rule.
  CHECK(of_rule(registered, rule::body_unaccountable).empty());
  CHECK(of_rule(registered, rule::no_route_to_apex).empty());

  // Counting registration restores the old routes.
  AnalysisSettings settings;
  settings.set("accountability.count-bases=statutory,registration");
  CHECK(subjects(route_findings(charity_map(14, "registration").build(), settings), rule::wide_span) ==
        Subjects{{"oscr"}});
}

TEST_CASE("Fourteen bodies on statutory lines to one body are still a wide span behind a gatekeeper") {
  const auto findings = route_findings(charity_map(14, "statutory").build());
  CHECK(subjects(findings, rule::gatekeeper) == Subjects{{"oscr"}});
  CHECK(subjects(findings, rule::wide_span) == Subjects{{"oscr"}});
}

TEST_CASE("A route that ends at a body answering only by registration ends inside an independent body") {
  MapBuilder m;
  m.apex("parliament").body("oscr").body("corra").body("fund").body("panel");
  m.answers("oscr", "parliament");
  m.answers("corra", "oscr");
  basis(m, "registration");
  m.answers("fund", "corra");
  basis(m, "governance-agreement");
  m.answers("panel", "fund");
  const auto findings = route_findings(m.build());
  // The fund and its panel are part of an independent body: their routes end where they should.
  CHECK(of_rule(findings, rule::no_route_to_apex).empty());
  // Beside a route that stops at a body answering to no one at all, they are reported.
  m.body("forum").answers("fund", "forum");
  for (const auto& f : of_rule(route_findings(m.build()), rule::no_route_to_apex))
    CHECK(f.evidence[0] ==
          "routes end at Corra and Forum, which answer to no one; not counted as accountability for conduct: "
          "Corra's registration line");
  CHECK(subjects(route_findings(m.build()), rule::no_route_to_apex) == Subjects{{"fund"}, {"panel"}});
  m.data.links.pop_back();
  // Corra itself answers only by registration: it is independent, not unaccountable.
  CHECK(of_rule(findings, rule::body_unaccountable).empty());

  // With no basis the registration counts, as maps before bases had it.
  m.data.links[1].basis.clear();
  CHECK(of_rule(route_findings(m.build()), rule::no_route_to_apex).empty());
}

TEST_CASE("A responsibility led only by a body with only a registration line has an unaccountable lead") {
  MapBuilder m;
  m.apex("parliament").body("oscr").body("charity", BodyType::third_sector);
  m.answers("oscr", "parliament");
  m.answers("charity", "oscr");
  basis(m, "registration");
  m.duty("advocacy", {lead("charity")});
  CHECK(subjects(orphans_of(m.build()), rule::lead_unaccountable) == Subjects{{"advocacy", "charity"}});
  m.data.links[1].basis = "statutory";
  CHECK(of_rule(orphans_of(m.build()), rule::lead_unaccountable).empty());
}

TEST_CASE("A shortcut by registration does not shorten a long line of accountability") {
  MapBuilder m;
  m.apex("p").body("a").body("b").body("c").body("d").body("e").body("regulator");
  m.answers("a", "p").answers("b", "a").answers("c", "b").answers("d", "c").answers("e", "d");
  m.answers("regulator", "p").answers("e", "regulator");
  basis(m, "registration");
  CHECK(subjects(accountability_of(m.build()), rule::long_chain) == Subjects{{"e"}});
  m.data.links.back().basis.clear();
  CHECK(of_rule(accountability_of(m.build()), rule::long_chain).empty());
}

TEST_CASE("A statutory line to ministers beside sponsorship through a directorate is not a redundant line") {
  MapBuilder m;
  m.apex("parliament").body("ministers").body("government").body("directorate").body("ndpb");
  m.answers("ministers", "parliament").answers("government", "ministers").answers("directorate", "government");
  m.answers("ndpb", "ministers");
  basis(m, "statutory");
  m.answers("ndpb", "directorate");
  basis(m, "sponsorship");
  CHECK(of_rule(duplication_of(m.build()), rule::redundant_line).empty());

  // One kind of line twice is redundant: the body reports through the directorate.
  m.data.links[3].basis = "sponsorship";
  CHECK(subjects(duplication_of(m.build()), rule::redundant_line) == Subjects{{"ndpb", "ministers"}});
  // So is a direct line with no basis, as before bases had meaning.
  m.data.links[3].basis.clear();
  const auto unspecified = of_rule(duplication_of(m.build()), rule::redundant_line);
  REQUIRE(unspecified.size() == 1);
  CHECK(unspecified[0].routes[0] == std::vector<std::string>{"ndpb", "directorate", "government", "ministers"});
}

TEST_CASE("A direct line is redundant beside a route of its own kind, whatever other kinds the body has") {
  MapBuilder m;
  m.apex("p").body("council").body("committee").body("service").body("regulator");
  m.answers("council", "p").answers("committee", "council").answers("regulator", "p");
  m.answers("service", "committee");
  basis(m, "line-management");
  m.answers("service", "council");
  basis(m, "line-management");
  m.answers("service", "regulator");
  basis(m, "statutory");
  CHECK(subjects(duplication_of(m.build()), rule::redundant_line) == Subjects{{"service", "council"}});
}

TEST_CASE("A lead commissioned by another lead is on its line: one line of accountability, not two leads") {
  MapBuilder m;
  m.apex("parliament").body("board").body("promise").body("collaborative");
  m.answers("board", "parliament").answers("promise", "board");
  m.answers("collaborative", "promise");
  basis(m, "contract");
  m.duty("data-mapping", {lead("collaborative"), lead("promise")});
  CHECK(of_rule(duplication_of(m.build()), rule::multiple_leads).empty());

  // Two leads that answer to neither: still two leads.
  m.data.links.pop_back();
  m.answers("collaborative", "parliament");
  const auto independent = of_rule(duplication_of(m.build()), rule::multiple_leads);
  REQUIRE(independent.size() == 1);
  CHECK(independent[0].message == "'data-mapping' has 2 lead bodies, so no single body is accountable for it.");
}

TEST_CASE("A body registered with a regulator does not answer to it: no second master") {
  // Corra Foundation (cp1 p.21): a charity registered with OSCR, answering to government.
  MapBuilder m;
  m.apex("parliament").body("government").body("regulator").body("charity");
  m.answers("government", "parliament").answers("regulator", "parliament");
  m.answers("charity", "government");
  m.answers("charity", "regulator");
  basis(m, "registration");
  CHECK(of_rule(duplication_of(m.build()), rule::multiple_masters).empty());
  // A statutory line to the regulator is a second master.
  basis(m, "statutory");
  CHECK(of_rule(duplication_of(m.build()), rule::multiple_masters).size() == 1);
}

TEST_CASE("A group both leads convene answers to each, but does not make them one line") {
  // Planning (cp1 p.58): the Secure Care Group, convened by the Scottish Government and
  // COSLA, leads beside them; the two still answer to no one in common.
  MapBuilder m;
  m.apex("parliament").body("government").body("councils").body("group");
  m.answers("government", "parliament").answers("councils", "parliament");
  m.answers("group", "government").answers("group", "councils");
  m.duty("planning", {lead("government"), lead("councils"), lead("group")});
  const auto found = of_rule(duplication_of(m.build()), rule::multiple_leads);
  REQUIRE(found.size() == 1);
  CHECK(found[0].number("lines") == 2);
}

TEST_CASE("Leads are counted by their lines of accountability, which registration does not join") {
  MapBuilder m;
  m.apex("parliament").body("government").body("agency").body("inspectorate").body("provider");
  m.answers("government", "parliament").answers("inspectorate", "parliament");
  m.answers("agency", "government");
  basis(m, "sponsorship");
  m.answers("provider", "inspectorate");
  basis(m, "registration");
  m.duty("siblings", {lead("government"), lead("agency"), lead("inspectorate"), lead("provider")});
  const auto found = of_rule(duplication_of(m.build()), rule::multiple_leads);
  REQUIRE(found.size() == 1);
  CHECK(found[0].message == "'siblings' has 4 lead bodies on 3 separate lines of accountability, so no single body "
                            "is accountable for it.");
  CHECK(found[0].number("lines") == 3);
  CHECK(found[0].evidence == std::vector<std::string>{"leads: Agency, Government, Inspectorate and Provider",
                                                      "one line of accountability: Agency answers to Government"});
}

TEST_CASE("Money to a member of a class that answers to the funder is accounted for") {
  MapBuilder m;
  m.apex("parliament").body("fund").body("holders").body("council").body("group");
  m.answers("fund", "parliament");
  m.data.bodies[2].represents = 68;
  m.answers("holders", "fund");
  basis(m, "grant-agreement");
  m.link("fund", "council", LinkKind::funds);
  // The council answers to the fund only as one of the award holders.
  m.link("council", "holders", LinkKind::member_of);
  CHECK(of_rule(funding_of(m.build()), rule::unaccountable_funding).empty());

  // Membership of a single body (a working group) that answers to the funder is no such
  // line: the money is still unaccounted for.
  m.data.links.back().to = "group";
  m.answers("group", "fund");
  CHECK(subjects(funding_of(m.build()), rule::unaccountable_funding) == Subjects{{"fund", "council"}});
}
