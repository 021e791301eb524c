#include "importers/json_writer.hpp"

#include <algorithm>

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

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
  void common(const RecordBase& r) {
    text("source", r.source);
    text("note", r.note);
    extras(r.extras);
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

template <typename Records, typename WriteOne>
void collection(std::string& out, std::string_view name, const Records& records, WriteOne write_one) {
  out += ",\n  ";
  RecordLine::quoted(out, name);
  out += ": [";
  for (std::size_t i = 0; i < records.size(); ++i) {
    out += i == 0 ? "\n    " : ",\n    ";
    RecordLine line(out);
    write_one(line, records[i]);
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

}  // namespace

std::string write_json_map(const MapData& map) {
  std::string out = "{\n  \"govgraph\": " + std::to_string(map.format_version);
  header_field(out, "name", map.name);
  header_field(out, "as_of", map.as_of);
  header_field(out, "currency", map.currency);
  if (!map.apex.empty()) {
    out += ",\n  \"apex\": [";
    for (std::size_t i = 0; i < map.apex.size(); ++i) {
      if (i > 0) out += ", ";
      RecordLine::quoted(out, map.apex[i]);
    }
    out += ']';
  }
  collection(out, "sources", map.sources, [](RecordLine& r, const SourceDoc& s) {
    r.text("id", s.id);
    r.text("title", s.title, true);
    r.text("file", s.file);
    r.text("url", s.url);
    r.common(s);
  });
  collection(out, "policy_areas", map.policy_areas, [](RecordLine& r, const PolicyArea& a) {
    r.text("id", a.id);
    r.text("name", a.name, true);
    r.text("parent", a.parent);
    r.common(a);
  });
  collection(out, "bodies", map.bodies, [](RecordLine& r, const Body& b) {
    r.text("id", b.id);
    r.text("name", b.name, true);
    r.list("aliases", b.aliases);
    r.text("type", std::string(to_string(b.type)));
    r.text("sector", b.sector);
    r.list("policy_areas", b.policy_areas);
    if (b.status != BodyStatus::active) r.text("status", std::string(to_string(b.status)));
    if (b.represents) r.raw("represents", std::to_string(*b.represents));
    r.text("start", b.start);
    r.text("end", b.end);
    r.common(b);
  });
  collection(out, "links", map.links, [](RecordLine& r, const Link& l) {
    r.text("from", l.from);
    r.text("to", l.to);
    r.text("kind", std::string(to_string(l.kind)));
    r.text("basis", l.basis);
    if (l.amount) r.number("amount", *l.amount);
    r.text("currency", l.currency);
    r.text("period", l.period);
    r.list("policy_areas", l.policy_areas);
    r.text("start", l.start);
    r.text("end", l.end);
    r.common(l);
  });
  collection(out, "responsibilities", map.responsibilities, [](RecordLine& r, const Responsibility& d) {
    r.text("id", d.id);
    r.text("name", d.name, true);
    r.text("policy_area", d.policy_area);
    r.text("status", d.status);
    // Canonical owner order is by role (lead first), as the CSV form holds them.
    std::vector<const Owner*> by_role;
    for (const auto& o : d.owners) by_role.push_back(&o);
    std::stable_sort(by_role.begin(), by_role.end(), [](const Owner* a, const Owner* b) { return a->role < b->role; });
    std::string owners = "[";
    for (std::size_t i = 0; i < by_role.size(); ++i) {
      if (i > 0) owners += ", ";
      RecordLine owner(owners);
      owner.text("body", by_role[i]->body);
      owner.text("role", std::string(to_string(by_role[i]->role)));
      owner.extras(by_role[i]->extras);
    }
    r.raw("owners", owners + "]");
    r.common(d);
  });
  for (const auto& extra : map.extras) {
    out += ",\n  ";
    RecordLine::quoted(out, extra.key);
    out += ": " + extra.json;
  }
  out += "\n}\n";
  return out;
}

}  // namespace govgraph
