#pragma once
// Small literal maps and proposals for the restructure tests.

#include <stdexcept>
#include <string>

#include "graph/check.hpp"
#include "importers/json_reader.hpp"
#include "restructure/apply.hpp"
#include "restructure/duties.hpp"
#include "restructure/proposal.hpp"

namespace govgraph::test {

/// A parliament, a ministry answering to it, and two inspectorates answering to the
/// ministry that scrutinise the same council and collaborate with each other. The
/// responsibility "inspect" is led by both inspectorates; "plan" by the council alone.
inline const char* small_map = R"({
  "govgraph": 1,
  "name": "Small",
  "policy_areas": [{"id": "care", "name": "Care"}, {"id": "schools", "name": "Schools"}],
  "bodies": [
    {"id": "parliament", "name": "Parliament", "type": "legislature"},
    {"id": "ministry", "name": "Ministry", "type": "executive"},
    {"id": "inspect-a", "name": "Inspectorate A", "type": "regulator", "policy_areas": ["care"]},
    {"id": "inspect-b", "name": "Inspectorate B", "type": "regulator", "policy_areas": ["schools"]},
    {"id": "council", "name": "Council", "type": "local-authority"}
  ],
  "links": [
    {"from": "ministry", "to": "parliament", "kind": "accountable_to"},
    {"from": "inspect-a", "to": "ministry", "kind": "accountable_to"},
    {"from": "inspect-b", "to": "ministry", "kind": "accountable_to"},
    {"from": "council", "to": "parliament", "kind": "accountable_to"},
    {"from": "inspect-a", "to": "council", "kind": "scrutinises"},
    {"from": "inspect-b", "to": "council", "kind": "scrutinises"},
    {"from": "inspect-a", "to": "inspect-b", "kind": "collaborates_with"}
  ],
  "responsibilities": [
    {"id": "inspect", "name": "Inspect care", "policy_area": "care",
     "owners": [{"body": "inspect-a", "role": "lead"}, {"body": "inspect-b", "role": "supports"}]},
    {"id": "plan", "name": "Plan services", "owners": [{"body": "council", "role": "lead"}, {"body": "inspect-b", "role": "supports"}]}
  ]
})";

/// A literal test map, read and checked: one that is not valid fails the test using it.
inline MapData data_of(const char* text, const std::string& file_name) {
  Diagnostics out;
  MapData data = parse_json_map(text, file_name, out);
  if (out.has_errors() || check_map(data).has_errors()) throw std::logic_error(file_name + ": the test map is not valid");
  return data;
}

inline MapData small_data() { return data_of(small_map, "small.json"); }

/// A proposal with these operations (a JSON array's items, without brackets).
inline Proposal proposal(const std::string& operations) {
  return parse_proposal(R"({"name": "Test", "rationale": "why", "operations": [)" + operations + "]}", "p.json");
}

inline AppliedProposal apply(const std::string& operations) { return apply_proposal(small_data(), proposal(operations)); }

inline const Body* body(const MapData& map, const std::string& id) {
  for (const auto& b : map.bodies)
    if (b.id == id) return &b;
  return nullptr;
}

inline const Responsibility* responsibility(const MapData& map, const std::string& id) {
  for (const auto& r : map.responsibilities)
    if (r.id == id) return &r;
  return nullptr;
}

inline std::size_t count_links(const MapData& map, const std::string& from, const std::string& to, LinkKind kind) {
  std::size_t n = 0;
  for (const auto& l : map.links)
    if (l.from == from && l.to == to && l.kind == kind) ++n;
  return n;
}

/// The message of the InputError `f` throws, "" when it throws none.
template <typename F>
std::string error_of(F f) {
  try {
    f();
  } catch (const InputError& e) {
    std::string text;
    for (const auto& d : e.diagnostics().all()) text += d.format() + "\n";
    return text;
  }
  return "";
}

}  // namespace govgraph::test
