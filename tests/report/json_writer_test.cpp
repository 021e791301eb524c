// JsonWriter's one-line objects, made a block at a time on a second thread, keep their
// order and shape however many blocks there are.

#include <string>
#include <vector>

#include <catch2/catch.hpp>

#include "report/json_writer.hpp"

using namespace govgraph;

TEST_CASE("One-line objects over several blocks come out one a line, in order, as written one by one") {
  for (const std::size_t n : {std::size_t{0}, std::size_t{1}, std::size_t{4096}, std::size_t{10001}}) {
    std::vector<std::size_t> items(n);
    for (std::size_t i = 0; i < n; ++i) items[i] = i;
    std::string streamed;
    JsonWriter w([&](std::string_view block) { streamed += block; });
    w.begin_object();
    w.key("items");
    w.begin_array();
    w.one_line_objects(items, [](JsonWriter& line, std::size_t i) {
      line.field("n", i);
      line.key("words");
      line.strings({"item " + std::to_string(i), "a \"quoted\" line"});
    });
    w.end_array();
    w.end_object();
    w.finish();

    std::string expected = "{\n  \"items\": [";
    for (std::size_t i = 0; i < n; ++i)
      expected += std::string(i == 0 ? "" : ",") + "\n    {\"n\":" + std::to_string(i) + ",\"words\":[\"item " +
                  std::to_string(i) + "\",\"a \\\"quoted\\\" line\"]}";
    expected += n == 0 ? "]\n}\n" : "\n  ]\n}\n";
    CHECK(streamed == expected);
  }
}
