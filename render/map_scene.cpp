#include "render/map_scene.hpp"

#include <algorithm>
#include <cmath>
#include <tuple>

#include "analyses/money.hpp"
#include "analyses/rules.hpp"
#include "graph/amount.hpp"
#include "graph/text.hpp"
#include "render/layering.hpp"
#include "render/map_stages.hpp"
#include "render/style.hpp"
#include "render/text.hpp"

namespace govgraph::render {
namespace {

using Vertex = GovernanceMap::Vertex;

/// Every finding's rule and severity, by subject. O(findings × subjects × log).
FindingsAbout read_findings(std::span<const Finding> findings) {
  FindingsAbout about;
  for (const Finding& finding : findings) {
    if (is(finding, rule::redundant_line) && finding.subjects.size() == 2)
      about.redundant_lines.emplace(finding.subjects[0], finding.subjects[1]);
    for (const std::string& subject : finding.subjects) {
      auto& entry = about.bodies[subject];
      entry.rules.insert(finding.rule + " (" + std::string(to_string(finding.severity)) + ")");
      if (finding.severity != Severity::info && (!entry.worst || finding.severity < *entry.worst))
        entry.worst = finding.severity;
    }
  }
  return about;
}

/// The accountability (and all) views' leaves of one master, type and cluster, grouped
/// when there are `fold_min` or more; `links` then keeps one line per box, its first
/// body's. O(V + E log V).
Folding fold_leaves(const GovernanceMap& map, const RenderOptions& options, const Selection& drawn,
                    const std::map<std::string, BodyFindings, std::less<>>& about, std::vector<LinkIndex>& links) {
  const std::size_t body_count = map.body_count();
  Folding folding{std::vector<FoldIndex>(body_count), {}, std::vector<LinkIndex>(body_count)};
  if (options.fold_min == 0 || primary_kind(options.view) != LinkKind::accountable_to) return folding;
  std::vector<std::size_t> degree(body_count, 0);
  for (const LinkIndex l : links) {
    const Vertex from = map.from(l);
    const Vertex to = map.to(l);
    ++degree[from];
    folding.only_link[from] = l;
    if (to == from) continue;
    ++degree[to];
    folding.only_link[to] = l;
  }
  std::map<std::tuple<Vertex, BodyType, std::string, bool>, std::size_t> group_of;
  std::vector<std::vector<Vertex>> groups;
  for (Vertex v = 0; v < body_count; ++v) {
    if (!drawn.keep[v] || degree[v] != 1 || v == drawn.focus) continue;
    const LinkIndex l = folding.only_link[v];
    const Vertex master = map.to(l);
    if (map.link(l).kind != LinkKind::accountable_to || master == v) continue;
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
    for (Vertex v : group) folding.fold_of[v] = FoldIndex(folding.folds.size());
    folding.folds.push_back(std::move(group));
  }
  // A folded node has one line to its master: its first member's.
  std::erase_if(links, [&](LinkIndex l) {
    const Vertex from = map.from(l);
    return folding.fold_of[from] && folding.members(folding.fold_of[from]).front() != from;
  });
  return folding;
}

/// The scene's graph, node and edge attributes for the layout, before any body or link.
Scene scene_frame(const RenderOptions& options) {
  Scene scene;
  scene.layout = options.layout;
  scene.graph = {{"labelloc", "t"},
                 {"labeljust", "l"},
                 {"fontname", std::string(font)},
                 {"fontsize", "11"},
                 {"outputorder", "edgesfirst"},
                 {"pad", "0.3"},
                 {"charset", "UTF-8"}};
  if (options.layout == "dot") {
    scene.graph.insert(scene.graph.end(), {{"rankdir", "TB"},
                                           {"newrank", "true"},
                                           {"nodesep", format_fixed(node_gap, 2)},
                                           {"ranksep", format_fixed(rank_gap, 2)},
                                           {"remincross", "true"}});
  } else if (options.layout != "chart") {
    scene.graph.insert(scene.graph.end(), {{"overlap", "false"}, {"splines", "true"}, {"sep", "+8"}});
  }
  scene.node_defaults = {{"fontname", std::string(font)},
                         {"fontsize", "11"},
                         {"margin", "0.12,0.05"},
                         {"height", "0.4"},
                         {"color", "#333333"},
                         {"penwidth", "1"}};
  scene.edge_defaults = {{"fontname", std::string(font)}, {"fontsize", "9"}, {"arrowsize", "0.7"}};
  return scene;
}

/// How the dot layout is steered: the minlen of each staggered line and the invisible
/// edges that stack bodies with no ranking line.
struct Stagger {
  std::map<LinkIndex, std::size_t> minlen;                   // link → minlen over 1
  std::vector<std::pair<std::size_t, std::size_t>> stacked;  // invisible edges (upper, lower)
};

/// Ranks (dot only): each body as high as its masters allow, but no rank wider than the
/// page (layering.hpp): the leaves of a wide fan overflow to the ranks below, as
/// unflatten -l staggers them, and each cluster keeps to its share of the width. Bodies
/// with no ranking line would all sit in the top row: they are stacked in columns of
/// `stack_height` within their cluster, by invisible edges.
Stagger stagger_ranks(const Scene& scene, const GovernanceMap& map, const RenderOptions& options,
                      const std::vector<LinkIndex>& links, const NodeTable& nodes) {
  Stagger stagger;
  if (options.layout != "dot") return stagger;
  const LinkKind primary = primary_kind(options.view);
  std::vector<LinkIndex> ranking;  // the ranking lines' links
  std::vector<RankLine> lines;
  std::vector<bool> ranked(scene.nodes.size(), false);
  for (const LinkIndex l : links) {
    if (map.link(l).kind != primary) continue;
    std::size_t upper = nodes.node_of[map.to(l)];
    std::size_t lower = nodes.node_of[map.from(l)];
    if (!drawn_upwards(primary)) std::swap(upper, lower);
    ranked[upper] = ranked[lower] = true;
    if (upper == lower) continue;
    ranking.push_back(l);
    lines.push_back({upper, lower});
  }
  const std::vector<std::size_t> owner = scene.subgraph_of();
  if (options.stack_height > 1) {
    std::map<std::size_t, std::vector<std::size_t>> loose;  // subgraph → unranked nodes
    for (std::size_t n = 0; n < scene.nodes.size(); ++n)
      if (!ranked[n]) loose[owner[n]].push_back(n);
    for (const auto& [subgraph, group] : loose)
      for (std::size_t k = 0; k + 1 < group.size(); ++k)
        if ((k + 1) % options.stack_height != 0) stagger.stacked.emplace_back(group[k], group[k + 1]);
  }
  std::vector<RankLine> all = lines;
  for (const auto& [upper, lower] : stagger.stacked) all.push_back({upper, lower});
  const std::vector<std::size_t> layer =
      assign_layers(owner, nodes.widths, all, options.row_width, scene.pack_clusters);
  for (std::size_t k = 0; k < lines.size(); ++k)
    if (layer[lines[k].lower] > layer[lines[k].upper] + 1)
      stagger.minlen[ranking[k]] = layer[lines[k].lower] - layer[lines[k].upper];
  return stagger;
}

/// A link's tooltip lines: who does what to whom, then its amount, basis, source and
/// note; a folded box's line lists the box's bodies instead.
std::vector<std::string> link_tip(const GovernanceMap& map, LinkIndex l, bool redundant, const Folding& folding) {
  const Link& link = map.link(l);
  const Vertex from = map.from(l);
  const Vertex to = map.to(l);
  std::string verb(to_string(link.kind));
  std::replace(verb.begin(), verb.end(), '_', ' ');
  if (const FoldIndex fold = folding.fold_of[from]) {  // the line of a whole folded node
    const std::vector<Vertex>& members = folding.members(fold);
    std::vector<std::string> tip = {std::to_string(members.size()) + " bodies " + verb + " " +
                                    clean_text(map.body(to).name) + ":"};
    for (Vertex member : members) {
      const Link& line = map.link(folding.only_link[member]);
      tip.push_back(clean_text(map.body(member).name) +
                    (line.source.empty() ? "" : " (source: " + clean_text(line.source) + ")"));
    }
    return tip;
  }
  const std::string& currency = currency_of(map, link);
  std::vector<std::string> tip = {clean_text(map.body(from).name) + " " + verb + " " + clean_text(map.body(to).name)};
  if (link.amount)
    tip.push_back("amount: " + format_full_amount(*link.amount) + (currency.empty() ? "" : " " + clean_text(currency)) +
                  (link.terms->period.empty() ? "" : " (" + clean_text(link.terms->period) + ")"));
  if (!link.basis.empty()) tip.push_back("basis: " + clean_text(link.basis));
  if (!link.source.empty()) tip.push_back("source: " + clean_text(link.source));
  if (!link.note.empty()) tip.push_back("note: " + clean_text(link.note));
  if (redundant) tip.push_back("implied by a longer route (" + std::string(rule::redundant_line.id) + ")");
  return tip;
}

/// The least and most positive amounts of the drawn funding links: a line's width
/// follows its amount on a log scale between them, 1 to 5 points.
struct FundingRange {
  double least = 0;
  double most = 0;

  [[nodiscard]] double width(double amount) const {
    return (most > least && amount > 0)
               ? 1 + 4 * (std::log(amount) - std::log(least)) / (std::log(most) - std::log(least))
               : 2;
  }
};

FundingRange funding_range(const GovernanceMap& map, const std::vector<LinkIndex>& links) {
  FundingRange range;
  for (const LinkIndex l : links) {
    const Link& link = map.link(l);
    if (link.kind != LinkKind::funds || !link.amount || *link.amount <= 0) continue;
    range.least = range.least == 0 ? *link.amount : std::min(range.least, *link.amount);
    range.most = std::max(range.most, *link.amount);
  }
  return range;
}

/// The edge of one drawn link, between its ends' nodes (`node_of`), styled by kind,
/// dimmed when redundant, widened by its amount, stretched by its `minlen` (when over 1).
SceneEdge link_edge(const GovernanceMap& map, LinkIndex l, const RenderOptions& options, const Scene& scene,
                    const std::vector<std::size_t>& node_of, const Folding& folding, bool redundant,
                    const FundingRange& funding, std::size_t minlen) {
  const Link& link = map.link(l);
  const LinkKind primary = primary_kind(options.view);
  const Vertex from = map.from(l);
  const Vertex to = map.to(l);
  const LinkStyle style = link_style(link.kind);
  const bool upwards = drawn_upwards(link.kind);
  std::string classes = "link " + std::string(to_string(link.kind));
  if (redundant) classes += " redundant";
  std::string id = "link_" + std::to_string(l.value() + 1);
  if (folding.fold_of[from]) {  // the line of a whole folded node
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
    a.push_back({"penwidth", format_fixed(funding.width(*link.amount), 2)});
    // Graphviz 2.42's dot frees a labelled constraint=false edge twice on cleanup
    // (seen under AddressSanitizer): such edges carry an external label instead.
    a.push_back({link.kind != primary ? "xlabel" : "label", esc_string(format_amount(*link.amount))});
    a.push_back({"fontcolor", std::string(style.colour)});
  }
  if (link.kind != primary) a.push_back({"constraint", "false"});
  if (minlen > 1) a.push_back({"minlen", std::to_string(minlen)});
  a.push_back({"tooltip", esc_string(link_tip(map, l, redundant, folding))});
  return edge;
}

/// An edge for each drawn link, in map order, the dimmed ones first so that the others
/// are drawn over them where they share a stretch; notes the kinds drawn in `facts`.
void add_edges(Scene& scene, const GovernanceMap& map, const RenderOptions& options, const Selection& drawn,
               const Folding& folding, const FindingsAbout& about, const NodeTable& nodes, const Stagger& stagger,
               LegendFacts& facts) {
  const FundingRange funding = funding_range(map, drawn.links);
  std::vector<SceneEdge> dimmed_edges;
  std::vector<bool> kind_seen(link_kind_count, false);
  for (const LinkIndex l : drawn.links) {
    const Link& link = map.link(l);
    if (!drawn.keep[map.from(l)] || !drawn.keep[map.to(l)]) continue;
    const bool redundant = about.is_redundant(link);
    kind_seen[static_cast<std::size_t>(link.kind)] = !redundant || kind_seen[static_cast<std::size_t>(link.kind)];
    if (redundant) ++facts.redundant;
    const auto minlen = stagger.minlen.find(l);
    (redundant ? dimmed_edges : scene.edges)
        .push_back(link_edge(map, l, options, scene, nodes.node_of, folding, redundant, funding,
                             minlen == stagger.minlen.end() ? 0 : minlen->second));
  }
  scene.edges.insert(scene.edges.begin(), std::make_move_iterator(dimmed_edges.begin()),
                     std::make_move_iterator(dimmed_edges.end()));
  for (std::size_t k = 0; k < link_kind_count; ++k)
    if (kind_seen[k]) facts.kinds.push_back(static_cast<LinkKind>(k));
}

/// The map's name and the view, then the date it describes, if given.
std::pair<std::string, std::string> title_of(const GovernanceMap& map, View view) {
  const std::string title = (map.data().name.empty() ? std::string("Governance map") : map.data().name) + " \u2014 " +
                            std::string(to_string(view)) + (view == View::all ? " links" : "");
  const std::string subtitle = map.data().as_of.empty() ? std::string() : "as of " + map.data().as_of;
  return {title, subtitle};
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

namespace {

/// build_scene, the key saying (when not 0) that dot was refused `charted` nodes.
Scene build_scene_noting(const GovernanceMap& map, const RenderOptions& options, std::span<const Finding> findings,
                         std::size_t charted) {
  LegendFacts facts;
  facts.charted = charted;
  Selection drawn = select_drawn(map, options, facts);
  const FindingsAbout about = read_findings(findings);
  const Folding folding = fold_leaves(map, options, drawn, about.bodies, drawn.links);
  Scene scene = scene_frame(options);
  const NodeTable nodes = add_nodes(scene, map, options, drawn, folding, about, facts);
  if (options.layout == "dot" && options.pack && scene.nodes.size() > most_nodes_for_dot) {
    RenderOptions chart = options;
    chart.layout = "chart";
    return build_scene_noting(map, chart, findings, scene.nodes.size());
  }
  scene.pack_clusters = options.layout == "dot" && options.pack && scene.subgraphs.size() >= 2;
  const Stagger stagger = stagger_ranks(scene, map, options, drawn.links, nodes);
  add_edges(scene, map, options, drawn, folding, about, nodes, stagger, facts);
  for (const auto& [upper, lower] : stagger.stacked) scene.edges.push_back({upper, lower, {{"style", "invis"}}});
  const auto [title, subtitle] = title_of(map, options.view);
  facts.tooltips = options.tooltips;
  scene.graph.insert(scene.graph.begin(), Attribute{"label", title_and_legend_html(title, subtitle, facts), true});
  scene.key = type_samples(facts.types);
  return scene;
}

}  // namespace

Scene build_scene(const GovernanceMap& map, const RenderOptions& options, std::span<const Finding> findings) {
  return build_scene_noting(map, options, findings, 0);
}

}  // namespace govgraph::render
