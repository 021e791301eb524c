// JsonWriter copies text with nothing to escape in one go: it must write exactly the
// bytes RapidJSON's own writers write, whatever the text holds.

#include <string>
#include <vector>

#include <catch2/catch.hpp>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "report/json_writer.hpp"

namespace govgraph {
namespace {

// Texts with each byte value alone, inside plain text, and at either end.
std::vector<std::string> every_byte_texts() {
  std::vector<std::string> texts{"", "plain text", "caf\xC3\xA9 \xE2\x86\x92 board"};
  for (int b = 0; b < 256; ++b) {
    const char c = static_cast<char>(b);
    texts.push_back(std::string(1, c));
    texts.push_back("before " + std::string(1, c) + " after");
    texts.push_back(std::string(1, c) + "x");
    texts.push_back("x" + std::string(1, c));
  }
  return texts;
}

template <typename Writer>
void write_with_rapidjson(Writer& w, const std::vector<std::string>& texts) {
  w.StartObject();
  w.Key("texts");
  w.StartArray();
  for (const auto& t : texts) w.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
  w.EndArray();
  w.EndObject();
}

void write_with_ours(JsonWriter& w, const std::vector<std::string>& texts) {
  w.key("texts");
  w.strings(texts);
}

TEST_CASE("JsonWriter writes every string exactly as RapidJSON does, escaped or copied whole") {
  const std::vector<std::string> texts = every_byte_texts();

  SECTION("in the indented document") {
    rapidjson::StringBuffer expected;
    rapidjson::PrettyWriter<rapidjson::StringBuffer> reference(expected);
    reference.SetIndent(' ', 2);
    reference.StartArray();
    write_with_rapidjson(reference, texts);
    reference.EndArray();

    JsonWriter ours;
    ours.begin_array();
    ours.begin_object();
    write_with_ours(ours, texts);
    ours.end_object();
    ours.end_array();
    CHECK(ours.take() == std::string(expected.GetString()) + "\n");
  }

  rapidjson::StringBuffer expected;
  rapidjson::Writer<rapidjson::StringBuffer> reference(expected);
  write_with_rapidjson(reference, texts);
  const std::string expected_line = expected.GetString();

  SECTION("in a one-line object written into the document") {
    JsonWriter ours;
    ours.begin_array();
    ours.one_line_object([&] { write_with_ours(ours, texts); });
    ours.end_array();
    CHECK(ours.take() == "[\n  " + expected_line + "\n]\n");
  }

  SECTION("in a one-line object kept to be placed later") {
    JsonWriter keeper{JsonWriter::KeepLines{}};
    keeper.one_line_object([&] { write_with_ours(keeper, texts); });
    const KeptLines kept = keeper.take_lines();
    REQUIRE(kept.ends.size() == 1);
    CHECK(kept.line(0) == expected_line);
  }
}

TEST_CASE("A long array in a one-line object is made in parts on two threads, in the bytes one thread writes") {
  // Long enough for several parts (16,384 values each), and a last part cut short.
  std::vector<std::string> texts;
  while (texts.size() < 3 * 16'384 + 100)
    for (const auto& t : every_byte_texts()) texts.push_back(t + std::to_string(texts.size()));

  rapidjson::StringBuffer expected;
  rapidjson::Writer<rapidjson::StringBuffer> reference(expected);
  reference.StartObject();
  reference.Key("texts");
  reference.StartArray();
  for (const auto& t : texts) reference.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
  reference.EndArray();
  reference.Key("roles");
  reference.StartArray();
  for (const auto& t : texts) {
    reference.StartObject();
    reference.Key("id");
    reference.String(t.data(), static_cast<rapidjson::SizeType>(t.size()));
    reference.EndObject();
  }
  reference.EndArray();
  reference.EndObject();

  JsonWriter ours;
  ours.begin_array();
  ours.one_line_object([&] {
    write_with_ours(ours, texts);
    ours.key("roles");
    ours.array_in_parts(texts.size(), [&](JsonWriter& into, std::size_t i) {
      into.begin_object();
      into.field("id", texts[i]);
      into.end_object();
    });
  });
  ours.end_array();
  CHECK(ours.take() == "[\n  " + std::string(expected.GetString()) + "\n]\n");
}

}  // namespace
}  // namespace govgraph
