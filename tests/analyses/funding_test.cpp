#include <catch2/catch.hpp>

#include "analyses/funding.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

namespace {
MapBuilder base() {
  MapBuilder m;
  m.apex("parliament").body("ministers").body("government").body("ndpb").body("charity").body("council");
  m.data.currency = "GBP";
  m.answers("ministers", "parliament").answers("government", "ministers").answers("ndpb", "ministers");
  m.data.apex = {"council"};
  return m;
}
}  // namespace

TEST_CASE("Money paid to a body that does not answer to the funder is unaccountable funding") {
  auto m = base();
  m.link("government", "charity", LinkKind::funds, 4000000).link("government", "ndpb", LinkKind::funds, 1e6);
  m.link("government", "council", LinkKind::funds, 5e8);
  const auto findings = funding_of(m.build());
  // ndpb answers to ministers, the government's own principal; council is an apex.
  CHECK(subjects(findings, rule::unaccountable_funding) == Subjects{{"government", "charity"}});
  const auto f = of_rule(findings, rule::unaccountable_funding)[0];
  CHECK(f.severity == Severity::warning);
  CHECK(f.ids(SubjectRole::funder) == std::vector<std::string>{"government"});
  CHECK(f.ids(SubjectRole::recipient) == std::vector<std::string>{"charity"});
  CHECK(f.number("amount") == 4000000);
  FundingSettings settings;
  settings.accept_principal = false;
  settings.include_apex_recipients = true;
  CHECK(subjects(funding_of(m.build(), settings), rule::unaccountable_funding) ==
        Subjects{{"government", "charity"}, {"government", "council"}, {"government", "ndpb"}});
}

TEST_CASE("Money paid to a body that answers to the funder is accountable") {
  auto m = base();
  m.link("ministers", "ndpb", LinkKind::funds, 10);
  CHECK(of_rule(funding_of(m.build()), rule::unaccountable_funding).empty());
}

TEST_CASE("Money flowing in a circle is a funding cycle") {
  auto m = base();
  m.answers("charity", "ndpb");
  m.link("ndpb", "charity", LinkKind::funds, 100).link("charity", "ndpb", LinkKind::funds, 50);
  const auto findings = funding_of(m.build());
  CHECK(subjects(findings, rule::funding_cycle) == Subjects{{"charity", "ndpb"}});
  CHECK(of_rule(findings, rule::funding_cycle)[0].routes == std::vector<std::vector<std::string>>{{"charity", "ndpb", "charity"}});
  m.data.links.pop_back();
  CHECK(of_rule(funding_of(m.build()), rule::funding_cycle).empty());
}

TEST_CASE("A recipient funded by several bodies is judged against each funder, in the order of their ids") {
  // Bodies are added so their order in the graph differs from the order of their ids.
  MapBuilder m;
  m.apex("parliament").body("z-fund").body("m-trust").body("a-board").body("recipient").body("other");
  m.answers("z-fund", "parliament").answers("m-trust", "parliament").answers("a-board", "parliament");
  m.answers("recipient", "m-trust").answers("other", "parliament");
  for (const char* funder : {"z-fund", "m-trust", "a-board"}) m.link(funder, "recipient", LinkKind::funds, 10);
  m.link("z-fund", "other", LinkKind::funds, 5).link("a-board", "other", LinkKind::funds, 5);
  // Each answers to parliament, to which every funder answers.
  CHECK(of_rule(funding_of(m.build()), rule::unaccountable_funding).empty());
  FundingSettings settings;
  settings.accept_principal = false;
  CHECK(subjects(funding_of(m.build(), settings), rule::unaccountable_funding) ==
        Subjects{{"a-board", "other"}, {"a-board", "recipient"}, {"z-fund", "other"}, {"z-fund", "recipient"}});
}

TEST_CASE("Award holders answer for a fund's money through the class they belong to, not a working group") {
  MapBuilder m;
  m.apex("parliament").body("fund").body("holders").body("group").body("holder");
  m.answers("fund", "parliament").answers("holders", "fund").answers("group", "fund");
  m.data.bodies[2].represents = 40;  // "holders" is a class of 40 award holders
  m.link("holder", "holders", LinkKind::member_of).link("fund", "holder", LinkKind::funds, 10);
  CHECK(of_rule(funding_of(m.build()), rule::unaccountable_funding).empty());
  m.data.links[3].to = "group";  // a member of a working group instead
  CHECK(subjects(funding_of(m.build()), rule::unaccountable_funding) == Subjects{{"fund", "holder"}});
}

TEST_CASE("When the search upward gives up, the money is not called unaccountable") {
  MapBuilder m;
  m.apex("parliament").body("funder").body("recipient").body("b1").body("b2").body("b3");
  m.answers("funder", "parliament").answers("recipient", "b1").answers("b1", "b2").answers("b2", "b3");
  m.link("funder", "recipient", LinkKind::funds, 10);
  CHECK(subjects(funding_of(m.build()), rule::unaccountable_funding) == Subjects{{"funder", "recipient"}});
  FundingSettings settings;
  settings.search_limit = 2;  // finds b1 and b2, then gives up before b3
  CHECK(of_rule(funding_of(m.build(), settings), rule::unaccountable_funding).empty());
}
