#pragma once
// Kumu (kumu.io) JSON blueprints, both ways: a map written as elements and connections
// a Kumu map can import, with every govgraph field as an attribute so it can come back,
// and a blueprint (govgraph's or one Kumu exported) read as a map. docs/kumu.md holds
// the mapping and what a round trip loses.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/records.hpp"

namespace govgraph {

/// What a Kumu view can colour by: for an element id (a body's id, or a responsibility's
/// element id, see kumu_responsibility_id), its tags and its finding messages.
struct KumuMarks {
  std::vector<std::string> tags;
  std::vector<std::string> findings;
};
using KumuFindings = std::map<std::string, KumuMarks>;

// The element types govgraph gives what is not a body. Kumu types are compared without
// regard to case or spacing (kumu_type_key).
inline constexpr std::string_view kumu_map_type = "govgraph map";
inline constexpr std::string_view kumu_responsibility_type = "Responsibility";
/// The attribute of the map element holding the map's header, sources and policy areas.
inline constexpr std::string_view kumu_map_attribute = "govgraph map";
/// The prefix of finding tags, "finding:orphan.no-lead": read back, they are dropped.
inline constexpr std::string_view kumu_finding_tag = "finding:";

/// A responsibility's element id: "responsibility:ID", apart from every body id.
std::string kumu_responsibility_id(std::string_view id);

/// A vocabulary name as Kumu shows it: "local-authority" and "accountable_to" become
/// "Local authority" and "Accountable to".
std::string kumu_readable(std::string_view name);
/// What two spellings of one type share: lowercase, with spaces, '-' and '_' alike.
std::string kumu_type_key(std::string_view name);

/// The map as a blueprint, one element or connection a line. `findings` adds tags and a
/// `findings` attribute to the elements it names. Same map, same bytes.
std::string write_kumu_map(const MapData& map, const KumuFindings& findings = {});

/// Whether `text` is a Kumu blueprint rather than a govgraph map: a JSON object with
/// "elements" and without "bodies" or "govgraph". Stops at the first telling key, so a
/// govgraph map (which starts with "govgraph") costs nothing to ask about.
bool is_kumu_blueprint(std::string_view text);

/// Reads a blueprint as a map; problems go to `out` with FILE:LINE:COLUMN and the JSON
/// path (elements[3].type). A syntax error throws InputError.
MapData parse_kumu_map(std::string_view text, const std::string& file_name, Diagnostics& out);

}  // namespace govgraph
