#include "analyses/same_entity.hpp"

#include <algorithm>
#include <map>
#include <unordered_map>

#include "analyses/support.hpp"
#include "graph/text.hpp"

namespace govgraph::detail {
namespace {

/// Lower-case words of a name: '&' is "and", apostrophes vanish, other punctuation splits
/// words, filler words go and a plural 's' is dropped ("Children's Hearings" and
/// "Childrens Hearing" agree).
std::vector<std::string> name_words(std::string_view name) {
  static const std::vector<std::string_view> filler = {"the", "of", "and", "for", "in", "on", "to", "a", "an"};
  std::string text;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == '\'') continue;
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(name[i + 2]) == 0x98 || static_cast<unsigned char>(name[i + 2]) == 0x99)) {
      i += 2;  // ‘ ’
      continue;
    }
    if (c == '&') text += " and ";
    else if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) text += static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z') text += static_cast<char>(c - 'A' + 'a');
    else text += ' ';
  }
  std::vector<std::string> words;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto end = std::min(text.find(' ', start), text.size());
    std::string word = text.substr(start, end - start);
    start = end + 1;
    if (word.empty() || std::find(filler.begin(), filler.end(), word) != filler.end()) continue;
    if (word.size() > 3 && word.back() == 's' && word[word.size() - 2] != 's') word.pop_back();
    words.push_back(std::move(word));
  }
  return words;
}

std::string initials(const std::vector<std::string>& words) {
  std::string text;
  for (const auto& w : words) text += w.front();
  return text;
}

}  // namespace

void same_entity(const GovernanceMap& map, const DuplicationSettings& settings, std::vector<Finding>& out) {
  struct Key {
    Vertex body;
    std::string shown;  // the name or alias as written
  };
  std::unordered_map<std::string, std::vector<Key>> names;     // normalised name or alias
  std::unordered_map<std::string, std::vector<Key>> acronyms;  // initials of a name
  std::vector<std::string> own_initials(map.body_count());
  std::vector<std::string> normal(map.body_count());
  std::unordered_map<std::string, std::uint32_t> word_ids;
  std::vector<std::vector<std::uint32_t>> word_sets(map.body_count());
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v)) continue;
    const Body& body = map.body(v);
    const auto words = name_words(body.name.empty() ? body.id : body.name);
    if (words.empty()) continue;
    normal[v] = join(words, " ");
    names[normal[v]].push_back({v, body.name});
    if (words.size() >= 2) {
      own_initials[v] = initials(words);
      acronyms[own_initials[v]].push_back({v, body.name});
    }
    for (const auto& alias : body.aliases) {
      const auto alias_words = name_words(alias);
      if (!alias_words.empty() && join(alias_words, " ") != join(words, " ")) names[join(alias_words, " ")].push_back({v, alias});
    }
    for (const auto& w : words) word_ids.emplace(w, static_cast<std::uint32_t>(word_ids.size()));
    for (const auto& w : words) word_sets[v].push_back(word_ids[w]);
    std::sort(word_sets[v].begin(), word_sets[v].end());
    word_sets[v].erase(std::unique(word_sets[v].begin(), word_sets[v].end()), word_sets[v].end());
  }

  std::map<std::vector<Vertex>, std::vector<std::string>> reasons;  // sorted bodies -> evidence
  auto note = [&](std::vector<Vertex> bodies, std::string reason) {
    std::sort(bodies.begin(), bodies.end());
    bodies.erase(std::unique(bodies.begin(), bodies.end()), bodies.end());
    if (bodies.size() >= 2) reasons[bodies].push_back(std::move(reason));
  };
  for (const auto& [key, keys] : names) {
    // Most names are one body's alone: their evidence is worded only when shared.
    const Vertex first = keys.front().body;  // clang 14 cannot capture a structured binding
    const bool shared = std::any_of(keys.begin(), keys.end(), [first](const Key& k) { return k.body != first; });
    if (shared) {
      std::vector<Vertex> bodies;
      std::vector<std::string> shown;
      for (const auto& k : keys) {
        bodies.push_back(k.body);
        shown.push_back("'" + k.shown + "'");
      }
      sort_unique(shown);
      note(bodies, "same name or alias once normalised (\"" + key + "\"): " + join_names(shown));
    }
    const auto found = acronyms.find(key);
    if (found == acronyms.end()) continue;
    for (const auto& k : keys) {
      if (own_initials[k.body] == key) continue;  // an alias of its own initials says nothing
      for (const auto& a : found->second)
        note({k.body, a.body}, "'" + k.shown + "' (" + name_of(map, k.body) + ") is the initials of '" + a.shown + "'");
    }
  }
  for (const auto& p : similar_pairs(word_sets, word_ids.size(), settings.same_entity_min_name_similarity, 1)) {
    if (normal[p.a] == normal[p.b]) continue;  // already a same-name match
    note({p.a, p.b}, "near-identical names: '" + map.body(p.a).name + "' and '" + map.body(p.b).name +
                         "' (word similarity " + format_ratio(p.jaccard) + ")");
  }

  for (auto& [bodies, evidence] : reasons) {
    // "Local authorities" and "Fife Council" may share words: a class and one of its members.
    if (bodies.size() == 2 && class_and_member(map, bodies[0], bodies[1])) continue;
    sort_unique(evidence);
    Sources sources;
    for (Vertex v : bodies) sources.add(map.body(v).source);
    const auto names_list = names_of(map, bodies);
    out.push_back(make_finding(rule::same_entity, playing(SubjectRole::body, ids_of(map, bodies)),
                               join_names(names_list) + " look like the same body recorded " +
                                   std::to_string(bodies.size()) + " times.",
                               evidence, sources.take()));
  }
}

}  // namespace govgraph::detail
