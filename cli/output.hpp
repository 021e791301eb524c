#pragma once
// Where command output goes: stdout, or a file written whole or not at all.

#include <filesystem>
#include <string>
#include <string_view>

namespace govgraph::cli {

/// Writes `content` to `path` through a temporary file in the same folder and a rename,
/// so a reader never sees a half-written file and a failure leaves nothing behind.
/// Throws InputError (exit 2) when the folder cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Writes to stdout when `path` is empty or "-", else atomically to the file.
void emit(const std::string& path, std::string_view content);

}  // namespace govgraph::cli
