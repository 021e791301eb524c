#include "restructure/apply.hpp"

#include <algorithm>
#include <numeric>
#include <set>
#include <string_view>
#include <tuple>
#include <unordered_map>

#include "graph/check.hpp"
#include "graph/diagnostic.hpp"
#include "graph/schema.hpp"
#include "graph/text.hpp"
#include "importers/field_rules.hpp"
#include "restructure/apply_links.hpp"

namespace govgraph {
namespace {

std::string in_quotes(const std::string& id) { return "'" + id + "'"; }

std::string quoted_list(const std::vector<std::string>& ids) {
  std::vector<std::string> q;
  for (const auto& id : ids) q.push_back(in_quotes(id));
  return join(q, ", ");
}

std::string link_label(const Link& link) {
  std::string text = in_quotes(link.from) + " " + std::string(to_string(link.kind)) + " " + in_quotes(link.to);
  if (!link.terms->period.empty()) text += " (" + link.terms->period + ")";
  return text;
}

void append_unique(std::vector<std::string>& into, const std::vector<std::string>& items) {
  for (const auto& item : items)
    if (std::find(into.begin(), into.end(), item) == into.end()) into.push_back(item);
}

/// A copy of `before` with room for the links the proposal adds, so that adding the first
/// does not move every link of a large map to a larger block.
MapData copy_with_room(const MapData& before, const Proposal& proposal) {
  MapData after;
  const auto added = std::count_if(proposal.operations.begin(), proposal.operations.end(),
                                   [](const Operation& op) { return op.kind == OperationKind::add_link; });
  after.links.reserve(before.links.size() + static_cast<std::size_t>(added));
  after = before;  // a vector assigned no more items than it has room for keeps its block
  return after;
}

/// Applies one proposal to a working copy of the records.
class Applier {
 public:
  Applier(const MapData& before, const Proposal& proposal)
      : proposal_(proposal),
        result_{copy_with_room(before, proposal), {}, {}, {}, {}, {}, {}},
        links_(result_.after.links),
        body_removed_(before.bodies.size(), false) {
    index_bodies();
  }
  Applier(const GovernanceMap& before, const Proposal& proposal)
      : proposal_(proposal),
        result_{copy_with_room(before.data(), proposal), {}, {}, {}, {}, {}, {}},
        links_(result_.after.links, before),
        body_removed_(before.body_count(), false),
        original_(&before) {
    index_bodies();
  }

  AppliedProposal run() {
    for (std::size_t i = 0; i < proposal_.operations.size(); ++i) {
      index_ = i;
      const Operation& op = proposal_.operations[i];
      log_ = OperationLog{i, op.kind, {}, {}};
      switch (op.kind) {
        case OperationKind::add_body: add_body(op); break;
        case OperationKind::update_body: update_body(op); break;
        case OperationKind::abolish: abolish(op); break;
        case OperationKind::merge: merge(op); break;
        case OperationKind::add_link: add_link(op); break;
        case OperationKind::remove_link: remove_link(op); break;
        case OperationKind::assign: assign(op); break;
        case OperationKind::unassign: unassign(op); break;
        case OperationKind::add_responsibility: add_responsibility(op); break;
        case OperationKind::remove_responsibility: remove_responsibility(op); break;
        case OperationKind::retire: retire(op); break;
      }
      if (!op.note.empty()) log_.details.push_back("why: " + op.note);
      result_.log.push_back(std::move(log_));
    }
    const Diagnostics problems = links_only() ? check_links_edited() : check_whole_map();
    if (problems.has_errors()) {
      Diagnostics out;
      for (const auto& d : problems.all())
        if (d.level == Diagnostic::Level::error)
          out.error(Location{proposal_.file}, "the map after the proposal is not valid: " + d.message);
      throw InputError(out);
    }
    return std::move(result_);
  }

 private:
  MapData& map() { return result_.after; }

  /// Whether the proposal only adds and removes links, to a map already built.
  [[nodiscard]] bool links_only() const {
    return original_ != nullptr &&
           std::all_of(proposal_.operations.begin(), proposal_.operations.end(), [](const Operation& op) {
             return op.kind == OperationKind::add_link || op.kind == OperationKind::remove_link;
           });
  }

  Diagnostics check_whole_map() {
    links_.compact();
    erase_marked(map().bodies, body_removed_);
    result_.after_ids = MapIds(result_.after);
    return check_map(result_.after, result_.after_ids);
  }

  /// When only links changed, the map before's id tables hold for the map after but for
  /// the link ends, and only the links added need checking (check_links says why): for
  /// thousands of one-line candidates, no id is hashed again and no other record read.
  Diagnostics check_links_edited() {
    const std::size_t links_before = original_->ids().link_ends.size();
    result_.after_ids = original_->ids();
    auto& ends = result_.after_ids.link_ends;
    for (std::size_t i = links_before; i < map().links.size(); ++i)
      ends.push_back(result_.after_ids.ends_of(map().links[i]));
    erase_marked(ends, links_.removed());
    const auto kept_before = static_cast<std::size_t>(std::count(
        links_.removed().begin(), links_.removed().begin() + static_cast<std::ptrdiff_t>(links_before), false));
    links_.compact();
    std::vector<std::size_t> added(map().links.size() - kept_before);
    std::iota(added.begin(), added.end(), kept_before);
    return check_links(result_.after, result_.after_ids, added);
  }

  void index_bodies() {
    for (std::size_t i = 0; i < map().bodies.size(); ++i) body_at_.emplace(map().bodies[i].id, i);
  }

  std::string where() const {
    return "operations[" + std::to_string(index_) + "] (" +
           std::string(to_string(proposal_.operations[index_].kind)) + ")";
  }
  std::string op_name() const { return "operations[" + std::to_string(index_) + "]"; }

  [[noreturn]] void fail(Position at, const std::string& field, const std::string& message) const {
    const Position p = at.line > 0 ? at : proposal_.operations[index_].at;
    const std::string prefix = "operations[" + std::to_string(index_) + "]" + (field.empty() ? "" : "." + field) +
                               " (" + std::string(to_string(proposal_.operations[index_].kind)) + ")";
    throw InputError(Location{proposal_.file, p.line, p.column}, prefix + ": " + message);
  }

  Body* find_body(const std::string& id) {
    auto it = body_at_.find(id);
    return it == body_at_.end() ? nullptr : &map().bodies[it->second];
  }
  Responsibility* find_responsibility(const std::string& id) {
    auto it = std::find_if(map().responsibilities.begin(), map().responsibilities.end(),
                           [&](const Responsibility& r) { return r.id == id; });
    return it == map().responsibilities.end() ? nullptr : &*it;
  }

  Body& require_body(const IdRef& ref) {
    if (Body* body = find_body(ref.id)) return *body;
    std::string message = "body '" + ref.id + "' does not exist at this point";
    if (auto removed = result_.removed_by.find(ref.id); removed != result_.removed_by.end())
      message += " (operations[" + std::to_string(removed->second) + "] removed it)";
    std::vector<std::string_view> ids;
    for (std::size_t i = 0; i < map().bodies.size(); ++i)
      if (!body_removed_[i]) ids.push_back(map().bodies[i].id);
    if (!ids.empty()) message += "; nearest is '" + nearest_id(ref.id, ids) + "'";
    fail(ref.at, ref.field, message);
  }

  Responsibility& require_responsibility(const IdRef& ref) {
    if (Responsibility* r = find_responsibility(ref.id)) return *r;
    std::string message = "responsibility '" + ref.id + "' does not exist at this point";
    if (auto removed = responsibility_removed_by_.find(ref.id); removed != responsibility_removed_by_.end())
      message += " (operations[" + std::to_string(removed->second) + "] removed it)";
    std::vector<std::string_view> ids;
    for (const auto& r : map().responsibilities) ids.push_back(r.id);
    if (!ids.empty()) message += "; nearest is '" + nearest_id(ref.id, ids) + "'";
    fail(ref.at, ref.field, message);
  }

  void require_areas(const std::vector<std::string>& areas, const std::string& field, Position at) {
    for (std::size_t i = 0; i < areas.size(); ++i) require_area(areas[i], field + "[" + std::to_string(i) + "]", at);
  }
  void require_area(const std::string& area, const std::string& field, Position at) {
    std::vector<std::string_view> ids;
    for (const auto& a : map().policy_areas) {
      if (a.id == area) return;
      ids.push_back(a.id);
    }
    std::string message = "policy area '" + area + "' does not exist";
    if (!ids.empty()) message += "; nearest is '" + nearest_id(area, ids) + "'";
    fail(at, field, message);
  }

  void require_new_body_id(const std::string& id, const std::string& field, Position at) {
    if (find_body(id) != nullptr) fail(at, field, "a body with id '" + id + "' already exists");
  }

  void check_dates(const std::string& start, const std::string& end, const std::string& field, Position at) {
    if (!start.empty() && !end.empty() && end < start) fail(at, field, "end " + end + " is before start " + start);
  }

  /// Adds a body record from the proposal, checked against the map as it stands.
  /// Gives a body of a type not built in the `like` of the map's type of that name.
  void resolve_type(Body& body, const std::string& field, Position at) const {
    if (body.declared_type.empty()) return;
    const auto& types = result_.after.body_types;
    const auto declared =
        std::find_if(types.begin(), types.end(), [&](const DeclaredType& t) { return t.name == body.declared_type; });
    if (declared == types.end()) fail(at, field + ".type", fields::undeclared_type(body.declared_type, types));
    body.type = declared->like;
  }

  void add_body_record(Body body, const std::string& field, Position at) {
    resolve_type(body, field, at);
    require_new_body_id(body.id, field + ".id", at);
    require_areas(body.policy_areas, field + ".policy_areas", at);
    check_dates(body.start, body.end, field, at);
    body.at = {};
    body.policy_areas_at = {};
    result_.removed_by.erase(body.id);
    result_.renames.erase(body.id);
    body_at_[body.id] = map().bodies.size();
    body_removed_.push_back(false);
    map().bodies.push_back(std::move(body));
  }

  void note_lead_loss(const std::string& body_id, const std::string& what) {
    for (const auto& r : map().responsibilities)
      for (const auto& o : r.owners)
        if (o.body == body_id && o.role == Role::lead)
          result_.lead_lost[r.id] = "its lead '" + body_id + "' " + what + " by " + op_name();
  }

  void add_body(const Operation& op) {
    add_body_record(op.body, "body", op.at);
    log_.summary = "added body " + in_quotes(op.body.id) + " (" + op.body.name + ", " +
                   std::string(type_name(op.body)) + ")";
  }

  /// Sets the fields the update names (all settable, as the proposal reader checked),
  /// logging each that changes as "field: before -> after".
  void update_body(const Operation& op) {
    Body& b = require_body(op.target);
    BodyUpdate u = op.update;
    resolve_type(u.values, "set", op.target.at);
    if (u.sets("policy_areas")) require_areas(u.values.policy_areas, "set.policy_areas", op.target.at);
    if (u.sets("status") && u.values.status != BodyStatus::active && b.status == BodyStatus::active)
      note_lead_loss(b.id, "was made " + std::string(to_string(u.values.status)));
    std::vector<std::string> changes;
    for (const auto& f : schema<Body>()) {
      if (!u.sets(f.name)) continue;
      const std::string before = field_text(f, b);
      const std::string after = field_text(f, u.values);
      if (before == after) continue;
      const bool quoted = f.type == ValueType::text || f.type == ValueType::id || f.type == ValueType::date;
      auto show = [&](const std::string& v) { return v.empty() ? "(none)" : quoted ? "'" + v + "'" : v; };
      changes.push_back(std::string(f.name) + ": " + show(before) + " -> " + show(after));
      copy_field(f, u.values, b);
      if (std::holds_alternative<BodyType Body::*>(f.member)) b.declared_type = u.values.declared_type;
    }
    check_dates(b.start, b.end, "set", op.target.at);
    log_.summary = "updated body " + in_quotes(b.id) + (changes.empty() ? " (no field changed)" : "");
    log_.details = std::move(changes);
  }

  /// Moves every link and ownership of `from` bodies to `target`: internal links are
  /// dropped, duplicates folded, and each responsibility keeps the strongest role.
  void relocate(const std::set<std::string>& from, const std::string& target) {
    // Only links of a moved body or of the target can move, fold or be folded into.
    std::vector<std::size_t> touching = links_.incident(target);
    for (const auto& id : from) {
      const auto more = links_.incident(id);
      touching.insert(touching.end(), more.begin(), more.end());
    }
    std::sort(touching.begin(), touching.end());
    touching.erase(std::unique(touching.begin(), touching.end()), touching.end());
    std::size_t moved = 0;
    std::size_t internal = 0;
    std::size_t folded = 0;
    std::map<std::size_t, bool> touched;  // kept links by index: moved or folded into
    std::map<decltype(link_key(Link{})), std::size_t> by_key;
    for (std::size_t i : touching) {
      Link& link = links_[i];
      const std::string original = link_label(link);
      const bool moves = from.contains(link.from) || from.contains(link.to);
      if (from.contains(link.from)) link.from = target;
      if (from.contains(link.to)) link.to = target;
      if (moves && link.from == link.to) {
        ++internal;
        log_.details.push_back("dropped internal link " + original);
        links_.remove(i);
        continue;
      }
      if (moves) {
        ++moved;
        links_.attach(i, target);
      }
      const auto key = link_key(link);
      auto existing = by_key.find(key);
      if (existing != by_key.end() && (moves || touched[existing->second])) {
        Link& into = links_[existing->second];
        if (into.amount && link.amount) into.amount = *into.amount + *link.amount;
        else if (link.amount) into.amount = link.amount;
        append_unique(into.policy_areas, link.policy_areas);
        touched[existing->second] = true;
        ++folded;
        log_.details.push_back("folded duplicate link " + original + " into " + link_label(into));
        links_.remove(i);
        continue;
      }
      if (existing == by_key.end()) by_key.emplace(key, i);
      touched[i] = moves;
    }
    for (const auto& id : from) links_.forget(id);

    std::size_t duties = 0;
    for (auto& r : map().responsibilities) {
      // Most duties are not the moved bodies': those are left as they are, not copied.
      if (std::none_of(r.owners.begin(), r.owners.end(), [&](const Owner& o) { return from.contains(o.body); }))
        continue;
      ++duties;
      std::vector<Owner> owners;
      for (Owner& o : r.owners) {
        if (from.contains(o.body)) o.body = target;
        auto same = std::find_if(owners.begin(), owners.end(), [&](const Owner& x) { return x.body == o.body; });
        if (same == owners.end())
          owners.push_back(std::move(o));
        else if (stronger(o.role, same->role)) same->role = o.role;
      }
      r.owners = std::move(owners);
    }
    if (std::any_of(map().apex.begin(), map().apex.end(), [&](const std::string& a) { return from.contains(a); })) {
      std::vector<std::string> apex;
      for (const auto& a : map().apex) append_unique(apex, {from.contains(a) ? target : a});
      map().apex = std::move(apex);
      map().apex_at.assign(map().apex.size(), Position{});  // positions in the map file no longer apply
    }

    log_.details.insert(log_.details.begin(),
                        "moved " + counted(moved, "link", "links") + " and " +
                            counted(duties, "responsibility ownership", "responsibility ownerships") + " to " +
                            in_quotes(target) + "; dropped " + counted(internal, "internal link", "internal links") +
                            "; folded " + counted(folded, "duplicate", "duplicates"));
  }

  /// Removes a body and everything that names it (links, ownerships, apex listing).
  void drop(const std::string& id) {
    for (std::size_t i : links_.incident(id)) {
      log_.details.push_back("dropped link " + link_label(links_[i]));
      links_.remove(i);
    }
    links_.forget(id);
    for (auto& r : map().responsibilities) {
      auto it = std::find_if(r.owners.begin(), r.owners.end(), [&](const Owner& o) { return o.body == id; });
      if (it == r.owners.end()) continue;
      log_.details.push_back("dropped its " + std::string(to_string(it->role)) + " role in responsibility " +
                             in_quotes(r.id));
      r.owners.erase(it);
    }
    auto apex = std::find(map().apex.begin(), map().apex.end(), id);
    if (apex != map().apex.end()) {
      map().apex.erase(apex);
      map().apex_at.assign(map().apex.size(), Position{});
    }
  }

  void remove_body_record(const std::string& id) {
    auto at = body_at_.find(id);
    body_removed_[at->second] = true;
    body_at_.erase(at);
    result_.removed_by[id] = index_;
  }

  /// Records `old_id -> target` and points earlier renames at the final successor.
  void rename(const std::string& old_id, const std::string& target) {
    for (auto& [from, to] : result_.renames)
      if (to == old_id) to = target;
    result_.renames[old_id] = target;
  }

  /// Merges the profile (aliases, policy areas) of `source` into the body `target`.
  void absorb_profile(const std::string& source, const std::string& target, bool aliases) {
    const Body* from = find_body(source);
    Body* into = find_body(target);
    if (aliases) append_unique(into->aliases, from->aliases);
    append_unique(into->policy_areas, from->policy_areas);
  }

  void abolish(const Operation& op) {
    const Body& body = require_body(op.target);
    const std::string id = body.id;
    if (op.transfer_to) {
      require_body(*op.transfer_to);
      if (op.transfer_to->id == id) fail(op.transfer_to->at, "transfer_to", "a body cannot transfer to itself");
      absorb_profile(id, op.transfer_to->id, false);
      relocate({id}, op.transfer_to->id);
      rename(id, op.transfer_to->id);
      log_.summary = "abolished " + in_quotes(id) + ", transferring its work to " + in_quotes(op.transfer_to->id);
    } else {
      note_lead_loss(id, "was abolished without transfer_to");
      drop(id);
      log_.summary = "abolished " + in_quotes(id) + " without transfer: its links and duties were dropped";
    }
    remove_body_record(id);
  }

  void merge(const Operation& op) {
    std::set<std::string> sources;
    std::vector<std::string> order;
    for (const auto& ref : op.bodies) {
      require_body(ref);
      if (!op.into_new && ref.id == op.target.id) continue;  // merging into a listed body
      if (!sources.insert(ref.id).second) fail(ref.at, ref.field, "body '" + ref.id + "' is listed twice");
      order.push_back(ref.id);
    }
    if (op.into_new) {
      add_body_record(op.body, "into", op.target.at);
    } else {
      require_body(op.target);
    }
    if (sources.empty()) fail(op.at, "bodies", "nothing to merge: name at least one body other than the target");
    for (const auto& id : order) absorb_profile(id, op.target.id, true);
    relocate(sources, op.target.id);
    for (const auto& id : order) {
      remove_body_record(id);
      rename(id, op.target.id);
    }
    log_.summary = "merged " + quoted_list(order) + " into " + (op.into_new ? "new body " : "existing body ") +
                   in_quotes(op.target.id);
  }

  void add_link(const Operation& op) {
    Link link = op.link;
    require_body(IdRef{link.from, link.from_at, "link.from"});
    require_body(IdRef{link.to, link.to_at, "link.to"});
    if (link.from == link.to) fail(link.from_at, "link.to", "a link cannot join a body to itself");
    require_areas(link.policy_areas, "link.policy_areas", op.at);
    check_dates(link.terms->start, link.terms->end, "link", op.at);
    const auto key = link_key(link);
    for (std::size_t i : links_.incident(link.from))
      if (link_key(links_[i]) == key) fail(op.at, "link", "the link " + link_label(link) + " already exists");
    link.at = {};
    link.from_at = {};
    link.to_at = {};
    link.policy_areas_at = {};
    log_.summary = "added link " + link_label(link);
    links_.add(std::move(link));
  }

  void remove_link(const Operation& op) {
    require_body(IdRef{op.link.from, op.link.from_at, "from"});
    require_body(IdRef{op.link.to, op.link.to_at, "to"});
    const Link& wanted = op.link;
    auto matches = [&](const Link& link) {
      if (link.kind != wanted.kind) return false;
      bool same = link.from == wanted.from && link.to == wanted.to;
      if (link.kind == LinkKind::collaborates_with) same = same || (link.from == wanted.to && link.to == wanted.from);
      return same && (!op.match_period || link.terms->period == wanted.terms->period);
    };
    std::size_t removed = 0;
    for (std::size_t i : links_.incident(wanted.from))
      if (matches(links_[i])) {
        links_.remove(i);
        ++removed;
      }
    if (removed == 0) fail(op.at, "", "there is no link " + link_label(wanted) + " at this point");
    log_.summary = "removed " + counted(removed, "link", "links") + " " + link_label(wanted);
  }

  void assign(const Operation& op) {
    require_body(op.owner);
    Responsibility& r = require_responsibility(op.responsibility);
    auto it = std::find_if(r.owners.begin(), r.owners.end(), [&](const Owner& o) { return o.body == op.owner.id; });
    const std::string role(to_string(op.role));
    if (it == r.owners.end()) {
      Owner owner;
      owner.body = op.owner.id;
      owner.role = op.role;
      r.owners.push_back(owner);
      log_.summary = "assigned " + in_quotes(r.id) + " to " + in_quotes(op.owner.id) + " as " + role;
      return;
    }
    if (it->role == op.role) fail(op.owner.at, "body", "'" + op.owner.id + "' already has role " + role + " in '" + r.id + "'");
    log_.summary = "changed " + in_quotes(op.owner.id) + "'s role in " + in_quotes(r.id) + " from " +
                   std::string(to_string(it->role)) + " to " + role;
    if (it->role == Role::lead)
      result_.lead_lost[r.id] = "its lead '" + op.owner.id + "' was made " + role + " by " + op_name();
    it->role = op.role;
  }

  void unassign(const Operation& op) {
    require_body(op.owner);
    Responsibility& r = require_responsibility(op.responsibility);
    auto it = std::find_if(r.owners.begin(), r.owners.end(), [&](const Owner& o) { return o.body == op.owner.id; });
    if (it == r.owners.end()) {
      std::vector<std::string> owners;
      for (const auto& o : r.owners) owners.push_back(o.body);
      fail(op.owner.at, "body", "'" + op.owner.id + "' is not an owner of '" + r.id + "'" +
                                     (owners.empty() ? std::string("; it has none") : "; its owners are " + quoted_list(owners)));
    }
    if (it->role == Role::lead)
      result_.lead_lost[r.id] = "its lead '" + op.owner.id + "' was unassigned by " + op_name();
    log_.summary = "unassigned " + in_quotes(op.owner.id) + " (" + std::string(to_string(it->role)) + ") from " + in_quotes(r.id);
    r.owners.erase(it);
  }

  void add_responsibility(const Operation& op) {
    Responsibility r = op.new_responsibility;
    if (find_responsibility(r.id) != nullptr) fail(op.at, "responsibility.id", "a responsibility with id '" + r.id + "' already exists");
    if (!r.policy_area.empty()) require_area(r.policy_area, "responsibility.policy_area", r.policy_area_at);
    for (std::size_t i = 0; i < r.owners.size(); ++i) {
      require_body(IdRef{r.owners[i].body, r.owners[i].at, "responsibility.owners[" + std::to_string(i) + "].body"});
      for (std::size_t j = 0; j < i; ++j)
        if (r.owners[j].body == r.owners[i].body)
          fail(r.owners[i].at, "responsibility.owners[" + std::to_string(i) + "].body",
               "'" + r.owners[i].body + "' is listed twice");
      r.owners[i].at = {};
    }
    r.at = {};
    r.policy_area_at = {};
    responsibility_removed_by_.erase(r.id);
    std::vector<std::string> owners;
    for (const auto& o : r.owners) owners.push_back(o.body + " (" + std::string(to_string(o.role)) + ")");
    log_.summary = "added responsibility " + in_quotes(r.id) + (owners.empty() ? " with no owner" : " owned by " + join(owners, ", "));
    map().responsibilities.push_back(std::move(r));
  }

  void remove_responsibility_record(const std::string& id) {
    std::erase_if(map().responsibilities, [&](const Responsibility& r) { return r.id == id; });
    responsibility_removed_by_[id] = index_;
  }

  void remove_responsibility(const Operation& op) {
    const Responsibility& r = require_responsibility(op.responsibility);
    const std::string id = r.id;
    const std::string name = r.name;
    if (op.merged_into) {
      require_responsibility(*op.merged_into);
      if (op.merged_into->id == id) fail(op.merged_into->at, "merged_into", "a responsibility cannot merge into itself");
      result_.settled.push_back(SettledDuty{id, name, index_, {}, op.merged_into->id});
      log_.summary = "removed responsibility " + in_quotes(id) + ", merged into " + in_quotes(op.merged_into->id);
    } else {
      result_.lead_lost[id] = "it was removed by " + op_name() + " without merged_into or a retire";
      log_.summary = "removed responsibility " + in_quotes(id);
    }
    remove_responsibility_record(id);
  }

  void retire(const Operation& op) {
    const Responsibility& r = require_responsibility(op.responsibility);
    const std::string id = r.id;
    result_.settled.push_back(SettledDuty{id, r.name, index_, op.reason, {}});
    log_.summary = "retired responsibility " + in_quotes(id) + ": " + op.reason;
    remove_responsibility_record(id);
  }

  const Proposal& proposal_;
  AppliedProposal result_;
  WorkingLinks links_;  // result_.after.links, indexed by body
  std::unordered_map<std::string, std::size_t> body_at_;  // live bodies by id
  std::vector<bool> body_removed_;  // removed bodies stay in place until the end, so positions hold
  OperationLog log_;
  std::size_t index_ = 0;
  std::map<std::string, std::size_t> responsibility_removed_by_;
  const GovernanceMap* original_ = nullptr;  // the map before, when built
};

}  // namespace

AppliedProposal apply_proposal(const MapData& before, const Proposal& proposal) {
  return Applier(before, proposal).run();
}

AppliedProposal apply_proposal(const GovernanceMap& before, const Proposal& proposal) {
  return Applier(before, proposal).run();
}
}  // namespace govgraph
