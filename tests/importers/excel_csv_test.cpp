// A CSV folder as Excel saves one for people: a byte-order mark, CRLF line ends, headers
// in title case, dates day/month/year and amounts as money. govgraph reads it back as
// the map it was made from, and says what it read in a spreadsheet's form.

#include <catch2/catch.hpp>

#include <cctype>

#include "graph/escape.hpp"
#include "graph/input_file.hpp"
#include "graph/schema.hpp"
#include "importers/csv_reader.hpp"
#include "importers/csv_writer.hpp"
#include "importers/field_rules.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_writer.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::test;

namespace {

/// "policy_areas" as a person heads the column: "Policy Areas"; "id" as "ID".
std::string title_case(std::string_view column) {
  if (column == "id") return "ID";
  std::string title;
  bool word_start = true;
  for (const char c : column) {
    if (c == '_') {
      title += ' ';
      word_start = true;
    } else {
      title += word_start ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
      word_start = false;
    }
  }
  return title;
}

/// 2025-03-31 as 31/03/2025, or as 31/3/2025 when `short_form`.
std::string uk_date(const std::string& iso, bool short_form) {
  const auto unpadded = [&](std::string part) { return short_form && part[0] == '0' ? part.substr(1) : part; };
  return unpadded(iso.substr(8, 2)) + "/" + unpadded(iso.substr(5, 2)) + "/" + iso.substr(0, 4);
}

/// 4200000 as £4,200,000; 0.5 as £0.5.
std::string money(const std::string& plain) {
  const std::size_t point = plain.find('.');
  const std::string whole = plain.substr(0, point);
  std::string grouped;
  for (std::size_t i = 0; i < whole.size(); ++i) {
    if (i > 0 && (whole.size() - i) % 3 == 0) grouped += ',';
    grouped += whole[i];
  }
  return "\xC2\xA3" + grouped + (point == std::string::npos ? "" : plain.substr(point));
}

/// How many cells as_excel_saves wrote in a spreadsheet's form.
struct Rewritten {
  std::size_t dates = 0;
  std::size_t amounts = 0;
};

/// One CSV file of records R as Excel would save it after a person opened and saved it.
template <typename R>
std::string as_excel_saves(const std::string& csv, Rewritten& rewritten) {
  Diagnostics ignored;
  const CsvTable table = parse_csv(csv, "in.csv", ignored);
  std::vector<ValueType> types;
  for (const auto& cell : table.header) {
    ValueType type = ValueType::text;
    for (const auto& f : schema<R>())
      if (f.name == cell.text) type = f.type;
    types.push_back(type);
  }
  std::string out = "\xEF\xBB\xBF";
  const auto row = [&](const std::vector<std::string>& cells) {
    for (std::size_t i = 0; i < cells.size(); ++i) out += (i ? "," : "") + csv_cell(cells[i], CsvFor::tools);
    out += "\r\n";
  };
  std::vector<std::string> header;
  for (const auto& cell : table.header) header.push_back(title_case(cell.text));
  row(header);
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    std::vector<std::string> cells;
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      const std::string& text = table.rows[r][c].text;
      if (text.empty()) cells.push_back(text);
      else if (types[c] == ValueType::date) cells.push_back(uk_date(text, r % 2 == 0)), ++rewritten.dates;
      else if (types[c] == ValueType::amount) cells.push_back(money(text)), ++rewritten.amounts;
      else cells.push_back(guard_formula(text));
    }
    row(cells);
  }
  return out;
}

}  // namespace

TEST_CASE("A CSV folder saved by Excel, with UK dates and pound amounts, reads back as the example map") {
  Diagnostics out;
  const std::string example_path = source_path("examples/scotland-care-system/map.json");
  const MapData example = parse_json_map(read_file(example_path), example_path, out);
  REQUIRE_FALSE(out.has_errors());
  Diagnostics losses;
  const auto files = write_csv_folder(example, losses, CsvFor::people);

  TempDir temp;
  Rewritten rewritten;
  for (const auto& [name, content] : files) {
    std::string saved = content;
    if (name == "sources.csv") saved = as_excel_saves<SourceDoc>(content, rewritten);
    if (name == "policy_areas.csv") saved = as_excel_saves<PolicyArea>(content, rewritten);
    if (name == "bodies.csv") saved = as_excel_saves<Body>(content, rewritten);
    if (name == "links.csv") saved = as_excel_saves<Link>(content, rewritten);
    if (name == "responsibilities.csv") saved = as_excel_saves<Responsibility>(content, rewritten);
    temp.write("excel/" + name, saved);
  }
  REQUIRE(rewritten.dates > 0);  // the example has dates and amounts to read back
  REQUIRE(rewritten.amounts == 5);

  Diagnostics read;
  const MapData back = read_csv_folder(temp.file("excel"), read);
  CHECK_FALSE(read.has_errors());
  CHECK(write_json_map(back) == write_json_map(example));

  std::string warnings;
  for (const auto& d : read.all()) warnings += d.format() + "\n";
  CHECK(Catch::contains(warnings, "links.amount: read 5 amounts written with a currency sign or thousands separators as a "
                           "plain number, such as '\xC2\xA3" "4,000,000' as 4000000"));
  CHECK(Catch::contains(warnings, "dates written day/month/year as YYYY-MM-DD, such as '"));
  CHECK(Catch::contains(warnings, "warning: read the header 'ID' as id, 'Name' as name"));
}

TEST_CASE("UK dates and money are read only in their exact forms") {
  CHECK(fields::uk_date_as_iso("31/03/2025") == "2025-03-31");
  CHECK(fields::uk_date_as_iso("1/4/2025") == "2025-04-01");
  CHECK(fields::uk_date_as_iso("29/02/2024") == "2024-02-29");
  CHECK_FALSE(fields::uk_date_as_iso("29/02/2025"));  // not a leap year
  CHECK_FALSE(fields::uk_date_as_iso("31/04/2025"));
  CHECK_FALSE(fields::uk_date_as_iso("2025/03/31"));
  CHECK_FALSE(fields::uk_date_as_iso("31/03/25"));
  CHECK_FALSE(fields::uk_date_as_iso("31-03-2025"));
  CHECK_FALSE(fields::uk_date_as_iso("031/03/2025"));

  CHECK(fields::formatted_amount_as_plain("\xC2\xA3" "4,200,000") == "4200000");
  CHECK(fields::formatted_amount_as_plain("4,200,000.50") == "4200000.50");
  CHECK(fields::formatted_amount_as_plain("$950") == "950");
  CHECK(fields::formatted_amount_as_plain("\xE2\x82\xAC" "12,000") == "12000");
  CHECK(fields::formatted_amount_as_plain("\xC2\xA3" "0.1") == "0.1");
  CHECK_FALSE(fields::formatted_amount_as_plain("1,00"));
  CHECK_FALSE(fields::formatted_amount_as_plain("1,000,00"));
  CHECK_FALSE(fields::formatted_amount_as_plain("1000,000"));
  CHECK_FALSE(fields::formatted_amount_as_plain(",100"));
  CHECK_FALSE(fields::formatted_amount_as_plain("\xC2\xA3"));
  CHECK_FALSE(fields::formatted_amount_as_plain("4.2m"));
  CHECK_FALSE(fields::formatted_amount_as_plain("4."));
  CHECK_FALSE(fields::formatted_amount_as_plain("-4,000"));
}
