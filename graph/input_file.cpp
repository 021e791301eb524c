#include "graph/input_file.hpp"

#include <array>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>

#include "graph/diagnostic.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

std::uintmax_t limit = default_max_input_size;

/// `size`: "is 3.0 GiB" when known, else "goes on past the limit" (a pipe).
[[noreturn]] void too_large(const std::filesystem::path& path, const std::string& size) {
  throw InputError(Location{path.string()}, "the file " + size + ", more than the input size limit of " +
                                                describe_size(limit) +
                                                "; if it really is one input, raise the limit with "
                                                "--max-input-size SIZE (such as 4GiB)");
}

}  // namespace

void set_max_input_size(std::uintmax_t bytes) { limit = bytes; }
std::uintmax_t max_input_size() { return limit; }

std::string describe_size(std::uintmax_t bytes) {
  static constexpr std::array<const char*, 4> units = {"KiB", "MiB", "GiB", "TiB"};
  if (bytes < 1024) return counted(bytes, "byte", "bytes");
  double value = static_cast<double>(bytes) / 1024;
  std::size_t unit = 0;
  while (value >= 1024 && unit + 1 < units.size()) {
    value /= 1024;
    ++unit;
  }
  std::array<char, 32> text{};
  std::snprintf(text.data(), text.size(), value < 10 ? "%.1f %s" : "%.0f %s", value, units[unit]);
  return text.data();
}

std::string read_file(const std::filesystem::path& path) {
  std::error_code error;
  const auto status = std::filesystem::status(path, error);
  if (std::filesystem::is_directory(status))
    throw InputError(Location{path.string()}, "is a folder; expected a file");
  std::string text;
  if (std::filesystem::is_regular_file(status)) {
    const auto size = std::filesystem::file_size(path, error);
    if (!error && size > limit) too_large(path, "is " + describe_size(size));
    if (!error) text.reserve(static_cast<std::size_t>(size));
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(Location{path.string()}, std::string("cannot read the file: ") + std::strerror(errno));
  std::array<char, 1 << 16> chunk{};
  // Read in chunks, so a pipe or device, whose size is not known in advance, stops at the limit too.
  while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
    text.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (text.size() > limit) too_large(path, "goes on past the limit");
  }
  if (in.bad()) throw InputError(Location{path.string()}, std::string("cannot read the file: ") + std::strerror(errno));
  return text;
}

}  // namespace govgraph
