#pragma once
// Running a command as a user would, and measuring it: wall-clock seconds from spawn to
// exit and the peak resident memory the kernel recorded for it (wait4's ru_maxrss).

#include <string>
#include <vector>

namespace govgraph::bench {

struct ChildRun {
  double seconds = 0;    // steady_clock, spawn to reaped
  double peak_mib = 0;   // max RSS of the child, MiB
  int exit_code = -1;    // -1 when killed by a signal (a timeout included)
  bool timed_out = false;
};

/// Runs `argv` (argv[0] a path, not searched in PATH) with stdin from /dev/null and stdout
/// and stderr into `log` (truncated), killing it after `timeout_seconds`. Throws
/// std::runtime_error when it cannot be started.
ChildRun run_child(const std::vector<std::string>& argv, const std::string& log, double timeout_seconds);

}  // namespace govgraph::bench
