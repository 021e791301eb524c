#include <catch2/catch.hpp>

#include "analyses/provenance.hpp"
#include "map_builder.hpp"

using namespace govgraph;
using namespace govgraph::testing;

TEST_CASE("Records without a source are listed once per kind") {
  MapBuilder m;
  m.apex("p").body("a").body("b").answers("a", "p").answers("b", "p").duty("r", {lead("a")});
  CHECK(provenance_of(m.build()).empty());
  m.data.bodies[2].source.clear();
  m.data.bodies[1].source.clear();
  m.data.links[1].source.clear();
  const auto findings = provenance_of(m.build());
  CHECK(subjects(findings, rule::unsourced) == Subjects{{"a", "b"}, {"b:accountable_to:p"}});
  CHECK(findings[0].severity == Severity::info);
  CHECK(findings[0].ids(SubjectRole::body) == std::vector<std::string>{"a", "b"});
  CHECK(findings[0].number("unsourced") == 2);
  CHECK(findings[0].number("total") == 3);
  ProvenanceSettings settings;
  settings.max_listed = 1;
  CHECK(provenance_of(m.build(), settings)[0].evidence == std::vector<std::string>{"a", "and 1 more"});
}
