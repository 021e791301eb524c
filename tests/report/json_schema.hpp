#pragma once
// The JSON Schema published in docs/findings-json.md, for checking real output against
// what the documentation promises.

#include <string>

#include <rapidjson/document.h>
#include <rapidjson/schema.h>
#include <rapidjson/stringbuffer.h>

#include "tests/support/run.hpp"

namespace govgraph::test {

/// The first ```json block after the "### JSON Schema" heading of docs/findings-json.md.
inline std::string documented_schema() {
  const std::string doc = slurp(source_path("docs/findings-json.md"));
  const std::size_t heading = doc.find("### JSON Schema");
  if (heading == std::string::npos) return {};
  const std::size_t open = doc.find("```json\n", heading);
  if (open == std::string::npos) return {};
  const std::size_t start = open + 8;
  return doc.substr(start, doc.find("```", start) - start);
}

/// Empty when `json` is valid against the documented schema, else what is wrong.
inline std::string schema_problems(const std::string& json) {
  rapidjson::Document schema_json;
  if (schema_json.Parse(documented_schema().c_str()).HasParseError()) return "the documented schema does not parse";
  const rapidjson::SchemaDocument schema(schema_json);
  rapidjson::Document document;
  if (document.Parse(json.c_str()).HasParseError()) return "the output does not parse as JSON";
  rapidjson::SchemaValidator validator(schema);
  if (document.Accept(validator)) return {};
  rapidjson::StringBuffer where;
  validator.GetInvalidDocumentPointer().StringifyUriFragment(where);
  return std::string("invalid at ") + where.GetString() + " (schema keyword " + validator.GetInvalidSchemaKeyword() + ")";
}

}  // namespace govgraph::test
