// The sections of the map report page: see sections.hpp.

#include "page/sections.hpp"

#include <algorithm>
#include <map>
#include <utility>

#include "analyses/money.hpp"
#include "analyses/support.hpp"
#include "graph/amount.hpp"
#include "graph/vocabulary.hpp"
#include "page/document.hpp"
#include "page/report_page.hpp"
#include "report/formats.hpp"

namespace govgraph::page {

using detail::area_name;
using detail::format_amount;
using detail::interests;
using detail::name_of;
using detail::responsibility_name;
namespace {

std::string select(std::string_view id, std::string_view label) {
  return "<div class=\"field\"><label for=\"" + std::string(id) + "\">" + std::string(label) +
         "</label><select id=\"" + std::string(id) + "\" data-filter><option value=\"\">All</option></select></div>";
}

/// A matrix cell: its text and what it means (title, CSS class suffix); empty for none.
struct Cell {
  std::string text;
  std::string title;
  std::string css;
};

/// A matrix of already-escaped cells, row and column headers sticky, or, past
/// matrix_cells_limit, one line a row listing its non-empty cells by column name.
struct Matrix {
  std::string id;
  std::string caption;
  std::string corner;
  std::vector<std::string> columns;  // escaped
  std::vector<std::string> rows;     // escaped
  std::vector<std::vector<std::pair<std::size_t, Cell>>> cells;  // each row's non-empty cells by column, in order
};

std::string matrix_html(const Matrix& m) {
  if (m.rows.empty() || m.columns.empty()) return "<p class=\"empty\">None recorded.</p>\n";
  if (m.rows.size() * m.columns.size() > matrix_cells_limit) {
    std::string out = "<p class=\"note\">Too many for a grid (" + std::to_string(m.rows.size()) + " &times; " +
                      std::to_string(m.columns.size()) + "): each row is listed instead.</p>\n<dl id=\"" + m.id +
                      "\" class=\"matrix-list\">\n";
    for (std::size_t r = 0; r < m.rows.size(); ++r) {
      std::vector<std::string> items;
      for (const auto& [c, cell] : m.cells[r]) items.push_back(m.columns[c] + " (" + cell.title + ")");
      out += "<dt>" + m.rows[r] + "</dt><dd>" + join(items, ", ") + "</dd>\n";
    }
    return out + "</dl>\n";
  }
  std::string out = "<div class=\"matrix-wrap\" tabindex=\"0\" role=\"region\" aria-label=\"" + m.caption +
                    "\">\n<table id=\"" + m.id + "\" class=\"matrix\">\n<caption>" + m.caption +
                    "</caption>\n<thead><tr><th scope=\"col\" class=\"corner\">" + m.corner + "</th>";
  for (const auto& column : m.columns) out += "<th scope=\"col\" title=\"" + column + "\"><span>" + column + "</span></th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t r = 0; r < m.rows.size(); ++r) {
    out += "<tr><th scope=\"row\">" + m.rows[r] + "</th>";
    auto next = m.cells[r].begin();
    for (std::size_t c = 0; c < m.columns.size(); ++c) {
      if (next == m.cells[r].end() || next->first != c) {
        out += "<td></td>";
        continue;
      }
      const Cell& cell = (next++)->second;
      out += "<td class=\"c-" + cell.css + "\" title=\"" + cell.title + "\">" + cell.text + "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

std::string role_letter(Role role) {
  switch (role) {
    case Role::lead: return "L";
    case Role::delivers: return "D";
    case Role::supports: return "S";
  }
  return {};
}

}  // namespace

std::string findings_section(const Review& review, const Names& names) {
  std::string out = "<section id=\"findings\" aria-labelledby=\"findings-title\">\n"
                    "<h2 id=\"findings-title\">Findings</h2>\n"
                    "<form id=\"filters\" class=\"controls\" role=\"search\" aria-label=\"Filter findings\">"
                    "<div class=\"field\"><label for=\"f-q\">Search</label><input id=\"f-q\" type=\"search\" "
                    "placeholder=\"Words in a finding\" autocomplete=\"off\"></div>" +
                    select("f-severity", "Severity") + select("f-rule", "Rule") + select("f-family", "Family") +
                    select("f-body", "Body") + select("f-area", "Policy area") +
                    "<button type=\"button\" id=\"f-reset\">Clear</button></form>\n"
                    "<p id=\"f-count\" class=\"count\" aria-live=\"polite\">" +
                    std::to_string(review.findings.size()) + " findings</p>\n";
  return out + findings_table(review.findings, review.waivers, names, "findings-table") + "</section>\n";
}

std::string map_section(const MapDrawing& drawing) {
  std::string out = "<section id=\"map\" aria-labelledby=\"map-title\">\n<h2 id=\"map-title\">Accountability map</h2>\n";
  if (!drawing.note.empty()) out += "<p class=\"note\" id=\"map-note\">" + h(drawing.note) + "</p>\n";
  if (drawing.svg.empty()) return out + "<p class=\"empty\">No drawing.</p>\n</section>\n";
  out += "<div class=\"controls map-controls\" role=\"toolbar\" aria-label=\"Map zoom\">"
         "<button type=\"button\" id=\"map-zoom-in\" aria-label=\"Zoom in\">+</button>"
         "<button type=\"button\" id=\"map-zoom-out\" aria-label=\"Zoom out\">&minus;</button>"
         "<button type=\"button\" id=\"map-reset\">Fit</button>"
         "<span class=\"hint\">Drag to pan, wheel or +/&minus; to zoom, arrow keys to move; choose a body for its "
         "panel.</span></div>\n<p id=\"map-status\" class=\"hint\" aria-live=\"polite\"></p>\n";
  return out + "<div id=\"map-view\" class=\"map-view\" tabindex=\"0\" role=\"application\" aria-label=\"Accountability "
               "map: arrow keys pan, plus and minus zoom\">\n" +
         drawing.svg + "</div>\n</section>\n";
}

std::string raci_section(const GovernanceMap& map) {
  Matrix m{"raci", "Who leads, delivers and supports each responsibility", "Responsibility", {}, {}, {}};
  std::vector<std::size_t> column_of(map.body_count(), map.body_count());
  for (std::size_t v = 0; v < map.body_count(); ++v) {
    if (map.duties(v).empty()) continue;
    column_of[v] = m.columns.size();
    m.columns.push_back(h(name_of(map, v)));
  }
  for (const auto r : map.responsibility_indices()) {
    m.rows.push_back(h(responsibility_name(map.responsibility(r))));
    std::map<std::size_t, Role> roles;  // by column
    for (const auto& [v, role] : map.owners(r)) {  // a body named twice shows its strongest role
      const auto [slot, added] = roles.try_emplace(column_of[v], role);
      if (!added && stronger(role, slot->second)) slot->second = role;
    }
    std::vector<std::pair<std::size_t, Cell>> cells;
    for (const auto& [column, role] : roles)
      cells.push_back({column, Cell{role_letter(role), std::string(to_string(role)), role_letter(role)}});
    m.cells.push_back(std::move(cells));
  }
  return "<section id=\"responsibilities\" aria-labelledby=\"raci-title\">\n<h2 id=\"raci-title\">Responsibilities</h2>\n"
         "<p>L leads, D delivers, S supports. Only bodies with a role have a column.</p>\n" +
         matrix_html(m) + "</section>\n";
}

std::string areas_section(const GovernanceMap& map) {
  Matrix m{"area-matrix", "Which bodies have an interest in each policy area", "Policy area", {}, {}, {}};
  // The interests the figures' matrix and the overlap rules read, so the page and the
  // other reports agree: an abolished body has none.
  const auto interest = interests(map);
  std::vector<std::size_t> columns;
  for (std::size_t v = 0; v < map.body_count(); ++v)
    if (!interest[v].empty()) {
      columns.push_back(v);
      m.columns.push_back(h(name_of(map, v)));
    }
  for (const auto a : map.area_indices()) {
    m.rows.push_back(h(area_name(map.policy_area(a))));
    std::vector<std::pair<std::size_t, Cell>> cells;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      const auto& areas = interest[columns[c]];
      if (std::binary_search(areas.begin(), areas.end(), static_cast<std::uint32_t>(a.value())))
        cells.push_back({c, Cell{"&#10003;", "interest", "tick"}});
    }
    m.cells.push_back(std::move(cells));
  }
  return "<section id=\"areas\" aria-labelledby=\"areas-title\">\n<h2 id=\"areas-title\">Policy areas</h2>\n"
         "<p>A tick: the body lists the area, or has a role on a responsibility in it. Abolished bodies are left "
         "out.</p>\n" +
         matrix_html(m) + "</section>\n";
}

std::string funding_section(const GovernanceMap& map) {
  std::string out = "<section id=\"funding\" aria-labelledby=\"funding-title\">\n<h2 id=\"funding-title\">Funding</h2>\n";
  const auto tables = funding_tables(funding_figures(map), escape_html);
  if (tables.empty()) return out + "<p class=\"empty\">The map records no funding.</p>\n</section>\n";
  out += "<p>" + h(funding_caveat) + "</p>\n";
  for (const auto& table : tables) {
    out += "<table class=\"figures\"><thead><tr>";
    for (const auto& cell : table.header) out += "<th scope=\"col\">" + cell + "</th>";
    out += "</tr></thead><tbody>\n";
    for (const auto& row : table.rows) {
      out += "<tr>";
      for (std::size_t i = 0; i < row.size(); ++i) out += (i == 0 ? "<th scope=\"row\">" : "<td class=\"n\">") + row[i] + (i == 0 ? "</th>" : "</td>");
      out += "</tr>\n";
    }
    out += "</tbody></table>\n";
  }
  out += "<h3>Who pays whom</h3>\n<table class=\"figures\" id=\"payments\"><thead><tr><th scope=\"col\">Payer</th>"
         "<th scope=\"col\">Recipient</th><th scope=\"col\">Amount</th><th scope=\"col\">Period</th></tr></thead><tbody>\n";
  for (const LinkIndex l : map.link_indices()) {
    const Link& link = map.link(l);
    if (link.kind != LinkKind::funds) continue;
    const std::string& currency = currency_of(map, link);
    out += "<tr><td>" + h(name_of(map, map.from(l))) + "</td><td>" + h(name_of(map, map.to(l))) +
           "</td><td class=\"n\">" + (link.amount ? h(format_amount(*link.amount, currency)) : std::string("unknown")) +
           "</td><td>" + h(link.terms->period) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n</section>\n";
}

std::string waivers_section(const Review& review, const Names& names) {
  std::string out = "<section id=\"waivers\" aria-labelledby=\"waivers-title\">\n<h2 id=\"waivers-title\">Waivers</h2>\n";
  if (review.waivers.empty()) return out + "<p class=\"empty\">No waivers were given.</p>\n</section>\n";
  out += "<table class=\"figures\"><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Concerns</th>"
         "<th scope=\"col\">Reason</th><th scope=\"col\">Expires</th><th scope=\"col\">State</th>"
         "<th scope=\"col\">Findings</th></tr></thead><tbody>\n";
  for (const auto& use : review.waivers) {
    std::vector<std::string> subjects;
    for (const auto& id : use.waiver.subjects) subjects.push_back(h(names.of(id)));
    out += "<tr class=\"w-" + std::string(to_string(use.state)) + "\"><td><code>" + h(use.waiver.rule) + "</code></td><td>" +
           join(subjects, "; ") + "</td><td>" + h(use.waiver.reason) + "</td><td>" +
           (use.waiver.expires.empty() ? std::string("never") : h(use.waiver.expires)) + "</td><td>" +
           std::string(to_string(use.state)) + "</td><td class=\"n\">" + std::to_string(use.matches) + "</td></tr>\n";
  }
  return out + "</tbody></table>\n</section>\n";
}

std::string panel_skeleton() {
  return "<aside id=\"panel\" class=\"panel\" role=\"dialog\" aria-modal=\"false\" aria-labelledby=\"panel-title\" "
         "hidden>\n<button type=\"button\" id=\"panel-close\" aria-label=\"Close panel\">&times;</button>\n"
         "<h2 id=\"panel-title\"></h2>\n<div id=\"panel-body\"></div>\n</aside>\n";
}

}  // namespace govgraph::page
