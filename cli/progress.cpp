#include "cli/progress.hpp"

#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <mutex>

#include "graph/text.hpp"

namespace govgraph::cli {
namespace {

// One line on one terminal: the state is the process's, guarded for diff's two threads.
std::mutex line_mutex;
bool line_drawn = false;
std::size_t lines_open = 0;  // a drawing's line inside a command's keeps the command's start
std::chrono::steady_clock::time_point line_start;

void wipe_locked() {
  if (!line_drawn) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  line_drawn = false;
}

void show(std::string_view phase) {
  const std::lock_guard lock(line_mutex);
  const std::chrono::duration<double> elapsed = std::chrono::steady_clock::now() - line_start;
  const std::string line = "\r\x1b[Kgovgraph: " + std::string(phase) + " (" + format_fixed(elapsed.count(), 1) + " s)";
  std::fputs(line.c_str(), stderr);
  std::fflush(stderr);
  line_drawn = true;
}

std::uintmax_t size_of(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::is_directory(path, error)) {
    const std::uintmax_t size = std::filesystem::file_size(path, error);
    return error ? 0 : size;
  }
  std::uintmax_t total = 0;
  for (const auto& entry : std::filesystem::directory_iterator(path, error))
    if (entry.is_regular_file(error)) total += size_of(entry.path());
  return total;
}

}  // namespace

ProgressLine::ProgressLine(bool wanted)
    : shown_(wanted && isatty(STDERR_FILENO) != 0),
      scope_(shown_ ? ProgressSink(show) : ProgressSink(nullptr)) {
  if (!shown_) return;
  const std::lock_guard lock(line_mutex);
  if (lines_open++ == 0) line_start = std::chrono::steady_clock::now();
}

ProgressLine::~ProgressLine() {
  if (!shown_) return;
  const std::lock_guard lock(line_mutex);
  --lines_open;
  wipe_locked();
}

std::uintmax_t input_bytes(const std::vector<std::string>& inputs) {
  std::uintmax_t total = 0;
  for (const auto& input : inputs) total += size_of(input);
  return total;
}

bool worth_showing(const std::vector<std::string>& inputs, const Context& context) {
  return !context.quiet && input_bytes(inputs) >= large_input_bytes;
}

void clear_progress_line() {
  const std::lock_guard lock(line_mutex);
  wipe_locked();
}

}  // namespace govgraph::cli
