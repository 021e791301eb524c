#include "importers/gexf_writer.hpp"

#include <charconv>

#include "graph/amount.hpp"

namespace govgraph {
namespace {

/// The <attributes> of one class: each field written as an attribute, by its name.
template <typename R>
void declare(XmlWriter& out, const char* domain) {
  out.start("attributes");
  out.attribute("class", domain);
  const auto declare_one = [&](std::string_view name, std::string_view type) {
    out.start("attribute");
    out.attribute("id", name);
    out.attribute("title", name);
    out.attribute("type", type);
    out.end();
  };
  for (const auto& f : schema<R>())
    if (is_attribute(f) && attribute_name(f.name) != "label") declare_one(f.name, attribute_type(f.type));
  declare_one(extras_attribute, "string");
  out.end();
}

/// A record's fields that hold a value, as <attvalues> (the body's name is its label).
template <typename R>
void attvalues(XmlWriter& out, const R& record) {
  out.start("attvalues");
  const auto value = [&](std::string_view name, std::string_view text) {
    out.start("attvalue");
    out.attribute("for", name);
    out.attribute("value", text);
    out.end();
  };
  for (const auto& f : schema<R>()) {
    if (!is_attribute(f) || attribute_name(f.name) == "label") continue;
    if (const std::string text = attribute_text(f, record); !text.empty()) value(f.name, text);
  }
  if (const std::string json = extras_json(record.extras); !json.empty()) value(extras_attribute, json);
  out.end();
}

/// viz:color of "#RRGGBB"; nothing for another form.
void colour(XmlWriter& out, std::string_view hex) {
  if (hex.size() != 7 || hex[0] != '#') return;
  out.start("viz:color");
  for (std::size_t i = 0; i < 3; ++i) {
    int channel = 0;
    std::from_chars(hex.data() + 1 + 2 * i, hex.data() + 3 + 2 * i, channel, 16);
    out.attribute(i == 0 ? "r" : i == 1 ? "g" : "b", std::to_string(channel));
  }
  out.end();
}

}  // namespace

std::string write_gexf_map(const MapData& map, const GraphLook* look) {
  XmlWriter out;
  out.start("gexf");
  out.attribute("xmlns", "http://www.gexf.net/1.2draft");
  if (look != nullptr && look->body) out.attribute("xmlns:viz", "http://www.gexf.net/1.2draft/viz");
  out.attribute("version", "1.2");
  out.start("meta");
  out.element("creator", "govgraph");
  if (!map.name.empty()) out.element("description", map.name);
  out.end();
  out.start("graph");
  out.attribute("defaultedgetype", "directed");
  out.attribute("mode", "static");
  declare<Body>(out, "node");
  declare<Link>(out, "edge");
  out.start("nodes");
  for (const Body& body : map.bodies) {
    out.start("node");
    out.attribute("id", body.id);
    out.attribute("label", body.name);
    attvalues(out, body);
    if (look != nullptr && look->body) colour(out, look->body(body).fill);
    out.end();
  }
  out.end();
  out.start("edges");
  for (std::size_t i = 0; i < map.links.size(); ++i) {
    const Link& link = map.links[i];
    out.start("edge");
    out.attribute("id", std::to_string(i));
    out.attribute("source", link.from);
    out.attribute("target", link.to);
    out.attribute("label", to_string(link.kind));
    if (link.amount) out.attribute("weight", format_json_number(*link.amount));
    attvalues(out, link);
    out.end();
  }
  out.end();
  return out.finish();
}

}  // namespace govgraph
