#include "importers/json_writer.hpp"

#include <algorithm>
#include <array>
#include <utility>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include "graph/schema.hpp"

namespace govgraph {
namespace {

/// Writes one record per line: small diffs in version control, easy to read.
class RecordLine {
 public:
  explicit RecordLine(std::string& out) : out_(out) { out_ += '{'; }
  ~RecordLine() { out_ += '}'; }
  RecordLine(const RecordLine&) = delete;
  RecordLine& operator=(const RecordLine&) = delete;

  void text(std::string_view key, const std::string& value, bool always = false) {
    if (value.empty() && !always) return;
    this->key(key);
    quoted(out_, value);
  }
  void list(std::string_view key, const std::vector<std::string>& values) {
    if (values.empty()) return;
    this->key(key);
    out_ += '[';
    for (std::size_t i = 0; i < values.size(); ++i) {
      if (i > 0) out_ += ", ";
      quoted(out_, values[i]);
    }
    out_ += ']';
  }
  void number(std::string_view key, double value) {
    this->key(key);
    out_ += format_json_number(value);
  }
  void raw(std::string_view key, const std::string& json) {
    this->key(key);
    out_ += json;
  }
  void extras(const std::vector<ExtraField>& fields) {
    for (const auto& f : fields) raw(f.key, f.json);
  }
  /// Every field the schema lists, in order, then the unknown fields as read. A field is
  /// left out when it holds its default, unless required (an empty id is left out too:
  /// the reader has reported it). Owners are always written, so a duty's list shows.
  template <typename R>
  void record(const R& r) {
    for (const auto& f : schema<R>()) {
      const bool always = (f.required && f.type != ValueType::id) || f.type == ValueType::owners;
      if (!always && field_is_default(f, r)) continue;
      with_value(f, r, [&](const auto& value) { this->value(f.name, value); });
    }
    extras(r.extras);
  }

  void value(std::string_view key, const std::string& v) { text(key, v, true); }
  void value(std::string_view key, const std::vector<std::string>& v) { list(key, v); }
  template <typename Enum>
    requires std::is_enum_v<Enum>
  void value(std::string_view key, Enum v) { text(key, std::string(to_string(v)), true); }
  void value(std::string_view key, const std::optional<long long>& v) { raw(key, std::to_string(*v)); }
  void value(std::string_view key, const std::optional<double>& v) { number(key, *v); }
  void value(std::string_view key, int v) { raw(key, std::to_string(v)); }
  void value(std::string_view, const std::vector<Denominator>&) {}  // the header's, written by write_json_map
  void value(std::string_view key, const std::vector<Owner>& owners) {
    // Canonical owner order is by role (lead first), as the CSV form holds them.
    std::vector<const Owner*> by_role;
    for (const auto& o : owners) by_role.push_back(&o);
    std::stable_sort(by_role.begin(), by_role.end(), [](const Owner* a, const Owner* b) { return a->role < b->role; });
    std::string list = "[";
    for (std::size_t i = 0; i < by_role.size(); ++i) {
      if (i > 0) list += ", ";
      RecordLine(list).record(*by_role[i]);
    }
    raw(key, list + "]");
  }

  static void quoted(std::string& out, std::string_view value) {
    rapidjson::StringBuffer buffer;
    rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
    writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
    out.append(buffer.GetString(), buffer.GetSize());
  }

 private:
  void key(std::string_view name) {
    if (!first_) out_ += ", ";
    first_ = false;
    quoted(out_, name);
    out_ += ": ";
  }
  std::string& out_;
  bool first_ = true;
};

template <typename R>
void collection(std::string& out, std::string_view name, const std::vector<R>& records) {
  out += ",\n  ";
  RecordLine::quoted(out, name);
  out += ": [";
  for (std::size_t i = 0; i < records.size(); ++i) {
    out += i == 0 ? "\n    " : ",\n    ";
    RecordLine(out).record(records[i]);
  }
  out += records.empty() ? "]" : "\n  ]";
}

void header_field(std::string& out, std::string_view key, const std::string& value) {
  if (value.empty()) return;
  out += ",\n  ";
  RecordLine::quoted(out, key);
  out += ": ";
  RecordLine::quoted(out, value);
}

/// A header's declarations (body_types, link_bases), one object a line: the name, then
/// each member `members(d)` gives that is set, then unknown fields as read.
template <typename Declared, typename Members>
void declarations(std::string& out, std::string_view key, const std::vector<Declared>& declared, Members members) {
  if (declared.empty()) return;
  out += ",\n  ";
  RecordLine::quoted(out, key);
  out += ": [";
  for (std::size_t i = 0; i < declared.size(); ++i) {
    const Declared& d = declared[i];
    out += i > 0 ? ",\n    {" : "\n    {";
    out += "\"name\": ";
    RecordLine::quoted(out, d.name);
    for (const auto& [member, value] : members(d)) {
      if (value.empty()) continue;
      out += ", ";
      RecordLine::quoted(out, member);
      out += ": ";
      RecordLine::quoted(out, value);
    }
    for (const auto& extra : d.extras) {
      out += ", ";
      RecordLine::quoted(out, extra.key);
      out += ": " + extra.json;
    }
    out += '}';
  }
  out += "\n  ]";
}

template <typename R>
std::string one_record(const R& record) {
  std::string out;
  RecordLine(out).record(record);
  return out;
}

}  // namespace

std::string write_json_record(const Body& body) { return one_record(body); }
std::string write_json_record(const Link& link) { return one_record(link); }
std::string write_json_record(const Responsibility& responsibility) { return one_record(responsibility); }

std::string write_json_map(const MapData& map) {
  std::string out = "{\n  \"govgraph\": " + std::to_string(map.format_version);
  header_field(out, "name", map.name);
  header_field(out, "as_of", map.as_of);
  header_field(out, "horizon", map.horizon);
  header_field(out, "currency", map.currency);
  if (!map.apex.empty()) {
    out += ",\n  \"apex\": [";
    for (std::size_t i = 0; i < map.apex.size(); ++i) {
      if (i > 0) out += ", ";
      RecordLine::quoted(out, map.apex[i]);
    }
    out += ']';
  }
  if (!map.universe.empty()) {
    out += ",\n  \"universe\": {";
    for (std::size_t i = 0; i < map.universe.size(); ++i) {
      if (i > 0) out += ", ";
      RecordLine::quoted(out, map.universe[i].of);
      out += ": " + std::to_string(map.universe[i].count);
    }
    out += '}';
  }
  declarations(out, "body_types", map.body_types, [](const DeclaredType& t) {
    return std::array<std::pair<std::string_view, std::string_view>, 4>{
        {{"meaning", t.meaning}, {"like", to_string(t.like)}, {"shape", t.shape}, {"colour", t.colour}}};
  });
  declarations(out, "link_bases", map.link_bases, [](const DeclaredBasis& b) {
    return std::array<std::pair<std::string_view, std::string_view>, 2>{
        {{"meaning", b.meaning}, {"like", to_string(b.like)}}};
  });
  collection(out, "sources", map.sources);
  collection(out, "policy_areas", map.policy_areas);
  collection(out, "bodies", map.bodies);
  collection(out, "links", map.links);
  collection(out, "responsibilities", map.responsibilities);
  for (const auto& extra : map.extras) {
    out += ",\n  ";
    RecordLine::quoted(out, extra.key);
    out += ": " + extra.json;
  }
  out += "\n}\n";
  return out;
}

}  // namespace govgraph
