#pragma once
// Writing a JSON document with RapidJSON, two-space indented: the findings report and
// the restructure comparison both write through this. Each call is O(its output).

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <string>
#include <string_view>
#include <vector>

#include "analyses/finding.hpp"

namespace govgraph {

class JsonWriter {
 public:
  JsonWriter() : writer_(buffer_) { writer_.SetIndent(' ', 2); }

  void key(std::string_view name) { writer_.Key(name.data(), static_cast<rapidjson::SizeType>(name.size())); }
  void string(std::string_view text) { writer_.String(text.data(), static_cast<rapidjson::SizeType>(text.size())); }
  /// `name`: a string, or null when it is empty (an absent optional value).
  void optional_field(std::string_view name, std::string_view text) {
    key(name);
    if (text.empty())
      writer_.Null();
    else
      string(text);
  }
  void count(std::size_t n) { writer_.Uint64(n); }
  void number(double value) { writer_.Double(value); }
  void boolean(bool value) { writer_.Bool(value); }
  void null() { writer_.Null(); }
  void begin_object() { writer_.StartObject(); }
  void end_object() { writer_.EndObject(); }
  void begin_array() { writer_.StartArray(); }
  void end_array() { writer_.EndArray(); }

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

  std::string take() { return std::string(buffer_.GetString(), buffer_.GetSize()) + "\n"; }

 private:
  rapidjson::StringBuffer buffer_;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> writer_;
};

/// A finding's own members (severity, rule, subjects, message, evidence, sources), written
/// into the object `w` has open: the one shape of a finding in every JSON document.
void write_finding_fields(JsonWriter& w, const Finding& finding);

}  // namespace govgraph
