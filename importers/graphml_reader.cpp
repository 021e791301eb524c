#include "importers/graphml_reader.hpp"

#include <algorithm>
#include <charconv>
#include <map>
#include <memory>
#include <set>

#include <libxml/parser.h>
#include <libxml/tree.h>

#include "graph/schema.hpp"
#include "importers/field_rules.hpp"
#include "importers/graph_xml.hpp"
#include "importers/graphml_writer.hpp"
#include "importers/json_reader.hpp"
#include "importers/json_tree.hpp"

namespace govgraph {
namespace {

struct DocFree {
  void operator()(xmlDoc* doc) const { xmlFreeDoc(doc); }
};
struct ContextFree {
  void operator()(xmlParserCtxt* context) const { xmlFreeParserCtxt(context); }
};
using Doc = std::unique_ptr<xmlDoc, DocFree>;

std::string_view name_of(const xmlNode* node) { return reinterpret_cast<const char*>(node->name); }

bool is_element(const xmlNode* node, std::string_view name) {
  return node->type == XML_ELEMENT_NODE && name_of(node) == name;
}

/// An attribute's value, or nullopt when the element has none.
std::optional<std::string> attribute(const xmlNode* node, const char* name) {
  xmlChar* value = xmlGetProp(node, reinterpret_cast<const xmlChar*>(name));
  if (value == nullptr) return std::nullopt;
  std::string text(reinterpret_cast<const char*>(value));
  xmlFree(value);
  return text;
}

std::string content(const xmlNode* node) {
  xmlChar* value = xmlNodeGetContent(node);
  std::string text = value != nullptr ? reinterpret_cast<const char*>(value) : "";
  xmlFree(value);
  return text;
}

int line_of(const xmlNode* node) { return static_cast<int>(xmlGetLineNo(node)); }

Doc parse_xml(std::string_view text, const std::string& file_name) {
  const std::unique_ptr<xmlParserCtxt, ContextFree> context(xmlNewParserCtxt());
  if (!context) throw EnvironmentError("cannot read " + file_name + ": libxml2 is out of memory");
  // No network, no messages on stderr: the error is reported below with its place.
  const int options = XML_PARSE_NONET | XML_PARSE_BIG_LINES | XML_PARSE_NOERROR | XML_PARSE_NOWARNING;
  Doc doc(xmlCtxtReadMemory(context.get(), text.data(), static_cast<int>(text.size()), file_name.c_str(), nullptr,
                            options));
  if (!doc) {
    const xmlError* error = xmlCtxtGetLastError(context.get());
    std::string message = error != nullptr && error->message != nullptr ? error->message : "unreadable";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    throw InputError(Location{file_name, error ? error->line : 0, error ? error->int2 : 0},
                     "not well-formed XML: " + message + "; expected a GraphML file");
  }
  // Entities are declared in a DTD, and expanding them could make a small file huge.
  if (doc->intSubset != nullptr)
    throw InputError(Location{file_name},
                     "<!DOCTYPE>: a GraphML map holds no DTD; expected the file to start at <graphml>");
  return doc;
}

/// What a <key> declares: the elements it is for and the attribute's name.
struct Key {
  std::string domain;
  std::string name;
};

class GraphmlReader {
 public:
  GraphmlReader(const std::string& file_name, Diagnostics& out) : file_(file_name), out_(out) {}

  MapData read(const xmlNode* root) {
    if (!is_element(root, "graphml"))
      throw InputError(Location{file_, line_of(root), 0},
                       "<" + std::string(name_of(root)) + ">: expected a <graphml> element holding the map");
    const xmlNode* graph = nullptr;
    for (const xmlNode* child = root->children; child != nullptr; child = child->next) {
      if (is_element(child, "key"))
        add_key(child);
      else if (is_element(child, "graph") && graph == nullptr)
        graph = child;
    }
    if (graph == nullptr)
      throw InputError(Location{file_, line_of(root), 0}, "<graphml>: expected a <graph> element holding the map");
    MapData map = header(graph);
    for (const xmlNode* child = graph->children; child != nullptr; child = child->next)
      if (is_element(child, "node")) node(child, map);
    fields::resolve_declared_types(map.bodies, map.body_types, declared_at_, out_);
    for (const xmlNode* child = graph->children; child != nullptr; child = child->next)
      if (is_element(child, "edge")) edge(child, map);
    return map;
  }

 private:
  void add_key(const xmlNode* key) {
    auto id = attribute(key, "id");
    auto name = attribute(key, "attr.name");
    if (id && name) keys_[*id] = Key{attribute(key, "for").value_or("all"), *name};
  }

  /// The attribute name of a <data> for elements of `domain`, or nullptr for a key this
  /// reader does not know (yEd's graphics, a key another tool added).
  const std::string* data_name(const xmlNode* data, std::string_view domain) const {
    const auto id = attribute(data, "key");
    if (!id) return nullptr;
    const auto found = keys_.find(*id);
    if (found == keys_.end() || (found->second.domain != domain && found->second.domain != "all")) return nullptr;
    return &found->second.name;
  }

  /// The map's own data, parsed as JSON where it stands in the file, so its errors and
  /// records carry the file's line numbers; an empty map without it.
  MapData header(const xmlNode* graph) {
    for (const xmlNode* child = graph->children; child != nullptr; child = child->next) {
      const std::string* name = is_element(child, "data") ? data_name(child, "graph") : nullptr;
      if (name == nullptr || *name != graphml_map_attribute) continue;
      const std::string padded =
          std::string(static_cast<std::size_t>(std::max(line_of(child) - 1, 0)), '\n') + content(child);
      MapData map = parse_json_map(padded, file_, out_);
      if (!map.bodies.empty() || !map.links.empty())
        out_.error(Location{file_, line_of(child), 0},
                   "<data key=\"" + attribute(child, "key").value_or("") +
                       "\">: the map's data holds bodies or links; expected them as the graph's nodes and edges");
      map.bodies.clear();
      map.links.clear();
      return map;
    }
    MapData map;
    map.origins = Origins{file_, file_, file_, file_, file_, file_};
    return map;
  }

  void node(const xmlNode* element, MapData& map) {
    const int line = line_of(element);
    const auto id = attribute(element, "id");
    if (!id) {
      out_.error(Location{file_, line, 0}, "<node>: missing id; expected the body's id");
      return;
    }
    const Data data = data_of(element, "node");
    if (const auto type = data.texts.find("type");
        type != data.texts.end() && type->second == responsibility_node_type) {
      skipped_.insert(*id);
      return;
    }
    Body body;
    body.at = Position{line, 0};
    const std::string place = "node \"" + *id + "\"";
    body.id = fields::slug(*id, fields::Place(Location{file_, line, 0}, place + ": id"), out_).value_or("");
    read_record(element, data, place, body);
    map.bodies.push_back(std::move(body));
  }

  void edge(const xmlNode* element, MapData& map) {
    const int line = line_of(element);
    const auto from = attribute(element, "source");
    const auto to = attribute(element, "target");
    for (const auto& [end, name] : {std::pair{&from, "source"}, std::pair{&to, "target"}})
      if (!*end)
        out_.error(Location{file_, line, 0}, std::string("<edge>: missing ") + name + "; expected a body's id");
    if (!from || !to || skipped_.contains(*from) || skipped_.contains(*to)) return;
    Link link;
    link.at = link.from_at = link.to_at = Position{line, 0};
    const std::string place = "edge " + *from + " -> " + *to;
    read_record(element, data_of(element, "edge"), place, link);
    const fields::Place from_place(Location{file_, line, 0}, place + ": source");
    const fields::Place to_place(Location{file_, line, 0}, place + ": target");
    link.from = fields::slug(*from, from_place, out_).value_or("");
    link.to = fields::slug(*to, to_place, out_).value_or("");
    map.links.push_back(std::move(link));
  }

  /// The text and line of each <data> of a node or edge, by attribute name; the last
  /// <data> of a key wins.
  struct Data {
    std::map<std::string_view, std::string> texts;
    std::map<std::string_view, int> lines;
  };
  Data data_of(const xmlNode* element, std::string_view domain) const {
    Data data;
    for (const xmlNode* child = element->children; child != nullptr; child = child->next) {
      const std::string* name = is_element(child, "data") ? data_name(child, domain) : nullptr;
      if (name == nullptr) continue;
      data.texts[*name] = content(child);
      data.lines[*name] = line_of(child);
    }
    return data;
  }

  /// Reads the attributes of a node or edge into the record's fields.
  template <typename R>
  void read_record(const xmlNode* element, const Data& data, const std::string& place, R& record) {
    for (const auto& f : schema<R>()) {
      if (!is_attribute(f)) continue;
      const std::string_view name = attribute_name(f.name);
      const auto text = data.texts.find(name);
      const Location where{file_, text == data.texts.end() ? line_of(element) : data.lines.at(name), 0};
      const std::string field = place + ": " + std::string(name);
      if (text == data.texts.end() || text->second.empty()) {
        if (f.required)
          out_.error(where, field + ": missing; expected a <data> for the key whose attr.name is \"" +
                                std::string(name) + "\"");
        continue;
      }
      if constexpr (std::is_same_v<R, Body>)
        if (std::holds_alternative<BodyType Body::*>(f.member) && !parse_body_type(text->second)) {
          record.declared_type = text->second;  // for fields::resolve_declared_types
          declared_at_.push_back({fields::Placed{where, field}, out_.all().size()});
          continue;
        }
      with_value(f, record, [&](auto& value) { read_value(f, text->second, fields::Place(where, field), value); });
    }
    if (const auto extras = data.texts.find(extras_attribute); extras != data.texts.end())
      read_extras(extras->second, Location{file_, data.lines.at(extras_attribute), 0}, place, record.extras);
  }

  template <typename R, typename Value>
  void read_value(const FieldInfo<R>& f, const std::string& text, const fields::Place& place, Value& value) {
    if constexpr (std::is_same_v<Value, std::string>) {
      if (f.type == ValueType::id)
        value = fields::slug(text, place, out_).value_or("");
      else if (f.type == ValueType::date)
        value = fields::date(text, place, out_).value_or("");
      else
        value = text;
      if (f.type == ValueType::term) fields::term(text, f.vocabulary, place, out_);
    } else if constexpr (std::is_same_v<Value, std::vector<std::string>>) {
      value = split_list(text);
      if (f.type == ValueType::ids)
        for (auto& item : value) item = fields::slug(item, place, out_).value_or("");
    } else if constexpr (std::is_enum_v<Value>) {
      if (auto parsed = fields::vocabulary<Value>(text, place, out_)) value = *parsed;
    } else if constexpr (std::is_same_v<Value, std::optional<long long>>) {
      long long number = 0;
      const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), number);
      if (error == std::errc{} && stop == text.data() + text.size() && number >= 1)
        value = number;
      else
        refuse(place, text, "is not a whole number of 1 or more; expected a count of bodies, such as 32");
    } else if constexpr (std::is_same_v<Value, std::optional<double>>) {
      double number = 0;
      const auto [stop, error] = std::from_chars(text.data(), text.data() + text.size(), number);
      if (error != std::errc{} || stop != text.data() + text.size())
        refuse(place, text, "is not a number; expected digits such as 4000000");
      else if (fields::amount(number, place, out_))
        value = number;
    }
  }

  void refuse(const fields::Place& place, const std::string& text, std::string_view why) {
    const auto [where, field] = place();
    out_.error(where, field + ": '" + text + "' " + std::string(why));
  }

  void read_extras(const std::string& text, const Location& where, const std::string& place,
                   std::vector<ExtraField>& extras) {
    const std::string field = place + ": " + std::string(extras_attribute);
    JsonNode object;
    try {
      object = parse_json_tree(text, file_);
    } catch (const InputError&) {
      object.type = JsonNode::Type::null;  // refused below with the GraphML place
    }
    if (object.type != JsonNode::Type::object) {
      out_.error(where, field + ": expected a JSON object of the fields govgraph does not know, such as {\"x\":true}");
      return;
    }
    for (const auto& member : object.members) extras.push_back(ExtraField{member.key, to_json_text(member.value)});
  }

  const std::string& file_;
  Diagnostics& out_;
  std::map<std::string, Key> keys_;
  std::set<std::string> skipped_;  // the ids of responsibilities drawn as nodes
  std::vector<fields::PendingType> declared_at_;  // bodies' declared types
};

}  // namespace

MapData parse_graphml_map(std::string_view text, const std::string& file_name, Diagnostics& out) {
  const Doc doc = parse_xml(text, file_name);
  const xmlNode* root = xmlDocGetRootElement(doc.get());
  if (root == nullptr) throw InputError(Location{file_name}, "the document: expected a <graphml> element");
  return GraphmlReader(file_name, out).read(root);
}

}  // namespace govgraph
