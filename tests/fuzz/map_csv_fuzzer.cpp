// libFuzzer target: the CSV folder reader, then everything the CLI does with a map it read.
// One input is a whole folder: each file starts at a line "=== NAME" (NAME one of the
// folder's files); text before the first such line is ignored. The files are written
// into a temporary folder, which read_csv_folder reads as a user's folder.

#include <unistd.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <string_view>

#include "importers/csv_reader.hpp"
#include "tests/fuzz/fuzz_support.hpp"

namespace {

constexpr std::array<std::string_view, 6> folder_files = {"map.json", "sources.csv", "policy_areas.csv",
                                                          "bodies.csv", "links.csv", "responsibilities.csv"};
constexpr std::string_view separator = "=== ";

/// The files of one input, by name; a name given twice keeps its last text.
std::map<std::string_view, std::string_view> split(std::string_view input) {
  std::map<std::string_view, std::string_view> files;
  std::string_view* current = nullptr;
  std::size_t start = 0;
  while (start < input.size()) {
    std::size_t end = input.find('\n', start);
    end = end == std::string_view::npos ? input.size() : end + 1;
    const std::string_view line = input.substr(start, end - start);
    std::string_view name = line.substr(0, line.find('\n'));
    bool is_separator = false;
    if (name.starts_with(separator)) {
      name.remove_prefix(separator.size());
      for (auto file : folder_files) is_separator = is_separator || name == file;
    }
    if (is_separator) {
      current = &files[name];
      *current = input.substr(end, 0);
    } else if (current != nullptr) {
      *current = std::string_view(current->data(), current->size() + line.size());
    }
    start = end;
  }
  return files;
}

const std::filesystem::path& folder() {
  static const std::filesystem::path path = [] {
    std::string name = (std::filesystem::temp_directory_path() / "govgraph-fuzz-csv-XXXXXX").string();
    if (::mkdtemp(name.data()) == nullptr) std::abort();
    std::atexit([] {
      std::error_code ignored;
      std::filesystem::remove_all(folder(), ignored);
    });
    return std::filesystem::path(name);
  }();
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto files = split(std::string_view(reinterpret_cast<const char*>(data), size));
  for (auto name : folder_files) {
    const std::filesystem::path path = folder() / name;
    const auto file = files.find(name);
    if (file == files.end()) {
      std::filesystem::remove(path);
      continue;
    }
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(file->second.data(), static_cast<std::streamsize>(file->second.size()));
    if (!out.flush()) std::abort();
  }
  govgraph::fuzz::expecting_input_errors([&] {
    govgraph::Diagnostics found;
    govgraph::MapData map = govgraph::read_csv_folder(folder(), found);
    govgraph::fuzz::exercise_map(std::move(map), std::move(found));
  });
  return 0;
}
