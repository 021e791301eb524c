#include "graph/check.hpp"

#include <cctype>

#include <algorithm>
#include <charconv>
#include <functional>
#include <map>
#include <type_traits>
#include <unordered_map>

#include "graph/schema.hpp"
#include "graph/text.hpp"

namespace govgraph {
namespace {

// Suggestions cost an edit-distance scan each; past this many misses the rest are
// reported without one, so a map with every reference wrong still fails fast.
constexpr std::size_t max_suggestions = 200;

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

Location at(const std::string& file, Position p) { return {file, p.line, p.column}; }

/// "links[3]": a record's place in its collection, as the JSON reader names fields.
std::string item(const std::string& collection, std::size_t index) {
  return collection + "[" + std::to_string(index) + "]";
}

std::string place(const std::string& file, Position p) {
  return file + ':' + std::to_string(p.line) + ':' + std::to_string(p.column);
}

/// One collection's ids, for duplicate detection and reference resolution.
class IdIndex {
 public:
  IdIndex(const IdTable& table, std::string collection, std::string noun, std::string file)
      : table_(table), collection_(std::move(collection)), noun_(std::move(noun)), file_(std::move(file)) {}

  /// Reports every record whose id an earlier record has.
  template <typename Records>
  void check_unique(const Records& records, Diagnostics& out) const {
    for (std::size_t i = 0; i < records.size(); ++i) {
      const std::string& id = records[i].id;
      if (id.empty()) continue;  // a missing or malformed id was reported where it was read
      const std::size_t first = table_.find(id);
      if (first != i)
        out.error(at(file_, records[i].at), item(collection_, i) + ".id: duplicate " + noun_ + " id '" + id +
                                                "', first defined at " + place(file_, records[first].at));
    }
  }

  [[nodiscard]] bool contains(std::string_view id) const { return table_.contains(id); }

  /// With `once`, an unknown id is one error, at its first use, that lists every other
  /// use (a policy area used on twenty records but never declared is one mistake).
  void report_each_id_once() { once_ = true; }

  /// Reports `id` in the field `field()` names if it names nothing in this collection.
  template <typename FieldName>
  void resolve(const std::string& id, const std::string& file, Position p, const FieldName& field,
               Diagnostics& out) {
    if (id.empty() || contains(id)) return;
    if (once_) {
      if (const auto seen = unknown_.find(id); seen != unknown_.end()) {
        seen->second.others.push_back(field() + " (" + place(file, p) + ")");
        return;
      }
      unknown_.emplace(id, Unknown{out.all().size(), {}});
    }
    std::string message = field() + ": no " + noun_ + " has id '" + id + "'";
    if (suggestions_made_ < max_suggestions && table_.size() > 0) {
      ++suggestions_made_;
      if (candidates_.empty()) candidates_.assign(table_.ids().begin(), table_.ids().end());
      message += "; nearest is '" + nearest_id(id, candidates_) + "'";
    }
    out.error(at(file, p), message);
  }

  /// Adds to each unknown id's error the other places it is used (report_each_id_once).
  void list_other_uses(Diagnostics& out) const {
    for (const auto& [id, unknown] : unknown_)
      if (!unknown.others.empty())
        out.add_to_message(unknown.error, "; used " + std::to_string(unknown.others.size() + 1) +
                                              " times: also at " + join(unknown.others, ", "));
  }

 private:
  struct Unknown {
    std::size_t error = 0;            // its error's number in the diagnostics
    std::vector<std::string> others;  // every later use: "field (file:line:column)"
  };
  const IdTable& table_;
  std::string collection_;
  std::string noun_;
  std::string file_;
  std::vector<std::string_view> candidates_;  // views into table_'s ids, made at the first miss
  std::size_t suggestions_made_ = 0;
  bool once_ = false;
  std::map<std::string, Unknown, std::less<>> unknown_;
};

/// Each collection's ids, as the checks of a map read them.
struct MapIndexes {
  MapIndexes(const MapIds& ids, const Origins& files)
      : sources(ids.sources, "sources", "source", files.sources),
        areas(ids.policy_areas, "policy_areas", "policy area", files.policy_areas),
        bodies(ids.bodies, "bodies", "body", files.bodies),
        duties(ids.responsibilities, "responsibilities", "responsibility", files.responsibilities) {
    areas.report_each_id_once();
  }
  IdIndex sources;
  IdIndex areas;
  IdIndex bodies;
  IdIndex duties;
};

/// The id indexes a reference field may name.
struct References {
  IdIndex& bodies;
  IdIndex& areas;
};

/// Resolves every field of `record` that the schema says names a body or a policy area,
/// but those `already_found(field)` says were found by an earlier lookup.
/// `path()` names the record in messages: made only for one, as most records have none.
template <typename R, typename RecordPath, typename AlreadyFound>
void resolve_references(const R& record, const RecordPath& path, const std::string& file, References refs,
                        Diagnostics& out, const AlreadyFound& already_found) {
  for (const FieldInfo<R>& field : schema<R>()) {
    if (field.refers_to == RefersTo::nothing || already_found(field)) continue;
    IdIndex& index = field.refers_to == RefersTo::body ? refs.bodies : refs.areas;
    const Position where = field.at != nullptr ? record.*field.at : record.at;
    const auto name = [&] { return path() + "." + std::string(field.name); };
    with_value(field, record, [&](const auto& value) {
      using Value = std::remove_cvref_t<decltype(value)>;
      if constexpr (std::is_same_v<Value, std::string>) {
        index.resolve(value, file, where, name, out);
      } else if constexpr (std::is_same_v<Value, std::vector<std::string>>) {
        for (const std::string& id : value) index.resolve(id, file, where, name, out);
      }
    });
  }
}

template <typename R, typename RecordPath>
void resolve_references(const R& record, const RecordPath& path, const std::string& file, References refs,
                        Diagnostics& out) {
  resolve_references(record, path, file, refs, out, [](const FieldInfo<R>&) { return false; });
}

template <typename RecordPath>
void check_dates(const std::string& start, const std::string& end, const std::string& file, Position p,
                 const RecordPath& path, Diagnostics& out) {
  if (!start.empty() && !end.empty() && end < start)
    out.error(at(file, p), path() + ".end: " + end + " is before start " + start);
}

/// A citation is "<source id> <where>"; when the map lists its sources, the id must be one.
template <typename RecordPath>
void check_source(const MapData& map, const IdIndex& sources, const RecordBase& record, const std::string& file,
                  const RecordPath& path, Diagnostics& out) {
  if (map.sources.empty() || record.source.empty()) return;
  const std::string_view cited = std::string_view(record.source).substr(0, record.source.find(' '));
  if (!sources.contains(cited))
    out.warning(at(file, record.at),
                path() + ".source: '" + record.source + "' does not start with the id of a listed source");
}

/// Every check of link `i` that reads no other link.
void check_link(const MapData& map, const MapIds& ids, std::size_t i, References refs, const IdIndex& sources,
                Diagnostics& out) {
  const std::string& file = map.origins.links;
  const auto& l = map.links[i];
  const auto path = [&] { return item("links", i); };
  const LinkEnds ends = ids.link_ends[i];  // not a structured binding: clang 14 cannot capture one
  resolve_references(l, path, file, refs, out, [&](const FieldInfo<Link>& field) {
    return (field.member == Member<Link>(&Link::from) && ends.first != unknown_end) ||
           (field.member == Member<Link>(&Link::to) && ends.second != unknown_end);
  });
  if (!l.from.empty() && l.from == l.to)
    out.error(at(file, l.to_at), path() + ".to: a link cannot join body '" + l.from + "' to itself");
  check_dates(l.terms->start, l.terms->end, file, l.at, path, out);
  check_source(map, sources, l, file, path, out);
}

/// Reports every area on a loop of parents. The parents form a graph with at most one
/// edge out of each area, so one walk up from each area, never repeating an area another
/// walk has finished, finds every loop: O(areas), where walking up from each area in
/// turn would cost the square of a deep tree.
void check_policy_tree(const MapData& map, const IdTable& index, Diagnostics& out) {
  const std::size_t count = map.policy_areas.size();
  enum class Walk : unsigned char { unseen, on_path, done };
  std::vector<Walk> state(count, Walk::unseen);
  std::vector<bool> on_loop(count, false);
  std::vector<std::size_t> path;
  for (std::size_t start = 0; start < count; ++start) {
    path.clear();
    std::size_t at = start;
    while (true) {
      if (state[at] == Walk::on_path) {  // the walk came back to itself: a loop from `at`
        for (auto it = std::find(path.begin(), path.end(), at); it != path.end(); ++it) on_loop[*it] = true;
        break;
      }
      if (state[at] == Walk::done) break;
      state[at] = Walk::on_path;
      path.push_back(at);
      const std::size_t parent = index.find(map.policy_areas[at].parent);
      if (parent == IdTable::npos) break;
      at = parent;
    }
    for (std::size_t a : path) state[a] = Walk::done;
  }
  for (std::size_t a = 0; a < count; ++a) {
    if (!on_loop[a]) continue;
    const PolicyArea& area = map.policy_areas[a];
    out.error(at(map.origins.policy_areas, area.parent_at),
              item("policy_areas", a) + ".parent: policy area '" + area.id + "' is its own ancestor");
  }
}

/// A declared count below what the map itself holds would make "N of M" say more than all.
void check_universe(const MapData& map, Diagnostics& out) {
  for (const Denominator& d : map.universe) {
    std::size_t held = 0;
    if (d.of == "policy_areas") {
      held = map.policy_areas.size();
    } else {
      for (const Body& b : map.bodies) held += to_string(b.type) == d.of && b.status != BodyStatus::abolished ? 1U : 0U;
    }
    if (held > static_cast<std::size_t>(d.count))
      out.error(at(map.origins.map, d.at), "universe." + d.of + ": " + std::to_string(d.count) +
                                               " declared, but the map itself holds " + std::to_string(held) +
                                               "; the universe counts every one there is, in the map or not");
  }
}

}  // namespace

std::string nearest_id(std::string_view wanted, const std::vector<std::string_view>& candidates) {
  std::string_view best;
  std::size_t best_distance = 0;
  for (std::string_view candidate : candidates) {
    // The difference in length is a lower bound of the distance: skip what cannot win.
    const std::size_t gap = wanted.size() > candidate.size() ? wanted.size() - candidate.size()
                                                              : candidate.size() - wanted.size();
    if (!best.empty() && gap > best_distance) continue;
    const std::size_t d = edit_distance(wanted, candidate);
    if (best.empty() || d < best_distance || (d == best_distance && candidate < best)) {
      best = candidate;
      best_distance = d;
    }
  }
  return std::string(best);
}

std::string likely_meant(std::string_view wanted, const std::vector<std::string_view>& candidates) {
  const std::string nearest = nearest_id(wanted, candidates);
  // A slip of a letter or two ("fund", "agencie", "accountable to"), not another word
  // altogether: naming the nearest of unrelated words ("quango" as "union") misleads.
  const std::size_t slips = std::max<std::size_t>(2, wanted.size() / 3);
  return !nearest.empty() && edit_distance(wanted, nearest) <= slips ? nearest : std::string();
}

namespace {

bool is_id_character(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_' ||
         c == '-';
}

}  // namespace

bool is_id(std::string_view text) { return why_not_an_id(text).empty(); }

std::string why_not_an_id(std::string_view text) {
  if (text.empty()) return "it is empty";
  if (text.size() > max_id_length) return "it is longer than " + std::to_string(max_id_length) + " bytes";
  for (const char c : text) {
    if (is_id_character(c)) continue;
    if (c == ' ') return "it holds a space";
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) return "it holds a control character";
    if (static_cast<unsigned char>(c) >= 0x80) return "it holds a character outside ASCII";
    return std::string("it holds '") + c + "'";
  }
  if (!std::isalnum(static_cast<unsigned char>(text.front()))) return "it does not start with a letter or digit";
  return {};
}

std::string slug_of(std::string_view text) {
  std::string slug;
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) && u < 0x80) slug += static_cast<char>(std::tolower(u));
    else if (!slug.empty() && slug.back() != '-') slug += '-';
    if (slug.size() == max_id_length) break;
  }
  while (!slug.empty() && slug.back() == '-') slug.pop_back();
  return slug;
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  auto number = [&](std::size_t from, std::size_t length, int& value) {
    const char* first = text.data() + from;
    auto [end, error] = std::from_chars(first, first + length, value);
    return error == std::errc{} && end == first + length;
  };
  int year = 0, month = 0, day = 0;
  if (!number(0, 4, year) || !number(5, 2, month) || !number(8, 2, day)) return false;
  if (month < 1 || month > 12 || day < 1) return false;
  static constexpr int days_in_month[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  if (month == 2 && day == 29) return leap;
  return day <= days_in_month[month - 1];
}

Diagnostics check_map(const MapData& map) { return check_map(map, MapIds(map)); }

Diagnostics check_map(const MapData& map, const MapIds& ids) {
  Diagnostics out;
  const Origins& files = map.origins;

  MapIndexes index(ids, files);
  IdIndex& sources = index.sources;
  IdIndex& areas = index.areas;
  IdIndex& bodies = index.bodies;
  IdIndex& duties = index.duties;
  sources.check_unique(map.sources, out);
  areas.check_unique(map.policy_areas, out);
  bodies.check_unique(map.bodies, out);
  duties.check_unique(map.responsibilities, out);

  const References refs{bodies, areas};

  auto check_citation = [&](const RecordBase& record, const std::string& file, const auto& path) {
    check_source(map, sources, record, file, path, out);
  };

  for (std::size_t i = 0; i < map.apex.size(); ++i)
    bodies.resolve(map.apex[i], files.map, i < map.apex_at.size() ? map.apex_at[i] : Position{},
                   [&] { return item("apex", i); }, out);

  for (std::size_t i = 0; i < map.policy_areas.size(); ++i) {
    const auto& a = map.policy_areas[i];
    const auto path = [&] { return item("policy_areas", i); };
    resolve_references(a, path, files.policy_areas, refs, out);
    check_citation(a, files.policy_areas, path);
  }
  check_policy_tree(map, ids.policy_areas, out);
  check_universe(map, out);

  for (std::size_t i = 0; i < map.bodies.size(); ++i) {
    const auto& b = map.bodies[i];
    const auto path = [&] { return item("bodies", i); };
    resolve_references(b, path, files.bodies, refs, out);
    check_dates(b.start, b.end, files.bodies, b.at, path, out);
    check_citation(b, files.bodies, path);
  }

  for (std::size_t i = 0; i < map.links.size(); ++i) check_link(map, ids, i, refs, sources, out);

  for (std::size_t i = 0; i < map.responsibilities.size(); ++i) {
    const auto& r = map.responsibilities[i];
    const auto path = [&] { return item("responsibilities", i); };
    resolve_references(r, path, files.responsibilities, refs, out);
    std::unordered_map<std::string_view, Position> seen;
    for (std::size_t j = 0; j < r.owners.size(); ++j) {
      const Owner& owner = r.owners[j];
      const auto owner_path = [&] { return path() + item(".owners", j); };
      resolve_references(owner, owner_path, files.responsibilities, refs, out);
      auto [it, inserted] = seen.try_emplace(owner.body, owner.at);
      if (!inserted)
        out.error(at(files.responsibilities, owner.at),
                  owner_path() + ".body: body '" + owner.body + "' is listed twice as an owner of '" + r.id +
                      "' (give it one role, the strongest)");
    }
    check_citation(r, files.responsibilities, path);
  }
  areas.list_other_uses(out);
  return out;
}

Diagnostics check_links(const MapData& map, const MapIds& ids, const std::vector<std::size_t>& which) {
  Diagnostics out;
  MapIndexes index(ids, map.origins);
  for (const std::size_t i : which) check_link(map, ids, i, {index.bodies, index.areas}, index.sources, out);
  index.areas.list_other_uses(out);
  return out;
}

}  // namespace govgraph
