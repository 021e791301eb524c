#pragma once
// Where command output goes, and the one place a command's words reach a terminal:
// stdout (or a file written whole or not at all) and stderr. Text for people passes
// through graph/escape.hpp's terminal_lines here, so a control character from a map
// (ESC, BEL, CR) never reaches a terminal raw, whichever command quotes it.

#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include <CLI/CLI.hpp>

#include "graph/diagnostic.hpp"
#include "graph/escape.hpp"
#include "report/report.hpp"

namespace govgraph::cli {

/// What a command writes, which says how it is made safe for a terminal.
enum class Content {
  text,     // for people (text, Markdown): control characters but line feed and tab shown as '?'
  escaped,  // text whose every piece of map text is already escaped (the coloured text report)
  data,     // a file format that carries the text in its own escaping (JSON, CSV, HTML, SVG, DOT)
};

/// One output of a command: stdout when `path` is empty or "-", else the file.
struct Output {
  std::string path;
  std::string_view content;
  Content kind = Content::data;
};

/// Adds --format, bound by CLI11 (IsMember, then a Transformer) to `format` (whose value is the default), offering
/// `offered` in that order.
void add_format_option(CLI::App& command, ReportFormat& format, const std::vector<ReportFormat>& offered);

/// How a report in `format` is written: text and Markdown are for people, text in colour
/// is escaped by the report itself, the rest are file formats.
Content content_of(ReportFormat format, bool colour = false);

/// Writes `content` to `path` through a temporary file in the same folder and a rename,
/// so a reader never sees a half-written file and a failure leaves nothing behind. A
/// replaced file keeps its mode (and owner, where the system allows); a new one gets
/// rw-rw-rw- less the umask. A symlink is written through to the file it names; a
/// device, FIFO or socket (/dev/null, a pipe) is written in place, never replaced.
/// InputError (exit 2) when the path cannot be used (a folder, no such folder, no
/// permission); EnvironmentError (exit 3) when the system fails the write itself.
void write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Writes several files all or nothing: every one goes to a temporary file beside it
/// first, and only when all are written are they renamed into place. The error names
/// the first that cannot be written, and none is left behind.
void write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files);

/// Writes the named files into `folder`. A new folder is made whole beside it under a
/// temporary name and renamed into place, so a failure leaves no folder behind; an
/// existing one is locked (flock) while its files are replaced all or nothing, so two
/// writers at once cannot leave a mix of both.
void write_folder_atomically(const std::filesystem::path& folder,
                             const std::vector<std::pair<std::string, std::string_view>>& files);

/// InputError (exit 2) when an output is one of the inputs, or lies inside a CSV folder
/// being read (by device and inode, so another name for the same file is caught too).
/// Called before a command does any work, so the input is never touched.
void refuse_outputs_onto_inputs(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs);

/// The outputs (a report and a diagram): the files all or nothing, then stdout, so a
/// bad diagram path leaves no report behind. EnvironmentError when stdout cannot be written.
void emit_all(const std::vector<Output>& outputs);

/// emit_all for one output.
void emit(const std::string& path, std::string_view content, Content kind);

/// One data output (Content::data) made a block at a time by `produce`, which hands each
/// block to the sink it is given: to stdout as made, or to a file written all or nothing
/// as write_file_atomically writes it, so a large report is never held whole.
void emit_streamed(const std::string& path, const std::function<void(const ChunkSink&)>& produce);

/// A line for people on stdout (validate's verdict, render's note), made terminal-safe.
void say(std::string_view line);

/// A note on stderr (a file written, a failure), made terminal-safe.
void note(std::string_view line);

/// Diagnostics on stderr, one a line, made terminal-safe; only the errors when `errors_only`.
void print_diagnostics(const Diagnostics& diagnostics, bool errors_only);

/// --csv-for people|tools (default people): whether written CSV cells a spreadsheet would
/// run as a formula are guarded. `scope` opens the help ("For --format csv: "), `guard_note`
/// follows the guard's description.
void add_csv_for_option(CLI::App& command, CsvFor& audience, std::string_view scope, std::string_view guard_note);

/// Whether written CSV starts with a UTF-8 byte-order mark (graph/escape.hpp's utf8_bom):
/// by default when it is for people, who open it in Excel; tools may not expect one.
enum class CsvBom { for_people, always, never };
[[nodiscard]] bool starts_with_bom(CsvBom bom, CsvFor audience);
/// Adds --csv-bom. `scope` opens the help, as for --csv-for.
void add_csv_bom_option(CLI::App& command, CsvBom& bom, std::string_view scope);

}  // namespace govgraph::cli
