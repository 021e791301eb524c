#include "render/map_scene.hpp"

#include <algorithm>
#include <cmath>
#include <deque>
#include <limits>
#include <map>
#include <numeric>
#include <queue>
#include <set>
#include <tuple>

#include "analyses/rules.hpp"
#include "graph/amount.hpp"
#include "graph/check.hpp"
#include "graph/diagnostic.hpp"
#include "graph/text.hpp"
#include "render/style.hpp"
#include "render/text.hpp"

namespace govgraph::render {
namespace {

using Vertex = GovernanceMap::Vertex;

unsigned kind_bit(LinkKind kind) { return 1U << static_cast<unsigned>(kind); }

unsigned view_kinds(View view) {
  switch (view) {
    case View::accountability:
      return kind_bit(LinkKind::accountable_to);
    case View::funding:
      return kind_bit(LinkKind::funds);
    case View::scrutiny:
      return kind_bit(LinkKind::scrutinises);
    case View::membership:
      return kind_bit(LinkKind::member_of);
    case View::all:
      return (1U << link_kind_count) - 1;
  }
  return 0;
}

/// The kind whose links decide the ranks: the others are drawn without constraint.
LinkKind primary_kind(View view) {
  switch (view) {
    case View::funding:
      return LinkKind::funds;
    case View::scrutiny:
      return LinkKind::scrutinises;
    case View::membership:
      return LinkKind::member_of;
    case View::accountability:
    case View::all:
      return LinkKind::accountable_to;
  }
  return LinkKind::accountable_to;
}

/// Whether a link of this kind is drawn from its `to` body down to its `from` body:
/// the body answered to (or joined, or advised) ranks above.
bool drawn_upwards(LinkKind kind) {
  return kind == LinkKind::accountable_to || kind == LinkKind::member_of || kind == LinkKind::advises;
}

std::string unknown_message(std::string_view what, std::string_view option, std::string_view wanted,
                            std::vector<std::string_view> candidates) {
  std::string message = "unknown " + std::string(what) + " '" + std::string(wanted) + "' in " + std::string(option);
  const std::string nearest = nearest_id(wanted, candidates);
  if (!nearest.empty()) message += "; did you mean '" + nearest + "'?";
  return message;
}

/// The body with this id, named by the command-line `option`; InputError naming the
/// nearest id when there is none.
Vertex body_for_option(const GovernanceMap& map, std::string_view id, std::string_view option) {
  if (const std::optional<Vertex> found = map.find_body(id)) return *found;
  std::vector<std::string_view> ids;
  for (const auto& body : map.data().bodies) ids.push_back(body.id);
  throw InputError(Location{}, unknown_message("body", option, id, ids));
}

/// The bodies listing the area (or one below it) or owning a responsibility in it.
std::vector<bool> bodies_in_area(const GovernanceMap& map, std::string_view area_id) {
  const auto target = map.find_policy_area(area_id);
  if (!target) {
    std::vector<std::string_view> ids;
    for (const auto& area : map.policy_areas()) ids.push_back(area.id);
    throw InputError(Location{}, unknown_message("policy area", "--policy-area", area_id, ids));
  }
  const std::size_t area_count = map.policy_areas().size();
  std::vector<bool> inside(area_count, false);
  for (std::size_t a = 0; a < area_count; ++a) {
    // Bounded walk up: the tree has no cycles (check_map), so depth < area_count.
    std::optional<std::size_t> at = a;
    for (std::size_t steps = 0; at && steps <= area_count; ++steps, at = map.parent_area(*at))
      if (*at == *target) {
        inside[a] = true;
        break;
      }
  }
  const auto in_area = [&](const std::string& id) {
    const auto index = map.find_policy_area(id);
    return index && inside[*index];
  };
  std::vector<bool> keep(map.body_count(), false);
  for (Vertex v = 0; v < map.body_count(); ++v) {
    const Body& body = map.body(v);
    keep[v] = std::any_of(body.policy_areas.begin(), body.policy_areas.end(), in_area) ||
              std::any_of(map.duties(v).begin(), map.duties(v).end(), [&](const Duty& duty) {
                return in_area(map.responsibilities()[duty.responsibility].policy_area);
              });
  }
  return keep;
}

/// The bodies within `depth` links of the focus, following the view's links both ways.
std::vector<bool> bodies_near(const GovernanceMap& map, Vertex focus, std::size_t depth, unsigned kinds) {
  constexpr std::size_t unseen = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> distance(map.body_count(), unseen);
  std::deque<Vertex> queue{focus};
  distance[focus] = 0;
  const auto& g = map.graph();
  while (!queue.empty()) {
    const Vertex v = queue.front();
    queue.pop_front();
    if (distance[v] == depth) continue;
    const auto visit = [&](Vertex w, LinkKind kind) {
      if ((kinds & kind_bit(kind)) == 0 || distance[w] != unseen) return;
      distance[w] = distance[v] + 1;
      queue.push_back(w);
    };
    for (auto [e, end] = boost::out_edges(v, g); e != end; ++e) visit(boost::target(*e, g), g[*e].kind);
    for (auto [e, end] = boost::in_edges(v, g); e != end; ++e) visit(boost::source(*e, g), g[*e].kind);
  }
  std::vector<bool> keep(map.body_count());
  for (Vertex v = 0; v < map.body_count(); ++v) keep[v] = distance[v] != unseen;
  return keep;
}

/// A line that decides ranks: `upper` ranks above `lower` (scene node indexes).
struct RankingLine {
  std::size_t link = 0;  // index into the map's links
  std::size_t upper = 0;
  std::size_t lower = 0;
};

// What dot is asked for (inches): the gap between nodes and between ranks.
constexpr double node_gap = 0.15;
constexpr double rank_gap = 0.4;

/// About how wide Graphviz draws a label of these lines in an 11-point Helvetica node of
/// this shape (inches): enough to share out a rank's width, not to draw with.
double estimated_width(const std::vector<std::string>& lines, std::string_view shape) {
  std::size_t longest = 0;
  for (const auto& line : lines) longest = std::max(longest, display_length(line));
  const double box = 0.085 * static_cast<double>(longest) + 0.24;
  if (shape == "ellipse") return box * 1.4;
  if (shape == "hexagon" || shape == "octagon") return box * 1.25;
  return box;
}

/// A rank for each node: below all its masters (`upper` of its lines), on the first rank
/// with room. A rank's room is `row_width` inches (0: as wide as makes the drawing about
/// 1.4 times as wide as tall, and at least 10), shared between clusters by their size so that clusters
/// drawn side by side fit too; when the clusters are `packed` (laid out one by one, then
/// packed on a page), each cluster has room for its own proportions instead. Every body
/// with children is placed before any leaf, so that chains of command keep the highest
/// ranks and the leaves of a wide fan fill the room left, overflowing to the ranks below.
/// Lines that close a cycle are left to dot. O((V + E) log V + V × ranks).
std::vector<std::size_t> assign_layers(const std::vector<std::size_t>& group, const std::vector<double>& widths,
                                       const std::vector<RankingLine>& lines, double row_width, bool packed) {
  const std::size_t count = widths.size();
  std::vector<std::vector<std::size_t>> below(count);
  std::vector<std::size_t> waiting(count, 0);  // masters not yet placed
  for (const RankingLine& line : lines) {
    below[line.upper].push_back(line.lower);
    ++waiting[line.lower];
  }
  std::size_t groups = 0;
  for (std::size_t g : group) groups = std::max(groups, g + 1);
  std::vector<double> group_width(groups, 0);
  std::vector<double> widest(groups, 0);
  double total = 0;
  for (std::size_t n = 0; n < count; ++n) {
    group_width[group[n]] += widths[n] + node_gap;
    widest[group[n]] = std::max(widest[group[n]], widths[n] + node_gap);
    total += widths[n] + node_gap;
  }
  // A rank is about 0.5 inches of node and rank_gap of space: W / H = 1.4 with
  // H = (total / W) × (0.5 + rank_gap) gives W = sqrt(1.4 × total × (0.5 + rank_gap)).
  // Never narrower than fits A4 unscaled (10 inches): a small map keeps its natural shape.
  const double width = row_width > 0 ? row_width : std::max(10.0, std::sqrt(1.4 * total * (0.5 + rank_gap)));
  // A packed cluster is drawn wider than a page's proportions: the packing fits it
  // to the page, and this ratio printed largest of those measured on the example.
  constexpr double packed_aspect = 2.5;
  std::vector<double> room(groups);
  for (std::size_t g = 0; g < groups; ++g) {
    double share = total > 0 ? width * group_width[g] / total : 0.0;
    if (packed && row_width <= 0) share = std::sqrt(packed_aspect * group_width[g] * (0.5 + rank_gap));
    room[g] = std::max(widest[g], share);
  }

  constexpr std::size_t unplaced = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> layer(count, unplaced);
  std::vector<std::size_t> lowest(count, 0);  // the first rank each node may take
  std::vector<std::vector<double>> used(groups);
  // Ready nodes, first by the rank they may take, then bodies with children, then order.
  using Key = std::tuple<bool, std::size_t, std::size_t>;
  std::priority_queue<Key, std::vector<Key>, std::greater<>> ready;
  for (std::size_t n = 0; n < count; ++n)
    if (waiting[n] == 0) ready.emplace(below[n].empty(), 0, n);
  std::size_t next_stuck = 0;  // where to look for a node held up by a cycle
  for (std::size_t placed = 0; placed < count;) {
    if (ready.empty()) {
      while (layer[next_stuck] != unplaced) ++next_stuck;
      ready.emplace(below[next_stuck].empty(), lowest[next_stuck], next_stuck);
      waiting[next_stuck] = 0;
    }
    const auto [is_leaf, first, n] = ready.top();
    ready.pop();
    if (layer[n] != unplaced) continue;
    auto& rows = used[group[n]];
    std::size_t at = first;
    const double need = widths[n] + node_gap;
    while (at < rows.size() && rows[at] > 0 && rows[at] + need > room[group[n]]) ++at;
    if (rows.size() <= at) rows.resize(at + 1, 0);
    rows[at] += need;
    layer[n] = at;
    ++placed;
    for (std::size_t child : below[n]) {
      lowest[child] = std::max(lowest[child], at + 1);
      if (waiting[child] > 0 && --waiting[child] == 0) ready.emplace(below[child].empty(), lowest[child], child);
    }
  }
  return layer;
}

/// For each body, the bodies right below it by links of `kind` (drawn_upwards says which
/// end is above), in map order; a link from a body to itself left out. O(V + E).
std::vector<std::vector<Vertex>> bodies_below(const GovernanceMap& map, LinkKind kind) {
  std::vector<std::vector<Vertex>> below(map.body_count());
  for (std::size_t i = 0; i < map.link_count(); ++i) {
    if (map.link(i).kind != kind) continue;
    Vertex upper = boost::target(map.edge(i), map.graph());
    Vertex lower = boost::source(map.edge(i), map.graph());
    if (!drawn_upwards(kind)) std::swap(upper, lower);
    if (upper != lower) below[upper].push_back(lower);
  }
  return below;
}

struct BodyFindings {
  std::optional<Severity> worst;  // error or warning only: what gets a coloured outline
  std::set<std::string> rules;
};

struct LegendFacts {
  std::vector<BodyType> types;  // present, in vocabulary order
  std::vector<LinkKind> kinds;  // present, in vocabulary order
  bool folded = false;
  bool errors = false;
  bool warnings = false;
  std::size_t redundant = 0;
  std::string focus_name;
  std::size_t depth = 0;
  std::string sector;
  bool context = false;  // bodies of other sectors drawn
  std::string area_name;
  std::size_t levels = 0;  // --levels, when given
  std::string below_name;  // --below, when given
};

/// The graph's label: the title, then the key. A label rather than a node, so that
/// every layout engine places it the same way and it never joins a rank.
std::string title_and_legend_html(const std::string& title, const std::string& subtitle, const LegendFacts& facts) {
  std::string html = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">)"
                     R"(<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="20">)" +
                     html_text(title) + "</FONT></TD></TR>";
  if (!subtitle.empty())
    html += R"(<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="13">)" + html_text(subtitle) + "</FONT></TD></TR>";
  html += R"(<TR><TD ALIGN="LEFT"><B>Key</B></TD></TR>)";
  // Graphviz stretches a nested table to its cell, so each group is a grid of cells
  // that reads well stretched: body types as filled cells, then one cell per line or mark.
  const auto grid = [&](const std::vector<std::string>& cells, std::size_t per_row, std::string_view table) {
    if (cells.empty()) return;
    html += R"(<TR><TD ALIGN="LEFT">)" + std::string(table);
    for (std::size_t i = 0; i < cells.size(); i += per_row) {
      html += "<TR>";
      for (std::size_t k = i; k < std::min(i + per_row, cells.size()); ++k) html += cells[k];
      html += "</TR>";
    }
    html += "</TABLE></TD></TR>";
  };
  std::vector<std::string> types;
  for (BodyType type : facts.types) {
    const BodyStyle style = body_style(type);
    types.push_back(R"(<TD ALIGN="LEFT" BGCOLOR=")" + std::string(style.fill) + R"(">)" + std::string(to_string(type)) +
                    " (" + std::string(style.shape) + ")</TD>");
  }
  grid(types, 5, R"(<TABLE BORDER="0" CELLBORDER="1" CELLSPACING="3" CELLPADDING="3">)");

  std::vector<std::string> items;
  const auto item = [&](std::string_view colour, std::string_view glyph, const std::string& text) {
    items.push_back(R"(<TD ALIGN="LEFT"><FONT COLOR=")" + std::string(colour) + R"(">)" + std::string(glyph) +
                    "</FONT> " + text + "</TD>");
  };
  for (LinkKind kind : facts.kinds) {
    const LinkStyle style = link_style(kind);
    item(style.colour, style.glyph, std::string(style.meaning));
  }
  if (facts.redundant > 0)
    item(dimmed_colour, link_style(LinkKind::accountable_to).glyph,
         std::to_string(facts.redundant) +
             (facts.redundant == 1 ? " implied accountability line" : " implied accountability lines") +
             " dimmed (a longer route exists)");
  if (facts.folded)
    items.push_back(R"(<TD ALIGN="LEFT">a box listing names: bodies of one type answering to one body</TD>)");
  if (facts.errors) item(error_colour, "<B>\u25A1</B>", "outlined red: subject of an error");
  if (facts.warnings) item(warning_colour, "<B>\u25A1</B>", "outlined amber: subject of a warning");
  if (facts.errors || facts.warnings) items.push_back(R"(<TD ALIGN="LEFT">(rule ids in the tooltips)</TD>)");
  grid(items, 2, R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2">)");
  if (!facts.focus_name.empty())
    html += R"(<TR><TD ALIGN="LEFT">Bodies within )" + std::to_string(facts.depth) +
            (facts.depth == 1 ? " link of " : " links of ") + html_text(facts.focus_name) + "</TD></TR>";
  if (!facts.area_name.empty())
    html += R"(<TR><TD ALIGN="LEFT">Policy area: )" + html_text(facts.area_name) + "</TD></TR>";
  if (facts.levels > 0)
    html += R"(<TR><TD ALIGN="LEFT">The top )" + std::to_string(facts.levels) +
            (facts.levels == 1 ? " level" : " levels") +
            " of the hierarchy; \u201C(+N below)\u201D counts the bodies under a body, not drawn</TD></TR>";
  std::vector<std::string> narrowed;
  if (!facts.sector.empty()) narrowed.push_back("Sector: " + html_text(facts.sector));
  if (!facts.below_name.empty()) narrowed.push_back(html_text(facts.below_name) + " and the bodies below it");
  if (!narrowed.empty())
    html += R"(<TR><TD ALIGN="LEFT">)" + join(narrowed, "; ") +
            (!facts.context                ? ""
             : facts.below_name.empty() ? "; bodies of other sectors linked to it are drawn white, in grey"
                                        : "; bodies elsewhere linked to them are drawn white, in grey") +
            "</TD></TR>";
  html += "</TABLE>";
  return html;
}

/// A body's tooltip lines: name, id, type and sector, source, note, and every rule
/// whose findings name it.
std::vector<std::string> body_tip(const Body& body, const BodyFindings* findings) {
  std::vector<std::string> tip = {clean_text(body.name), "id: " + body.id,
                                  "type: " + std::string(to_string(body.type)) +
                                      (body.sector.empty() ? "" : "; sector: " + clean_text(body.sector))};
  if (!body.source.empty()) tip.push_back("source: " + clean_text(body.source));
  if (!body.note.empty()) tip.push_back("note: " + clean_text(body.note));
  if (findings != nullptr) tip.push_back("findings: " + join({findings->rules.begin(), findings->rules.end()}, ", "));
  return tip;
}

/// A body's label lines: its name wrapped, then how many bodies it stands for, how many
/// are hidden below it (--levels) and its status when not active.
std::vector<std::string> label_lines(const Body& body, std::size_t width, std::size_t hidden_below) {
  std::vector<std::string> lines = wrap_balanced(body.name.empty() ? body.id : body.name, width);
  if (body.represents) lines.push_back("(" + std::to_string(*body.represents) + " bodies)");
  if (hidden_below > 0) lines.push_back("(+" + std::to_string(hidden_below) + " below)");
  if (body.status != BodyStatus::active) lines.push_back("(" + std::string(to_string(body.status)) + ")");
  return lines;
}

/// One node listing leaves of one master and type: a box in the type's colour (white
/// with grey text for `context` bodies, those outside --sector) with a row per body, in
/// map order, a warning's subject framed amber (when `highlight`).
/// Each row carries the body's id and tooltip (Graphviz draws a cell's ID and TOOLTIP
/// only with an HREF, so each row links to itself). Returns the node and its estimated
/// width. O(total length of the names).
std::pair<SceneNode, double> folded_node(const GovernanceMap& map, const std::vector<Vertex>& members,
                                         const Vertex master, std::size_t label_width, bool highlight, bool context,
                                         const std::map<std::string, BodyFindings, std::less<>>& about,
                                         const std::vector<std::size_t>& hidden_below,
                                         LegendFacts& facts) {
  const Body& first = map.body(members.front());
  const BodyStyle style = body_style(first.type);
  std::string html = R"(<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="1" CELLPADDING="1">)";
  std::vector<std::string> all_lines;
  SceneNode node{"fold_" + first.id, {}, {}};
  for (Vertex v : members) {
    const Body& body = map.body(v);
    const std::vector<std::string> lines = label_lines(body, label_width, hidden_below[v]);
    all_lines.insert(all_lines.end(), lines.begin(), lines.end());
    std::vector<std::string> escaped;
    for (const auto& line : lines) escaped.push_back(html_text(line));
    escaped.front() = "\u2022 " + escaped.front();  // a bullet tells one name from the next
    const auto found = about.find(body.id);
    std::string frame;
    if (highlight && found != about.end() && found->second.worst == Severity::warning) {
      frame = R"( BORDER="2" COLOR=")" + std::string(warning_colour) + R"(")";
      facts.warnings = true;
    }
    const std::string tip = join(body_tip(body, found == about.end() ? nullptr : &found->second), "\n");
    html += R"(<TR><TD ID=")" + html_attribute(body.id) + R"(" HREF="#)" + html_attribute(body.id) + R"(" TOOLTIP=")" +
            html_attribute(tip) + R"(" ALIGN="LEFT" BALIGN="LEFT")" + frame + ">" + join(escaped, "<BR/>") +
            "</TD></TR>";
    node.folded.push_back(body.id);
  }
  html += "</TABLE>";
  const std::string classes = "body " + std::string(to_string(first.type)) + " folded" + (context ? " context" : "");
  node.attributes = {{"id", node.name},
                     {"class", classes},
                     {"label", html, true},
                     {"shape", "box"},
                     {"style", "filled"},
                     {"fillcolor", std::string(context ? context_fill : style.fill)},
                     {"margin", "0.08,0.04"},
                     {"tooltip", esc_string(std::vector<std::string>{
                                     std::to_string(members.size()) + " bodies (" + std::string(to_string(first.type)) +
                                     ") accountable to " + clean_text(map.body(master).name)})}};
  if (context) {
    node.attributes.push_back({"fontcolor", std::string(context_text)});
    node.attributes.push_back({"color", std::string(context_text)});
  }
  return {std::move(node), estimated_width(all_lines, "box")};
}

/// Which bodies and links a view draws, and what the key says about the choice.
struct Selection {
  std::vector<bool> keep;                 // body drawn
  std::vector<bool> context;              // drawn white: outside --sector or --below, linked to it
  std::vector<std::size_t> hidden_below;  // --levels: bodies under each drawn body, not drawn
  std::optional<GovernanceMap::Vertex> focus;
  std::vector<std::size_t> links;  // drawn links, in map order
};

/// The bodies and links build_scene draws (its contract says which), filling in the
/// key's facts about focus, policy area, branch, sector and levels. Throws InputError
/// for an unknown focus or --below body, policy area or sector. O(V + E).
Selection select_drawn(const GovernanceMap& map, const RenderOptions& options, LegendFacts& facts) {
  const unsigned kinds = view_kinds(options.view);
  const LinkKind primary = primary_kind(options.view);
  const std::size_t body_count = map.body_count();
  std::vector<bool> keep(body_count, true);
  if (!options.policy_area.empty()) {
    keep = bodies_in_area(map, options.policy_area);
    facts.area_name = map.policy_areas()[*map.find_policy_area(options.policy_area)].name;
  }
  std::optional<Vertex> focus;
  if (!options.focus.empty()) {
    focus = body_for_option(map, options.focus, "--focus");
    const std::vector<bool> near = bodies_near(map, *focus, options.depth, kinds);
    for (Vertex v = 0; v < body_count; ++v) keep[v] = keep[v] && near[v];
    keep[*focus] = true;
    facts.focus_name = map.body(*focus).name;
    facts.depth = options.depth;
  }
  // --below and --sector narrow the drawing to a body's branch of the view's hierarchy
  // and to a sector's bodies; the bodies outside that a drawn link joins to them are
  // drawn too, as context.
  std::vector<bool> core = keep;
  std::vector<bool> context(body_count, false);
  if (!options.below.empty()) {
    const Vertex top = body_for_option(map, options.below, "--below");
    const std::vector<std::vector<Vertex>> below = bodies_below(map, primary);
    std::vector<bool> branch(body_count, false);
    std::vector<Vertex> stack{top};
    branch[top] = true;
    while (!stack.empty()) {
      const Vertex v = stack.back();
      stack.pop_back();
      for (Vertex u : below[v])
        if (keep[u] && !branch[u]) {
          branch[u] = true;
          stack.push_back(u);
        }
    }
    for (Vertex v = 0; v < body_count; ++v) core[v] = core[v] && branch[v];
    core[top] = true;
    facts.below_name = map.body(top).name;
  }
  if (!options.sector.empty()) {
    std::vector<std::string_view> sectors;
    for (const auto& body : map.data().bodies)
      if (!body.sector.empty()) sectors.push_back(body.sector);
    if (std::find(sectors.begin(), sectors.end(), options.sector) == sectors.end())
      throw InputError(Location{}, unknown_message("sector", "--sector", options.sector, sectors));
    for (Vertex v = 0; v < body_count; ++v) core[v] = core[v] && map.body(v).sector == options.sector;
    facts.sector = options.sector;
  }
  if (!options.below.empty() || !options.sector.empty()) {
    for (std::size_t i = 0; i < map.link_count(); ++i) {
      const GovernanceMap::Edge e = map.edge(i);
      const Vertex from = boost::source(e, map.graph());
      const Vertex to = boost::target(e, map.graph());
      if ((kinds & kind_bit(map.link(i).kind)) == 0 || !keep[from] || !keep[to]) continue;
      if (core[from] && !core[to]) context[to] = true;
      if (core[to] && !core[from]) context[from] = true;
    }
    for (Vertex v = 0; v < body_count; ++v) keep[v] = core[v] || context[v];
  }
  // --levels: the top levels of the view's hierarchy only. A body's level is its fewest
  // lines below a body with no master (cycles with no way in start at their first body);
  // each body drawn counts the hidden bodies below it, by the route that found them.
  std::vector<std::size_t> hidden_below(body_count, 0);
  if (options.levels > 0) {
    std::vector<std::vector<Vertex>> below = bodies_below(map, primary);
    std::vector<bool> has_master(body_count, false);
    for (Vertex v = 0; v < body_count; ++v) {
      std::erase_if(below[v], [&](Vertex u) { return !keep[v] || !keep[u]; });
      for (Vertex u : below[v]) has_master[u] = true;
    }
    constexpr std::size_t unreached = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> level(body_count, unreached);
    std::vector<Vertex> shown_above(body_count, 0);  // the drawn body a hidden one counts towards
    std::deque<Vertex> queue;
    const auto reach = [&](Vertex v, std::size_t at, Vertex from) {
      level[v] = at;
      shown_above[v] = at < options.levels ? v : shown_above[from];
      if (at >= options.levels) ++hidden_below[shown_above[v]];
      queue.push_back(v);
    };
    const auto spread = [&] {
      for (; !queue.empty(); queue.pop_front())
        for (Vertex u : below[queue.front()])
          if (level[u] == unreached) reach(u, level[queue.front()] + 1, queue.front());
    };
    for (Vertex v = 0; v < body_count; ++v)
      if (keep[v] && !has_master[v]) reach(v, 0, v);
    spread();
    for (Vertex v = 0; v < body_count; ++v)
      if (keep[v] && level[v] == unreached) {
        reach(v, 0, v);
        spread();
      }
    for (Vertex v = 0; v < body_count; ++v)
      if (keep[v] && level[v] >= options.levels) keep[v] = false;
    facts.levels = options.levels;
  }
  std::vector<std::size_t> links;  // drawn links, in map order
  for (std::size_t i = 0; i < map.link_count(); ++i) {
    const Link& link = map.link(i);
    const GovernanceMap::Edge e = map.edge(i);
    const Vertex from = boost::source(e, map.graph());
    const Vertex to = boost::target(e, map.graph());
    if ((kinds & kind_bit(link.kind)) != 0 && keep[from] && keep[to] && !(context[from] && context[to]))
      links.push_back(i);
  }
  if (options.view != View::accountability && options.view != View::all) {
    std::vector<bool> linked(body_count, false);
    for (std::size_t i : links) {
      linked[boost::source(map.edge(i), map.graph())] = true;
      linked[boost::target(map.edge(i), map.graph())] = true;
    }
    if (focus) linked[*focus] = true;
    keep = linked;
  }

  return {std::move(keep), std::move(context), std::move(hidden_below), focus, std::move(links)};
}

/// The key of a body's cluster: its sector or type, or none.
std::string cluster_key(const Body& body, ClusterBy by) {
  return by == ClusterBy::sector ? body.sector : by == ClusterBy::type ? std::string(to_string(body.type)) : std::string();
}

/// Leaves drawn as one box listing them (build_scene's contract says which).
struct Folding {
  static constexpr std::size_t none = std::numeric_limits<std::size_t>::max();
  std::vector<std::size_t> fold_of;         // body → index into folds, or none
  std::vector<std::vector<Vertex>> folds;   // each box's bodies, in map order
  std::vector<std::size_t> only_link;       // a leaf's one drawn link

  /// The body a box's bodies answer to.
  [[nodiscard]] Vertex master(const GovernanceMap& map, std::size_t fold) const {
    return boost::target(map.edge(only_link[folds[fold].front()]), map.graph());
  }
};

/// The accountability (and all) views' leaves of one master, type and cluster, grouped
/// when there are `fold_min` or more; `links` then keeps one line per box, its first
/// body's. O(V + E log V).
Folding fold_leaves(const GovernanceMap& map, const RenderOptions& options, const Selection& drawn,
                    const std::map<std::string, BodyFindings, std::less<>>& about, std::vector<std::size_t>& links) {
  const std::size_t body_count = map.body_count();
  Folding folding{std::vector<std::size_t>(body_count, Folding::none), {}, std::vector<std::size_t>(body_count, 0)};
  if (options.fold_min == 0 || primary_kind(options.view) != LinkKind::accountable_to) return folding;
  std::vector<std::size_t> degree(body_count, 0);
  for (std::size_t i : links) {
    const Vertex from = boost::source(map.edge(i), map.graph());
    const Vertex to = boost::target(map.edge(i), map.graph());
    ++degree[from];
    folding.only_link[from] = i;
    if (to == from) continue;
    ++degree[to];
    folding.only_link[to] = i;
  }
  std::map<std::tuple<Vertex, BodyType, std::string, bool>, std::size_t> group_of;
  std::vector<std::vector<Vertex>> groups;
  for (Vertex v = 0; v < body_count; ++v) {
    if (!drawn.keep[v] || degree[v] != 1 || (drawn.focus && v == *drawn.focus)) continue;
    const std::size_t i = folding.only_link[v];
    const Vertex master = boost::target(map.edge(i), map.graph());
    if (map.link(i).kind != LinkKind::accountable_to || master == v) continue;
    const Body& body = map.body(v);
    if (const auto found = about.find(body.id);
        options.highlight && found != about.end() && found->second.worst == Severity::error)
      continue;  // an error's subject keeps a node of its own, outlined red
    const auto [slot, added] = group_of.try_emplace(
        {master, body.type, cluster_key(body, options.cluster_by), drawn.context[v]}, groups.size());
    if (added) groups.emplace_back();
    groups[slot->second].push_back(v);
  }
  for (auto& group : groups) {
    if (group.size() < options.fold_min) continue;
    for (Vertex v : group) folding.fold_of[v] = folding.folds.size();
    folding.folds.push_back(std::move(group));
  }
  // A folded node has one line to its master: its first member's.
  std::erase_if(links, [&](std::size_t i) {
    const Vertex from = boost::source(map.edge(i), map.graph());
    return folding.fold_of[from] != Folding::none && folding.folds[folding.fold_of[from]].front() != from;
  });
  return folding;
}

}  // namespace

std::optional<View> parse_view(std::string_view text) {
  for (std::size_t i = 0; i < view_names.size(); ++i)
    if (view_names[i] == text) return static_cast<View>(i);
  return std::nullopt;
}

std::optional<ClusterBy> parse_cluster_by(std::string_view text) {
  for (std::size_t i = 0; i < cluster_by_names.size(); ++i)
    if (cluster_by_names[i] == text) return static_cast<ClusterBy>(i);
  return std::nullopt;
}

std::string_view to_string(View view) { return view_names[static_cast<std::size_t>(view)]; }

Scene build_scene(const GovernanceMap& map, const RenderOptions& options, std::span<const Finding> findings) {
  const LinkKind primary = primary_kind(options.view);
  const std::size_t body_count = map.body_count();
  const bool dot = options.layout == "dot";
  const bool chart = options.layout == "chart";

  LegendFacts facts;
  Selection drawn = select_drawn(map, options, facts);
  const std::vector<bool>& keep = drawn.keep;
  const std::vector<bool>& context = drawn.context;
  const std::vector<std::size_t>& hidden_below = drawn.hidden_below;
  const std::optional<Vertex> focus = drawn.focus;
  std::vector<std::size_t>& links = drawn.links;

  // What the findings say about each drawn body and link.
  std::map<std::string, BodyFindings, std::less<>> about;
  std::set<std::pair<std::string, std::string>> redundant_lines;  // the rule names the line's ends, from first
  for (const Finding& finding : findings) {
    if (is(finding, rule::redundant_line) && finding.subjects.size() == 2)
      redundant_lines.emplace(finding.subjects[0], finding.subjects[1]);
    for (const std::string& subject : finding.subjects) {
      auto& entry = about[subject];
      entry.rules.insert(finding.rule + " (" + std::string(to_string(finding.severity)) + ")");
      if (finding.severity != Severity::info && (!entry.worst || finding.severity < *entry.worst))
        entry.worst = finding.severity;
    }
  }
  const auto is_redundant = [&](const Link& link) {
    return link.kind == LinkKind::accountable_to && redundant_lines.contains({link.from, link.to});
  };

  const Folding folding = fold_leaves(map, options, drawn, about, links);
  const std::vector<std::size_t>& fold_of = folding.fold_of;
  const std::vector<std::vector<Vertex>>& folds = folding.folds;
  const std::vector<std::size_t>& only_link = folding.only_link;

  Scene scene;
  scene.layout = options.layout;
  scene.graph = {{"labelloc", "t"},
                 {"labeljust", "l"},
                 {"fontname", std::string(font)},
                 {"fontsize", "11"},
                 {"outputorder", "edgesfirst"},
                 {"pad", "0.3"},
                 {"charset", "UTF-8"}};
  if (dot) {
    scene.graph.insert(scene.graph.end(), {{"rankdir", "TB"},
                                           {"newrank", "true"},
                                           {"nodesep", format_fixed(node_gap, 2)},
                                           {"ranksep", format_fixed(rank_gap, 2)},
                                           {"remincross", "true"}});
  } else if (!chart) {
    scene.graph.insert(scene.graph.end(), {{"overlap", "false"}, {"splines", "true"}, {"sep", "+8"}});
  }
  scene.node_defaults = {{"fontname", std::string(font)},
                         {"fontsize", "11"},
                         {"margin", "0.12,0.05"},
                         {"height", "0.4"},
                         {"color", "#333333"},
                         {"penwidth", "1"}};
  scene.edge_defaults = {{"fontname", std::string(font)}, {"fontsize", "9"}, {"arrowsize", "0.7"}};

  // Bodies, in map order.
  std::vector<std::size_t> node_of(body_count, std::numeric_limits<std::size_t>::max());
  std::map<std::string, std::size_t> cluster_index;  // key → subgraph
  std::vector<bool> type_seen(body_type_names.size(), false);
  std::vector<double> widths;  // estimated width of each node, inches
  std::vector<Vertex> body_of_node;  // a folded node's: its first member
  const auto add_to_cluster = [&](const Body& body, std::size_t node) {
    std::string key = cluster_key(body, options.cluster_by);
    if (key.empty()) return;
    auto [slot, added] = cluster_index.try_emplace(key, scene.subgraphs.size());
    if (added) {
      std::replace(key.begin(), key.end(), '-', ' ');  // "third-sector" reads "third sector"
      scene.subgraphs.push_back(
          {"cluster_" + std::to_string(scene.subgraphs.size() + 1),
           {{"label", esc_string(key)},
            {"class", std::string(cluster_by_names[static_cast<std::size_t>(options.cluster_by)])},
            {"style", "rounded,filled"},
            {"fillcolor", "#F7F7F7"},
            {"color", "#BBBBBB"},
            {"fontsize", "13"},
            {"labeljust", "l"}},
           {}});
    }
    scene.subgraphs[slot->second].nodes.push_back(node);
  };
  for (Vertex v = 0; v < body_count; ++v) {
    if (!keep[v]) continue;
    const Body& body = map.body(v);
    const BodyStyle style = body_style(body.type);
    type_seen[static_cast<std::size_t>(body.type)] = true;
    if (fold_of[v] != Folding::none) {
      const std::vector<Vertex>& members = folds[fold_of[v]];
      if (members.front() == v) {
        auto [node, width] = folded_node(map, members, folding.master(map, fold_of[v]), options.label_width + 10,
                                         options.highlight && !context[v], context[v], about, hidden_below, facts);
        facts.context = facts.context || context[v];
        node_of[v] = scene.nodes.size();
        scene.nodes.push_back(std::move(node));
        widths.push_back(width);
        body_of_node.push_back(v);
        facts.folded = true;
        add_to_cluster(body, node_of[v]);
      } else {
        node_of[v] = node_of[members.front()];
      }
      continue;
    }
    const std::vector<std::string> lines = label_lines(body, options.label_width, hidden_below[v]);

    std::string style_words = "filled";
    if (!style.extra.empty()) style_words += "," + std::string(style.extra);
    if (body.status == BodyStatus::proposed) style_words += ",dashed";
    if (body.status == BodyStatus::abolished) style_words += ",dotted";

    std::string classes = "body " + std::string(to_string(body.type));
    if (body.status != BodyStatus::active) classes += " " + std::string(to_string(body.status));

    const auto found = about.find(body.id);
    const std::vector<std::string> tip = body_tip(body, found == about.end() ? nullptr : &found->second);

    SceneNode node{body.id,
                   {{"id", body.id},
                    {"label", esc_string(lines)},
                    {"shape", std::string(style.shape)},
                    {"style", style_words},
                    {"fillcolor", context[v] ? std::string(context_fill) : std::string(style.fill)}},
                   {}};
    if (context[v]) {
      classes += " context";
      node.attributes.push_back({"fontcolor", std::string(context_text)});
      node.attributes.push_back({"color", std::string(context_text)});
      facts.context = true;
    }
    if (style.peripheries != 1) node.attributes.push_back({"peripheries", std::to_string(style.peripheries)});
    if (found != about.end() && !context[v]) {
      if (options.highlight && found->second.worst) {
        const bool error = *found->second.worst == Severity::error;
        classes += error ? " finding-error" : " finding-warning";
        node.attributes.push_back({"color", std::string(error ? error_colour : warning_colour)});
        node.attributes.push_back({"penwidth", "3"});
        (error ? facts.errors : facts.warnings) = true;
      }
    }
    if (focus && v == *focus) {
      classes += " focus";
      node.attributes.push_back({"fontname", std::string(font) + "-Bold"});
    }
    if (body.status == BodyStatus::abolished && !context[v]) node.attributes.push_back({"fontcolor", "#666666"});
    node.attributes.insert(node.attributes.begin() + 1, Attribute{"class", classes});
    node.attributes.push_back({"tooltip", esc_string(tip)});

    node_of[v] = scene.nodes.size();
    scene.nodes.push_back(std::move(node));
    widths.push_back(estimated_width(lines, style.shape));
    body_of_node.push_back(v);
    add_to_cluster(body, node_of[v]);
  }
  scene.pack_clusters = dot && options.pack && scene.subgraphs.size() >= 2;
  // Leaves of one master stand in the chart by type, then name, so that colours run together.
  std::vector<std::size_t> by_kind(scene.nodes.size());
  std::iota(by_kind.begin(), by_kind.end(), std::size_t{0});
  std::stable_sort(by_kind.begin(), by_kind.end(), [&](std::size_t a, std::size_t b) {
    const Body& first = map.body(body_of_node[a]);
    const Body& second = map.body(body_of_node[b]);
    return std::tie(first.type, first.name) < std::tie(second.type, second.name);
  });
  for (std::size_t k = 0; k < by_kind.size(); ++k) scene.nodes[by_kind[k]].chart_order = k;
  for (std::size_t t = 0; t < type_seen.size(); ++t)
    if (type_seen[t]) facts.types.push_back(static_cast<BodyType>(t));

  // Ranks: each body as high as its masters allow, but no rank wider than the page
  // (dot only): the leaves of a wide fan overflow to the ranks below, as unflatten -l
  // staggers them, and each cluster keeps to its share of the width.
  std::map<std::size_t, std::size_t> minlen;  // link index → minlen
  std::vector<RankingLine> ranking;
  std::vector<bool> ranked(scene.nodes.size(), false);
  for (std::size_t i : links) {
    if (map.link(i).kind != primary) continue;
    std::size_t upper = node_of[boost::target(map.edge(i), map.graph())];
    std::size_t lower = node_of[boost::source(map.edge(i), map.graph())];
    if (!drawn_upwards(primary)) std::swap(upper, lower);
    ranked[upper] = ranked[lower] = true;
    if (upper != lower) ranking.push_back({i, upper, lower});
  }
  // Bodies with no ranking line would all sit in the top row: they are stacked in
  // columns of `stack_height` within their cluster, by invisible edges.
  std::vector<std::pair<std::size_t, std::size_t>> stacked;  // invisible edges (upper, lower)
  if (dot && options.stack_height > 1) {
    const std::vector<std::size_t> owner = scene.subgraph_of();
    std::map<std::size_t, std::vector<std::size_t>> loose;  // subgraph → unranked nodes
    for (std::size_t n = 0; n < scene.nodes.size(); ++n)
      if (!ranked[n]) loose[owner[n]].push_back(n);
    for (const auto& [subgraph, group] : loose)
      for (std::size_t k = 0; k + 1 < group.size(); ++k)
        if ((k + 1) % options.stack_height != 0) stacked.emplace_back(group[k], group[k + 1]);
  }
  if (dot) {
    std::vector<RankingLine> all = ranking;
    for (const auto& [upper, lower] : stacked) all.push_back({std::numeric_limits<std::size_t>::max(), upper, lower});
    const std::vector<std::size_t> layer = assign_layers(scene.subgraph_of(), widths, all, options.row_width,
                                                               scene.pack_clusters);
    for (const RankingLine& line : ranking)
      if (layer[line.lower] > layer[line.upper] + 1) minlen[line.link] = layer[line.lower] - layer[line.upper];
  }

  // Funding widths: log scale of the drawn amounts, 1 to 5 points.
  double least = 0;
  double most = 0;
  for (std::size_t i : links) {
    const Link& link = map.link(i);
    if (link.kind != LinkKind::funds || !link.amount || *link.amount <= 0) continue;
    least = least == 0 ? *link.amount : std::min(least, *link.amount);
    most = std::max(most, *link.amount);
  }

  // Links, in map order, the dimmed ones first so that the others are drawn over them
  // where they share a stretch.
  std::vector<SceneEdge> dimmed_edges;
  std::vector<bool> kind_seen(link_kind_count, false);
  for (std::size_t i : links) {
    const Link& link = map.link(i);
    const Vertex from = boost::source(map.edge(i), map.graph());
    const Vertex to = boost::target(map.edge(i), map.graph());
    if (!keep[from] || !keep[to]) continue;
    const LinkStyle style = link_style(link.kind);
    const bool upwards = drawn_upwards(link.kind);
    const bool redundant = is_redundant(link);
    kind_seen[static_cast<std::size_t>(link.kind)] = !redundant || kind_seen[static_cast<std::size_t>(link.kind)];
    if (redundant) ++facts.redundant;

    const std::string currency = link.currency.empty() ? map.data().currency : link.currency;
    std::string verb(to_string(link.kind));
    std::replace(verb.begin(), verb.end(), '_', ' ');
    std::vector<std::string> tip = {clean_text(map.body(from).name) + " " + verb + " " + clean_text(map.body(to).name)};
    if (link.amount)
      tip.push_back("amount: " + format_full_amount(*link.amount) + (currency.empty() ? "" : " " + clean_text(currency)) +
                    (link.period.empty() ? "" : " (" + clean_text(link.period) + ")"));
    if (!link.basis.empty()) tip.push_back("basis: " + clean_text(link.basis));
    if (!link.source.empty()) tip.push_back("source: " + clean_text(link.source));
    if (!link.note.empty()) tip.push_back("note: " + clean_text(link.note));
    if (redundant) tip.push_back("implied by a longer route (" + std::string(rule::redundant_line.id) + ")");

    std::string classes = "link " + std::string(to_string(link.kind));
    if (redundant) classes += " redundant";
    std::string id = "link_" + std::to_string(i + 1);
    if (fold_of[from] != Folding::none) {  // the line of a whole folded node
      const std::vector<Vertex>& members = folds[fold_of[from]];
      tip = {std::to_string(members.size()) + " bodies " + verb + " " + clean_text(map.body(to).name) + ":"};
      for (Vertex member : members) {
        const Link& line = map.link(only_link[member]);
        tip.push_back(clean_text(map.body(member).name) +
                      (line.source.empty() ? "" : " (source: " + clean_text(line.source) + ")"));
      }
      classes += " folded";
      id = scene.nodes[node_of[from]].name + "_line";
    }
    SceneEdge edge{upwards ? node_of[to] : node_of[from],
                   upwards ? node_of[from] : node_of[to],
                   {{"id", id}, {"class", classes}},
                   link.kind != primary ? Hierarchy::none
                   : redundant          ? Hierarchy::implied
                                        : Hierarchy::direct};
    auto& a = edge.attributes;
    if (!style.directed)
      a.push_back({"dir", "none"});
    else if (upwards)
      a.push_back({"dir", "back"});
    if (style.directed) a.push_back({upwards ? "arrowtail" : "arrowhead", std::string(style.arrowhead)});
    if (style.style != "solid") a.push_back({"style", std::string(style.style)});
    a.push_back({"color", std::string(redundant ? dimmed_colour : style.colour)});
    if (link.kind == LinkKind::funds && link.amount) {
      const double width = (most > least && *link.amount > 0)
                               ? 1 + 4 * (std::log(*link.amount) - std::log(least)) / (std::log(most) - std::log(least))
                               : 2;
      a.push_back({"penwidth", format_fixed(width, 2)});
      // Graphviz 2.42's dot frees a labelled constraint=false edge twice on cleanup
      // (seen under AddressSanitizer): such edges carry an external label instead.
      a.push_back({link.kind != primary ? "xlabel" : "label", esc_string(format_amount(*link.amount))});
      a.push_back({"fontcolor", std::string(style.colour)});
    }
    if (link.kind != primary) a.push_back({"constraint", "false"});
    if (const auto stagger = minlen.find(i); stagger != minlen.end() && stagger->second > 1)
      a.push_back({"minlen", std::to_string(stagger->second)});
    a.push_back({"tooltip", esc_string(tip)});
    (redundant ? dimmed_edges : scene.edges).push_back(std::move(edge));
  }
  scene.edges.insert(scene.edges.begin(), std::make_move_iterator(dimmed_edges.begin()),
                     std::make_move_iterator(dimmed_edges.end()));
  for (std::size_t k = 0; k < link_kind_count; ++k)
    if (kind_seen[k]) facts.kinds.push_back(static_cast<LinkKind>(k));

  for (const auto& [upper, lower] : stacked) scene.edges.push_back({upper, lower, {{"style", "invis"}}});

  const std::string title = (map.data().name.empty() ? std::string("Governance map") : map.data().name) + " \u2014 " +
                            std::string(to_string(options.view)) + (options.view == View::all ? " links" : "");
  const std::string subtitle = map.data().as_of.empty() ? std::string() : "as of " + map.data().as_of;
  scene.graph.insert(scene.graph.begin(), Attribute{"label", title_and_legend_html(title, subtitle, facts), true});
  return scene;
}

}  // namespace govgraph::render
