#pragma once
// Reading an input file whole (a map, a CSV member, a proposal, a waivers file), within
// a size limit checked before reading: a file far larger than any real map is refused
// with a clear message instead of exhausting memory on the way to its first error.

#include <cstdint>
#include <filesystem>
#include <string>

namespace govgraph {

/// The default limit, far above the largest real map (a 100,000-body register is about
/// 110 MB of JSON).
inline constexpr std::uintmax_t default_max_input_size = std::uintmax_t{1} << 30;  // 1 GiB

/// The limit for every file read after this call, for the whole process: it is one
/// command-line option (--max-input-size), not a property of any one reader.
void set_max_input_size(std::uintmax_t bytes);
[[nodiscard]] std::uintmax_t max_input_size();

/// "1.5 GiB", "300 MiB", "12 KiB", "900 bytes".
[[nodiscard]] std::string describe_size(std::uintmax_t bytes);

/// The whole file. InputError naming the file when it cannot be read, is a folder, or
/// holds more than max_input_size() bytes (checked before reading a regular file, and
/// while reading a pipe or device).
[[nodiscard]] std::string read_file(const std::filesystem::path& path);

}  // namespace govgraph
