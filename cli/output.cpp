#include "cli/output.hpp"

#include <unistd.h>

#include <cstdio>
#include <cstring>
#include <iostream>

#include "graph/diagnostic.hpp"

namespace govgraph::cli {

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
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
  if (ok) {
    std::filesystem::permissions(temp, std::filesystem::perms(0644), error);
    std::filesystem::rename(temp, path, error);
  }
  if (!ok || error) {
    std::filesystem::remove(temp);
    throw InputError(Location{path.string()},
                     std::string("cannot write the output file: ") +
                         (error ? error.message() : std::string(std::strerror(saved_errno))));
  }
}

void emit(const std::string& path, std::string_view content) {
  if (path.empty() || path == "-") {
    std::cout << content << std::flush;
    return;
  }
  write_file_atomically(path, content);
}

}  // namespace govgraph::cli
