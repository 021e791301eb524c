#include <algorithm>
#include <cctype>
#include <string_view>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/schema.hpp"
#include "importers/json_writer.hpp"
#include "importers/kumu.hpp"

namespace govgraph {

std::string kumu_responsibility_id(std::string_view id) { return "responsibility:" + std::string(id); }

std::string kumu_readable(std::string_view name) {
  std::string text(name);
  std::replace(text.begin(), text.end(), '_', ' ');
  std::replace(text.begin(), text.end(), '-', ' ');
  if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
  return text;
}

std::string kumu_type_key(std::string_view name) {
  std::string key;
  for (const char c : name) {
    const bool gap = c == ' ' || c == '-' || c == '_';
    if (gap && (key.empty() || key.back() == ' ')) continue;
    key += gap ? ' ' : static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  }
  if (!key.empty() && key.back() == ' ') key.pop_back();
  return key;
}

namespace {

using JsonOut = rapidjson::Writer<rapidjson::StringBuffer>;

/// One element or connection, written on one line so a diff of two exports is short.
class Item {
 public:
  Item() : writer_(buffer_) { writer_.StartObject(); }

  void text(std::string_view key, std::string_view value) {
    if (value.empty()) return;
    this->key(key);
    writer_.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  }
  void texts(std::string_view key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    this->key(key);
    writer_.StartArray();
    for (const auto& v : values) writer_.String(v.data(), static_cast<rapidjson::SizeType>(v.size()));
    writer_.EndArray();
  }
  void raw(std::string_view key, const std::string& json) {
    this->key(key);
    writer_.RawValue(json.data(), json.size(), rapidjson::kObjectType);
  }
  /// The schema's fields but those Kumu's own keys carry (`skip`), each as an attribute
  /// of the field's name; then the record's unknown fields but `tags`, which marks()
  /// writes.
  template <typename R>
  void fields(const R& record, std::initializer_list<std::string_view> skip) {
    for (const auto& f : schema<R>()) {
      if (std::find(skip.begin(), skip.end(), f.name) != skip.end() || field_is_default(f, record)) continue;
      with_value(f, record, [&](const auto& value) { this->value(f.name, value); });
    }
    for (const auto& extra : record.extras)
      if (extra.key != "tags") raw(extra.key, extra.json);
  }
  /// The record's own tags (kept from Kumu) and its findings'.
  void marks(const std::vector<ExtraField>& extras, const KumuMarks* marks) {
    const auto own = std::find_if(extras.begin(), extras.end(), [](const ExtraField& e) { return e.key == "tags"; });
    if (marks == nullptr) {
      if (own != extras.end()) raw("tags", own->json);
      return;
    }
    key("tags");
    writer_.StartArray();
    if (own != extras.end()) {  // its items, or a lone tag as it was written
      const bool list = own->json.front() == '[';
      if (!list) writer_.RawValue(own->json.data(), own->json.size(), rapidjson::kStringType);
      else if (own->json.size() > 2) writer_.RawValue(own->json.data() + 1, own->json.size() - 2, rapidjson::kStringType);
    }
    for (const auto& tag : marks->tags) writer_.String(tag.data(), static_cast<rapidjson::SizeType>(tag.size()));
    writer_.EndArray();
    texts("findings", marks->findings);
  }
  std::string done() {
    writer_.EndObject();
    return {buffer_.GetString(), buffer_.GetSize()};
  }

 private:
  void key(std::string_view name) { writer_.Key(name.data(), static_cast<rapidjson::SizeType>(name.size())); }
  void value(std::string_view key, const std::string& v) { text(key, v); }
  void value(std::string_view key, const std::vector<std::string>& v) { texts(key, v); }
  template <typename Enum>
    requires std::is_enum_v<Enum>
  void value(std::string_view key, Enum v) { text(key, to_string(v)); }
  void value(std::string_view key, const std::optional<long long>& v) { raw(key, std::to_string(*v)); }
  void value(std::string_view key, const std::optional<double>& v) { raw(key, format_json_number(*v)); }
  void value(std::string_view, const std::vector<Owner>&) {}  // connections of their own
  void value(std::string_view, int) {}
  void value(std::string_view, const std::vector<Denominator>&) {}

  rapidjson::StringBuffer buffer_;
  JsonOut writer_;
};

const KumuMarks* marks_of(const KumuFindings& findings, const std::string& id) {
  const auto found = findings.find(id);
  return found == findings.end() ? nullptr : &found->second;
}

/// The header, sources and policy areas, which Kumu has no place for: the map's own
/// canonical JSON without its bodies, links and responsibilities.
std::string map_element(const MapData& map) {
  MapData header = map;
  header.bodies.clear();
  header.links.clear();
  header.responsibilities.clear();
  Item item;
  item.text("id", "govgraph:map");
  item.text("label", map.name.empty() ? "govgraph map" : map.name);
  item.text("type", kumu_map_type);
  item.text(kumu_map_attribute, write_json_map(header));
  return item.done();
}

std::string body_element(const Body& body, const KumuFindings& findings) {
  Item item;
  item.text("id", body.id);
  item.text("label", body.name);
  item.text("type", kumu_readable(body.declared_type.empty() ? to_string(body.type) : body.declared_type));
  item.text("description", body.note);
  item.marks(body.extras, marks_of(findings, body.id));
  item.fields(body, {"id", "name", "type", "note"});
  return item.done();
}

std::string responsibility_element(const Responsibility& duty, const KumuFindings& findings) {
  const std::string id = kumu_responsibility_id(duty.id);
  Item item;
  item.text("id", id);
  item.text("label", duty.name);
  item.text("type", kumu_responsibility_type);
  item.text("description", duty.note);
  item.marks(duty.extras, marks_of(findings, id));
  item.fields(duty, {"id", "name", "note", "owners"});
  return item.done();
}

std::string link_connection(const Link& link, std::size_t index) {
  Item item;
  item.text("id", "link:" + std::to_string(index + 1));
  item.text("from", link.from);
  item.text("to", link.to);
  item.text("type", kumu_readable(to_string(link.kind)));
  item.text("direction", "directed");
  item.text("description", link.note);
  item.fields(link, {"from", "to", "kind", "note"});
  return item.done();
}

/// An owner as a connection from the body to the responsibility, typed by its role.
std::string owner_connection(const Responsibility& duty, const Owner& owner, std::size_t index) {
  Item item;
  item.text("id", kumu_responsibility_id(duty.id) + ":" + std::to_string(index + 1));
  item.text("from", owner.body);
  item.text("to", kumu_responsibility_id(duty.id));
  item.text("type", kumu_readable(to_string(owner.role)));
  item.text("direction", "directed");
  item.fields(owner, {"body", "role"});
  return item.done();
}

void add_line(std::string& out, bool first, const std::string& line) {
  out += first ? "\n    " : ",\n    ";
  out += line;
}

}  // namespace

std::string write_kumu_map(const MapData& map, const KumuFindings& findings) {
  std::string out = "{\n  \"elements\": [";
  add_line(out, true, map_element(map));
  for (const auto& body : map.bodies) add_line(out, false, body_element(body, findings));
  for (const auto& duty : map.responsibilities) add_line(out, false, responsibility_element(duty, findings));
  out += "\n  ],\n  \"connections\": [";
  bool first = true;
  for (std::size_t i = 0; i < map.links.size(); ++i, first = false) add_line(out, first, link_connection(map.links[i], i));
  for (const auto& duty : map.responsibilities) {
    // Lead first, as the canonical JSON orders owners, so the way back gives its bytes.
    std::vector<const Owner*> by_role;
    for (const auto& o : duty.owners) by_role.push_back(&o);
    std::stable_sort(by_role.begin(), by_role.end(), [](const Owner* a, const Owner* b) { return a->role < b->role; });
    for (std::size_t i = 0; i < by_role.size(); ++i, first = false)
      add_line(out, first, owner_connection(duty, *by_role[i], i));
  }
  out += first ? "]\n}\n" : "\n  ]\n}\n";
  return out;
}

}  // namespace govgraph
