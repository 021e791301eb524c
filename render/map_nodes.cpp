// The nodes stage of build_scene (map_stages.hpp): a node for each drawn body, or one
// box listing a fold of leaves, each in its cluster.

#include <algorithm>
#include <numeric>
#include <tuple>

#include "graph/text.hpp"
#include "render/layering.hpp"
#include "render/map_stages.hpp"
#include "render/style.hpp"
#include "render/text.hpp"

namespace govgraph::render {
namespace {

using Vertex = GovernanceMap::Vertex;

/// A body's tooltip lines: name, id, type and sector, source, note, and every rule
/// whose findings name it.
std::vector<std::string> body_tip(const Body& body, const BodyFindings* findings) {
  std::vector<std::string> tip = {clean_text(body.name), "id: " + body.id,
                                  "type: " + std::string(type_name(body)) +
                                      (body.sector.empty() ? "" : "; sector: " + clean_text(body.sector))};
  if (!body.source.empty()) tip.push_back("source: " + clean_text(body.source));
  if (!body.note.empty()) tip.push_back("note: " + clean_text(body.note));
  if (findings != nullptr) tip.push_back("findings: " + join({findings->rules.begin(), findings->rules.end()}, ", "));
  return tip;
}

/// A body's label lines: its name wrapped, then how many bodies it stands for, how many
/// are hidden below it (`levels`) and its status when not active.
std::vector<std::string> label_lines(const Body& body, std::size_t width, std::size_t hidden_below) {
  std::vector<std::string> lines = wrap_balanced(body.name.empty() ? body.id : body.name, width);
  if (body.represents) lines.push_back("(" + std::to_string(*body.represents) + " bodies)");
  if (hidden_below > 0) lines.push_back("(+" + std::to_string(hidden_below) + " below)");
  if (body.status != BodyStatus::active) lines.push_back("(" + std::string(to_string(body.status)) + ")");
  return lines;
}

/// One node listing leaves of one master and type: a box in the type's colour (white
/// with grey text for `context` bodies, those outside `sector`) with a row per body, in
/// map order, a warning's subject framed amber (when `highlight`).
/// Each row carries the body's id and tooltip (Graphviz draws a cell's ID and TOOLTIP
/// only with an HREF, so each row links to itself). Returns the node and its estimated
/// width. O(total length of the names).
std::pair<SceneNode, double> folded_node(const GovernanceMap& map, const std::vector<Vertex>& members,
                                         const Vertex master, std::size_t label_width, bool highlight, bool context,
                                         const std::map<std::string, BodyFindings, std::less<>>& about,
                                         const std::vector<std::size_t>& hidden_below, LegendFacts& facts) {
  const Body& first = map.body(members.front());
  const BodyStyle style = body_style(first, map.data().body_types);
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
                                     std::to_string(members.size()) + " bodies (" + std::string(type_name(first)) +
                                     ") accountable to " + clean_text(map.body(master).name)})}};
  if (context) {
    node.attributes.push_back({"fontcolor", std::string(context_text)});
    node.attributes.push_back({"color", std::string(context_text)});
  } else if (!style.text_colour.empty()) {
    node.attributes.push_back({"fontcolor", std::string(style.text_colour)});
  }
  return {std::move(node), estimated_width(all_lines, "box")};
}
/// The subgraphs of the scene's clusters, one per key (ClusterBy), in order of first use.
class Clusters {
 public:
  explicit Clusters(ClusterBy by) : by_(by) {}

  /// Puts `node` in `body`'s cluster, adding the cluster when it is the first.
  void add(Scene& scene, const Body& body, std::size_t node) {
    std::string key = cluster_key(body, by_);
    if (key.empty()) return;
    auto [slot, added] = index_.try_emplace(key, scene.subgraphs.size());
    if (added) {
      std::replace(key.begin(), key.end(), '-', ' ');  // "third-sector" reads "third sector"
      scene.subgraphs.push_back({"cluster_" + std::to_string(scene.subgraphs.size() + 1),
                                 {{"label", esc_string(key)},
                                  {"class", std::string(cluster_by_names[static_cast<std::size_t>(by_)])},
                                  {"style", "rounded,filled"},
                                  {"fillcolor", "#F7F7F7"},
                                  {"color", "#BBBBBB"},
                                  {"fontsize", "13"},
                                  {"labeljust", "l"}},
                                 {}});
    }
    scene.subgraphs[slot->second].nodes.push_back(node);
  }

 private:
  ClusterBy by_;
  std::map<std::string, std::size_t> index_;  // key → subgraph
};

/// The node of one body drawn alone: its label lines (for its width) and the node,
/// coloured by type, outlined by its worst finding (when `highlight`), white and grey
/// as context, bold as the focus. Notes in `facts` what the key must explain.
std::pair<SceneNode, std::vector<std::string>> body_node(const GovernanceMap& map, Vertex v,
                                                         const RenderOptions& options, const Selection& drawn,
                                                         const FindingsAbout& about, LegendFacts& facts) {
  const Body& body = map.body(v);
  const BodyStyle style = body_style(body, map.data().body_types);
  const bool context = drawn.context[v];
  std::vector<std::string> lines = label_lines(body, options.label_width, drawn.hidden_below[v]);

  std::string style_words = filled_style(style);
  if (body.status == BodyStatus::proposed) style_words += ",dashed";
  if (body.status == BodyStatus::abolished) style_words += ",dotted";

  std::string classes = "body " + std::string(to_string(body.type));
  if (body.status != BodyStatus::active) classes += " " + std::string(to_string(body.status));

  const BodyFindings* found = about.of(body.id);
  const std::vector<std::string> tip = body_tip(body, found);

  SceneNode node{body.id,
                 {{"id", body.id},
                  {"label", esc_string(lines)},
                  {"shape", std::string(style.shape)},
                  {"style", style_words},
                  {"fillcolor", context ? std::string(context_fill) : std::string(style.fill)}},
                 {}};
  if (context) {
    classes += " context";
    node.attributes.push_back({"fontcolor", std::string(context_text)});
    node.attributes.push_back({"color", std::string(context_text)});
    facts.context = true;
  }
  if (style.peripheries != 1) node.attributes.push_back({"peripheries", std::to_string(style.peripheries)});
  if (!context && !style.text_colour.empty() && body.status != BodyStatus::abolished)
    node.attributes.push_back({"fontcolor", std::string(style.text_colour)});
  if (found != nullptr && !context && options.highlight && found->worst) {
    const bool error = *found->worst == Severity::error;
    classes += error ? " finding-error" : " finding-warning";
    node.attributes.push_back({"color", std::string(error ? error_colour : warning_colour)});
    node.attributes.push_back({"penwidth", "3"});
    (error ? facts.errors : facts.warnings) = true;
  }
  if (v == drawn.focus) {
    classes += " focus";
    node.attributes.push_back({"fontname", std::string(font) + "-Bold"});
  }
  if (body.status == BodyStatus::abolished && !context) node.attributes.push_back({"fontcolor", "#666666"});
  node.attributes.insert(node.attributes.begin() + 1, Attribute{"class", classes});
  node.attributes.push_back({"tooltip", esc_string(tip)});
  return {std::move(node), std::move(lines)};
}

/// Leaves of one master stand in the chart by type, then name, so that colours run together.
void order_for_chart(Scene& scene, const GovernanceMap& map, const std::vector<Vertex>& body_of_node) {
  std::vector<std::size_t> by_kind(scene.nodes.size());
  std::iota(by_kind.begin(), by_kind.end(), std::size_t{0});
  std::stable_sort(by_kind.begin(), by_kind.end(), [&](std::size_t a, std::size_t b) {
    const Body& first = map.body(body_of_node[a]);
    const Body& second = map.body(body_of_node[b]);
    return std::tie(first.type, first.name) < std::tie(second.type, second.name);
  });
  for (std::size_t k = 0; k < by_kind.size(); ++k) scene.nodes[by_kind[k]].chart_order = k;
}

}  // namespace

std::string cluster_key(const Body& body, ClusterBy by) {
  return by == ClusterBy::sector ? body.sector
         : by == ClusterBy::type ? std::string(type_name(body))
                                 : std::string();
}

NodeTable add_nodes(Scene& scene, const GovernanceMap& map, const RenderOptions& options, const Selection& drawn,
                    const Folding& folding, const FindingsAbout& about, LegendFacts& facts) {
  NodeTable table{std::vector<std::size_t>(map.body_count(), NodeTable::no_node), {}, {}};
  Clusters clusters(options.cluster_by);
  const std::vector<DeclaredType>& declared = map.data().body_types;
  std::vector<const Body*> type_seen(body_type_names.size() + declared.size(), nullptr);  // a body of each type slot
  const auto add = [&](SceneNode node, double width, Vertex v) {
    table.node_of[v] = scene.nodes.size();
    scene.nodes.push_back(std::move(node));
    table.widths.push_back(width);
    table.body_of_node.push_back(v);
    clusters.add(scene, map.body(v), table.node_of[v]);
  };
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!drawn.keep[v]) continue;
    const Body& body = map.body(v);
    if (!drawn.context[v]) type_seen[type_slot(body, declared)] = &body;  // context bodies are white
    const FoldIndex fold = folding.fold_of[v];
    if (!fold) {
      auto [node, lines] = body_node(map, v, options, drawn, about, facts);
      add(std::move(node), estimated_width(lines, body_style(body, declared).shape), v);
    } else if (const std::vector<Vertex>& members = folding.members(fold); members.front() == v) {
      const bool context = drawn.context[v];
      auto [node, width] = folded_node(map, members, folding.master(map, fold), options.label_width + 10,
                                       options.highlight && !context, context, about.bodies, drawn.hidden_below, facts);
      facts.context = facts.context || context;
      facts.folded = true;
      add(std::move(node), width, v);
    } else {
      table.node_of[v] = table.node_of[members.front()];
    }
  }
  order_for_chart(scene, map, table.body_of_node);
  for (std::size_t slot = 0; slot < type_seen.size(); ++slot)
    if (type_seen[slot] != nullptr)
      facts.types.push_back({std::string(type_slot_name(slot, declared)), body_style(*type_seen[slot], declared)});
  return table;
}

}  // namespace govgraph::render
