#include <catch2/catch.hpp>

#include "importers/csv_reader.hpp"

using namespace govgraph;

TEST_CASE("CSV quoting, CRLF line ends and a BOM are understood, with cell positions") {
  Diagnostics out;
  const CsvTable t = parse_csv("\xEF\xBB\xBFid,name\r\na,\"Who Cares? \"\"Scotland\"\", the\r\nsecond line\"\r\nb,B\r\n",
                               "bodies.csv", out);
  CHECK(out.all().empty());
  REQUIRE(t.header.size() == 2);
  CHECK(t.header[1].text == "name");
  REQUIRE(t.rows.size() == 2);
  CHECK(t.rows[0][1].text == "Who Cares? \"Scotland\", the\r\nsecond line");
  CHECK(t.rows[0][1].at == Position{2, 3});
  CHECK(t.rows[1][0].at == Position{4, 1});
  CHECK(t.row_at[1] == Position{4, 1});
}

TEST_CASE("Malformed CSV quoting is an error at its place") {
  Diagnostics out;
  parse_csv("id,name\na,\"bad\"quote\n", "bodies.csv", out);
  REQUIRE(out.all().size() == 1);
  CHECK(out.all()[0].format().rfind("bodies.csv:2:8: error: invalid CSV:", 0) == 0);
}
