#pragma once
// The progress line: what a long run is doing, and for how long, on a terminal's stderr.
// Phases come from the command and the libraries (graph/progress.hpp); a log or a pipe
// gets none, nor does a quiet run.

#include <cstdint>
#include <string>
#include <vector>

#include "cli/command.hpp"
#include "graph/progress.hpp"

namespace govgraph::cli {

/// Inputs at least this large in total (about 10,000 bodies as JSON) take long enough
/// for their reading and analysis to be shown.
inline constexpr std::uintmax_t large_input_bytes = 8'000'000;

/// While it lives, shows each phase as it starts and the time since the line was made,
/// "govgraph: analysing (2.4 s)", on one line of stderr that is rewritten, and wiped at
/// the end; shows nothing unless `wanted` and stderr is a terminal. Messages written
/// meanwhile (cli/output.hpp's note) wipe the line first.
class ProgressLine {
 public:
  explicit ProgressLine(bool wanted);
  ~ProgressLine();
  ProgressLine(const ProgressLine&) = delete;
  ProgressLine& operator=(const ProgressLine&) = delete;

 private:
  bool shown_;
  ProgressScope scope_;
};

/// The bytes of `inputs` (files or CSV folders) in all; one that cannot be read counts none.
std::uintmax_t input_bytes(const std::vector<std::string>& inputs);

/// Whether a run over `inputs` (files or CSV folders) is long enough for a progress line:
/// not quiet, and at least large_input_bytes read in all.
bool worth_showing(const std::vector<std::string>& inputs, const Context& context);

/// Wipes the progress line if one is on the terminal, so that a message starts at the
/// line's start; the next phase draws it again.
void clear_progress_line();

}  // namespace govgraph::cli
