#include "analyses/same_entity.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <unordered_map>

#include "analyses/support.hpp"
#include "graph/text.hpp"

namespace govgraph::detail {
namespace {

/// Lower-case words of a name, into `words` (`word` is scratch room kept between calls, and
/// so are the strings of `words`): apostrophes vanish, other punctuation splits words,
/// filler words go ('&' is "and", one of them) and a plural 's' is dropped ("Children's
/// Hearings" and "Childrens Hearing" agree).
void name_words(std::string_view name, std::vector<std::string>& words, std::string& word) {
  static constexpr std::array<std::string_view, 9> filler = {"the", "of", "and", "for", "in", "on", "to", "a", "an"};
  std::size_t count = 0;
  const auto end_word = [&] {
    std::string_view w = word;
    if (!w.empty() && std::find(filler.begin(), filler.end(), w) == filler.end()) {
      if (w.size() > 3 && w.back() == 's' && w[w.size() - 2] != 's') w.remove_suffix(1);
      if (count < words.size()) words[count].assign(w);
      else words.emplace_back(w);
      ++count;
    }
    word.clear();
  };
  word.clear();
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto c = static_cast<unsigned char>(name[i]);
    if (c == '\'') continue;
    if (c == 0xE2 && i + 2 < name.size() && static_cast<unsigned char>(name[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(name[i + 2]) == 0x98 || static_cast<unsigned char>(name[i + 2]) == 0x99)) {
      i += 2;  // ‘ ’
      continue;
    }
    if (c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) word += static_cast<char>(c);
    else if (c >= 'A' && c <= 'Z') word += static_cast<char>(c - 'A' + 'a');
    else end_word();
  }
  end_word();
  words.resize(count);
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
    std::string_view shown;  // the name or alias as written: the map's own text
  };
  std::unordered_map<std::string, std::vector<Key>> names;     // normalised name or alias
  std::unordered_map<std::string, std::vector<Key>> acronyms;  // initials of a name
  std::vector<std::string> own_initials(map.body_count());
  std::vector<std::string> normal(map.body_count());
  std::unordered_map<std::string, std::uint32_t> word_ids;
  std::vector<std::vector<std::uint32_t>> word_sets(map.body_count());
  std::vector<std::string> words;
  std::vector<std::string> alias_words;
  std::string scratch;
  for (Vertex v = 0; v < map.body_count(); ++v) {
    if (!active(map, v)) continue;
    const Body& body = map.body(v);
    name_words(body.name.empty() ? body.id : body.name, words, scratch);
    if (words.empty()) continue;
    normal[v] = join(words, " ");
    names[normal[v]].push_back({v, body.name});
    if (words.size() >= 2) {
      own_initials[v] = initials(words);
      acronyms[own_initials[v]].push_back({v, body.name});
    }
    for (const auto& alias : body.aliases) {
      name_words(alias, alias_words, scratch);
      if (alias_words.empty()) continue;
      std::string alias_normal = join(alias_words, " ");
      if (alias_normal != normal[v]) names[std::move(alias_normal)].push_back({v, alias});
    }
    auto& set = word_sets[v];
    set.reserve(words.size());
    for (auto& w : words)
      set.push_back(word_ids.try_emplace(std::move(w), static_cast<std::uint32_t>(word_ids.size())).first->second);
    std::sort(set.begin(), set.end());
    set.erase(std::unique(set.begin(), set.end()), set.end());
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
        shown.push_back("'" + std::string(k.shown) + "'");
      }
      sort_unique(shown);
      note(bodies, "same name or alias once normalised (\"" + key + "\"): " + join_names(shown));
    }
    const auto found = acronyms.find(key);
    if (found == acronyms.end()) continue;
    for (const auto& k : keys) {
      if (own_initials[k.body] == key) continue;  // an alias of its own initials says nothing
      for (const auto& a : found->second)
        note({k.body, a.body}, "'" + std::string(k.shown) + "' (" + name_of(map, k.body) + ") is the initials of '" +
                                   std::string(a.shown) + "'");
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
    out.push_back(make_finding(
        rule::same_entity, SubjectRole::body, ids_of(map, bodies),
        join_names(names_list) + " look like the same body recorded " + std::to_string(bodies.size()) + " times.",
        evidence, sources.take()));
  }
}

}  // namespace govgraph::detail
