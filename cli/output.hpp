#pragma once
// Where command output goes: stdout, or a file written whole or not at all.

#include <filesystem>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace govgraph::cli {

/// Writes `content` to `path` through a temporary file in the same folder and a rename,
/// so a reader never sees a half-written file and a failure leaves nothing behind.
/// Throws InputError (exit 2) when the folder cannot be written.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Writes several files all or nothing: every one goes to a temporary file beside it
/// first, and only when all are written are they renamed into place. InputError names
/// the first that cannot be written, and none is left behind.
void write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files);

/// Writes to stdout when `path` is empty or "-", else atomically to the file.
void emit(const std::string& path, std::string_view content);

/// emit for several outputs (a report and a diagram): the files all or nothing, then
/// stdout, so a bad diagram path leaves no report behind.
void emit_all(const std::vector<std::pair<std::string, std::string_view>>& outputs);

}  // namespace govgraph::cli
