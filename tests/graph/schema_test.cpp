#include <catch2/catch.hpp>

#include "graph/schema.hpp"
#include "tests/support/run.hpp"

using namespace govgraph;
using namespace govgraph::test;

namespace {

/// The rows of the field table under `heading` in docs/format.md.
std::string doc_table(const std::string& doc, const std::string& heading) {
  const std::size_t at = doc.find("\n" + heading + "\n");
  REQUIRE(at != std::string::npos);
  const std::size_t header = doc.find("| field | required | meaning |\n| --- | --- | --- |\n", at);
  REQUIRE(header != std::string::npos);
  const std::size_t start = doc.find('\n', doc.find('\n', header) + 1) + 1;
  std::size_t end = start;
  while (end < doc.size() && doc[end] == '|') end = doc.find('\n', end) + 1;
  return doc.substr(start, end - start);
}

/// The table the schema says the docs should hold.
template <typename R>
std::string schema_table() {
  std::string rows;
  for (const auto& f : schema<R>())
    rows += "| `" + std::string(f.name) + "` |" + (f.required ? " yes " : " ") + "| " + std::string(f.meaning) + " |\n";
  return rows;
}

}  // namespace

TEST_CASE("docs/format.md's field tables list the schema's fields, in order, with its wording") {
  const std::string doc = slurp(source_path("docs/format.md"));
  CHECK(doc_table(doc, "### The document") == schema_table<MapData>());
  CHECK(doc_table(doc, "### sources") == schema_table<SourceDoc>());
  CHECK(doc_table(doc, "### policy_areas") == schema_table<PolicyArea>());
  CHECK(doc_table(doc, "### bodies") == schema_table<Body>());
  CHECK(doc_table(doc, "### links") == schema_table<Link>());
  CHECK(doc_table(doc, "### responsibilities") == schema_table<Responsibility>());
  CHECK(doc_table(doc, "#### owners") == schema_table<Owner>());
}

TEST_CASE("Every vocabulary and term field names its vocabulary, and only those do") {
  auto named = [](const auto& f) {
    return (f.type == ValueType::vocabulary || f.type == ValueType::term) == !f.vocabulary.empty();
  };
  for (const auto& f : schema<Body>()) CHECK(named(f));
  for (const auto& f : schema<Link>()) CHECK(named(f));
  for (const auto& f : schema<Responsibility>()) CHECK(named(f));
  for (const auto& f : schema<Owner>()) CHECK(named(f));
}

TEST_CASE("A link's terms held apart are read, written and copied through the schema like any field") {
  const auto& period = *find_field<Link>("period");
  Link plain;
  CHECK(field_text(period, plain).empty());
  CHECK(field_is_default(period, plain));

  Link grant;
  with_value(period, grant, [](auto& value) {
    if constexpr (std::is_same_v<std::remove_cvref_t<decltype(value)>, std::string>) value = "2021-22";
  });
  CHECK(grant.terms->period == "2021-22");
  CHECK(field_text(period, grant) == "2021-22");
  CHECK_FALSE(field_is_default(period, grant));
  CHECK_FALSE(same_value(period, plain, grant));

  Link copy = grant;  // deep: editing the copy leaves the original
  copy.terms.edit().period = "2022-23";
  CHECK(grant.terms->period == "2021-22");
  CHECK(same_value(period, grant, Link(grant)));

  copy_field(period, grant, plain);
  CHECK(plain.terms->period == "2021-22");
  CHECK(plain.terms->currency.empty());
}
