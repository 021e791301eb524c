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
