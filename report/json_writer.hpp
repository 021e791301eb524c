#pragma once
// Writing a JSON document with RapidJSON, two-space indented: the findings report and
// the restructure comparison both write through this. Each call is O(its output).

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <array>
#include <cstddef>
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

/// Objects written with one_line_object take one line each, so a report of many
/// findings stays small and a finding can be found with grep; the rest is indented.
class JsonWriter {
 public:
  /// Bytes go to `sink` as they are written (finish() ends the document); without one
  /// they are kept for take().
  explicit JsonWriter(ChunkSink sink = {}) : out_(std::move(sink)), pretty_(out_), line_(line_buffer_) {
    pretty_.SetIndent(' ', 2);
  }

  void key(std::string_view name) {
    each([&](auto& w) { w.Key(name.data(), static_cast<rapidjson::SizeType>(name.size())); });
  }
  void string(std::string_view text) {
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

  /// An object on one line of its own, its members written by `members()`.
  template <typename Members>
  void one_line_object(Members members) {
    line_buffer_.Clear();
    line_.Reset(line_buffer_);
    in_line_ = true;
    begin_object();
    members();
    end_object();
    in_line_ = false;
    pretty_.RawValue(line_buffer_.GetString(), line_buffer_.GetSize(), rapidjson::kObjectType);
  }

  void strings(const std::vector<std::string>& items) {
    begin_array();
    for (const auto& item : items) string(item);
    end_array();
  }
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
  template <typename Write>
  void each(Write write) {
    if (in_line_)
      write(line_);
    else
      write(pretty_);
  }

  ChunkStream out_;
  rapidjson::PrettyWriter<ChunkStream> pretty_;
  rapidjson::StringBuffer line_buffer_;
  rapidjson::Writer<rapidjson::StringBuffer> line_;
  bool in_line_ = false;
};

/// A finding's own members (severity, rule, subjects, message, evidence, sources), written
/// into the object `w` has open: the one shape of a finding in every JSON document.
void write_finding_fields(JsonWriter& w, const Finding& finding);

}  // namespace govgraph
