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
  const auto findings = find_funding(m.build());
  // ndpb answers to ministers, the government's own principal; council is an apex.
  CHECK(subjects(findings, "funding.unaccountable-funding") == Subjects{{"government", "charity"}});
  const auto f = of_rule(findings, "funding.unaccountable-funding")[0];
  CHECK(f.severity == Severity::warning);
  CHECK(f.message.find("GBP 4.0m") != std::string::npos);
  FundingSettings settings;
  settings.accept_principal = false;
  settings.include_apex_recipients = true;
  CHECK(subjects(find_funding(m.build(), settings), "funding.unaccountable-funding") ==
        Subjects{{"government", "charity"}, {"government", "council"}, {"government", "ndpb"}});
}

TEST_CASE("Money paid to a body that answers to the funder is accountable") {
  auto m = base();
  m.link("ministers", "ndpb", LinkKind::funds, 10);
  CHECK(of_rule(find_funding(m.build()), "funding.unaccountable-funding").empty());
}

TEST_CASE("Money flowing in a circle is a funding cycle") {
  auto m = base();
  m.answers("charity", "ndpb");
  m.link("ndpb", "charity", LinkKind::funds, 100).link("charity", "ndpb", LinkKind::funds, 50);
  const auto findings = find_funding(m.build());
  CHECK(subjects(findings, "funding.cycle") == Subjects{{"charity", "ndpb"}});
  CHECK(of_rule(findings, "funding.cycle")[0].evidence[0] == "cycle: Charity → Ndpb → Charity");
  m.data.links.pop_back();
  CHECK(of_rule(find_funding(m.build()), "funding.cycle").empty());
}
