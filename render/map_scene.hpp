#pragma once
// From a governance map to a Scene: which bodies and links a view draws, and how each
// looks (style.hpp). Pure: findings come in as values, nothing is laid out here.

#include <array>
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "analyses/finding.hpp"
#include "graph/diagnostic.hpp"
#include "graph/governance_map.hpp"
#include "render/scene.hpp"

namespace govgraph::render {

/// Which links a map draws: accountability (accountable_to), funding (funds), scrutiny
/// (scrutinises), membership (member_of), or all six kinds.
enum class View { accountability, funding, scrutiny, membership, all };
enum class ClusterBy { sector, type, none };

inline constexpr std::array<std::string_view, 5> view_names = {"accountability", "funding", "scrutiny", "membership",
                                                               "all"};
inline constexpr std::array<std::string_view, 3> cluster_by_names = {"sector", "type", "none"};
inline constexpr std::array<std::string_view, 7> layout_names = {"chart", "dot",  "sfdp", "neato",
                                                                 "fdp",   "circo", "twopi"};

std::optional<View> parse_view(std::string_view text);
std::optional<ClusterBy> parse_cluster_by(std::string_view text);
std::string_view to_string(View view);

/// The most nodes (bodies and folded lists) the dot layout is asked to place when packing:
/// dot took 1.1 s for 950 nodes and 95 s for 2,900 (its cost grows as about n^4 on
/// generated maps). Past it build_scene draws a chart, which places 10,000 in seconds.
inline constexpr std::size_t most_nodes_for_dot = 1200;

struct RenderOptions {
  View view = View::accountability;
  std::string focus;  // a body id: draw only the bodies within `depth` links of it
  std::size_t depth = 2;
  std::string policy_area;  // a policy-area id: bodies in it or its sub-areas
  std::string sector;       // a sector: its bodies, and the bodies elsewhere linked to them
  std::string below;        // a body id: it and every body below it, and the bodies elsewhere linked to them
  ClusterBy cluster_by = ClusterBy::sector;
  std::string layout = "dot";    // one of layout_names
  bool highlight = true;         // outline the subjects of errors and warnings
  double row_width = 0;          // inches a rank may fill (dot); 0: a page's proportions
  std::size_t stack_height = 4;  // bodies with no line of the view, stacked in columns this tall
  std::size_t label_width = 16;  // characters per label line at most (lines are balanced)
  std::size_t fold_min = 3;      // leaves of one master and type drawn as one list from this many; 0: never
  std::size_t levels = 0;        // draw the top this many levels of the view's hierarchy; 0: all
  bool pack = true;              // dot with two clusters or more: each laid out alone, then packed on a page
  bool tooltips = true;          // the drawing keeps tooltips (SVG): the key says where rule ids are
};

/// The RenderOptions that name something in the map: a body, a policy area, a sector.
enum class Choice { focus, below, policy_area, sector };

/// What a choice names: "body" (focus, below), "policy area" or "sector".
std::string_view noun(Choice choice);

/// Bad input: a choice names a body, policy area or sector the map does not have. The
/// message says so in the map's terms ("no policy area has id 'x'; nearest is 'y'"); a
/// front end may word it with its own name for the choice instead.
class UnknownChoice : public InputError {
 public:
  UnknownChoice(Choice choice, std::string wanted, std::string nearest);
  [[nodiscard]] Choice choice() const { return choice_; }
  [[nodiscard]] const std::string& wanted() const { return wanted_; }
  [[nodiscard]] const std::string& nearest() const { return nearest_; }  // empty when there is none

 private:
  Choice choice_;
  std::string wanted_;
  std::string nearest_;
};

/// The scene for one view of the map.
///
/// Bodies: every body in the accountability and all views; in the other views only the
/// bodies with a drawn link. `policy_area` keeps bodies listing the area (or a sub-area)
/// or owning a responsibility in it; `focus` keeps bodies within `depth` links of the
/// focus, counting only the view's links, in either direction. `below` keeps a body
/// and every body below it by lines of the view's ranking kind, `sector` the sector's
/// bodies (both: those of the branch in the sector), and as context (white, grey text,
/// never outlined) the bodies elsewhere that a link of the view joins to them; links
/// between two context bodies are not drawn. `levels` then keeps the bodies at most `levels` - 1
/// lines of the view's ranking kind below a body with no master among those kept (by
/// the fewest lines), and labels each kept body with how many it hides below it. A link
/// is drawn when its kind is in the view and both ends are kept.
///
/// Accountability and membership lines are declared from the upper body to the lower
/// one with dir=back, so that masters rank above the bodies answering to them. With
/// the dot layout, no rank is let grow wider than `row_width` (by default, what gives
/// the drawing a page's proportions, so it prints on A4 with readable labels): a body
/// goes on the first rank below its masters with room in its cluster's share, bodies
/// with children before leaves, so the leaves of a wide fan are staggered over several
/// ranks (minlen) as Graphviz's unflatten -l does; bodies with no line of the view are
/// stacked by invisible edges into columns of `stack_height`, as unflatten -c does.
///
/// Folded leaves (accountability and all views): a leaf is a body whose only drawn link
/// is its accountability line to one master, not outlined by a finding and not the
/// focus. When at least `fold_min` leaves of one master share a body type (and cluster),
/// they are drawn as one box of the type's colour listing their names, one row each
/// (each row carries the body's id and tooltip), with one line to the master; the
/// node's `folded` lists their ids. Findings: the subjects
/// of errors are outlined red, of warnings amber (when `highlight`), and every rule id
/// goes in the tooltip; accountable_to links named by duplication.redundant-line are
/// dimmed and counted in the legend.
///
/// With the dot layout and two clusters or more (and `pack`), each cluster is laid out
/// alone and the clusters packed on a page (pack.hpp): see Scene::pack_clusters.
/// With the dot layout (and `pack`) and more than most_nodes_for_dot nodes, the scene is
/// a chart's instead, and its key says so: Scene::layout tells which was built.
///
/// Throws UnknownChoice for an unknown focus or `below` body, policy area or sector,
/// naming the nearest.
/// O(V + E + findings × subjects) plus O(V + E) for the focus search.
Scene build_scene(const GovernanceMap& map, const RenderOptions& options, std::span<const Finding> findings);

}  // namespace govgraph::render
