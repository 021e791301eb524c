// The summary block and findings table: see findings_table.hpp.

#include "page/findings_table.hpp"

#include <algorithm>

#include "analyses/rules.hpp"
#include "analyses/support.hpp"
#include "page/document.hpp"
#include "report/formats.hpp"
#include "report/ranking.hpp"

namespace govgraph::page {

using detail::area_name;
using detail::name_of;
using detail::responsibility_name;

Names::Names(const GovernanceMap& map) {
  for (const auto& area : map.policy_areas()) names_.emplace(area.id, area_name(area));
  for (const auto& r : map.responsibilities()) names_.emplace(r.id, responsibility_name(r));
  for (std::size_t v = 0; v < map.body_count(); ++v) names_.insert_or_assign(map.body(v).id, name_of(map, v));
}

const std::string& Names::of(const std::string& id) const {
  const auto found = names_.find(id);
  return found == names_.end() ? id : found->second;
}

void Names::add_missing(const Names& other) { names_.insert(other.names_.begin(), other.names_.end()); }

namespace {

void add_once(std::vector<std::string>& items, const std::string& item) {
  if (!item.empty() && std::find(items.begin(), items.end(), item) == items.end()) items.push_back(item);
}

}  // namespace

FindingScope scope_of(const GovernanceMap& map, const Finding& finding) {
  FindingScope scope;
  std::vector<std::string> ids = finding.subjects;
  for (const auto& s : finding.named) ids.push_back(s.id);
  for (const auto& id : ids) {
    if (const GovernanceMap::Vertex v = map.find_body(id); v != GovernanceMap::no_body) {
      add_once(scope.bodies, id);
      for (const Duty& duty : map.duties(v)) add_once(scope.areas, map.responsibility(duty.responsibility).policy_area);
    } else if (const auto r = map.find_responsibility(id); r.valid()) {
      add_once(scope.areas, map.responsibility(r).policy_area);
    } else if (map.find_policy_area(id).valid()) {
      add_once(scope.areas, id);
    }
  }
  return scope;
}

std::string family_of(std::string_view rule) {
  if (const Rule* found = find_rule(rule)) return std::string(to_string(found->family));
  return std::string(rule.substr(0, rule.find('.')));
}

std::string summary_block(const Review& review, std::size_t top) {
  std::string out = "<section id=\"summary\" aria-labelledby=\"summary-title\">\n"
                    "<h2 id=\"summary-title\">Summary</h2>\n";
  const auto ranked = rank_findings(review, top);
  if (!ranked.empty()) {
    out += "<h3>What matters most</h3>\n<ol class=\"top\">\n";
    for (const auto& r : ranked) {
      const Finding& f = review.findings[r.index].finding;
      out += "<li class=\"sev-" + std::string(to_string(f.severity)) + "\"><a href=\"#finding-" +
             std::to_string(r.index) + "\" data-finding=\"" + std::to_string(r.index) + "\">" +
             h(summary_sentence(f)) + "</a></li>\n";
    }
    out += "</ol>\n";
  }
  const Summary summary = summarise(review);
  out += "<table class=\"counts\">\n<caption>Findings by severity</caption>\n"
         "<tr><th scope=\"col\">Severity</th><th scope=\"col\">Open</th><th scope=\"col\">Waived</th></tr>\n";
  for (Severity severity : severities) {
    const auto waived = std::count_if(review.findings.begin(), review.findings.end(), [&](const ReviewedFinding& f) {
      return f.waived() && f.finding.severity == severity;
    });
    out += "<tr class=\"sev-" + std::string(to_string(severity)) + "\"><th scope=\"row\"><span class=\"badge\">" +
           severity_heading(severity) + "</span></th><td class=\"n\">" + std::to_string(summary.open(severity)) +
           "</td><td class=\"n\">" + std::to_string(waived) + "</td></tr>\n";
  }
  out += "<tr class=\"total\"><th scope=\"row\">Total</th><td class=\"n\">" +
         std::to_string(summary.errors + summary.warnings + summary.infos) + "</td><td class=\"n\">" +
         std::to_string(summary.waived) + "</td></tr>\n</table>\n</section>\n";
  return out;
}

namespace {

std::string names_list(const std::vector<std::string>& ids, const Names& names) {
  std::vector<std::string> items;
  for (const auto& id : ids) items.push_back(h(names.of(id)));
  return join(items, "; ");
}

std::string finding_row(const ReviewedFinding& reviewed, std::size_t index, const std::vector<WaiverUse>& waivers,
                        const Names& names, std::string_view change) {
  // Rows past the first page are not laid out on screen until asked for (page.css). The
  // comparison page (rows with a change) has no pager in its script yet, so shows every row.
  const char* beyond = change.empty() && index >= findings_page_size ? " beyond" : "";
  const Finding& f = reviewed.finding;
  const std::string severity(to_string(f.severity));
  const std::string i = std::to_string(index);
  std::string row = "<tr id=\"finding-" + i + "\" class=\"sev-" + severity + (reviewed.waived() ? " waived" : "") + beyond +
                    "\" data-index=\"" + i + "\" data-severity=\"" + severity + "\" data-rule=\"" + h(f.rule) +
                    "\" data-family=\"" + h(family_of(f.rule)) + "\"" +
                    (change.empty() ? "" : " data-change=\"" + std::string(change) + "\"") + " tabindex=\"0\">";
  if (!change.empty()) {
    // Sorted in the order the page lists them: introduced, resolved, kept.
    const int order = change == "introduced" ? 0 : change == "resolved" ? 1 : 2;
    row += "<td class=\"change\" data-sort=\"" + std::to_string(order) + "\">" + std::string(change) + "</td>";
  }
  row += "<td data-sort=\"" + std::to_string(static_cast<int>(f.severity)) + "\"><span class=\"badge\">" + severity +
         "</span></td>";
  row += "<td><code>" + h(f.rule) + "</code></td>";
  row += "<td>" + names_list(f.subjects, names) + "</td>";
  const FindingWords words = f.words();
  row += "<td><p class=\"message\">" + h(words.message) + "</p>";
  if (!words.evidence.empty()) {
    row += "<ul class=\"evidence\">";
    for (const auto& item : words.evidence) row += "<li>" + h(item) + "</li>";
    row += "</ul>";
  }
  if (!f.sources.empty()) row += "<p class=\"sources\">Sources: " + join_escaped(f.sources, "; ", escape_html) + "</p>";
  row += "</td><td>";
  if (reviewed.waived()) {
    const Waiver& waiver = waivers[*reviewed.waiver].waiver;
    row += "<span class=\"state waived\">Waived</span><p class=\"waiver\">" + h(waiver.reason) + "</p>" +
           "<p class=\"expires\">" + (waiver.expires.empty() ? std::string("No expiry") : "Until " + h(waiver.expires)) +
           "</p>";
  } else {
    row += "<span class=\"state open\">Open</span>";
  }
  return row + "</td></tr>\n";
}

}  // namespace

std::string findings_table(std::span<const ReviewedFinding> findings, const std::vector<WaiverUse>& waivers,
                           const Names& names, std::string_view table_id, std::span<const std::string_view> changes) {
  std::string out = "<table id=\"" + h(table_id) + "\" class=\"findings\">\n<thead><tr>";
  if (!changes.empty()) out += "<th scope=\"col\" data-column>Change</th>";
  for (const std::string_view column : {"Severity", "Rule", "Concerns", "Finding", "State"})
    out += "<th scope=\"col\" data-column>" + std::string(column) + "</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t i = 0; i < findings.size(); ++i)
    out += finding_row(findings[i], i, waivers, names, changes.empty() ? std::string_view() : changes[i]);
  out += "</tbody>\n</table>\n";
  if (changes.empty() && findings.size() > findings_page_size) {
    const std::string page = std::to_string(findings_page_size);
    out += "<p id=\"f-page\" class=\"pager\" hidden><span id=\"f-showing\" aria-live=\"polite\">Showing 1\u2013" +
           page + " of " + std::to_string(findings.size()) + "</span> <button type=\"button\" id=\"f-more\">Show " +
           page + " more</button> <button type=\"button\" id=\"f-all\">Show all</button></p>\n"
           "<noscript><style>@media screen { table.findings tr.beyond { display: table-row; } }</style></noscript>\n";
  }
  if (findings.empty()) out += "<p class=\"empty\">No findings.</p>\n";
  return out;
}

}  // namespace govgraph::page
