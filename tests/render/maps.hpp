#pragma once
// Small hand-built maps for the render tests, each with a known drawing.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph/check.hpp"
#include "graph/governance_map.hpp"

namespace govgraph::test {

inline Body make_body(std::string id, std::string name, BodyType type, std::string sector = "national") {
  Body body;
  body.id = std::move(id);
  body.name = std::move(name);
  body.type = type;
  body.sector = std::move(sector);
  return body;
}

inline Link make_link(std::string from, LinkKind kind, std::string to, std::optional<double> amount = std::nullopt) {
  Link link;
  link.from = std::move(from);
  link.to = std::move(to);
  link.kind = kind;
  link.amount = amount;
  return link;
}

/// Throws when the hand-built data would not load, so a broken fixture fails loudly.
inline GovernanceMap checked(MapData data) {
  const Diagnostics problems = check_map(data);
  if (problems.has_errors()) throw std::logic_error(problems.all().front().message);
  return GovernanceMap(std::move(data));
}

/// Parliament ← ministers ← directorate ← agency, with a direct (implied) agency →
/// ministers line, a regulator scrutinising the agency, money from the directorate to
/// the agency and to a charity, and a council in a local sector.
inline MapData small_hierarchy() {
  MapData data;
  data.name = "Small map";
  data.as_of = "2021-06-30";
  data.currency = "GBP";
  data.bodies = {make_body("parliament", "Parliament", BodyType::legislature),
                 make_body("ministers", "Ministers", BodyType::minister),
                 make_body("directorate", "Children and Families Directorate", BodyType::directorate),
                 make_body("agency", "Care Agency", BodyType::agency),
                 make_body("regulator", "Inspectorate", BodyType::regulator),
                 make_body("charity", "Family Charity", BodyType::third_sector, "third-sector"),
                 make_body("council", "Island Council", BodyType::local_authority, "local")};
  data.bodies[3].source = "cp1 p.70";
  data.links = {make_link("ministers", LinkKind::accountable_to, "parliament"),
                make_link("directorate", LinkKind::accountable_to, "ministers"),
                make_link("agency", LinkKind::accountable_to, "directorate"),
                make_link("agency", LinkKind::accountable_to, "ministers"),
                make_link("regulator", LinkKind::accountable_to, "ministers"),
                make_link("regulator", LinkKind::scrutinises, "agency"),
                make_link("directorate", LinkKind::funds, "agency", 4000000),
                make_link("directorate", LinkKind::funds, "charity", 50000),
                make_link("council", LinkKind::accountable_to, "parliament")};
  data.links[6].terms.edit().period = "2021-22";
  data.links[6].source = "cp1 p.21";
  return data;
}

/// One directorate with `leaves` bodies answering to it and nothing below them.
inline MapData fan(std::size_t leaves) {
  MapData data;
  data.name = "Fan";
  data.bodies = {make_body("parliament", "Parliament", BodyType::legislature),
                 make_body("directorate", "Directorate", BodyType::directorate)};
  data.links = {make_link("directorate", LinkKind::accountable_to, "parliament")};
  for (std::size_t i = 1; i <= leaves; ++i) {
    const std::string id = "body-" + std::to_string(i);
    data.bodies.push_back(make_body(id, "Body " + std::to_string(i), BodyType::ndpb));
    data.links.push_back(make_link(id, LinkKind::accountable_to, "directorate"));
  }
  return data;
}

/// Bodies whose names try every way out of a label: quotes, escString sequences,
/// markup, a newline, non-ASCII letters.
inline MapData odd_names() {
  MapData data;
  data.name = "Odd \"names\" \\N <b>map</b>";
  data.bodies = {make_body("quotes", "Say \"hi\"", BodyType::board),
                 make_body("backslashes", "A\\lB \\N \\G", BodyType::board),
                 make_body("markup", "<script>alert(1)</script> & co", BodyType::board),
                 make_body("newline", "Line one\nLine two", BodyType::board),
                 make_body("gaelic", "Comhairle nan Eilean Siar", BodyType::local_authority, "Àird <local>"),
                 make_body("trailing", "Ends in \\", BodyType::board)};
  data.bodies[2].source = "<a href=\"x\">p.1</a> \\l";
  data.links = {make_link("quotes", LinkKind::accountable_to, "gaelic"),
                make_link("backslashes", LinkKind::accountable_to, "gaelic"),
                make_link("markup", LinkKind::accountable_to, "gaelic"),
                make_link("newline", LinkKind::accountable_to, "gaelic"),
                make_link("trailing", LinkKind::accountable_to, "gaelic")};
  data.links[2].source = "\"quoted\" & <tag>";
  return data;
}

}  // namespace govgraph::test
