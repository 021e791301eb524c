#include "restructure/diff_style.hpp"

#include <map>
#include <set>
#include <string>

#include "render/map_scene.hpp"
#include "render/style.hpp"
#include "render/text.hpp"

namespace govgraph::diagram {
namespace {

std::map<std::string, Change> change_by_key(const std::vector<RecordChange>& changes) {
  std::map<std::string, Change> out;
  for (const auto& c : changes)
    out[c.key] = c.what == RecordChange::What::added     ? Change::added
                 : c.what == RecordChange::What::removed ? Change::removed
                                                         : Change::changed;
  return out;
}

Change change_of(const std::map<std::string, Change>& changes, const std::string& key) {
  auto it = changes.find(key);
  return it == changes.end() ? Change::unchanged : it->second;
}

/// Each link's change: links have no ids, so the nth link with one key is "key #n".
template <typename Each>
void keyed_links(const std::vector<Link>& links, const std::map<std::string, Change>& changes, Each each) {
  std::map<std::string, std::size_t> repeats;
  for (const auto& link : links) {
    const std::string key = link_key_text(link);
    const std::size_t n = ++repeats[key];
    each(link, change_of(changes, n == 1 ? key : key + " #" + std::to_string(n)));
  }
}

}  // namespace

DiffUnion union_of(const MapData& before, const MapData& after, const MapDiff& diff) {
  const auto body_changes = change_by_key(diff.bodies);
  const auto link_changes = change_by_key(diff.links);
  DiffUnion u;
  std::map<std::string, const Body*> after_body;
  for (const auto& b : after.bodies) after_body[b.id] = &b;
  std::set<std::string> in_before;
  for (const auto& b : before.bodies) {
    in_before.insert(b.id);
    auto now = after_body.find(b.id);
    if (now != after_body.end()) u.bodies.push_back({now->second, change_of(body_changes, b.id), after.body_types});
    else u.bodies.push_back({&b, change_of(body_changes, b.id), before.body_types});
  }
  for (const auto& b : after.bodies)
    if (!in_before.contains(b.id)) u.bodies.push_back({&b, change_of(body_changes, b.id), after.body_types});
  keyed_links(after.links, link_changes, [&](const Link& link, Change change) { u.links.push_back({&link, change}); });
  keyed_links(before.links, link_changes, [&](const Link& link, Change change) {
    if (change == Change::removed) u.links.push_back({&link, change});
  });
  return u;
}

render::Attributes body_attributes(const DrawnBody& drawn) {
  const Body& body = *drawn.body;
  const Change change = drawn.change;
  const auto style = render::body_style(body, drawn.declared);
  std::string styles = "filled";
  if (!style.extra.empty()) styles += "," + std::string(style.extra);
  std::string fill(style.fill);
  std::string colour = "#555555";
  std::string width = "1";
  std::string tooltip = body.id + " (" + std::string(type_name(body)) + ")";
  switch (change) {
    case Change::unchanged: break;
    case Change::added:
      colour = added_colour;
      width = "3";
      tooltip += ": added";
      break;
    case Change::removed:
      colour = removed_colour;
      width = "2";
      styles += ",dashed";
      fill = "#F4F4F4";
      tooltip += ": removed";
      break;
    case Change::changed:
      colour = changed_colour;
      width = "3";
      tooltip += ": changed";
      break;
  }
  return {{"id", body.id},
          // Labels as the before map draws them, so pinned bodies keep their sizes.
          {"label", render::esc_string(render::wrap_balanced(render::clean_text(body.name),
                                                             render::RenderOptions{}.label_width))},
          {"shape", std::string(style.shape)},
          {"style", styles},
          {"fillcolor", fill},
          {"color", colour},
          {"penwidth", width},
          {"fontcolor", change == Change::removed       ? "#777777"
                        : style.text_colour.empty() ? "#000000"
                                                    : std::string(style.text_colour)},
          {"tooltip", render::esc_string(tooltip)}};
}

render::Attributes link_attributes(const Link& link, Change change, bool upwards) {
  const auto style = render::link_style(link.kind);
  std::string colour(unchanged_line);
  std::string line(style.style);
  std::string width = "1";
  if (change == Change::added) {
    colour = added_colour;
    width = "2.5";
  } else if (change == Change::changed) {
    colour = changed_colour;
    width = "2.5";
  } else if (change == Change::removed) {
    colour = removed_colour;
    line = "dashed";
    width = "2";
  }
  render::Attributes a = {{"color", colour}, {"style", line}, {"penwidth", width},
                          {upwards ? "arrowtail" : "arrowhead", std::string(style.arrowhead)},
                          {"tooltip", render::esc_string(link_key_text(link))}};
  if (!style.directed)
    a.push_back({"dir", "none"});
  else if (upwards)
    a.push_back({"dir", "back"});
  return a;
}

}  // namespace govgraph::diagram
