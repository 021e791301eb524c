// Findings sent back to Kumu: the map as a blueprint (importers/kumu.hpp) whose bodies
// and responsibilities carry a tag per rule that found something of them, and the
// findings' messages, so a Kumu view can colour and filter by them.

#include <algorithm>
#include <set>

#include "importers/kumu.hpp"
#include "report/report.hpp"

namespace govgraph {

std::string format_kumu(const MapData& map, const Review& review) {
  std::set<std::string_view> bodies;
  std::set<std::string_view> duties;
  for (const auto& b : map.bodies) bodies.insert(b.id);
  for (const auto& r : map.responsibilities) duties.insert(r.id);
  KumuFindings marks;
  const auto mark = [&](const std::string& element, const Finding& f, const std::string& message) {
    KumuMarks& m = marks[element];
    const std::string tag = std::string(kumu_finding_tag) + f.rule;
    if (std::find(m.tags.begin(), m.tags.end(), tag) == m.tags.end()) m.tags.push_back(tag);
    if (std::find(m.findings.begin(), m.findings.end(), message) == m.findings.end()) m.findings.push_back(message);
  };
  for (const auto& reviewed : review.findings) {
    if (reviewed.waived()) continue;  // a waived finding is settled; Kumu shows what is open
    const Finding& f = reviewed.finding;
    const std::string message = std::string(to_string(f.severity)) + " " + f.rule + ": " + f.words().message;
    for (std::size_t i = 0; i < f.subjects.size(); ++i) {
      // A subject is a body, a responsibility, a link or a policy area; only the first two are elements.
      const std::string& id = f.subjects[i];
      const bool duty = i < f.roles.size() ? f.roles[i] == SubjectRole::responsibility : !bodies.contains(id);
      if (duty && duties.contains(id)) mark(kumu_responsibility_id(id), f, message);
      else if (!duty && bodies.contains(id)) mark(id, f, message);
    }
  }
  return write_kumu_map(map, marks);
}

}  // namespace govgraph
