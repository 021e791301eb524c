#pragma once
// Writing a JSON document with RapidJSON, two-space indented: the findings report and
// the restructure comparison both write through this. Each call is O(its output).

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <algorithm>
#include <array>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "analyses/finding.hpp"
#include "report/chunk_sink.hpp"

namespace govgraph {

/// A RapidJSON output stream that hands its bytes to a ChunkSink a block at a time, so a
/// large document is never held whole; without a sink it keeps them (take()).
class ChunkStream {
 public:
  using Ch = char;
  explicit ChunkStream(ChunkSink sink = {}) : sink_(std::move(sink)) {}
  void Put(char c) {
    if (used_ == block_.size()) Flush();
    block_[used_++] = c;
  }
  /// Many bytes at once, as Put would write them one by one.
  void write(std::string_view bytes) {
    while (!bytes.empty()) {
      if (used_ == block_.size()) Flush();
      const std::size_t n = std::min(bytes.size(), block_.size() - used_);
      bytes.copy(block_.data() + used_, n);
      used_ += n;
      bytes.remove_prefix(n);
    }
  }
  void Flush() {
    const std::string_view chunk(block_.data(), used_);
    if (sink_) sink_(chunk);
    else kept_ += chunk;
    used_ = 0;
  }
  std::string take() {
    Flush();
    return std::move(kept_);
  }

 private:
  ChunkSink sink_;
  std::array<char, 1 << 16> block_{};
  std::size_t used_ = 0;
  std::string kept_;
};

/// Objects written one line each by a JsonWriter made to keep them, to be placed in a
/// document by another (place_line): so the lines of many findings can be made on
/// several threads and still written in order.
struct KeptLines {
  rapidjson::StringBuffer text;   // the lines, one after another
  std::vector<std::size_t> ends;  // where each ends in `text`

  [[nodiscard]] std::string_view line(std::size_t k) const {
    const std::size_t begin = k == 0 ? 0 : ends[k - 1];
    return {text.GetString() + begin, ends[k] - begin};
  }
};

/// Objects written with one_line_object take one line each, so a report of many
/// findings stays small and a finding can be found with grep; the rest is indented.
class JsonWriter {
 public:
  /// Bytes go to `sink` as they are written (finish() ends the document); without one
  /// they are kept for take().
  explicit JsonWriter(ChunkSink sink = {}) : out_(std::move(sink)), pretty_(out_), direct_(out_), line_(lines_) {
    pretty_.SetIndent(' ', 2);
  }
  /// A writer of one-line objects only, which keeps them for take_lines().
  struct KeepLines {};
  explicit JsonWriter(KeepLines) : JsonWriter() { keep_lines_ = true; }

  // A key is written as a string is: RapidJSON's Key is its String.
  void key(std::string_view name) { string(name); }
  void string(std::string_view text) {
    if (!needs_escaping(text)) {
      // Written as RapidJSON would write it, but copied in one go rather than a byte a
      // call: most text in a report (keys, ids, names, sentences) has nothing to escape.
      each([](auto& w) { w.RawValue("", 0, rapidjson::kStringType); });
      raw_quoted(text);
      return;
    }
    each([&](auto& w) { w.String(text.data(), static_cast<rapidjson::SizeType>(text.size())); });
  }
  /// `name`: a string, or null when it is empty (an absent optional value).
  void optional_field(std::string_view name, std::string_view text) {
    key(name);
    if (text.empty())
      null();
    else
      string(text);
  }
  void count(std::size_t n) {
    each([&](auto& w) { w.Uint64(n); });
  }
  void number(double value) {
    each([&](auto& w) { w.Double(value); });
  }
  void boolean(bool value) {
    each([&](auto& w) { w.Bool(value); });
  }
  void null() {
    each([](auto& w) { w.Null(); });
  }
  void begin_object() {
    each([](auto& w) { w.StartObject(); });
  }
  void end_object() {
    each([](auto& w) { w.EndObject(); });
  }
  void begin_array() {
    each([](auto& w) { w.StartArray(); });
  }
  void end_array() {
    each([](auto& w) { w.EndArray(); });
  }

  /// An object on one line of its own, its members written by `members()`: kept by a
  /// KeepLines writer, else written straight into the document, so even a line of
  /// a hundred megabytes is never held.
  template <typename Members>
  void one_line_object(Members members) {
    if (keep_lines_) {
      line_.Reset(lines_);
      mode_ = Mode::kept_line;
    } else {
      place_line({});
      direct_.Reset(out_);
      mode_ = Mode::direct_line;
    }
    begin_object();
    members();
    end_object();
    mode_ = Mode::document;
    if (keep_lines_) kept_ends_.push_back(lines_.GetSize());
  }

  /// A writer of array values only, on one line, which keeps them for take_values().
  struct KeepValues {};
  explicit JsonWriter(KeepValues) : JsonWriter() {
    mode_ = Mode::direct_line;
    direct_.Reset(out_);
    begin_array();
  }
  /// The values a KeepValues writer wrote, comma-separated, without brackets.
  std::string take_values() { return out_.take().substr(1); }

  /// The objects kept by a writer made with KeepLines; it keeps no more after this.
  KeptLines take_lines() { return KeptLines{std::move(lines_), std::move(kept_ends_)}; }
  /// A line kept by another writer, placed as one_line_object would have written it.
  void place_line(std::string_view line) {
    // RawValue of nothing writes the comma, newline and indent the document needs before
    // a value; the line is then copied in one go rather than a byte a call.
    pretty_.RawValue("", 0, rapidjson::kObjectType);
    out_.write(line);
  }

  void strings(const std::vector<std::string>& items) {
    array_in_parts(items.size(), [&](JsonWriter& into, std::size_t i) { into.string(items[i]); });
  }
  /// An array of `count` values, value i written by write(writer, i): inside a one-line
  /// object written straight into the document, a long one (the million link ids of one
  /// finding) is made in parts on two threads and placed in order, in exactly the bytes
  /// one thread writes.
  void array_in_parts(std::size_t count, const std::function<void(JsonWriter&, std::size_t)>& write);
  void field(std::string_view name, std::string_view text) {
    key(name);
    string(text);
  }
  void field(std::string_view name, std::size_t n) {
    key(name);
    count(n);
  }

  /// `name`: an array of one object an item, its members written by `members(item)`.
  template <typename Items, typename Members>
  void objects(std::string_view name, const Items& items, Members members) {
    key(name);
    begin_array();
    for (const auto& item : items) {
      begin_object();
      members(item);
      end_object();
    }
    end_array();
  }

  /// The document, ended by a newline (the writer made without a sink).
  std::string take() {
    out_.Put('\n');
    return out_.take();
  }
  /// Ends the document with a newline and hands the rest to the sink.
  void finish() {
    out_.Put('\n');
    out_.Flush();
  }

 private:
  enum class Mode { document, direct_line, kept_line };

  /// Whether RapidJSON's writer would escape any byte of `text`: a control character, a
  /// quote or a backslash (its escape table, for UTF-8 written as UTF-8).
  static bool needs_escaping(std::string_view text) {
    // No early exit and no short-circuit, so the compiler checks 16 bytes at a time.
    unsigned char escaped = 0;
    for (const char ch : text) {
      const auto c = static_cast<unsigned char>(ch);
      escaped |= static_cast<unsigned char>(c < 0x20) | static_cast<unsigned char>(c == '"') |
                 static_cast<unsigned char>(c == '\\');
    }
    return escaped != 0;
  }
  /// `text` in quotes, into the stream the current mode writes to.
  void raw_quoted(std::string_view text) {
    if (mode_ == Mode::kept_line) {
      char* at = lines_.Push(text.size() + 2);
      at[0] = '"';
      text.copy(at + 1, text.size());
      at[text.size() + 1] = '"';
    } else {
      out_.Put('"');
      out_.write(text);
      out_.Put('"');
    }
  }

  template <typename Write>
  void each(Write write) {
    switch (mode_) {
      case Mode::document: write(pretty_); break;
      case Mode::direct_line: write(direct_); break;
      case Mode::kept_line: write(line_); break;
    }
  }

  ChunkStream out_;
  rapidjson::PrettyWriter<ChunkStream> pretty_;
  rapidjson::Writer<ChunkStream> direct_;  // a one-line object, into the document
  rapidjson::StringBuffer lines_;          // one-line objects kept (KeepLines)
  rapidjson::Writer<rapidjson::StringBuffer> line_;
  Mode mode_ = Mode::document;
  bool keep_lines_ = false;
  std::vector<std::size_t> kept_ends_;
};

/// Writes `count` one-line objects into the array `w` has open, item i by write(writer, i)
/// (which calls one_line_object once): made a part at a time on two threads and placed in
/// order, so a list of hundreds of thousands of findings is written at two cores' speed in
/// exactly the bytes one thread writes. An item for which written_alone(i) (one too large
/// to hold twice) is written straight into the document instead.
void write_lines_in_parts(JsonWriter& w, std::size_t count, const std::function<void(JsonWriter&, std::size_t)>& write,
                          const std::function<bool(std::size_t)>& written_alone);

/// Whether a finding is too large for its line to be kept in a part (the provenance finding
/// of a map with a million unsourced links): write_lines_in_parts writes it alone.
inline bool too_large_to_hold_twice(const Finding& f) { return f.subjects.size() > 10'000; }

/// A finding's own members (severity, rule, subjects, message, evidence, sources), written
/// into the object `w` has open: the one shape of a finding in every JSON document.
void write_finding_fields(JsonWriter& w, const Finding& finding);

}  // namespace govgraph
