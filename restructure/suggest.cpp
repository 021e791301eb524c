#include "restructure/suggest.hpp"

#include <algorithm>
#include <cctype>
#include <deque>
#include <set>

#include "graph/text.hpp"
#include "restructure/apply.hpp"
#include "restructure/proposal_writer.hpp"

namespace govgraph {
namespace {

/// Candidates combined in order, checked.
struct Trial {
  std::vector<const Candidate*> parts;
  Proposal proposal;
  Evaluation evaluation;
  long long gain = 0;
  double score = 0;
};

long long weight_of(const std::vector<Finding>& findings) {
  long long sum = 0;
  for (const Finding& f : findings) sum += static_cast<long long>(severity_weight(f.severity));
  return sum;
}

Proposal proposal_of(const std::vector<const Candidate*>& parts) {
  Proposal p;
  std::vector<std::string> titles;
  for (const Candidate* c : parts) {
    titles.push_back(c->title);
    p.operations.insert(p.operations.end(), c->operations.begin(), c->operations.end());
  }
  for (std::size_t i = 1; i < titles.size(); ++i)
    if (!titles[i].empty()) titles[i][0] = static_cast<char>(std::tolower(static_cast<unsigned char>(titles[i][0])));
  p.name = join(titles, "; then ");
  return p;
}

/// Checks every trial (evaluate_all) and scores it.
void check_all(const Evaluator& evaluator, std::vector<Trial>& trials, unsigned threads, Detail detail) {
  std::vector<Proposal> proposals;
  proposals.reserve(trials.size());
  for (const Trial& t : trials) proposals.push_back(t.proposal);
  std::vector<Evaluation> results = evaluate_all(evaluator, proposals, threads, detail);
  for (std::size_t i = 0; i < trials.size(); ++i) {
    Trial& t = trials[i];
    t.evaluation = std::move(results[i]);
    t.gain = weight_of(t.evaluation.resolved) - weight_of(t.evaluation.introduced);
    t.score = static_cast<double>(t.gain) / static_cast<double>(std::max<std::size_t>(1, t.evaluation.disruption.total()));
  }
}

/// Counts each trial's outcome; returns those that pass and gain more than `floor`.
std::vector<Trial> keep_passing(std::vector<Trial> trials, long long floor, SearchCounts& counts) {
  std::vector<Trial> kept;
  for (auto& t : trials) {
    ++counts.checked;
    const Evaluation& e = t.evaluation;
    if (!e.applies) ++counts.cannot_apply;
    else if (!e.lost.empty()) ++counts.loses_duty;
    else if (!e.passes()) ++counts.introduces_error;
    else if (t.gain <= floor) ++counts.no_gain;
    else kept.push_back(std::move(t));
  }
  return kept;
}

/// Best first: score, then gain, then fewer operations, then name.
bool better(const Trial& a, const Trial& b) {
  if (a.score != b.score) return a.score > b.score;
  if (a.gain != b.gain) return a.gain > b.gain;
  if (a.proposal.operations.size() != b.proposal.operations.size())
    return a.proposal.operations.size() < b.proposal.operations.size();
  return a.proposal.name < b.proposal.name;
}

/// The same operations in any order are one suggestion.
std::string operations_key(const Proposal& p) {
  std::vector<std::string> lines;
  for (const Operation& op : p.operations) lines.push_back(write_proposal(Proposal{{}, {}, {}, {}, {op}}));
  std::sort(lines.begin(), lines.end());
  return join(lines, "");
}

std::string finding_line(const Finding& f) {
  std::string line = f.words().message + " (" + f.rule;
  if (!f.sources.empty()) line += "; sources: " + join(f.sources, ", ");
  return line + ")";
}

/// The proposal's rationale cites each finding resolved or introduced with its sources;
/// its source lists the sources of the findings resolved.
Suggestion suggestion_of(Trial t) {
  Suggestion s;
  const Evaluation& e = t.evaluation;
  std::vector<std::string> resolved;
  std::set<std::string> sources;
  for (const Finding& f : e.resolved) {
    resolved.push_back(finding_line(f));
    sources.insert(f.sources.begin(), f.sources.end());
  }
  std::vector<std::string> introduced;
  for (const Finding& f : e.introduced) introduced.push_back(finding_line(f));
  t.proposal.rationale =
      "An option found by govgraph suggest for a person to judge, not advice: the tool sees the map only, not "
      "statutory constraints, cost or the people involved. It resolves " +
      counted(e.resolved.size(), "finding", "findings") + ": " + join(resolved, " ") + " It introduces " +
      (introduced.empty() ? "no finding" : counted(introduced.size(), "finding", "findings") + ": " + join(introduced, " ")) +
      ", and loses no duty. Disruption: " + disruption_text(e.disruption) + ".";
  t.proposal.source = join(std::vector<std::string>(sources.begin(), sources.end()), "; ");
  for (const Candidate* c : t.parts) {
    s.steps.push_back(c->title);
    s.kinds.push_back(c->kind);
    s.slugs.push_back(c->slug);
  }
  s.proposal = std::move(t.proposal);
  s.evaluation = std::move(t.evaluation);
  s.gain = t.gain;
  s.score = t.score;
  return s;
}

/// The bodies a proposal builds up: those merged into or given an abolished body's work.
std::set<std::string> successors(const Proposal& p) {
  std::set<std::string> out;
  for (const Operation& op : p.operations) {
    if (op.kind == OperationKind::merge) out.insert(op.into_new ? op.body.id : op.target.id);
    if (op.kind == OperationKind::abolish && op.transfer_to) out.insert(op.transfer_to->id);
  }
  return out;
}

/// The next step of the same change: candidates prompted by the findings `t` introduces,
/// or by findings of its map after that name a body it built up ("merge A into B, then
/// make B the single lead of X"), never by an unrelated finding.
std::vector<Trial> extensions(const Evaluator& evaluator, const Trial& t, const SuggestOptions& options,
                              std::deque<Candidate>& arena) {
  AppliedProposal applied = apply_proposal(evaluator.before(), t.proposal);
  const GovernanceMap after(std::move(applied.after), std::move(applied.after_ids));
  const SharedResults shared = share(after, evaluator.settings().accountability);
  std::vector<Finding> prompts = t.evaluation.introduced;
  const std::set<std::string> built = successors(t.proposal);
  if (!built.empty())
    for (Finding& f : analyse(after, shared, evaluator.settings(), {}, 1, Wording::now))
      if (std::any_of(f.subjects.begin(), f.subjects.end(), [&](const std::string& id) { return built.contains(id); }))
        prompts.push_back(std::move(f));
  std::vector<Trial> out;
  for (Candidate& c : candidates_from(after, shared, prompts, options.targets, options.pins)) {
    if (t.proposal.operations.size() + c.operations.size() > options.max_operations) continue;
    arena.push_back(std::move(c));
    Trial next;
    next.parts = t.parts;
    next.parts.push_back(&arena.back());
    next.proposal = proposal_of(next.parts);
    out.push_back(std::move(next));
  }
  return out;
}

/// The best `width` trials, each operation list once.
std::vector<Trial> best_of(std::vector<Trial> trials, std::size_t width, std::set<std::string>& seen) {
  std::sort(trials.begin(), trials.end(), better);
  std::vector<Trial> out;
  for (auto& t : trials) {
    if (out.size() == width) break;
    if (seen.insert(operations_key(t.proposal)).second) out.push_back(std::move(t));
  }
  return out;
}

}  // namespace

std::string disruption_text(const Disruption& d) {
  return counted(d.bodies_touched, "body", "bodies") + " touched, " + counted(d.links_moved, "link", "links") +
         " moved, " + std::to_string(d.links_dropped) + " dropped, " + std::to_string(d.links_added) + " added, " +
         counted(d.duties_moved, "duty", "duties") + " with new leads";
}

std::size_t severity_weight(Severity severity) {
  switch (severity) {
    case Severity::error: return 9;
    case Severity::warning: return 3;
    case Severity::info: return 1;
  }
  return 0;
}

Suggestions suggest(const Evaluator& evaluator, const SuggestOptions& options) {
  Suggestions result;
  result.counts.findings = evaluator.findings().size();
  std::deque<Candidate> arena;
  for (Candidate& c : candidates_from(evaluator.before(), evaluator.shared(), evaluator.findings(), options.targets,
                                      options.pins))
    if (c.operations.size() <= options.max_operations) arena.push_back(std::move(c));
  std::vector<Trial> trials;
  for (const Candidate& c : arena) {
    Trial t;
    t.parts = {&c};
    t.proposal = proposal_of(t.parts);
    trials.push_back(std::move(t));
  }
  // Summaries while ranking thousands; the findings in full only for those listed.
  check_all(evaluator, trials, options.threads, Detail::summary);
  std::vector<Trial> pool = keep_passing(std::move(trials), 0, result.counts);
  std::set<std::string> seen;
  std::vector<Trial> beam = best_of(pool, options.top, seen);
  // Beam search: each round extends the best proposals by one candidate and keeps those
  // that gain more than the proposal they extend.
  while (!beam.empty()) {
    std::vector<Trial> grown;
    for (const Trial& t : beam) {
      std::vector<Trial> more = extensions(evaluator, t, options, arena);
      check_all(evaluator, more, options.threads, Detail::summary);
      for (Trial& m : keep_passing(std::move(more), t.gain, result.counts)) grown.push_back(std::move(m));
    }
    beam = best_of(std::move(grown), options.top, seen);
    pool.insert(pool.end(), beam.begin(), beam.end());
  }
  std::set<std::string> listed;
  std::vector<Trial> best = best_of(std::move(pool), options.top, listed);
  check_all(evaluator, best, options.threads, Detail::full);
  for (Trial& t : best) result.items.push_back(suggestion_of(std::move(t)));
  return result;
}

}  // namespace govgraph
