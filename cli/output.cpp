#include "cli/output.hpp"

#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "graph/escape.hpp"
#include "graph/text.hpp"

namespace govgraph::cli {

namespace {

/// Writes `content` to a new temporary file beside `path` and returns its name; throws
/// (and leaves nothing) when the folder cannot be written or the write fails.
std::string write_temporary(const std::filesystem::path& path, std::string_view content) {
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  std::string temp = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0)
    throw InputError(Location{path.string()}, std::string("cannot write the output file: ") + std::strerror(errno));
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  const bool ok = written == content.size() && ::fsync(fd) == 0;
  const int saved_errno = errno;
  ::close(fd);
  std::error_code error;
  if (ok) std::filesystem::permissions(temp, std::filesystem::perms(0644), error);
  if (!ok || error) {
    std::filesystem::remove(temp, error);
    // The folder took the file, so the system failed the write: not the input's fault.
    throw EnvironmentError("cannot write " + path.string() + ": " +
                           (ok ? error.message() : std::string(std::strerror(saved_errno))));
  }
  return temp;
}

void move_into_place(const std::string& temp, const std::filesystem::path& path) {
  std::error_code error;
  std::filesystem::rename(temp, path, error);
  if (error) {
    std::filesystem::remove(temp, error);
    throw InputError(Location{path.string()}, "cannot write the output file: " + error.message());
  }
}

bool to_stdout(const std::string& path) { return path.empty() || path == "-"; }

/// Writes to stdout and checks it took the bytes (a full disk or a closed pipe).
void write_stdout(std::string_view content) {
  std::cout << content << std::flush;
  if (!std::cout) throw EnvironmentError(std::string("cannot write to standard output: ") + std::strerror(errno));
}

}  // namespace

void add_format_option(CLI::App& command, ReportFormat& format, const std::vector<ReportFormat>& offered) {
  std::vector<std::pair<std::string, ReportFormat>> names;
  std::vector<std::string> listed;
  for (const ReportFormat f : offered) {
    names.emplace_back(to_string(f), f);
    listed.push_back(names.back().first);
  }
  // IsMember names the choices in a mistake's message; the Transformer then maps the
  // name to the enum, its own description left out of the help. CLI11 runs the last
  // transform added first.
  command.add_option("--format", format, "Output format")
      ->transform(CLI::Transformer(names).description(""))
      ->transform(CLI::IsMember(listed))
      ->type_name("TEXT")
      ->default_str(to_string(format));
}

Content content_of(ReportFormat format, bool colour) {
  if (format == ReportFormat::text) return colour ? Content::escaped : Content::text;
  return format == ReportFormat::markdown ? Content::text : Content::data;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  move_into_place(write_temporary(path, content), path);
}

void write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files) {
  std::vector<std::string> temps;
  try {
    for (const auto& [path, content] : files) temps.push_back(write_temporary(path, content));
  } catch (const std::exception&) {
    std::error_code ignored;
    for (const auto& temp : temps) std::filesystem::remove(temp, ignored);
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) move_into_place(temps[i], files[i].first);
}

void emit_all(const std::vector<Output>& outputs) {
  std::vector<std::string> safe;  // text for people, terminal-safe, to a file as to a terminal
  safe.reserve(outputs.size());
  std::vector<std::pair<std::filesystem::path, std::string_view>> files;
  for (const auto& output : outputs) {
    safe.push_back(output.kind == Content::text ? terminal_lines(output.content) : std::string(output.content));
    if (!to_stdout(output.path)) files.emplace_back(output.path, safe.back());
  }
  write_files_atomically(files);
  for (std::size_t i = 0; i < outputs.size(); ++i)
    if (to_stdout(outputs[i].path)) write_stdout(safe[i]);
}

void emit(const std::string& path, std::string_view content, Content kind) { emit_all({{path, content, kind}}); }

void say(std::string_view line) { write_stdout(terminal_lines(line) + "\n"); }

void note(std::string_view line) { std::cerr << terminal_lines(line) << '\n'; }

void print_diagnostics(const Diagnostics& diagnostics, bool errors_only) {
  for (const auto& d : diagnostics.all())
    if (!errors_only || d.level == Diagnostic::Level::error) note(d.format());
}

}  // namespace govgraph::cli
