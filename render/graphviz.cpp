#include "render/graphviz.hpp"

#include <gvc.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <deque>
#include <initializer_list>
#include <memory>
#include <stdexcept>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "graph/diagnostic.hpp"
#include "graph/text.hpp"
#include "render/chart.hpp"
#include "render/pack.hpp"
#include "graph/progress.hpp"

namespace govgraph::render {
namespace {

/// Graphviz reports through a callback; collect the text so a failure can say why.
std::string& graphviz_messages() {
  static std::string messages;
  return messages;
}

int collect_message(char* message) {
  graphviz_messages() += message;
  return 0;
}

/// cgraph copies names and values, so handing it a pointer into a std::string is safe;
/// its API just predates const.
char* c_text(const std::string& text) { return const_cast<char*>(text.c_str()); }

/// The process's one Graphviz context (plugins are loaded once; Graphviz's docs ask
/// for a single context). Created before any graph and freed after every graph.
class Context {
 public:
  Context() : gvc_(gvContext()) {
    if (gvc_ == nullptr) throw EnvironmentError("Graphviz could not start (gvContext failed)");
    agseterrf(collect_message);
  }
  ~Context() { gvFreeContext(gvc_); }
  Context(const Context&) = delete;
  Context& operator=(const Context&) = delete;
  [[nodiscard]] GVC_t* get() const { return gvc_; }

 private:
  GVC_t* gvc_;
};

GVC_t* context() {
  static Context shared;
  return shared.get();
}

/// Object ids handed out in declaration order. cgraph's default discipline uses the
/// address of the interned name as the id, and subgraphs (clusters) are kept and drawn
/// in id order: with addresses, cluster order in the output changed from run to run.
/// Named objects get even ids (2, 4, ...) and anonymous ones odd, as in the default.
class SequentialIds {
 public:
  static Agiddisc_t discipline() {
    return Agiddisc_t{open, map, alloc, release, print, close, enrol};
  }

 private:
  static void* open(Agraph_t*, Agdisc_t*) { return new SequentialIds; }
  static long map(void* state, int, char* name, IDTYPE* id, int create) {
    auto& self = *static_cast<SequentialIds*>(state);
    if (name == nullptr) {
      *id = self.next_anonymous_;
      self.next_anonymous_ += 2;
      return 1;
    }
    auto found = self.ids_.find(name);
    if (found != self.ids_.end()) {
      *id = found->second;
      return 1;
    }
    if (create == 0) return 0;
    self.names_.emplace_back(name);
    *id = 2 * self.names_.size();
    self.ids_.emplace(self.names_.back(), *id);
    return 1;
  }
  static long alloc(void*, int, IDTYPE) { return 0; }  // ids chosen by callers are refused
  static void release(void*, int, IDTYPE) {}
  static char* print(void* state, int, IDTYPE id) {
    auto& self = *static_cast<SequentialIds*>(state);
    if (id % 2 != 0 || id == 0 || id / 2 > self.names_.size()) return nullptr;
    return self.names_[id / 2 - 1].data();
  }
  static void close(void* state) { delete static_cast<SequentialIds*>(state); }
  static void enrol(void*, int, void*) {}  // cgraph calls it for every object; nothing to record

  std::deque<std::string> names_;  // stable addresses for print()
  std::unordered_map<std::string, IDTYPE> ids_;
  IDTYPE next_anonymous_ = 1;
};

struct GraphCloser {
  void operator()(Agraph_t* graph) const noexcept { agclose(graph); }
};
using GraphHandle = std::unique_ptr<Agraph_t, GraphCloser>;

/// A layout of one graph, freed (before the graph is closed) when it goes.
class Layout {
 public:
  Layout(GVC_t* gvc, Agraph_t* graph, const std::string& engine) : gvc_(gvc), graph_(graph) {
    // Graphviz's spline router draws on the C library's drand48 and never seeds it, so
    // each layout in a process routed lines differently from the last. Every layout
    // starts from drand48's state at process start (all zero), as Graphviz's programs do.
    std::array<unsigned short, 3> initial_state{};
    seed48(initial_state.data());
    if (gvLayout(gvc_, graph_, engine.c_str()) != 0) {
      gvFreeLayout(gvc_, graph_);
      throw EnvironmentError("Graphviz could not lay out the map with '" + engine + "': " + graphviz_messages());
    }
  }
  ~Layout() { gvFreeLayout(gvc_, graph_); }
  Layout(const Layout&) = delete;
  Layout& operator=(const Layout&) = delete;

 private:
  GVC_t* gvc_;
  Agraph_t* graph_;
};

/// The drawing's own layout: for packed boxes, routing the lines between them.
Layout final_layout(GVC_t* gvc, Agraph_t* graph, const std::string& engine) {
  report_progress(engine == "nop2" ? "routing the lines between boxes" : "laying out with " + engine);
  return {gvc, graph, engine};
}

/// The bytes gvRenderData produced, freed with gvFreeRenderData.
class RenderedData {
 public:
  RenderedData(GVC_t* gvc, Agraph_t* graph, const std::string& format) {
    if (gvRenderData(gvc, graph, format.c_str(), &data_, &length_) != 0 || data_ == nullptr)
      throw EnvironmentError("Graphviz could not draw '" + format +
                               "' (is its renderer plugin installed?): " + graphviz_messages());
  }
  ~RenderedData() { gvFreeRenderData(data_); }
  RenderedData(const RenderedData&) = delete;
  RenderedData& operator=(const RenderedData&) = delete;
  [[nodiscard]] std::string bytes() const { return {data_, length_}; }

 private:
  char* data_ = nullptr;
  unsigned int length_ = 0;
};

void set_attribute(void* object, const Attribute& attribute) {
  if (!attribute.html) {
    agsafeset(object, c_text(attribute.name), c_text(attribute.value), c_text(""));
    return;
  }
  Agraph_t* root = agroot(object);
  char* html = agstrdup_html(root, c_text(attribute.value));
  agsafeset(object, c_text(attribute.name), html, c_text(""));
  agstrfree(root, html);
}

/// A cgraph graph built from a scene, with a handle for each of its objects in the
/// scene's order, to read a layout back.
struct BuiltGraph {
  GraphHandle graph;
  std::vector<Agraph_t*> subgraphs;
  std::vector<Agnode_t*> nodes;
  std::vector<Agedge_t*> edges;
};

/// The scene as a cgraph graph, declared in the same order as write_dot writes it, so
/// a .dot file and the drawing come from one graph.
BuiltGraph build_graph(const Scene& scene) {
  static Agiddisc_t ids = SequentialIds::discipline();
  static Agdisc_t discipline{&AgMemDisc, &ids, &AgIoDisc};
  BuiltGraph built{GraphHandle(agopen(c_text("govgraph"), Agdirected, &discipline)), {}, {}, {}};
  if (!built.graph) throw EnvironmentError("Graphviz could not create a graph");
  Agraph_t* root = built.graph.get();
  for (const auto& a : scene.graph) {
    if (a.html)
      set_attribute(root, a);
    else
      agattr(root, AGRAPH, c_text(a.name), c_text(a.value));
  }
  for (const auto& a : scene.node_defaults) agattr(root, AGNODE, c_text(a.name), c_text(a.value));
  for (const auto& a : scene.edge_defaults) agattr(root, AGEDGE, c_text(a.name), c_text(a.value));

  built.nodes.assign(scene.nodes.size(), nullptr);
  const auto declare = [&](Agraph_t* owner, std::size_t n) {
    built.nodes[n] = agnode(owner, c_text(scene.nodes[n].name), 1);
    for (const auto& a : scene.nodes[n].attributes) set_attribute(built.nodes[n], a);
  };
  for (const auto& subgraph : scene.subgraphs) {
    Agraph_t* sub = agsubg(root, c_text(subgraph.name), 1);
    built.subgraphs.push_back(sub);
    for (const auto& a : subgraph.attributes) set_attribute(sub, a);
    for (std::size_t n : subgraph.nodes) declare(sub, n);
  }
  const std::vector<std::size_t> owner = scene.subgraph_of();
  for (std::size_t n = 0; n < scene.nodes.size(); ++n)
    if (owner[n] == scene.subgraphs.size()) declare(root, n);
  for (const auto& edge : scene.edges) {
    Agedge_t* e = agedge(root, built.nodes[edge.tail], built.nodes[edge.head], nullptr, 1);
    built.edges.push_back(e);
    for (const auto& a : edge.attributes) set_attribute(e, a);
  }
  return built;
}

/// Adds to `attributes` what Graphviz wrote into the object's `names` after a layout.
void copy_written(void* object, std::initializer_list<const char*> names, Attributes& attributes) {
  for (const char* name : names) {
    const char* value = agget(object, const_cast<char*>(name));
    if (value != nullptr && *value != '\0') attributes.push_back({name, value});
  }
}

/// Lays the scene out with its own engine and adds to it the positions Graphviz
/// computed: pos of nodes and edges, lp and xlp of edge labels, bb and lp of clusters,
/// bb of the whole. Graphviz writes these into the graph when it renders DOT, so a DOT
/// rendering is made and thrown away.
void lay_out_in_place(Scene& scene) {
  GVC_t* gvc = context();
  BuiltGraph built = build_graph(scene);
  const Layout layout(gvc, built.graph.get(), scene.layout);
  RenderedData(gvc, built.graph.get(), "dot");
  for (std::size_t n = 0; n < scene.nodes.size(); ++n) copy_written(built.nodes[n], {"pos"}, scene.nodes[n].attributes);
  for (std::size_t e = 0; e < scene.edges.size(); ++e)
    copy_written(built.edges[e], {"pos", "lp", "xlp"}, scene.edges[e].attributes);
  for (std::size_t s = 0; s < scene.subgraphs.size(); ++s)
    copy_written(built.subgraphs[s], {"bb", "lp"}, scene.subgraphs[s].attributes);
  copy_written(built.graph.get(), {"bb"}, scene.graph);
}

/// Each node's size in points, as Graphviz draws it: the nodes laid out alone, by osage,
/// which packs them in linear time where dot took 12 s for 20,000 lone nodes.
std::vector<Box> node_sizes(const Scene& scene) {
  Scene nodes;
  nodes.layout = "osage";
  for (const Attribute& a : scene.graph)
    if (a.name != "label" && a.name != "layout") nodes.graph.push_back(a);
  nodes.node_defaults = scene.node_defaults;
  nodes.nodes = scene.nodes;
  const BuiltGraph built = build_graph(nodes);
  const Layout layout(context(), built.graph.get(), nodes.layout);
  std::vector<Box> sizes;
  for (Agnode_t* node : built.nodes) {
    // ND_width and ND_height (inches), spelt without the macros' C casts.
    const auto* info = reinterpret_cast<const Agnodeinfo_t*>(reinterpret_cast<Agobj_t*>(node)->data);
    sizes.push_back({info->width * 72, info->height * 72});
  }
  return sizes;
}

/// The space the title and key take above the drawing: the graph's label laid out alone.
Box header_size(const Scene& scene) {
  Scene header;
  header.layout = "dot";
  header.graph = scene.graph;
  lay_out_in_place(header);
  const Attribute* bb = find_attribute(header.graph, "bb");
  return bb != nullptr ? bounds_size(bb->value) : Box{};
}

/// The scene as Graphviz is to draw it, its key added: itself, or when it asks for packed clusters or
/// the chart layout, each cluster laid out alone (by dot, or as a chart) and the results
/// packed onto the page (pack.hpp): `page`, or A4 either way up.
Scene arranged(const Scene& without_key, const std::optional<Page>& page) {
  const Scene scene = with_key(without_key);
  const bool chart = scene.layout == "chart";
  if (!scene.pack_clusters && !chart) return scene;
  PageShape shape = page_shape(page);
  std::vector<Block> blocks = split_into_blocks(scene);
  // The key's samples, having no lines, stand in a chart's grid with either layout.
  const auto is_key = [&](const Block& block) {
    return block.subgraph < scene.subgraphs.size() && scene.subgraphs[block.subgraph].name == key_cluster;
  };
  std::vector<Box> sizes;  // measured when first needed, after dot's blocks are laid out
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    report_progress("laying out box " + std::to_string(b + 1) + " of " + std::to_string(blocks.size()));
    if (!chart && !is_key(blocks[b])) lay_out_in_place(blocks[b].scene);
  }
  for (Block& block : blocks) {
    if (!chart && !is_key(block)) continue;
    if (sizes.empty()) sizes = node_sizes(scene);
    std::vector<Box> block_sizes;
    for (std::size_t n : block.nodes) block_sizes.push_back(sizes[n]);
    lay_out_chart(block.scene, block_sizes);
  }
  shape.header = header_size(scene);
  report_progress("packing the boxes");
  return packed_scene(scene, blocks, shape);
}

/// Asks Graphviz for a drawing of exactly the page's size: no pad, shrunk (never
/// enlarged) to the printable area by "size", which Graphviz applies when it draws.
/// Graphviz rounds "size" to whole points, hence printable areas in whole points.
void ask_for_page(Agraph_t* graph, const Page& page) {
  const std::string size =
      format_fixed(page.printable_width() / 72, 6) + "," + format_fixed(page.printable_height() / 72, 6);
  agsafeset(graph, c_text("pad"), c_text("0"), c_text(""));
  agsafeset(graph, c_text("size"), c_text(size), c_text(""));
}

/// After the layout: margins that centre the drawing and make up the page's size
/// exactly (Graphviz draws a page the drawing's size plus its margins, in whole points),
/// and the scale Graphviz will apply, the same arithmetic as its own.
double centre_on_page(Agraph_t* graph, const Page& page) {
  // GD_bb(graph), spelt without the macro's C casts.
  const auto* info = reinterpret_cast<const Agraphinfo_t*>(reinterpret_cast<Agobj_t*>(graph)->data);
  const PageFit fit = fit_on_page(info->bb.UR.x - info->bb.LL.x, info->bb.UR.y - info->bb.LL.y, page);
  const std::string margin = format_fixed(fit.margin_x / 72, 6) + "," + format_fixed(fit.margin_y / 72, 6);
  agsafeset(graph, c_text("margin"), c_text(margin), c_text(""));
  return fit.scale;
}

/// cairo stamps a PDF with the time it was drawn (/CreationDate, and /ModDate in some
/// versions). Each date becomes 1 January 2000, written in exactly as many bytes (the
/// zone's digits zeroed: "Z" or "+00'00'"), so the cross-reference offsets stay valid
/// and the same map gives the same bytes. O(size of the PDF).
void fix_pdf_dates(std::string& pdf) {
  static constexpr std::string_view fixed_date = "20000101000000";
  for (const std::string_view key : {"/CreationDate (D:", "/ModDate (D:"}) {
    const std::size_t at = pdf.find(key);
    if (at == std::string::npos) continue;
    const std::size_t start = at + key.size();
    const std::size_t end = pdf.find(')', start);
    if (end == std::string::npos) continue;
    for (std::size_t i = start; i < end; ++i) {
      char& c = pdf[i];
      if (i - start < fixed_date.size())
        c = fixed_date[i - start];
      else if (c == '-')
        c = '+';
      else if (c >= '0' && c <= '9')
        c = '0';
    }
  }
}

}  // namespace

std::optional<OutputFormat> format_from_path(const std::filesystem::path& path) {
  const std::string extension = lowercase_extension(path);
  if (extension == ".svg") return OutputFormat::svg;
  if (extension == ".png") return OutputFormat::png;
  if (extension == ".pdf") return OutputFormat::pdf;
  if (extension == ".dot" || extension == ".gv") return OutputFormat::dot;
  return std::nullopt;
}

std::string render(const Scene& scene, OutputFormat format) {
  GVC_t* gvc = context();  // before any graph: plugins and the error hook are in place
  graphviz_messages().clear();
  const Scene drawn = arranged(scene, std::nullopt);
  if (format == OutputFormat::dot) return write_dot(drawn);
  const BuiltGraph built = build_graph(drawn);
  Agraph_t* graph = built.graph.get();
  const Layout layout = final_layout(gvc, graph, drawn.layout);
  const std::string name = format == OutputFormat::svg ? "svg" : format == OutputFormat::png ? "png" : "pdf";
  report_progress("drawing " + name);
  std::string bytes = RenderedData(gvc, graph, name).bytes();
  if (format == OutputFormat::pdf) fix_pdf_dates(bytes);
  return bytes;
}

PageDrawing render_on_page(const Scene& scene, const Page& page) {
  GVC_t* gvc = context();
  graphviz_messages().clear();
  const Scene drawn = arranged(scene, page);
  const BuiltGraph built = build_graph(drawn);
  Agraph_t* graph = built.graph.get();
  ask_for_page(graph, page);
  const Layout layout = final_layout(gvc, graph, drawn.layout);
  PageDrawing drawing;
  drawing.scale = centre_on_page(graph, page);
  report_progress("drawing pdf");
  drawing.pdf = RenderedData(gvc, graph, "pdf").bytes();
  fix_pdf_dates(drawing.pdf);
  return drawing;
}

std::map<std::string, NodeCentre> node_centres(const Scene& scene, const std::optional<Page>& page) {
  GVC_t* gvc = context();
  graphviz_messages().clear();
  const Scene drawn = arranged(scene, page);
  const BuiltGraph built = build_graph(drawn);
  Agraph_t* graph = built.graph.get();
  const Layout layout = final_layout(gvc, graph, drawn.layout);
  std::map<std::string, NodeCentre> centres;
  for (Agnode_t* n = agfstnode(graph); n != nullptr; n = agnxtnode(graph, n))
  {
    // ND_coord(n), spelt without the macro's C casts.
    const auto* info = reinterpret_cast<const Agnodeinfo_t*>(reinterpret_cast<Agobj_t*>(n)->data);
    centres.emplace(agnameof(n), NodeCentre{info->coord.x, info->coord.y});
  }
  // A folded node's bodies get the centres of its rows: its height shared out, top down.
  for (const SceneNode& node : scene.nodes) {
    if (node.folded.empty()) continue;
    Agnode_t* n = agnode(graph, c_text(node.name), 0);
    if (n == nullptr) continue;
    const auto* info = reinterpret_cast<const Agnodeinfo_t*>(reinterpret_cast<Agobj_t*>(n)->data);
    const double row = info->height * 72 / static_cast<double>(node.folded.size());  // inches to points
    const double top = info->coord.y + info->height * 36;
    for (std::size_t k = 0; k < node.folded.size(); ++k)
      centres.emplace(node.folded[k], NodeCentre{info->coord.x, top - (static_cast<double>(k) + 0.5) * row});
  }
  return centres;
}

}  // namespace govgraph::render
