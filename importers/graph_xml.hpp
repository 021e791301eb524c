#pragma once
// What the GraphML and GEXF files share: an XML writer over libxml2's xmlTextWriter, and
// how a record's field becomes a typed attribute (docs/format.md, "GraphML and GEXF").

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "graph/records.hpp"
#include "graph/schema.hpp"

using xmlTextWriter = struct _xmlTextWriter;
using xmlBuffer = struct _xmlBuffer;

namespace govgraph {

/// How a body is drawn, in Graphviz's terms as render/style.hpp gives them: importers
/// sit below render, so the caller passes the look in (cli/cmd_convert.cpp).
struct NodeLook {
  std::string_view shape;  // a Graphviz shape: box, ellipse, hexagon, ...
  std::string_view fill;   // "#RRGGBB"
  std::string_view extra;  // more style words ("rounded"), or empty
  std::string_view text;   // the label's colour, "#RRGGBB"; empty: the viewer's default (black)
};

/// How a link is drawn: a Graphviz line style (solid, dashed, dotted) and colour.
struct EdgeLook {
  std::string_view style;
  std::string_view colour;
  bool directed = true;
};

/// The looks of every body type and link kind; empty functions: the file carries no
/// drawing hints.
struct GraphLook {
  std::function<NodeLook(const Body&)> body;
  std::function<EdgeLook(LinkKind)> link;
};

/// The one element writer both formats use: two-space indentation, UTF-8, text and
/// attribute values escaped by libxml2. Text XML 1.0 cannot hold (most control characters,
/// U+FFFE, U+FFFF) is shown as '?' (graph/escape.hpp's readable_text). Owns its libxml2
/// handles, neither copied nor moved; a failing write (out of memory) is an EnvironmentError.
class XmlWriter {
 public:
  XmlWriter();
  ~XmlWriter();
  XmlWriter(const XmlWriter&) = delete;
  XmlWriter& operator=(const XmlWriter&) = delete;

  void start(const char* element);
  void attribute(const char* name, std::string_view value);
  void text(std::string_view value);
  void end();
  /// <element>value</element>.
  void element(const char* element, std::string_view value);
  /// Ends every open element and returns the document.
  std::string finish();

 private:
  void check(int result) const;
  xmlBuffer* buffer_ = nullptr;
  xmlTextWriter* writer_ = nullptr;
};

/// The separator of a list's items in one attribute value. An item's own ';' and '\'
/// are written "\;" and "\\", so split_list gives back exactly the items joined.
inline constexpr char list_separator = ';';
std::string join_list(const std::vector<std::string>& items);
std::vector<std::string> split_list(std::string_view text);

/// The attribute type a field's values are written as: "double" for an amount, "long"
/// for a count, "string" for the rest (text, ids, dates, vocabulary values and lists).
std::string_view attribute_type(ValueType type);

/// Whether the field is written as an attribute: a body's id is its node's id and a
/// link's ends are its edge's source and target.
template <typename R>
bool is_attribute(const FieldInfo<R>& field) {
  if constexpr (std::is_same_v<R, Body>)
    return field.name != "id";
  else
    return field.name != "from" && field.name != "to";
}

/// The attribute a field is written as: a body's `name` is its `label`, so Gephi and yEd
/// show it; every other field keeps its schema name.
std::string_view attribute_name(std::string_view field);

/// A field's value as attribute text (amounts as the map file writes them, lists by
/// join_list); empty when the value is the field's default and the field not required,
/// so the attribute is left out.
template <typename R>
std::string attribute_text(const FieldInfo<R>& field, const R& record);

/// The record's unknown fields as one compact JSON object, "" when it has none.
std::string extras_json(const std::vector<ExtraField>& extras);

/// The key of the attribute holding a record's unknown fields (extras_json).
inline constexpr std::string_view extras_attribute = "govgraph_extras";

}  // namespace govgraph
