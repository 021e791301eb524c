// The comparison page: see comparison.hpp.

#include "page/comparison.hpp"

#include <string_view>
#include <vector>

#include "page/assets/comparison_css.hpp"
#include "page/assets/comparison_js.hpp"
#include "page/assets/page_css.hpp"
#include "page/document.hpp"
#include "page/findings_table.hpp"
#include "graph/text.hpp"
#include "report/formats.hpp"
#include "report/waivers.hpp"
#include "restructure/comparison_report.hpp"

namespace govgraph::page {
namespace {

std::size_t introduced_at_or_above(const Comparison& c, std::optional<Severity> threshold) {
  std::size_t n = 0;
  for (const Finding& f : c.introduced) n += at_or_above(f.severity, threshold) ? 1U : 0U;
  return n;
}

/// Introduced warnings the threshold lets pass (the text report's "Needs review").
std::size_t warnings_to_review(const Comparison& c, std::optional<Severity> threshold) {
  std::size_t n = 0;
  for (const Finding& f : c.introduced)
    n += f.severity == Severity::warning && !at_or_above(f.severity, threshold) ? 1U : 0U;
  return n;
}

/// "rated warning or error": the findings that fail the check, in a board member's words.
std::string threshold_words(Severity threshold) {
  switch (threshold) {
    case Severity::error: return "rated error";
    case Severity::warning: return "rated warning or error";
    case Severity::info: return "of any severity";
  }
  return "";
}

/// The verdict first, in words: passes or fails, and why, then the comparison's own line.
std::string verdict_section(const Comparison& c, std::optional<Severity> fail_on) {
  const bool fails = comparison_fails(c, fail_on);
  std::vector<std::string> reasons;
  if (!c.lost.empty())
    reasons.push_back("would leave " + counted(c.lost.size(), "duty", "duties") + " with no body to lead it");
  if (const std::size_t n = introduced_at_or_above(c, fail_on); n > 0)
    reasons.push_back("would bring in " + counted(n, "new problem", "new problems") + " " + threshold_words(*fail_on));
  // A proposal is one thing ("it passes"), a diff's changes many ("they pass").
  const bool one = c.is_proposal;
  std::string sentence = std::string(one ? "This proposal " : "These changes ");
  if (!fail_on) {
    // --fail-on never judges nothing, so the page must not say "passes" over a lost duty.
    sentence += std::string(one ? "is" : "are") + " not judged (--fail-on never)" +
                (reasons.empty() ? (one ? ": every duty keeps a lead." : ".") : ": " + std::string(one ? "it " : "they ") + join(reasons, ", and ") + ".");
  } else if (fails) {
    sentence += std::string(one ? "fails" : "fail") + " the check: " + (one ? "it " : "they ") + join(reasons, ", and ") + ".";
  } else {
    sentence += std::string(one ? "passes" : "pass") + " the check: ";
    sentence += "every duty keeps a lead";
    sentence += ", and no new problem " + threshold_words(*fail_on) + " comes in.";
  }
  if (const std::size_t n = warnings_to_review(c, fail_on); n > 0)
    sentence += " " + counted(n, "new warning needs", "new warnings need") + " review.";
  if (!c.resolved.empty()) sentence += " " + counted(c.resolved.size(), "finding is", "findings are") + " resolved.";
  std::string out = "<section id=\"verdict\" class=\"verdict " + std::string(!fail_on ? "unjudged" : fails ? "fails" : "passes") +
                    "\" aria-labelledby=\"verdict-title\">\n<h2 id=\"verdict-title\">" +
                    (!fail_on ? "Not judged" : fails ? "Fails the check" : "Passes the check") + "</h2>\n<p class=\"sentence\">" + h(sentence) +
                    "</p>\n<p class=\"detail\">" + h(c.verdict) + "</p>\n</section>\n";
  return out;
}

std::string lost_section(const Comparison& c) {
  if (!c.is_proposal) return {};
  std::string out = "<section id=\"lost\" aria-labelledby=\"lost-title\">\n<h2 id=\"lost-title\">Lost duties</h2>\n";
  if (c.lost.empty()) return out + "<p>No duty is lost: every duty led before still has a lead.</p>\n</section>\n";
  out += "<ul class=\"lost\">\n";
  for (const LostDuty& l : c.lost)
    out += "<li><strong>" + h(l.name) + "</strong> <code>" + h(l.responsibility) + "</code>: " + h(l.why) + "</li>\n";
  return out + "</ul>\n</section>\n";
}

std::string metrics_section(const Comparison& c) {
  std::string out = "<section id=\"figures\" aria-labelledby=\"figures-title\">\n<h2 id=\"figures-title\">Figures</h2>\n"
                    "<table class=\"metrics\">\n<thead><tr><th scope=\"col\">Figure</th><th scope=\"col\">Before</th>"
                    "<th scope=\"col\">After</th></tr></thead>\n<tbody>\n";
  for (const MetricRow& row : metric_rows(c.before, c.after))
    out += std::string(row.before == row.after ? "<tr>" : "<tr class=\"changed\">") + "<th scope=\"row\">" +
           h(row.name) + "</th><td class=\"n\">" + h(row.before) + "</td><td class=\"n\">" + h(row.after) +
           "</td></tr>\n";
  return out + "</tbody>\n</table>\n</section>\n";
}

/// Introduced, resolved and kept findings in one table, each row saying which.
std::string findings_section(const Comparison& c, const GovernanceMap& before, const GovernanceMap& after) {
  std::vector<ReviewedFinding> rows;
  std::vector<std::string_view> changes;
  auto add = [&](const std::vector<Finding>& list, std::string_view change) {
    for (const Finding& f : list) {
      rows.push_back({f, std::nullopt});
      changes.push_back(change);
    }
  };
  add(c.introduced, "introduced");
  add(c.resolved, "resolved");
  add(c.kept, "kept");
  // Resolved findings may name bodies the change removed: the before map names those.
  Names names(after);
  names.add_missing(Names(before));
  std::string out = "<section id=\"findings\" aria-labelledby=\"findings-title\">\n"
                    "<h2 id=\"findings-title\">Findings</h2>\n<p class=\"changes\">" +
                    counted(c.introduced.size(), "finding", "findings") + " introduced, " +
                    std::to_string(c.resolved.size()) + " resolved, " + std::to_string(c.kept.size()) +
                    " kept.</p>\n<div class=\"filters\" hidden>\n"
                    "<label>Change <select id=\"filter-change\"><option value=\"\">All</option>"
                    "<option value=\"introduced\">Introduced</option><option value=\"resolved\">Resolved</option>"
                    "<option value=\"kept\">Kept</option></select></label>\n"
                    "<label>Severity <select id=\"filter-severity\"><option value=\"\">All</option>";
  for (const Severity s : severities)
    out += "<option value=\"" + std::string(to_string(s)) + "\">" + severity_heading(s) + "</option>";
  out += "</select></label>\n<label>Search <input id=\"filter-search\" type=\"search\"></label>\n"
         "<output id=\"filter-count\" aria-live=\"polite\"></output>\n</div>\n";
  out += findings_table(rows, {}, names, "comparison-findings", changes);
  return out + "</section>\n";
}

std::string operations_section(const Comparison& c) {
  if (!c.is_proposal) return {};
  std::string out = "<section id=\"operations\" aria-labelledby=\"operations-title\">\n"
                    "<h2 id=\"operations-title\">What the proposal does</h2>\n<ol>\n";
  for (const OperationLog& entry : c.log) out += "<li>" + h(entry.summary) + "</li>\n";
  return out + "</ol>\n</section>\n";
}

std::string changes_section(const Comparison& c) {
  std::string out = "<section id=\"changes\" aria-labelledby=\"changes-title\">\n"
                    "<h2 id=\"changes-title\">Changes to the map</h2>\n";
  if (c.diff.empty()) return out + "<p>None.</p>\n</section>\n";
  for (const ChangeSection& section : change_sections(c.diff)) {
    if (section.changes->empty()) continue;
    out += "<details>\n<summary>" + h(section.title) + " (" + std::to_string(section.changes->size()) +
           ")</summary>\n<ul>\n";
    for (const RecordChange& change : *section.changes)
      out += "<li class=\"" + std::string(to_string(change.what)) + "\">" + std::string(to_string(change.what)) +
             " <code>" + h(change.key) + "</code></li>\n";
    out += "</ul>\n</details>\n";
  }
  return out + "</section>\n";
}

std::string diagram_section(const std::string& svg) {
  // Inline SVG needs no XML prolog or doctype: keep from the <svg element on. The
  // drawing carries its own title and key.
  const auto start = svg.find("<svg");
  if (start == std::string::npos) return {};
  return "<section id=\"diagram\" aria-labelledby=\"diagram-title\">\n<h2 id=\"diagram-title\">Before and after</h2>\n"
         "<figure>\n" + svg.substr(start) + "</figure>\n</section>\n";
}

}  // namespace

std::string comparison_page(const ComparisonPageInput& input) {
  const Comparison& c = input.comparison;
  std::string body = "<header>\n<p class=\"kicker\">" +
                     std::string(c.is_proposal ? "Restructure check" : "Changes between two maps") + "</p>\n<h1>" +
                     h(c.title) + "</h1>\n";
  if (!c.rationale.empty()) body += "<p class=\"rationale\">" + h(c.rationale) + "</p>\n";
  body += "<nav aria-label=\"Sections\"><a href=\"#verdict\">Verdict</a> ";
  if (c.is_proposal) body += "<a href=\"#lost\">Lost duties</a> ";
  body += "<a href=\"#diagram\">Diagram</a> <a href=\"#findings\">Findings</a> <a href=\"#figures\">Figures</a> "
          "<a href=\"#changes\">Changes</a></nav>\n</header>\n<main>\n";
  body += verdict_section(c, input.fail_on) + lost_section(c) + diagram_section(input.diagram_svg) +
          findings_section(c, input.before, input.after) + metrics_section(c) + operations_section(c) +
          changes_section(c);
  body += "</main>\n";
  return write_document({c.title, {assets::page_css, assets::comparison_css}, {assets::comparison_js}, {}, std::move(body)});
}

}  // namespace govgraph::page
