#include "cli/output.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <iostream>

#include "graph/diagnostic.hpp"

namespace govgraph::cli {

namespace {

/// Writes `content` to a new temporary file beside `path` and returns its name; throws
/// InputError (and leaves nothing) when the folder cannot be written.
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
    throw InputError(Location{path.string()}, std::string("cannot write the output file: ") +
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

}  // namespace

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  move_into_place(write_temporary(path, content), path);
}

void write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files) {
  std::vector<std::string> temps;
  try {
    for (const auto& [path, content] : files) temps.push_back(write_temporary(path, content));
  } catch (const InputError&) {
    std::error_code ignored;
    for (const auto& temp : temps) std::filesystem::remove(temp, ignored);
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) move_into_place(temps[i], files[i].first);
}

void emit_all(const std::vector<std::pair<std::string, std::string_view>>& outputs) {
  std::vector<std::pair<std::filesystem::path, std::string_view>> files;
  for (const auto& [path, content] : outputs)
    if (!path.empty() && path != "-") files.emplace_back(path, content);
  write_files_atomically(files);
  for (const auto& [path, content] : outputs)
    if (path.empty() || path == "-") std::cout << content << std::flush;
}

void emit(const std::string& path, std::string_view content) {
  if (path.empty() || path == "-") {
    std::cout << content << std::flush;
    return;
  }
  write_file_atomically(path, content);
}

}  // namespace govgraph::cli
