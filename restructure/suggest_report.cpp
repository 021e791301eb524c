#include "restructure/suggest_report.hpp"

#include <stdexcept>

#include "graph/check.hpp"
#include "graph/escape.hpp"
#include "graph/text.hpp"
#include "report/json_writer.hpp"
#include "restructure/comparison_report.hpp"

namespace govgraph {

const std::vector<std::string_view> suggestion_limits = {
    "Statutory constraints: a body set up in law can be merged or abolished only by legislation; the map does not "
    "say which are.",
    "Cost, contracts and funding settlements: the map records some amounts, not what a change would cost or save.",
    "People: staff, boards, users and the relationships a change disturbs are not in the map.",
    "Anything the map leaves out: a finding resolved on the map is resolved in the world only if the map is "
    "complete and right.",
};

namespace {

std::string score_text(const Suggestion& s) {
  return "score " + format_fixed(s.score, 2) + ": gain " + std::to_string(s.gain) + " (resolves " +
         std::to_string(s.evaluation.resolved.size()) + ", introduces " + std::to_string(s.evaluation.introduced.size()) +
         ") for disruption " + std::to_string(s.evaluation.disruption.total());
}

std::string counts_text(const Suggestions& all) {
  const SearchCounts& c = all.counts;
  return std::to_string(c.findings) + " findings; " + std::to_string(c.checked) + " proposals checked, " +
         std::to_string(all.items.size()) + " listed. Refused: " + std::to_string(c.loses_duty) + " lose a duty, " +
         std::to_string(c.introduces_error) + " introduce an error, " + std::to_string(c.cannot_apply) +
         " cannot be applied; " + std::to_string(c.no_gain) + " gain nothing.";
}

std::string file_of(const SuggestionsAbout& about, const Suggestion& s, std::size_t rank) {
  return about.folder.empty() ? std::string() : about.folder + "/" + suggestion_file_name(s, rank);
}

/// The command that checks a written suggestion, its paths quoted for a shell.
std::string check_command(const SuggestionsAbout& about, const Suggestion& s, std::size_t rank) {
  return "govgraph check-restructure " + shell_word(about.map_path) + " " + shell_word(file_of(about, s, rank));
}

std::string text_report(const Suggestions& all, const SuggestionsAbout& about) {
  std::string out = "govgraph suggestions: " + about.map_name + "\n" + about.map_path + ": " + counts_text(all) + "\n\n";
  out += "These are options for a person to judge, not advice. What the tool cannot see:\n";
  for (const auto& limit : suggestion_limits) out += "  - " + std::string(limit) + "\n";
  for (std::size_t i = 0; i < all.items.size(); ++i) {
    const Suggestion& s = all.items[i];
    out += "\n" + std::to_string(i + 1) + ". " + s.proposal.name + "\n   " + score_text(s) + "\n";
    if (s.steps.size() > 1)
      for (std::size_t k = 0; k < s.steps.size(); ++k) out += "   step " + std::to_string(k + 1) + ": " + s.steps[k] + "\n";
    out += "   resolves:\n";
    for (const auto& f : s.evaluation.resolved)
      out += "     - " + finding_line(f) + "\n" + (f.sources.empty() ? "" : "       sources: " + join(f.sources, "; ") + "\n");
    out += "   introduces:" + std::string(s.evaluation.introduced.empty() ? " nothing\n" : "\n");
    for (const auto& f : s.evaluation.introduced) out += "     - " + finding_line(f) + "\n";
    out += "   disruption: " + disruption_text(s.evaluation.disruption) + "\n";
    if (!about.folder.empty())
      out += "   check it: " + check_command(about, s, i + 1) + "\n";
  }
  if (all.items.empty()) out += "\nNo restructure found resolves more than it introduces without losing a duty.\n";
  return out;
}

std::string markdown_report(const Suggestions& all, const SuggestionsAbout& about) {
  std::string out = "# Suggestions: " + escape_markdown(about.map_name) + "\n\n" + escape_markdown(about.map_path) +
                    ": " + escape_markdown(counts_text(all)) + "\n\n";
  out += "These are options for a person to judge, not advice. What the tool cannot see:\n\n";
  for (const auto& limit : suggestion_limits) out += "- " + escape_markdown(limit) + "\n";
  for (std::size_t i = 0; i < all.items.size(); ++i) {
    const Suggestion& s = all.items[i];
    out += "\n## " + std::to_string(i + 1) + ". " + escape_markdown(s.proposal.name) + "\n\n" +
           escape_markdown(score_text(s)) + "\n\n";
    if (s.steps.size() > 1)
      for (std::size_t k = 0; k < s.steps.size(); ++k)
        out += std::to_string(k + 1) + ". " + escape_markdown(s.steps[k]) + "\n";
    out += (s.steps.size() > 1 ? "\n" : "") + std::string("**Resolves:**\n\n");
    for (const auto& f : s.evaluation.resolved)
      out += "- " + escape_markdown(finding_line(f)) + (f.sources.empty() ? "" : " (" + escape_markdown(join(f.sources, "; ")) + ")") + "\n";
    out += "\n**Introduces:**" + std::string(s.evaluation.introduced.empty() ? " nothing\n" : "\n\n");
    for (const auto& f : s.evaluation.introduced) out += "- " + escape_markdown(finding_line(f)) + "\n";
    out += "\n**Disruption:** " + disruption_text(s.evaluation.disruption) + "\n";
    if (!about.folder.empty())
      out += "\nCheck it: `" + check_command(about, s, i + 1) + "`\n";
  }
  if (all.items.empty()) out += "\nNo restructure found resolves more than it introduces without losing a duty.\n";
  return out;
}

void write_findings(JsonWriter& w, std::string_view name, const std::vector<Finding>& findings) {
  w.key(name);
  w.begin_array();
  for (const auto& f : findings) w.one_line_object([&] { write_finding_fields(w, f); });
  w.end_array();
}

void write_suggestion(JsonWriter& w, const Suggestion& s, std::size_t rank, const SuggestionsAbout& about) {
  w.begin_object();
  w.field("rank", rank);
  w.field("name", s.proposal.name);
  w.optional_field("file", file_of(about, s, rank));
  w.key("steps");
  w.strings(s.steps);
  std::vector<std::string> kinds;
  for (CandidateKind k : s.kinds) kinds.emplace_back(to_string(k));
  w.key("kinds");
  w.strings(kinds);
  w.key("score");
  w.number(s.score);
  w.key("gain");
  w.number(static_cast<double>(s.gain));
  const Disruption& d = s.evaluation.disruption;
  w.key("disruption");
  w.begin_object();
  {
    w.field("bodies_touched", d.bodies_touched);
    w.field("links_moved", d.links_moved);
    w.field("links_dropped", d.links_dropped);
    w.field("links_added", d.links_added);
    w.field("duties_moved", d.duties_moved);
    w.field("total", d.total());
  }
  w.end_object();
  write_findings(w, "resolved", s.evaluation.resolved);
  write_findings(w, "introduced", s.evaluation.introduced);
  w.field("rationale", s.proposal.rationale);
  w.field("source", s.proposal.source);
  w.end_object();
}

std::string json_report(const Suggestions& all, const SuggestionsAbout& about) {
  JsonWriter w;
  w.begin_object();
  w.field("map", about.map_name);
  w.field("file", about.map_path);
  w.key("limits");
  w.strings(std::vector<std::string>(suggestion_limits.begin(), suggestion_limits.end()));
  const SearchCounts& c = all.counts;
  w.key("counts");
  w.begin_object();
  {
    w.field("findings", c.findings);
    w.field("checked", c.checked);
    w.field("loses_duty", c.loses_duty);
    w.field("introduces_error", c.introduces_error);
    w.field("cannot_apply", c.cannot_apply);
    w.field("no_gain", c.no_gain);
  }
  w.end_object();
  w.key("suggestions");
  w.begin_array();
  for (std::size_t i = 0; i < all.items.size(); ++i) write_suggestion(w, all.items[i], i + 1, about);
  w.end_array();
  w.end_object();
  return w.take();
}

}  // namespace

std::string suggestion_file_name(const Suggestion& suggestion, std::size_t rank) {
  std::string slug = slug_of(suggestion.slugs.empty() ? std::string("suggestion") : suggestion.slugs.front());
  if (suggestion.slugs.size() > 1) slug += "-and-more";
  if (slug.size() > 80) slug.resize(80);
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return (rank < 10 ? "0" : "") + std::to_string(rank) + "-" + slug + ".json";
}

std::string format_suggestions(const Suggestions& suggestions, const SuggestionsAbout& about, ReportFormat format) {
  switch (format) {
    case ReportFormat::text: return text_report(suggestions, about);
    case ReportFormat::markdown: return markdown_report(suggestions, about);
    case ReportFormat::json: return json_report(suggestions, about);
    default: break;
  }
  throw std::invalid_argument("suggestions are written as text, markdown or JSON only");
}

}  // namespace govgraph
