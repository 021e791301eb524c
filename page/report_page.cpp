// The map report page: see report_page.hpp.

#include "page/report_page.hpp"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "analyses/support.hpp"
#include "graph/escape.hpp"
#include "graph/vocabulary.hpp"
#include "page/assets/page_css.hpp"
#include "page/assets/report_js.hpp"
#include "page/document.hpp"
#include "page/findings_table.hpp"
#include "page/sections.hpp"
#include "render/graphviz.hpp"
#include "render/map_scene.hpp"

namespace govgraph::page {

using detail::area_name;
using detail::name_of;
using detail::responsibility_name;
namespace {

using Writer = rapidjson::Writer<rapidjson::StringBuffer>;

/// A string of the data block, with what no reader should see shown as '?' (graph/escape.hpp),
/// as the page's HTML shows it: invalid UTF-8 and C1 controls would reach the page as they are.
void str(Writer& w, std::string_view text) {
  const std::string clean = readable_text(text, "\t\n\r", "");
  w.String(clean.data(), static_cast<rapidjson::SizeType>(clean.size()));
}
void strings(Writer& w, const std::vector<std::string>& items) {
  w.StartArray();
  for (const auto& item : items) str(w, item);
  w.EndArray();
}

void write_bodies(Writer& w, const GovernanceMap& map) {
  w.Key("bodies");
  w.StartArray();
  for (std::size_t v = 0; v < map.body_count(); ++v) {
    const Body& body = map.body(v);
    w.StartObject();
    w.Key("id");
    str(w, body.id);
    w.Key("name");
    str(w, name_of(map, v));
    w.Key("type");
    str(w, to_string(body.type));
    w.Key("sector");
    str(w, body.sector);
    w.Key("status");
    str(w, to_string(body.status));
    w.Key("source");
    str(w, body.source);
    w.EndObject();
  }
  w.EndArray();
}

/// Links as [from, to, kind, amount or null], by body index: link i is drawn as "link_<i+1>".
void write_links(Writer& w, const GovernanceMap& map) {
  w.Key("links");
  w.StartArray();
  for (const LinkIndex l : map.link_indices()) {
    const Link& link = map.link(l);
    w.StartArray();
    w.Uint64(map.from(l));
    w.Uint64(map.to(l));
    str(w, to_string(link.kind));
    if (link.amount) w.Double(*link.amount);
    else w.Null();
    w.EndArray();
  }
  w.EndArray();
}

/// Responsibilities as {id, name, area, owners: [[body index, role]]}.
void write_responsibilities(Writer& w, const GovernanceMap& map) {
  w.Key("responsibilities");
  w.StartArray();
  for (const auto r : map.responsibility_indices()) {
    const Responsibility& resp = map.responsibility(r);
    w.StartObject();
    w.Key("id");
    str(w, resp.id);
    w.Key("name");
    str(w, responsibility_name(resp));
    w.Key("area");
    str(w, resp.policy_area);
    w.Key("owners");
    w.StartArray();
    for (const auto& [v, role] : map.owners(r)) {
      w.StartArray();
      w.Uint64(v);
      str(w, to_string(role));
      w.EndArray();
    }
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
}

void write_findings(Writer& w, const GovernanceMap& map, const Review& review) {
  w.Key("findings");
  w.StartArray();
  for (const auto& reviewed : review.findings) {
    const Finding& f = reviewed.finding;
    const FindingScope scope = scope_of(map, f);
    w.StartObject();
    w.Key("severity");
    str(w, to_string(f.severity));
    w.Key("rule");
    str(w, f.rule);
    w.Key("family");
    str(w, family_of(f.rule));
    w.Key("message");
    str(w, f.words().message);
    w.Key("bodies");
    strings(w, scope.bodies);
    w.Key("areas");
    strings(w, scope.areas);
    w.Key("waived");
    w.Bool(reviewed.waived());
    w.EndObject();
  }
  w.EndArray();
}

std::string data_json(const GovernanceMap& map, const Review& review) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.StartObject();
  w.Key("version");
  w.Uint(1);
  write_bodies(w, map);
  write_links(w, map);
  write_responsibilities(w, map);
  w.Key("areas");
  w.StartArray();
  for (const auto& area : map.policy_areas()) {
    w.StartArray();
    str(w, area.id);
    str(w, area_name(area));
    w.EndArray();
  }
  w.EndArray();
  write_findings(w, map, review);
  w.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

std::string header(const MapFacts& facts) {
  std::string out = "<header>\n<p class=\"kicker\">Governance map report</p>\n<h1>" +
                    h(facts.name.empty() ? facts.file : facts.name) + "</h1>\n<p class=\"facts\">";
  if (!facts.as_of.empty()) out += "Map as of " + h(facts.as_of) + ". ";
  if (!facts.as_at.empty()) out += "Analysed as at " + h(facts.as_at) + ". ";
  out += std::to_string(facts.bodies) + " bodies, " + std::to_string(facts.links) + " links, " +
         std::to_string(facts.responsibilities) + " responsibilities, " + std::to_string(facts.policy_areas) +
         " policy areas. Source: <code>" + h(facts.file) + "</code></p>\n";
  out += "<nav aria-label=\"Sections\"><a href=\"#summary\">Summary</a> <a href=\"#findings\">Findings</a> "
         "<a href=\"#map\">Map</a> <a href=\"#responsibilities\">Responsibilities</a> <a href=\"#areas\">Policy areas</a> "
         "<a href=\"#funding\">Funding</a> <a href=\"#waivers\">Waivers</a></nav>\n</header>\n";
  return out;
}

}  // namespace

MapDrawing draw_map(const GovernanceMap& map, const std::vector<Finding>& findings) {
  render::RenderOptions options;
  options.layout = "chart";
  render::Scene scene = render::build_scene(map, options, findings);
  MapDrawing drawing;
  if (scene.nodes.size() > map_node_budget) {
    // The deepest cut that fits; past the map's depth another level adds nothing.
    options.levels = 1;
    scene = render::build_scene(map, options, findings);
    for (std::size_t levels = 2; levels <= 64; ++levels) {
      render::RenderOptions deeper = options;
      deeper.levels = levels;
      render::Scene next = render::build_scene(map, deeper, findings);
      if (next.nodes.size() > map_node_budget || next.nodes.size() == scene.nodes.size()) break;
      options = deeper;
      scene = std::move(next);
    }
    drawing.note = "This map is too large to draw whole on the page (" + std::to_string(map.body_count()) +
                   " bodies): the drawing shows the top " +
                   (options.levels == 1 ? std::string("level") : std::to_string(options.levels) + " levels") +
                   " of accountability, each body saying how many it hides below it. The tables list every body; "
                   "govgraph render draws the whole map.";
  }
  std::string svg = render::render(scene, render::OutputFormat::svg);
  // Inline SVG needs no XML prolog or doctype: keep from the <svg element on.
  const auto start = svg.find("<svg");
  drawing.svg = start == std::string::npos ? std::string() : svg.substr(start);
  return drawing;
}

std::string report_page(const GovernanceMap& map, const ReportInput& input, const MapDrawing& drawing) {
  const Names names(map);
  std::string body = header(input.map);
  body += "<main>\n";
  body += summary_block(input.review, input.top);
  body += findings_section(input.review, names);
  body += map_section(drawing);
  body += raci_section(map);
  body += areas_section(map);
  body += funding_section(map);
  body += waivers_section(input.review, names);
  body += "</main>\n" + panel_skeleton();
  return write_document({"Governance map report: " + (input.map.name.empty() ? input.map.file : input.map.name),
                         {assets::page_css},
                         {assets::report_js},
                         data_json(map, input.review),
                         std::move(body)});
}

std::string report_page(const GovernanceMap& map, const ReportInput& input) {
  std::vector<Finding> findings;
  for (const auto& reviewed : input.review.findings) findings.push_back(reviewed.finding);
  return report_page(map, input, draw_map(map, findings));
}

}  // namespace govgraph::page
