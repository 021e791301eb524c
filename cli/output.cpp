#include "cli/output.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <condition_variable>
#include <cstring>
#include <deque>
#include <exception>
#include <functional>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <thread>

#include "cli/progress.hpp"
#include "graph/escape.hpp"
#include "graph/text.hpp"

namespace govgraph::cli {

namespace {

/// Writes all of `content` to an open descriptor; false with errno set when the system
/// refuses part of it.
bool write_all(int fd, std::string_view content) {
  std::size_t written = 0;
  while (written < content.size()) {
    const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    written += static_cast<std::size_t>(n);
  }
  return true;
}

/// Where an output path really leads, and how to write there.
struct Target {
  std::filesystem::path path;    // through any symlink, to the file it names
  bool direct = false;           // a device, FIFO or socket: written in place, never replaced
  std::optional<struct stat> existing;  // the regular file being replaced: its mode and owner are kept
};

Target target_of(const std::filesystem::path& path) {
  std::error_code error;
  Target target{path, false, std::nullopt};
  // A symlink is written through, as a shell's redirection writes it: replacing the link
  // with a file would cut whatever else it serves.
  // A dangling link names the file to create. 40 hops, as the kernel allows.
  for (int hops = 0; hops < 40 && std::filesystem::is_symlink(std::filesystem::symlink_status(target.path, error));
       ++hops) {
    const std::filesystem::path next = std::filesystem::read_symlink(target.path, error);
    if (error) break;
    target.path = next.is_absolute() ? next : target.path.parent_path() / next;
  }
  struct stat info {};
  if (::stat(target.path.c_str(), &info) != 0) return target;  // a new file
  if (S_ISDIR(info.st_mode))
    throw InputError(Location{path.string()}, "is a folder; expected the name of a file to write");
  if (S_ISREG(info.st_mode)) target.existing = info;
  else target.direct = true;
  return target;
}

/// Makes an output's bytes: hands each block of them to the sink it is given.
using Producer = std::function<void(const ChunkSink&)>;

Producer whole(std::string_view content) {
  return [content](const ChunkSink& sink) { sink(content); };
}

/// A sink onto an open descriptor; EnvironmentError naming `path` when the system refuses
/// a block.
ChunkSink descriptor_sink(int fd, const std::filesystem::path& path) {
  return [fd, path](std::string_view chunk) {
    if (!write_all(fd, chunk)) throw EnvironmentError("cannot write " + path.string() + ": " + std::strerror(errno));
  };
}

/// Writes the chunks it is handed to a file on a thread of its own, so a large report is
/// made on the cores while the system copies the made part into the file. At most `limit`
/// bytes wait at once; the first failure to write is thrown from the next write or finish.
class BackgroundWriter {
 public:
  BackgroundWriter(int fd, std::filesystem::path path) : fd_(fd), path_(std::move(path)), thread_([this] { run(); }) {}
  BackgroundWriter(const BackgroundWriter&) = delete;
  BackgroundWriter& operator=(const BackgroundWriter&) = delete;
  ~BackgroundWriter() { stop(); }

  void write(std::string_view chunk) {
    std::unique_lock lock(mutex_);
    changed_.wait(lock, [&] { return failure_ || waiting_ < limit; });
    throw_failure();
    queue_.emplace_back(chunk);
    waiting_ += chunk.size();
    changed_.notify_all();
  }
  /// Returns once every chunk is in the file.
  void finish() {
    stop();
    throw_failure();
  }

 private:
  static constexpr std::size_t limit = std::size_t{8} << 20;
  static constexpr std::size_t writeback_block = std::size_t{8} << 20;

  void run() {
    std::unique_lock lock(mutex_);
    for (;;) {
      changed_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, and all written
      std::string chunk = std::move(queue_.front());
      queue_.pop_front();
      lock.unlock();
      const bool written = failure_ == nullptr && write_all(fd_, chunk);
      const int error = errno;
      if (written) start_writeback(chunk.size());
      lock.lock();
      if (!written && failure_ == nullptr)
        failure_ = std::make_exception_ptr(EnvironmentError("cannot write " + path_.string() + ": " + std::strerror(error)));
      waiting_ -= chunk.size();
      changed_.notify_all();
    }
  }
  /// Asks the system to start putting the bytes written so far on the disk, a block at a
  /// time, so the fsync that ends the file waits only for the last block rather than the
  /// whole report. Only a hint: where it is refused, the fsync still does it all.
  void start_writeback(std::size_t size) {
    written_ += size;
    if (written_ - sent_ < writeback_block) return;
    ::sync_file_range(fd_, static_cast<off_t>(sent_), static_cast<off_t>(written_ - sent_), SYNC_FILE_RANGE_WRITE);
    sent_ = written_;
  }
  void stop() {
    {
      std::lock_guard lock(mutex_);
      stopping_ = true;
      changed_.notify_all();
    }
    if (thread_.joinable()) thread_.join();
  }
  void throw_failure() const {
    if (failure_) std::rethrow_exception(failure_);
  }

  int fd_;
  std::filesystem::path path_;
  std::mutex mutex_;
  std::condition_variable changed_;
  std::deque<std::string> queue_;
  std::size_t waiting_ = 0;  // bytes queued or being written
  std::size_t written_ = 0;  // bytes in the file (the writing thread's own)
  std::size_t sent_ = 0;     // of those, bytes already handed to start_writeback's hint
  bool stopping_ = false;
  std::exception_ptr failure_;
  std::thread thread_;  // last: started once the rest is ready
};

/// Writes straight into a device, FIFO or socket, which has no content to keep whole.
void write_in_place(const Target& target, const Producer& produce) {
  const int fd = ::open(target.path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0)
    throw InputError(Location{target.path.string()}, std::string("cannot write the output: ") + std::strerror(errno));
  try {
    produce(descriptor_sink(fd, target.path));
  } catch (...) {
    ::close(fd);
    throw;
  }
  ::close(fd);
}

/// The user's umask, which says what a new file or folder may not allow. Reading it
/// means setting it, so it is put straight back (govgraph writes on one thread).
mode_t current_umask() {
  const mode_t mask = ::umask(0);
  ::umask(mask);
  return mask;
}

/// Writes `content` to a new temporary file beside the target and returns its name,
/// with the replaced file's mode (and owner, where the system allows); throws (and
/// leaves nothing) when the folder cannot be written or the write fails.
std::string write_temporary(const Target& target, const Producer& produce) {
  const std::filesystem::path& path = target.path;
  const std::filesystem::path folder = path.has_parent_path() ? path.parent_path() : ".";
  std::string temp = (folder / ("." + path.filename().string() + ".XXXXXX")).string();
  const int fd = ::mkstemp(temp.data());
  if (fd < 0)
    throw InputError(Location{path.string()}, std::string("cannot write the output file: ") + std::strerror(errno));
  // Owner and mode before the data, so the one fsync covers both. Owner first: chown
  // may clear set-id bits that the mode then restores. Only root may give a file away;
  // anyone else keeps it as their own, so a refused chown is no failure.
  if (target.existing) {
    [[maybe_unused]] const int refused = ::fchown(fd, target.existing->st_uid, target.existing->st_gid);
  }
  const mode_t mode = target.existing ? target.existing->st_mode & 07777 : 0666 & ~current_umask();
  std::error_code ignored;
  try {
    // The folder took the file, so a failure now is the system's: not the input's fault.
    if (::fchmod(fd, mode) != 0) throw EnvironmentError("cannot write " + path.string() + ": " + std::strerror(errno));
    BackgroundWriter writer(fd, path);
    produce([&writer](std::string_view chunk) { writer.write(chunk); });
    writer.finish();
    if (::fsync(fd) != 0) throw EnvironmentError("cannot write " + path.string() + ": " + std::strerror(errno));
  } catch (...) {
    ::close(fd);
    std::filesystem::remove(temp, ignored);
    throw;
  }
  ::close(fd);
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
  clear_progress_line();
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
  // one_of_names checks the name and lists the choices; the Transformer then maps the
  // name to the enum, its own description left out of the help.
  one_of_names(command.add_option("--format", format, "Output format")->transform(CLI::Transformer(names).description("")),
               listed)
      ->type_name("TEXT")
      ->default_str(to_string(format));
}

Content content_of(ReportFormat format, bool colour) {
  if (format == ReportFormat::text) return colour ? Content::escaped : Content::text;
  return format == ReportFormat::markdown ? Content::text : Content::data;
}

void write_file_atomically(const std::filesystem::path& path, std::string_view content) {
  write_files_atomically({{path, content}});
}

namespace {

void write_produced_atomically(const std::vector<std::pair<std::filesystem::path, Producer>>& files) {
  std::vector<Target> targets;
  for (const auto& file : files) targets.push_back(target_of(file.first));
  std::vector<std::string> temps(files.size());
  try {
    for (std::size_t i = 0; i < files.size(); ++i)
      if (!targets[i].direct) temps[i] = write_temporary(targets[i], files[i].second);
  } catch (const std::exception&) {
    std::error_code ignored;
    for (const auto& temp : temps)
      if (!temp.empty()) std::filesystem::remove(temp, ignored);
    throw;
  }
  for (std::size_t i = 0; i < files.size(); ++i) {
    if (targets[i].direct) write_in_place(targets[i], files[i].second);
    else move_into_place(temps[i], targets[i].path);
  }
}

}  // namespace

void write_files_atomically(const std::vector<std::pair<std::filesystem::path, std::string_view>>& files) {
  std::vector<std::pair<std::filesystem::path, Producer>> produced;
  for (const auto& [path, content] : files) produced.emplace_back(path, whole(content));
  write_produced_atomically(produced);
}

namespace {

/// Holds an exclusive flock on a folder for its lifetime.
class FolderLock {
 public:
  explicit FolderLock(const std::filesystem::path& folder) : fd_(::open(folder.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC)) {
    if (fd_ < 0 || ::flock(fd_, LOCK_EX) != 0)
      throw InputError(Location{folder.string()}, std::string("cannot write into the folder: ") + std::strerror(errno));
  }
  ~FolderLock() {
    if (fd_ >= 0) ::close(fd_);  // closing releases the lock
  }
  FolderLock(const FolderLock&) = delete;
  FolderLock& operator=(const FolderLock&) = delete;

 private:
  int fd_;
};

}  // namespace

void write_folder_atomically(const std::filesystem::path& folder,
                             const std::vector<std::pair<std::string, std::string_view>>& files) {
  std::vector<std::pair<std::filesystem::path, std::string_view>> paths;
  std::error_code error;
  if (std::filesystem::is_directory(folder, error)) {
    const FolderLock lock(folder);
    for (const auto& [name, content] : files) paths.emplace_back(folder / name, content);
    write_files_atomically(paths);
    return;
  }
  const std::filesystem::path parent = folder.has_parent_path() ? folder.parent_path() : ".";
  std::filesystem::create_directories(parent, error);
  std::string temp = (parent / ("." + folder.filename().string() + ".XXXXXX")).string();
  if (error || ::mkdtemp(temp.data()) == nullptr)
    throw InputError(Location{folder.string()},
                     "cannot create the folder: " + (error ? error.message() : std::string(std::strerror(errno))));
  try {
    for (const auto& [name, content] : files) paths.emplace_back(std::filesystem::path(temp) / name, content);
    write_files_atomically(paths);
    if (::chmod(temp.c_str(), 0777 & ~current_umask()) != 0 || ::rename(temp.c_str(), folder.c_str()) != 0)
      throw InputError(Location{folder.string()}, std::string("cannot create the folder: ") + std::strerror(errno));
  } catch (...) {
    std::filesystem::remove_all(temp, error);
    throw;
  }
}

void refuse_outputs_onto_inputs(const std::vector<std::string>& outputs, const std::vector<std::string>& inputs) {
  struct stat input {};
  struct stat output {};
  struct stat folder {};
  for (const std::string& in : inputs) {
    if (in.empty() || to_stdout(in) || ::stat(in.c_str(), &input) != 0) continue;
    for (const std::string& out : outputs) {
      if (out.empty() || to_stdout(out)) continue;
      const bool same = ::stat(out.c_str(), &output) == 0 && output.st_dev == input.st_dev && output.st_ino == input.st_ino;
      // Anything written into a CSV folder being read changes that map, whatever its name.
      const std::filesystem::path parent = std::filesystem::path(out).parent_path();
      const bool inside = S_ISDIR(input.st_mode) && ::stat(parent.empty() ? "." : parent.c_str(), &folder) == 0 &&
                          folder.st_dev == input.st_dev && folder.st_ino == input.st_ino;
      if (same || inside)
        throw InputError(Location{out}, std::string(same ? "is" : "is inside") + " the input " + in +
                                            ", which writing would destroy; choose another output (nothing was "
                                            "written)");
    }
  }
}

void emit_all(const std::vector<Output>& outputs) {
  // Text for people is made terminal-safe, to a file as to a terminal; the rest is
  // written as it is, without a copy.
  std::vector<std::string> safe(outputs.size());
  std::vector<std::string_view> content;
  std::vector<std::pair<std::filesystem::path, std::string_view>> files;
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    if (outputs[i].kind == Content::text) safe[i] = terminal_lines(outputs[i].content);
    content.push_back(outputs[i].kind == Content::text ? std::string_view(safe[i]) : outputs[i].content);
    if (!to_stdout(outputs[i].path)) files.emplace_back(outputs[i].path, content.back());
  }
  write_files_atomically(files);
  for (std::size_t i = 0; i < outputs.size(); ++i)
    if (to_stdout(outputs[i].path)) write_stdout(content[i]);
}

void emit(const std::string& path, std::string_view content, Content kind) { emit_all({{path, content, kind}}); }

void emit_streamed(const std::string& path, const std::function<void(const ChunkSink&)>& produce) {
  if (to_stdout(path)) produce(write_stdout);
  else report_progress("writing " + path);
  if (!to_stdout(path)) write_produced_atomically({{path, produce}});
}

void say(std::string_view line) { write_stdout(terminal_lines(line) + "\n"); }

void note(std::string_view line) {
  clear_progress_line();
  std::cerr << terminal_lines(line) << '\n';
}

void print_diagnostics(const Diagnostics& diagnostics, bool errors_only) {
  for (const auto& d : diagnostics.all())
    if (!errors_only || d.level == Diagnostic::Level::error) note(d.format());
}

void add_csv_for_option(CLI::App& command, CsvFor& audience, std::string_view scope, std::string_view guard_note) {
  CLI::Option* option =
      command
          .add_option("--csv-for", audience,
                      std::string(scope) + "people (a cell a spreadsheet would run as a formula starts with '" +
                          std::string(guard_note) + ") or tools (every cell as it is)")
          ->transform(
              CLI::Transformer(std::map<std::string, CsvFor>{{"people", CsvFor::people}, {"tools", CsvFor::tools}})
                  .description(""));
  one_of_names(option, {"people", "tools"})
      ->type_name("TEXT")
      ->default_str("people");
}

bool starts_with_bom(CsvBom bom, CsvFor audience) {
  return bom == CsvBom::always || (bom == CsvBom::for_people && audience == CsvFor::people);
}

void add_csv_bom_option(CLI::App& command, CsvBom& bom, std::string_view scope) {
  CLI::Option* option =
      command
          .add_option("--csv-bom", bom,
                      std::string(scope) +
                          "start with a UTF-8 byte-order mark, which Excel needs to show non-ASCII text such as "
                          "'\u2192' rightly: for-people (when --csv-for people), always or never")
          ->transform(CLI::Transformer(std::map<std::string, CsvBom>{{"for-people", CsvBom::for_people},
                                                                     {"always", CsvBom::always},
                                                                     {"never", CsvBom::never}})
                          .description(""));
  one_of_names(option, {"for-people", "always", "never"})
      ->type_name("WHEN")
      ->default_str("for-people");
}

}  // namespace govgraph::cli
