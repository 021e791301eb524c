// The text helpers every layer shares: joining, fixed decimals, amounts in full.

#include <catch2/catch.hpp>

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include "graph/amount.hpp"
#include "graph/text.hpp"

using namespace govgraph;

TEST_CASE("Items are joined with the separator between them only") {
  CHECK(join({}, ", ").empty());
  CHECK(join({"a"}, ", ") == "a");
  CHECK(join({"a", "b", "c"}, "; ") == "a; b; c");
  CHECK(join({"", "b"}, ",") == ",b");  // an empty item keeps its place, as a CSV list needs
}

TEST_CASE("Items are listed as a sentence lists them, the conjunction before the last") {
  CHECK(english_list(std::vector<std::string>{}, "and").empty());
  CHECK(english_list(std::vector<std::string>{"a"}, "and") == "a");
  CHECK(english_list(std::vector<std::string>{"a", "b"}, "and") == "a and b");
  CHECK(english_list(std::vector<std::string>{"a", "b", "c"}, "and") == "a, b and c");
  const std::array<std::string_view, 3> names{"dot", "chart", "sfdp"};
  CHECK(english_list(names, "or") == "dot, chart or sfdp");
}

TEST_CASE("Numbers are written with a fixed count of decimals") {
  CHECK(format_fixed(12.5, 1) == "12.5");
  CHECK(format_fixed(12.5, 2) == "12.50");
  CHECK(format_fixed(0.125, 0) == "0");
  CHECK(format_fixed(-3.14159, 2) == "-3.14");
}

TEST_CASE("Amounts are written in full with thousands separators") {
  CHECK(format_full_amount(0) == "0");
  CHECK(format_full_amount(950) == "950");
  CHECK(format_full_amount(4000000) == "4,000,000");
  CHECK(format_full_amount(1234.5) == "1,234.50");
  CHECK(format_full_amount(-20000) == "-20,000");
  CHECK(format_full_amount(999999.999) == "1,000,000");
  CHECK(format_full_amount(-1234.6) == "-1,234.60");  // pence kept, never rounded away
}
