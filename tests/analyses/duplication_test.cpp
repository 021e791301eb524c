#include <catch2/catch.hpp>

#include "analyses/duplication.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {
MapBuilder base() {
  MapBuilder m;
  m.apex("parliament").body("ministers", BodyType::minister).answers("ministers", "parliament");
  m.area("care").area("justice").area("health").area("schools");
  return m;
}
}  // namespace

TEST_CASE("A responsibility with two leads has no single accountable owner") {
  auto m = base();
  m.body("a").body("b").body("c").answers("a", "ministers").answers("b", "ministers").answers("c", "ministers");
  m.duty("plan", {lead("b"), lead("a"), supports("c")});
  m.duty("single", {lead("a"), delivers("b")});
  const auto findings = duplication_of(m.build());
  CHECK(subjects(findings, rule::multiple_leads) == Subjects{{"plan", "a", "b"}});
  CHECK(of_rule(findings, rule::multiple_leads)[0].severity == Severity::warning);
}

TEST_CASE("A finding lists thirty names at most and counts the rest, so its size does not grow with the map") {
  auto m = base();
  std::vector<Owner> leads;
  for (int i = 10; i < 50; ++i) {
    const std::string id = "l" + std::to_string(i);
    m.body(id).answers(id, "ministers");
    leads.push_back(lead(id));
  }
  m.duty("plan", leads);
  const auto found = of_rule(duplication_of(m.build()), rule::multiple_leads);
  REQUIRE(found.size() == 1);
  CHECK(found[0].number("leads") == 40);
  CHECK(found[0].subjects.size() == 41);  // the data stays whole
  CHECK(found[0].evidence[0].starts_with("leads: L10, L11, "));
  CHECK(found[0].evidence[0].ends_with("L39 and 10 others"));
}

TEST_CASE("Two unrelated bodies with the same profile have overlapping remits") {
  auto m = base();
  m.body("x", BodyType::agency, {"care", "justice"}).body("y", BodyType::agency, {"care", "justice"});
  m.body("z", BodyType::agency, {"health"});
  m.answers("x", "ministers").answers("y", "ministers").answers("z", "ministers");
  m.duty("r1", {lead("x"), supports("y")}).duty("r2", {lead("y"), delivers("x")}).duty("r3", {lead("z")});
  // Weighted: x {r1 3, r2 2, care, justice}, y {r1 1, r2 3, care, justice}: 5 of 8.
  const auto findings = duplication_of(m.build());
  CHECK(subjects(findings, rule::overlapping_remits) == Subjects{{"x", "y"}});
  const Finding f = of_rule(findings, rule::overlapping_remits).at(0);
  CHECK(f.number("jaccard") == Approx(0.625));
  CHECK(f.number("shared_responsibilities") == 2);
  CHECK(f.number("shared_areas") == 2);
  CHECK(f.message == "X and Y have overlapping remits: they share 2 responsibilities and 2 policy areas.");
  CHECK(f.evidence[1] == "shared responsibility 'r1': X leads, Y supports");
  CHECK(f.evidence[2] == "shared responsibility 'r2': X delivers, Y leads");
  CHECK(f.evidence[3] == "shared policy areas: care and justice");
  SECTION("a stricter threshold silences it") {
    DuplicationSettings settings;
    settings.remit_min_jaccard = 0.7;
    CHECK(of_rule(duplication_of(m.build(), settings), rule::overlapping_remits).empty());
    settings.remit_min_jaccard = 0.5;
    settings.remit_min_shared = 5;
    CHECK(of_rule(duplication_of(m.build(), settings), rule::overlapping_remits).empty());
  }
  SECTION("a regulator and a body it regulates are excluded by default") {
    m.link("x", "y", LinkKind::scrutinises);
    CHECK(of_rule(duplication_of(m.build()), rule::overlapping_remits).empty());
    DuplicationSettings settings;
    settings.remit_include_same_chain = true;
    CHECK(subjects(duplication_of(m.build(), settings), rule::overlapping_remits) == Subjects{{"x", "y"}});
  }
  SECTION("a pair on one line of accountability is excluded by default") {
    m.data.links[2].to = "x";  // y answers to x
    CHECK(of_rule(duplication_of(m.build()), rule::overlapping_remits).empty());
    DuplicationSettings settings;
    settings.remit_include_same_chain = true;
    CHECK(subjects(duplication_of(m.build(), settings), rule::overlapping_remits) == Subjects{{"x", "y"}});
  }
}

TEST_CASE("Two bodies tagged with one responsibility and two areas are not twins: too little is shared") {
  // Was Jaccard 1.0 on 3 items: a cross-border working group and a procurement body.
  auto m = base();
  m.body("working-group", BodyType::board, {"care", "justice"}).body("procurement", BodyType::company, {"care", "justice"});
  m.answers("working-group", "ministers").answers("procurement", "ministers");
  m.duty("planning", {lead("working-group"), lead("procurement")});
  CHECK(of_rule(duplication_of(m.build()), rule::overlapping_remits).empty());
  SECTION("a second shared responsibility is enough evidence") {
    m.duty("placements", {lead("working-group"), lead("procurement")});
    CHECK(subjects(duplication_of(m.build()), rule::overlapping_remits) == Subjects{{"procurement", "working-group"}});
  }
  SECTION("or a map may accept one shared responsibility") {
    DuplicationSettings settings;
    settings.remit_min_shared_responsibilities = 1;
    CHECK(subjects(duplication_of(m.build(), settings), rule::overlapping_remits) ==
          Subjects{{"procurement", "working-group"}});
  }
}

TEST_CASE("A responsibility one body leads and the other only supports weighs less than one both lead") {
  auto m = base();
  m.body("x", BodyType::agency, {"care"}).body("y", BodyType::agency, {"care"});
  m.answers("x", "ministers").answers("y", "ministers");
  m.duty("r1", {lead("x"), supports("y")}).duty("r2", {lead("x"), supports("y")});
  // Weighted: 1 + 1 + 1 shared of 3 + 3 + 1: below 0.5 though every item is shared.
  CHECK(of_rule(duplication_of(m.build()), rule::overlapping_remits).empty());
  m.data.responsibilities[0].owners[1].role = Role::lead;
  m.data.responsibilities[1].owners[1].role = Role::lead;
  CHECK(subjects(duplication_of(m.build()), rule::overlapping_remits) == Subjects{{"x", "y"}});
}

TEST_CASE("A class does not overlap the remit of its own member, nor look like the same body") {
  auto m = base();
  m.body("regulators", BodyType::regulator, {"care", "justice"}).body("social-regulator", BodyType::regulator, {"care"});
  m.data.bodies[m.data.bodies.size() - 2].name = "Professional regulators";
  m.data.bodies[m.data.bodies.size() - 2].class_ = BodyClass::mixed;
  m.data.bodies.back().name = "Professional Regulator";  // the same words once normalised
  m.answers("regulators", "ministers").answers("social-regulator", "ministers");
  m.link("social-regulator", "regulators", LinkKind::member_of);
  m.duty("values", {lead("regulators"), lead("social-regulator")}).duty("support", {lead("regulators"), lead("social-regulator")});
  auto findings = duplication_of(m.build());
  CHECK(of_rule(findings, rule::overlapping_remits).empty());
  CHECK(of_rule(findings, rule::same_entity).empty());
  SECTION("two bodies that are not class and member still overlap and look alike") {
    m.data.bodies[m.data.bodies.size() - 2].class_ = BodyClass::none;
    findings = duplication_of(m.build());
    CHECK(subjects(findings, rule::overlapping_remits) == Subjects{{"regulators", "social-regulator"}});
    CHECK(subjects(findings, rule::same_entity) == Subjects{{"regulators", "social-regulator"}});
  }
}

TEST_CASE("A mixed class whose members answer to different bodies does not serve two masters") {
  // Was "Professional regulators answers to 2 bodies": one answers to Holyrood, one to Westminster.
  auto m = base();
  m.apex("westminster").body("regulators", BodyType::regulator).answers("regulators", "ministers").answers("regulators", "westminster");
  m.data.bodies.back().class_ = BodyClass::mixed;
  CHECK(of_rule(duplication_of(m.build()), rule::multiple_masters).empty());
  SECTION("a class of similar bodies answering to both does") {
    m.data.bodies.back().class_ = BodyClass::similar;
    CHECK(subjects(duplication_of(m.build()), rule::multiple_masters) ==
          Subjects{{"regulators", "ministers", "westminster"}});
  }
}

TEST_CASE("Bodies answering to the same kinds of master are one multiple-masters finding") {
  auto m = base();
  m.body("councils", BodyType::local_authority).body("health-boards", BodyType::health_board);
  m.data.bodies[m.data.bodies.size() - 2].represents = 32;
  m.data.bodies.back().represents = 14;
  m.body("fife", BodyType::local_authority).link("fife", "councils", LinkKind::member_of);
  m.answers("councils", "parliament").answers("fife", "parliament").answers("health-boards", "ministers");
  m.body("ijbs", BodyType::integration_joint_board).answers("ijbs", "councils").answers("ijbs", "health-boards");
  m.body("fife-partnership", BodyType::partnership).answers("fife-partnership", "fife").answers("fife-partnership", "health-boards");
  const auto findings = of_rule(duplication_of(m.build()), rule::multiple_masters);
  REQUIRE(findings.size() == 1);
  CHECK(findings[0].subjects ==
        std::vector<std::string>{"fife-partnership", "ijbs", "councils", "health-boards"});
  CHECK(findings[0].named == std::vector<Subject>{{SubjectRole::master, "fife"}});
  CHECK(findings[0].number("bodies") == 2);
  CHECK(findings[0].message ==
        "Fife partnership and Ijbs each answer to Councils and Health boards (or members of them), which are not on "
        "one line of accountability.");
  SECTION("a body answering to a class and one of its own members answers on one line") {
    m.answers("fife-partnership", "councils");
    m.data.links.erase(m.data.links.end() - 2);  // no longer to health boards
    CHECK(subjects(duplication_of(m.build()), rule::multiple_masters) == Subjects{{"ijbs", "councils", "health-boards"}});
  }
}

TEST_CASE("A body scrutinised by two bodies in one policy area has duplicate scrutiny") {
  auto m = base();
  m.body("inspectorate", BodyType::regulator, {"care"}).body("auditor", BodyType::regulator, {"care", "health"});
  m.body("schools-inspector", BodyType::regulator, {"schools"}).body("council", BodyType::local_authority);
  m.link("inspectorate", "council", LinkKind::scrutinises).link("auditor", "council", LinkKind::scrutinises);
  m.link("schools-inspector", "council", LinkKind::scrutinises);
  const auto findings = duplication_of(m.build());
  CHECK(subjects(findings, rule::duplicate_scrutiny) == Subjects{{"council", "auditor", "inspectorate"}});
  // The link's own policy areas take precedence over the scrutiniser's remit.
  m.data.links[2].policy_areas = {"justice"};
  CHECK(of_rule(duplication_of(m.build()), rule::duplicate_scrutiny).empty());
}

TEST_CASE("Areas scrutinised by the same bodies make one finding, citing only those bodies' lines") {
  auto m = base();
  m.body("council", BodyType::local_authority);
  m.body("inspectorate", BodyType::regulator, {"schools", "care", "health"});
  m.body("auditor", BodyType::regulator, {"health", "care", "schools"});
  m.body("ombudsman", BodyType::regulator, {"health"});
  m.link("ombudsman", "council", LinkKind::scrutinises).link("inspectorate", "council", LinkKind::scrutinises);
  m.link("auditor", "council", LinkKind::scrutinises);
  const auto found = of_rule(duplication_of(m.build()), rule::duplicate_scrutiny);
  REQUIRE(found.size() == 2);
  CHECK(found[0].subjects == std::vector<std::string>{"council", "auditor", "inspectorate"});
  CHECK(found[0].named == std::vector<Subject>{{SubjectRole::area, "care"}, {SubjectRole::area, "schools"}});
  CHECK(found[0].sources == std::vector<std::string>{"src auditor>council", "src council", "src inspectorate>council"});
  CHECK(found[0].message == "Council is scrutinised by 2 bodies (Auditor and Inspectorate) in care and schools.");
  CHECK(found[1].subjects == std::vector<std::string>{"council", "auditor", "inspectorate", "ombudsman"});
  CHECK(found[1].named == std::vector<Subject>{{SubjectRole::area, "health"}});
  CHECK(found[1].sources == std::vector<std::string>{"src auditor>council", "src council", "src inspectorate>council",
                                                     "src ombudsman>council"});
}

TEST_CASE("A monitoring body that reports to the board scrutinising the same body is one line of scrutiny") {
  auto m = base();
  m.body("board", BodyType::board, {"care"}).body("monitor", BodyType::company, {"care"});
  m.body("local-board", BodyType::board, {"care"}).body("government", BodyType::executive);
  m.answers("board", "parliament").answers("monitor", "board").answers("government", "parliament");
  m.link("board", "government", LinkKind::scrutinises).link("monitor", "government", LinkKind::scrutinises);
  CHECK(of_rule(duplication_of(m.build()), rule::duplicate_scrutiny).empty());
  // A third scrutiniser on a line of its own makes two lines: the board's and its own.
  m.answers("local-board", "government").link("local-board", "government", LinkKind::scrutinises);
  const auto findings = duplication_of(m.build());
  CHECK(subjects(findings, rule::duplicate_scrutiny) == Subjects{{"government", "board", "local-board"}});
}

TEST_CASE("A body accountable to two unrelated bodies has multiple masters, but two on one chain do not count") {
  auto m = base();
  m.body("health-board").body("council").body("ijb").body("directorate").body("agency");
  m.answers("health-board", "ministers").answers("council", "parliament");
  m.answers("ijb", "health-board").answers("ijb", "council");
  m.answers("directorate", "ministers").answers("agency", "directorate").answers("agency", "ministers");
  const auto findings = duplication_of(m.build());
  CHECK(subjects(findings, rule::multiple_masters) == Subjects{{"ijb", "council", "health-board"}});
  CHECK(of_rule(findings, rule::multiple_masters)[0].severity == Severity::info);
}

TEST_CASE("A direct line implied by a longer route is redundant") {
  auto m = base();
  m.body("directorate").body("agency").body("unit");
  m.answers("directorate", "ministers").answers("agency", "directorate").answers("agency", "ministers");
  m.answers("unit", "agency").answers("unit", "parliament");
  const auto findings = duplication_of(m.build());
  CHECK(subjects(findings, rule::redundant_line) ==
        Subjects{{"agency", "ministers"}, {"unit", "parliament"}});
  const auto unit = of_rule(findings, rule::redundant_line)[1];
  CHECK(unit.ids(SubjectRole::body) == std::vector<std::string>{"unit"});
  CHECK(unit.ids(SubjectRole::master) == std::vector<std::string>{"parliament"});
  CHECK(unit.routes == std::vector<std::vector<std::string>>{{"unit", "agency", "ministers", "parliament"}});
}

TEST_CASE("Two parallel lines to unrelated bodies are not redundant") {
  auto m = base();
  m.body("a").body("b").body("c").answers("a", "ministers").answers("b", "parliament").answers("c", "a").answers("c", "b");
  CHECK(of_rule(duplication_of(m.build()), rule::redundant_line).empty());
}

TEST_CASE("Bodies with one name, an alias matching initials, or near-identical names look like one") {
  MapBuilder m;
  m.named("ci", "Care Inspectorate").named("the-ci", "The Care Inspectorate");
  m.named("sssc", "Scottish Social Services Council").named("sssc-short", "Workforce regulator", {"SSSC"});
  m.named("hearings", "Children's Hearings Scotland National Team").named("hearings2", "Childrens Hearing Scotland Team");
  m.named("promise", "The Promise Scotland").named("oversight", "The Promise Oversight Board");
  m.named("corra", "Corra Institute", {"CI"});  // its own initials: says nothing
  const auto findings = duplication_of(m.build());
  CHECK(subjects(findings, rule::same_entity) ==
        Subjects{{"ci", "the-ci"}, {"hearings", "hearings2"}, {"sssc", "sssc-short"}});
}
