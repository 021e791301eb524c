#include "importers/graph_xml.hpp"

#include <libxml/xmlwriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/amount.hpp"
#include "graph/diagnostic.hpp"
#include "graph/escape.hpp"

namespace govgraph {
namespace {

const xmlChar* xml(const char* text) { return reinterpret_cast<const xmlChar*>(text); }

std::string value_text(const std::string& value) { return value; }
std::string value_text(const std::vector<std::string>& values) { return join_list(values); }
std::string value_text(const std::optional<long long>& value) { return value ? std::to_string(*value) : ""; }
std::string value_text(const std::optional<double>& value) { return value ? format_json_number(*value) : ""; }
template <typename Enum>
requires std::is_enum_v<Enum> std::string value_text(Enum value) { return std::string(to_string(value)); }
std::string value_text(int value) { return std::to_string(value); }
std::string value_text(const std::vector<Owner>&) { return {}; }
std::string value_text(const std::vector<Denominator>&) { return {}; }

}  // namespace

XmlWriter::XmlWriter() : buffer_(xmlBufferCreate()), writer_(buffer_ ? xmlNewTextWriterMemory(buffer_, 0) : nullptr) {
  if (writer_ == nullptr) {
    if (buffer_ != nullptr) xmlBufferFree(buffer_);
    throw EnvironmentError("cannot start an XML document: libxml2 is out of memory");
  }
  check(xmlTextWriterSetIndent(writer_, 1));
  check(xmlTextWriterSetIndentString(writer_, xml("  ")));
  check(xmlTextWriterStartDocument(writer_, "1.0", "UTF-8", nullptr));
}

XmlWriter::~XmlWriter() {
  xmlFreeTextWriter(writer_);  // frees nothing it did not make: the buffer is ours
  xmlBufferFree(buffer_);
}

void XmlWriter::check(int result) const {
  if (result < 0) throw EnvironmentError("cannot write an XML document: libxml2 is out of memory");
}

void XmlWriter::start(const char* element) { check(xmlTextWriterStartElement(writer_, xml(element))); }

void XmlWriter::attribute(const char* name, std::string_view value) {
  const std::string readable = readable_text(value, "\t\n\r", "");
  check(xmlTextWriterWriteAttribute(writer_, xml(name), xml(readable.c_str())));
}

void XmlWriter::text(std::string_view value) {
  const std::string readable = readable_text(value, "\t\n\r", "");
  check(xmlTextWriterWriteString(writer_, xml(readable.c_str())));
}

void XmlWriter::end() { check(xmlTextWriterEndElement(writer_)); }

void XmlWriter::element(const char* element, std::string_view value) {
  start(element);
  text(value);
  end();
}

std::string XmlWriter::finish() {
  check(xmlTextWriterEndDocument(writer_));
  check(xmlTextWriterFlush(writer_));
  return std::string(reinterpret_cast<const char*>(xmlBufferContent(buffer_)),
                     static_cast<std::size_t>(xmlBufferLength(buffer_)));
}

std::string join_list(const std::vector<std::string>& items) {
  std::string text;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) text += list_separator;
    for (const char c : items[i]) {
      if (c == list_separator || c == '\\') text += '\\';
      text += c;
    }
  }
  return text;
}

std::vector<std::string> split_list(std::string_view text) {
  std::vector<std::string> items;
  if (text.empty()) return items;
  std::string item;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 1 < text.size()) {
      item += text[++i];
    } else if (text[i] == list_separator) {
      items.push_back(std::move(item));
      item.clear();
    } else {
      item += text[i];
    }
  }
  items.push_back(std::move(item));
  return items;
}

std::string_view attribute_type(ValueType type) {
  if (type == ValueType::amount) return "double";
  if (type == ValueType::count) return "long";
  return "string";
}

std::string_view attribute_name(std::string_view field) { return field == "name" ? "label" : field; }

template <typename R>
std::string attribute_text(const FieldInfo<R>& field, const R& record) {
  if (!field.required && field_is_default(field, record)) return {};
  std::string text;
  with_value(field, record, [&](const auto& value) { text = value_text(value); });
  return text;
}
template std::string attribute_text(const FieldInfo<Body>&, const Body&);
template std::string attribute_text(const FieldInfo<Link>&, const Link&);

std::string extras_json(const std::vector<ExtraField>& extras) {
  if (extras.empty()) return {};
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartObject();
  for (const auto& extra : extras) {
    writer.Key(extra.key.data(), static_cast<rapidjson::SizeType>(extra.key.size()));
    writer.RawValue(extra.json.data(), extra.json.size(), rapidjson::kObjectType);
  }
  writer.EndObject();
  return {buffer.GetString(), buffer.GetSize()};
}

}  // namespace govgraph
