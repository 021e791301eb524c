#include "graph/governance_map.hpp"

#include <cassert>
#include <stdexcept>
#include <unordered_set>

#include "graph/parallel.hpp"

namespace govgraph {

namespace {

std::size_t require(const IdTable& index, const std::string& id, const char* what) {
  const std::size_t found = index.find(id);
  if (found == IdTable::npos) throw std::logic_error(std::string("unchecked map: unknown ") + what + " '" + id + "'");
  return found;
}

bool in_effect(const std::string& start, const std::string& end, std::string_view date) {
  return (start.empty() || start <= date) && (end.empty() || date <= end);
}

}  // namespace

GovernanceMap::GovernanceMap(MapData data)
    : data_(std::move(data)), ids_(data_), graph_(std::make_unique<Graph>(data_.bodies.size())) {
  build();
}

GovernanceMap::GovernanceMap(MapData data, MapIds ids)
    : data_(std::move(data)), ids_(std::move(ids)), graph_(std::make_unique<Graph>(data_.bodies.size())) {
  build();
}

void GovernanceMap::build() {
  assert(no_body == Graph::null_vertex());  // Boost's is not constexpr

  area_parent_.resize(data_.policy_areas.size());
  for (std::size_t a = 0; a < data_.policy_areas.size(); ++a)
    if (!data_.policy_areas[a].parent.empty())
      area_parent_[a] = AreaIndex(require(ids_.policy_areas, data_.policy_areas[a].parent, "policy area"));
  body_areas_start_.reserve(data_.bodies.size() + 1);
  body_areas_start_.push_back(0);
  for (const Body& body : data_.bodies) {
    for (const auto& id : body.policy_areas)
      if (const AreaIndex a = find_policy_area(id)) body_areas_.push_back(a);
    body_areas_start_.push_back(static_cast<std::uint32_t>(body_areas_.size()));
  }
  responsibility_area_.reserve(data_.responsibilities.size());
  for (const Responsibility& r : data_.responsibilities)
    responsibility_area_.push_back(find_policy_area(r.policy_area));

  // Each body's lists of links out and in are sized before they are filled: at a million
  // links, growing them one link at a time costs a third of building the graph and
  // leaves them up to half empty. (They are adjacency_list's own storage, which Boost
  // lets a caller reach through out_edge_list and in_edge_list.)
  // A large map's two kinds of lists are filled on two threads: each part only reads what
  // the other writes nothing to.
  const auto& ends = ids_.link_ends;
  if (ends.size() != data_.links.size()) throw std::logic_error("unchecked map: its links' ends were not looked up");
  for (const auto& [from, to] : ends)
    if (from == unknown_end || to == unknown_end) throw std::logic_error("unchecked map: a link names an unknown body");
  const auto add_edges = [&] {
    std::vector<std::size_t> out_degree(data_.bodies.size()), in_degree(data_.bodies.size());
    for (const auto& [from, to] : ends) {
      ++out_degree[from];
      ++in_degree[to];
    }
    Graph& graph = *graph_;
    for (std::size_t v = 0; v < data_.bodies.size(); ++v) {
      graph.out_edge_list(v).reserve(out_degree[v]);
      in_edge_list(graph, v).reserve(in_degree[v]);
    }
    graph.m_edges.reserve(data_.links.size());
    for (std::size_t i = 0; i < data_.links.size(); ++i)
      boost::add_edge(ends[i].first, ends[i].second, LinkEdge{LinkIndex(i), data_.links[i].kind}, graph);
  };
  const bool large = data_.links.size() >= (std::size_t{1} << 16);
  beside(large, [&] { build_adjacency(); }, add_edges);

  is_apex_.assign(data_.bodies.size(), false);
  for (const auto& id : data_.apex) is_apex_[require(ids_.bodies, id, "body")] = true;
  for (std::size_t v = 0; v < data_.bodies.size(); ++v) {
    if (data_.bodies[v].type == BodyType::legislature) is_apex_[v] = true;
    if (is_apex_[v]) apexes_.push_back(v);
  }

  owners_.resize(data_.responsibilities.size());
  duties_.resize(data_.bodies.size());
  for (std::size_t r = 0; r < data_.responsibilities.size(); ++r) {
    for (const auto& owner : data_.responsibilities[r].owners) {
      const auto v = require(ids_.bodies, owner.body, "body");
      owners_[r].emplace_back(v, owner.role);
      duties_[v].push_back(Duty{ResponsibilityIndex(r), owner.role});
    }
  }
}

void GovernanceMap::build_adjacency() {
  const std::size_t rows = data_.bodies.size() * link_kind_count;
  for (Adjacency* adjacency : {&out_, &in_}) {
    adjacency->start.assign(rows + 1, 0);
    adjacency->links.resize(data_.links.size());
  }
  const auto row = [&](std::uint32_t body, std::size_t link) {
    return body * link_kind_count + static_cast<std::size_t>(data_.links[link].kind);
  };
  // Counted, summed, then filled in link order, so each row keeps the order written.
  const auto& ends = ids_.link_ends;
  for (std::size_t l = 0; l < ends.size(); ++l) {
    ++out_.start[row(ends[l].first, l) + 1];
    ++in_.start[row(ends[l].second, l) + 1];
  }
  for (Adjacency* adjacency : {&out_, &in_})
    for (std::size_t r = 0; r < rows; ++r) adjacency->start[r + 1] += adjacency->start[r];
  std::vector<std::uint32_t> out_next(out_.start.begin(), out_.start.end() - 1);
  std::vector<std::uint32_t> in_next(in_.start.begin(), in_.start.end() - 1);
  for (std::size_t l = 0; l < ends.size(); ++l) {
    const auto [from, to] = ends[l];
    out_.links[out_next[row(from, l)]++] = {to, static_cast<std::uint32_t>(l)};
    in_.links[in_next[row(to, l)]++] = {from, static_cast<std::uint32_t>(l)};
  }
}

std::optional<Basis> GovernanceMap::basis(const Link& link) const {
  if (const auto built_in = parse_basis(link.basis)) return built_in;
  for (const DeclaredBasis& declared : data_.link_bases)
    if (declared.name == link.basis) return declared.like;
  return std::nullopt;
}

GovernanceMap::Vertex GovernanceMap::find_body(std::string_view id) const {
  const std::size_t found = ids_.bodies.find(id);
  return found == IdTable::npos ? no_body : found;
}

ResponsibilityIndex GovernanceMap::find_responsibility(std::string_view id) const {
  const std::size_t found = ids_.responsibilities.find(id);
  return found == IdTable::npos ? ResponsibilityIndex() : ResponsibilityIndex(found);
}

AreaIndex GovernanceMap::find_policy_area(std::string_view id) const {
  const std::size_t found = ids_.policy_areas.find(id);
  return found == IdTable::npos ? AreaIndex() : AreaIndex(found);
}

GovernanceMap::View GovernanceMap::view(LinkKind kind) const { return view({kind}); }

GovernanceMap::View GovernanceMap::view(std::initializer_list<LinkKind> kinds) const {
  unsigned mask = 0;
  for (LinkKind k : kinds) mask |= 1U << static_cast<unsigned>(k);
  return View(*graph_, KindFilter{graph_.get(), mask});
}

MapData as_at(const MapData& map, std::string_view date) {
  MapData out = map;
  std::unordered_set<std::string_view> gone;  // ids of bodies not in effect, viewing `map`
  for (const auto& b : map.bodies)
    if (!in_effect(b.start, b.end, date)) gone.insert(b.id);
  std::erase_if(out.bodies, [&](const Body& b) { return gone.contains(b.id); });
  std::erase_if(out.links, [&](const Link& l) {
    return !in_effect(l.terms->start, l.terms->end, date) || gone.contains(l.from) || gone.contains(l.to);
  });
  std::erase_if(out.apex, [&](const std::string& id) { return gone.contains(id); });
  out.apex_at.clear();
  for (auto& r : out.responsibilities)
    std::erase_if(r.owners, [&](const Owner& o) { return gone.contains(o.body); });
  return out;
}

std::size_t type_slot(const Body& body, const std::vector<DeclaredType>& declared) {
  if (!body.declared_type.empty())
    for (std::size_t d = 0; d < declared.size(); ++d)
      if (declared[d].name == body.declared_type) return body_type_names.size() + d;
  return static_cast<std::size_t>(body.type);
}

std::string_view type_slot_name(std::size_t slot, const std::vector<DeclaredType>& declared) {
  return slot < body_type_names.size() ? body_type_names[slot] : declared[slot - body_type_names.size()].name;
}

std::vector<std::pair<std::string_view, std::size_t>> bodies_by_type(const MapData& map) {
  std::vector<std::size_t> counts(body_type_names.size() + map.body_types.size(), 0);
  for (const Body& body : map.bodies) ++counts[type_slot(body, map.body_types)];
  std::vector<std::pair<std::string_view, std::size_t>> named;
  for (std::size_t slot = 0; slot < counts.size(); ++slot)
    if (counts[slot] > 0) named.emplace_back(type_slot_name(slot, map.body_types), counts[slot]);
  return named;
}

}  // namespace govgraph
