// govgraph_scale_table GOVGRAPH OUT_DIR [MAX_BODIES]: `make bench`. Times the real govgraph
// binary, as a user runs it, on generated maps of 1,000, 10,000 and 100,000 bodies (up
// to MAX_BODIES) beside a bare RapidJSON DOM parse of the same file, and prints one
// Markdown table, also written to OUT_DIR/scale.md (docs/testing.md says what each
// column is). The maps are generated once into OUT_DIR/maps and reused.
// govgraph_scale_table --parse FILE: the parse alone, run as a child like the commands.

#include <rapidjson/document.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include <sys/wait.h>
#include <unistd.h>

#include "bench/child_run.hpp"
#include "bench/generate_map.hpp"
#include "importers/json_writer.hpp"
#include "importers/load.hpp"
#include "restructure/evaluate.hpp"

namespace {

namespace fs = std::filesystem;
using govgraph::bench::ChildRun;

constexpr std::size_t links_per_body = 10;
constexpr std::size_t sizes[] = {1000, 10000, 100000};
// Best of three: other work on a shared machine only ever adds time, so the fastest run is
// the nearest to what the program itself takes (one run at 100,000 bodies varied by 30%).
constexpr int best_of = 3;
constexpr double repeat_up_to_seconds = 20;  // a run longer than this is not repeated
constexpr double timeout_seconds = 900;
constexpr double load_goal = 3, analyse_goal = 9, analyse_memory_goal_mib = 1024, diff_goal = 9;  // issue 14's goals

/// render is timed where the goal names a time; it is stopped at twice that.
struct RenderGoal {
  std::size_t bodies;
  double seconds;
};
constexpr RenderGoal render_goals[] = {{1000, 10}, {10000, 120}};
// govgraph suggest (issue 16's goals): at 1,000 bodies within 10 s; every pairwise merge of
// the bundled example checked within 1 s.
constexpr std::size_t suggest_bodies = 1000;
constexpr double suggest_goal = 10, pairwise_goal = 1;

/// One command at one size: its best run, or why there is none.
struct Measure {
  std::optional<ChildRun> best;  // the fastest run; peak_mib the largest of all runs
  std::string problem;           // set when the command failed, timed out or was not run
  double timeout = timeout_seconds;
};

struct SizeResult {
  std::size_t bodies = 0;
  std::uintmax_t file_bytes = 0;
  Measure parse, validate, analyse, diff, render, suggest;
};

std::string slurp(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

int parse_only(const char* file) {
  const std::string text = slurp(file);
  rapidjson::Document document;
  document.Parse(text.data(), text.size());
  return document.HasParseError() ? 1 : 0;
}

/// "1,000" for 1000.
std::string grouped(std::uintmax_t n) {
  std::string digits = std::to_string(n);
  for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
  return digits;
}

std::string format(const char* pattern, double value) {
  char text[64];
  std::snprintf(text, sizeof text, pattern, value);
  return text;
}

std::string seconds_text(double s) { return format(s < 0.1 ? "%.3f s" : s < 10 ? "%.2f s" : "%.1f s", s); }
std::string mib_text(double mib) { return grouped(static_cast<std::uintmax_t>(mib + 0.5)) + " MiB"; }

void write_file(const fs::path& file, const std::string& text) {
  const fs::path part = file.string() + ".part";
  std::ofstream out(part, std::ios::binary);
  out << text;
  if (!out.flush()) throw std::runtime_error("cannot write " + part.string());
  out.close();
  fs::rename(part, file);
}

/// The map of `bodies` bodies and its next version, written unless a stamp says the
/// files there came from this generator version.
std::pair<fs::path, fs::path> ensure_maps(const fs::path& dir, std::size_t bodies) {
  const std::string base = "bodies-" + std::to_string(bodies);
  const fs::path map = dir / (base + ".json"), next = dir / (base + "-next.json"), stamp = dir / (base + ".stamp");
  const std::string expected = "generator " + std::to_string(govgraph::bench::generator_version) + ", " +
                               std::to_string(links_per_body) + " links per body\n";
  if (fs::exists(map) && fs::exists(next) && fs::exists(stamp) && slurp(stamp) == expected) return {map, next};
  std::cerr << "writing the " << grouped(bodies) << "-body maps into " << dir.string() << "\n";
  fs::remove(stamp);
  // Generated in a child process: a started command's peak memory (ru_maxrss) counts the
  // memory of the process that started it, so this one must stay small.
  const pid_t writer = fork();
  if (writer < 0) throw std::runtime_error("cannot start a process to write the maps");
  if (writer == 0) {
    try {
      const govgraph::MapData data = govgraph::bench::generate_map(bodies, bodies * links_per_body);
      write_file(map, govgraph::write_json_map(data));
      write_file(next, govgraph::write_json_map(govgraph::bench::generate_next_version(data, links_per_body)));
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
      std::_Exit(1);
    }
    std::_Exit(0);
  }
  int status = 0;
  if (waitpid(writer, &status, 0) != writer || !WIFEXITED(status) || WEXITSTATUS(status) != 0)
    throw std::runtime_error("writing the " + grouped(bodies) + "-body maps failed");
  write_file(stamp, expected);
  return {map, next};
}

/// Runs `argv` `runs` times at most, keeping the fastest; exit 1 (findings) is success.
Measure measure(const std::string& name, const std::vector<std::string>& argv, const fs::path& log, int runs,
                double timeout = timeout_seconds) {
  Measure m;
  m.timeout = timeout;
  for (int i = 0; i < runs; ++i) {
    const ChildRun run = govgraph::bench::run_child(argv, log.string(), timeout);
    if (run.timed_out) m.problem = "> " + seconds_text(timeout) + " (stopped)";
    else if (run.exit_code != 0 && run.exit_code != 1)
      m.problem = "failed (exit " + std::to_string(run.exit_code) + "), see " + log.filename().string();
    if (!m.problem.empty()) break;
    const double peak = m.best ? std::max(m.best->peak_mib, run.peak_mib) : run.peak_mib;
    if (!m.best || run.seconds < m.best->seconds) m.best = run;
    m.best->peak_mib = peak;
    if (run.seconds > repeat_up_to_seconds) break;
  }
  std::cerr << "  " << name << ": " << (m.problem.empty() ? seconds_text(m.best->seconds) : m.problem) << "\n";
  if (!m.problem.empty()) m.best.reset();
  return m;
}

const RenderGoal* render_goal(std::size_t bodies) {
  for (const RenderGoal& goal : render_goals)
    if (goal.bodies == bodies) return &goal;
  return nullptr;
}

SizeResult measure_size(const fs::path& self, const fs::path& govgraph, const fs::path& dir, std::size_t bodies,
                        bool try_render) {
  SizeResult r;
  r.bodies = bodies;
  const auto [map, next] = ensure_maps(dir / "maps", bodies);
  r.file_bytes = fs::file_size(map);
  const int runs = best_of;
  const std::string n = std::to_string(bodies);
  const fs::path out = dir / "out";
  const std::string g = govgraph.string();
  std::cerr << grouped(bodies) << " bodies:\n";
  r.parse = measure("parse", {self.string(), "--parse", map.string()}, out / ("parse-" + n + ".log"), runs);
  r.validate = measure("validate", {g, "validate", map.string()}, out / ("validate-" + n + ".log"), runs);
  r.analyse = measure("analyse",
                      {g, "analyse", map.string(), "--format", "json", "-o", (out / ("analyse-" + n + ".json")).string()},
                      out / ("analyse-" + n + ".log"), runs);
  r.diff = measure("diff",
                   {g, "diff", map.string(), next.string(), "--format", "json", "-o",
                    (out / ("diff-" + n + ".json")).string()},
                   out / ("diff-" + n + ".log"), runs);
  if (bodies == suggest_bodies)
    r.suggest = measure("suggest",
                        {g, "suggest", map.string(), "--format", "json", "--report",
                         (out / ("suggest-" + n + ".json")).string()},
                        out / ("suggest-" + n + ".log"), runs, 12 * suggest_goal);
  else
    r.suggest.problem = "not run: no goal at this size";
  const RenderGoal* goal = render_goal(bodies);
  if (!goal) r.render.problem = "not run: no goal at this size";
  else if (!try_render) r.render.problem = "not run: a smaller map did not finish";
  else
    r.render = measure("render", {g, "render", map.string(), "-o", (out / ("render-" + n + ".svg")).string()},
                       out / ("render-" + n + ".log"), runs, 2 * goal->seconds);
  return r;
}

/// Every pairwise merge of the bundled example checked as govgraph suggest checks a
/// candidate, on two threads, in this process: the best of three, in seconds, and the pairs.
std::pair<double, std::size_t> time_pairwise_merges() {
  govgraph::Diagnostics warnings;
  const govgraph::Evaluator evaluator(
      govgraph::load_map_data(GOVGRAPH_SOURCE_DIR "/examples/scotland-care-system/map.json", warnings), {});
  const auto proposals = govgraph::bench::pairwise_merges(evaluator.before());
  double best = 0;
  for (int i = 0; i < best_of; ++i) {
    const auto start = std::chrono::steady_clock::now();
    const auto results = govgraph::evaluate_all(evaluator, proposals, 2, govgraph::Detail::summary);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (i == 0 || seconds < best) best = seconds;
  }
  return {best, proposals.size()};
}

/// "0.61 s (3.0x), 120 MiB", or why there is no time.
std::string cell(const Measure& m, const Measure& parse) {
  if (!m.best) return m.problem;
  std::string text = seconds_text(m.best->seconds);
  if (&m != &parse && parse.best) text += format(" (%.1fx)", m.best->seconds / parse.best->seconds);
  return text + ", " + mib_text(m.best->peak_mib);
}

/// The verdict on a goal of at most `limit` times the parse at the largest size measured.
std::string ratio_verdict(const SizeResult& largest, const Measure SizeResult::*command, double limit,
                          double memory_limit_mib = 0) {
  const Measure& m = largest.*command;
  const std::string at = " at " + grouped(largest.bodies);
  if (!m.best || !largest.parse.best) return "not measured" + at;
  const double ratio = m.best->seconds / largest.parse.best->seconds;
  std::string missed;
  if (ratio > limit) missed = format("%.1fx", ratio);
  if (memory_limit_mib > 0 && m.best->peak_mib >= memory_limit_mib)
    missed += (missed.empty() ? "" : ", ") + mib_text(m.best->peak_mib);
  return (missed.empty() ? "met" : "not met (" + missed + ")") + at;
}

std::string render_verdict(const std::vector<SizeResult>& results) {
  std::string verdict;
  for (const SizeResult& r : results) {
    const RenderGoal* goal = render_goal(r.bodies);
    if (!goal) continue;
    const bool met = r.render.best && r.render.best->seconds < goal->seconds;
    const bool tried = r.render.best || r.render.problem.rfind("not run", 0) != 0;
    verdict += std::string(verdict.empty() ? "" : "; ") + (met ? "met" : tried ? "not met" : "not measured") + " at " +
               grouped(r.bodies);
  }
  return verdict;
}

std::string proc_field(const char* file, const std::string& name) {
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);)
    if (line.rfind(name, 0) == 0 && line.find(':') != std::string::npos) {
      std::string value = line.substr(line.find(':') + 1);
      value.erase(0, value.find_first_not_of(" \t"));
      return value;
    }
  return "unknown";
}

std::string machine() {
  std::ifstream in("/proc/cpuinfo");
  std::size_t cores = 0;
  for (std::string line; std::getline(in, line);) cores += line.rfind("processor", 0) == 0 ? 1U : 0U;
  const double mem_kib = std::atof(proc_field("/proc/meminfo", "MemTotal").c_str());
  return proc_field("/proc/cpuinfo", "model name") + ", " + std::to_string(cores) + " cores, " +
         format("%.1f GiB", mem_kib / 1024 / 1024) + " memory";
}

/// The 1-minute load average, read before the runs: other work running makes every time
/// longer (never the peak memory), so the table says when it was not quiet.
std::string load_note() {
  std::ifstream in("/proc/loadavg");
  double load = 0;
  in >> load;
  return format(" Load average at the start: %.2f", load) +
         (load >= 0.5 ? " (not quiet: the seconds are longer than on an idle machine)." : ".");
}

std::string version(const fs::path& govgraph, const fs::path& out) {
  const fs::path log = out / "version.log";
  govgraph::bench::run_child({govgraph.string(), "--version"}, log.string(), 60);
  std::string text = slurp(log);
  while (!text.empty() && (text.back() == '\n' || text.back() == '\r')) text.pop_back();
  return text;
}

std::string table(const std::vector<SizeResult>& results, const std::string& header) {
  std::ostringstream t;
  t << header << "\n\n|  |";
  for (const SizeResult& r : results) t << " " << grouped(r.bodies) << " bodies |";
  t << " goal | met |\n| --- |";
  for (std::size_t i = 0; i < results.size(); ++i) t << " --: |";
  t << " --- | --- |\n| map file |";
  for (const SizeResult& r : results)
    t << " " << format("%.1f MB", static_cast<double>(r.file_bytes) / 1e6) << ", " << grouped(r.bodies * links_per_body)
      << " links |";
  t << "  | |\n";
  const auto row = [&](const char* label, const Measure SizeResult::*command, const std::string& goal,
                       const std::string& verdict) {
    t << "| " << label << " |";
    for (const SizeResult& r : results) t << " " << cell(r.*command, r.parse) << " |";
    t << " " << goal << " | " << verdict << " |\n";
  };
  const SizeResult& largest = results.back();
  row("RapidJSON DOM parse (the floor)", &SizeResult::parse, "", "");
  row("`validate` (load)", &SizeResult::validate, "<= 3x the parse", ratio_verdict(largest, &SizeResult::validate, load_goal));
  row("`analyse --format json -o FILE`", &SizeResult::analyse, "<= 9x the parse, < 1 GiB",
      ratio_verdict(largest, &SizeResult::analyse, analyse_goal, analyse_memory_goal_mib));
  row("`diff OLD NEW --format json -o FILE`", &SizeResult::diff, "<= 9x the parse",
      ratio_verdict(largest, &SizeResult::diff, diff_goal));
  row("`render -o FILE.svg`", &SizeResult::render, "1,000: < 10 s; 10,000: < 120 s", render_verdict(results));
  const Measure& suggest = results.front().suggest;
  row("`suggest --format json --report FILE`", &SizeResult::suggest, "1,000: < 10 s",
      !suggest.best ? "not measured" : suggest.best->seconds < suggest_goal ? "met" : "not met");
  return t.str();
}

}  // namespace

int main(int argc, char** argv) try {
  if (argc == 3 && std::string(argv[1]) == "--parse") return parse_only(argv[2]);
  if (argc < 3 || argc > 4) {
    std::cerr << "usage: govgraph_scale_table GOVGRAPH OUT_DIR [MAX_BODIES]   (docs/testing.md)\n";
    return 2;
  }
  const fs::path govgraph = fs::absolute(argv[1]), dir = argv[2];
  const std::size_t max_bodies = argc == 4 ? std::stoul(argv[3]) : sizes[std::size(sizes) - 1];
  fs::create_directories(dir / "maps");
  fs::create_directories(dir / "out");
  const fs::path self = fs::read_symlink("/proc/self/exe");

  const std::string load = load_note();
  std::vector<SizeResult> results;
  bool try_render = true;
  for (const std::size_t bodies : sizes) {
    if (bodies > max_bodies) break;
    results.push_back(measure_size(self, govgraph, dir, bodies, try_render));
    if (render_goal(bodies) && !results.back().render.best) try_render = false;
  }
  if (results.empty()) {
    std::cerr << "govgraph_scale_table: MAX_BODIES is below the smallest size, " << sizes[0] << "\n";
    return 2;
  }
  const std::string header =
      "## govgraph at scale\n\nMachine: " + machine() + ". " + version(govgraph, dir / "out") + ", release build." + load + "\n\n" +
      "Generated maps (bench/generate_map), " + std::to_string(links_per_body) +
      " links per body; diff's second version has 1% of the bodies removed, 1% renamed and 1% added. Each cell: "
      "wall-clock seconds from start to exit (the ratio to the parse), peak memory (max RSS); best of " +
      std::to_string(best_of) + " runs (one for a run over " + std::to_string(static_cast<int>(repeat_up_to_seconds)) +
      " s). Goals on time are judged at the largest size.";
  const auto [pairwise_seconds, pairs] = time_pairwise_merges();
  const std::string text =
      table(results, header) + "\nEvery pairwise merge of the bundled example (" + grouped(pairs) +
      " pairs) checked as `suggest` checks a candidate, on two threads: " + seconds_text(pairwise_seconds) +
      " (goal < 1 s: " + (pairwise_seconds < pairwise_goal ? "met" : "not met") + ").\n";
  std::cout << text;
  write_file(dir / "scale.md", text);
  return 0;
} catch (const std::exception& e) {
  std::cerr << "govgraph_scale_table: " << e.what() << "\n";
  return 3;
}
