#include <catch2/catch.hpp>

#include "analyses/provenance.hpp"
#include "analyses/support.hpp"
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

TEST_CASE("Part of an unsourced finding is worded as a finding of just those records, of the same total") {
  MapBuilder m;
  m.apex("p").body("a").body("b").body("c").answers("a", "p").answers("b", "p").answers("c", "p");
  for (auto& body : m.data.bodies) body.source.clear();
  ProvenanceSettings settings;
  settings.max_listed = 1;
  const Finding whole = provenance_of(m.build(), settings).at(0);
  REQUIRE(whole.subjects == std::vector<std::string>{"a", "b", "c", "p"});
  const Finding part = unsourced_part(whole, {1, 3}, settings);
  CHECK(part.rule == whole.rule);
  CHECK(part.severity == whole.severity);
  CHECK(part.subjects == std::vector<std::string>{"b", "p"});
  CHECK(part.roles == std::vector<SubjectRole>{SubjectRole::body, SubjectRole::body});
  CHECK(part.message == "2 of 4 bodies cite no source, so a reader cannot check them.");
  CHECK(part.evidence == std::vector<std::string>{"b", "and 1 more"});
  CHECK(part.number("unsourced") == 2);
  CHECK(part.number("total") == 4);
  CHECK(unsourced_part(whole, {0, 1, 2, 3}, settings) == whole);
}

TEST_CASE("Unsourced links are listed in the order of their text, once each, however their ids begin") {
  // "a" is a prefix of "a-b" and "a0", and "funds" of nothing, yet "a-b:..." < "a0:..." <
  // "a:..." as text, since '-' < '0' < ':'; the kinds compare as "accountable_to:" < "funds:".
  MapBuilder m;
  m.apex("p").body("a").body("a-b").body("a0").body("b");
  m.link("a", "p", LinkKind::funds).link("a", "p").link("a", "a-b").link("a-b", "p").link("a0", "a");
  m.link("a0", "a-b", LinkKind::funds).link("b", "a0", LinkKind::scrutinises).link("b", "a", LinkKind::scrutinises);
  m.link("a", "p");  // the same link twice: one subject
  for (auto& link : m.data.links) link.source.clear();
  std::vector<std::string> expected;
  for (const auto& link : m.data.links)
    expected.push_back(link.from + ":" + std::string(to_string(link.kind)) + ":" + link.to);
  std::sort(expected.begin(), expected.end());
  expected.erase(std::unique(expected.begin(), expected.end()), expected.end());
  REQUIRE(expected.size() == m.data.links.size() - 1);
  const auto findings = provenance_of(m.build());
  CHECK(findings.at(0).ids(SubjectRole::link) == expected);
}

TEST_CASE("Unsourced links are listed in text order when long ids agree in their first sixteen letters") {
  // Ids are ordered by their first sixteen bytes first; these agree there and differ after.
  const std::string stem = "scottish-government-";
  MapBuilder m;
  m.apex(stem + "p");
  for (const auto* tail : {"a", "a-b", "a0", "b", "ab"}) m.body(stem + tail);
  for (const auto* tail : {"a", "a-b", "a0", "b", "ab"}) m.link(stem + tail, stem + "p", LinkKind::funds);
  m.link(stem + "a", stem + "a-b").link(stem + "a0", stem + "a").link(stem + "ab", stem + "a0", LinkKind::scrutinises);
  for (auto& link : m.data.links) link.source.clear();
  std::vector<std::string> expected;
  for (const auto& link : m.data.links)
    expected.push_back(link.from + ":" + std::string(to_string(link.kind)) + ":" + link.to);
  std::sort(expected.begin(), expected.end());
  const auto findings = provenance_of(m.build());
  CHECK(findings.at(0).ids(SubjectRole::link) == expected);
}

TEST_CASE("Ids are compared as texts followed by a character without making those texts") {
  const auto followed = [](const std::string& a, const std::string& b, char after) { return a + after < b + after; };
  const std::vector<std::string> ids = {
      "", "a", "a-b", "a0", "ab", "a:", "b", "a\x01", "abcdefghijklmnopq", "abcdefghijklmnop"};
  for (char after : {'\0', ':', '-', 'z'})
    for (const auto& a : ids)
      for (const auto& b : ids) {
        INFO("'" << a << "' and '" << b << "' followed by " << static_cast<int>(after));
        CHECK(detail::before_followed(a, b, after) == followed(a, b, after));
      }
  CHECK(detail::before_followed("a", "a-b", ':') == false);  // "a-b:" < "a:" as '-' < ':'
  CHECK(detail::before_followed("a", "a-b"));                // plain text order: a prefix first
}
