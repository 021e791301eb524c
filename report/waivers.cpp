#include "report/waivers.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <fstream>
#include <iterator>
#include <map>
#include <numeric>
#include <sstream>
#include <tuple>
#include <utility>

#include <rapidjson/error/en.h>
#include <rapidjson/reader.h>

#include "graph/check.hpp"

namespace govgraph {
namespace {

// A waivers file is small, so it is read into a flat tree of nodes that remember where
// they start; validation then walks the tree with exact places for every message.
struct Node {
  enum class Kind { null, boolean, number, string, array, object };
  Kind kind = Kind::null;
  std::size_t offset = 0;
  std::string text;  // a string's value
  struct Member {
    std::string key;
    std::size_t key_offset = 0;
    std::size_t value = 0;  // index into the node arena
  };
  std::vector<Member> members;
  std::vector<std::size_t> items;
};

std::string_view kind_name(Node::Kind kind) {
  switch (kind) {
    case Node::Kind::null: return "null";
    case Node::Kind::boolean: return "a boolean";
    case Node::Kind::number: return "a number";
    case Node::Kind::string: return "a string";
    case Node::Kind::array: return "an array";
    case Node::Kind::object: return "an object";
  }
  return "a value";
}

/// A read stream over the text that RapidJSON may not copy (StringStream is copied into
/// locals while a string is read), so Tell() is current whenever a handler is called.
class OffsetStream {
 public:
  using Ch = char;
  explicit OffsetStream(const std::string& text) : begin_(text.c_str()), current_(begin_) {}
  OffsetStream(const OffsetStream&) = delete;
  OffsetStream& operator=(const OffsetStream&) = delete;
  [[nodiscard]] Ch Peek() const { return *current_; }
  Ch Take() { return *current_++; }
  [[nodiscard]] std::size_t Tell() const { return static_cast<std::size_t>(current_ - begin_); }
  // Write half of the stream concept: unused by a reader that is not in situ.
  Ch* PutBegin() { return nullptr; }
  void Put(Ch) {}
  void Flush() {}
  std::size_t PutEnd(Ch*) { return 0; }

 private:
  const Ch* begin_;
  const Ch* current_;
};

/// Builds the node arena from RapidJSON's SAX events. RapidJSON reports a token after (or,
/// for brackets in the iterative parser, just before) consuming it, so a token's start is
/// found by skipping separators from where the previous token ended.
class TreeBuilder : public rapidjson::BaseReaderHandler<rapidjson::UTF8<>, TreeBuilder> {
 public:
  TreeBuilder(std::string_view text, const OffsetStream& stream) : text_(text), stream_(stream) {}

  bool Null() { return scalar(Node::Kind::null, {}); }
  bool Bool(bool) { return scalar(Node::Kind::boolean, {}); }
  bool RawNumber(const char*, rapidjson::SizeType, bool) { return scalar(Node::Kind::number, {}); }
  bool String(const char* s, rapidjson::SizeType length, bool) { return scalar(Node::Kind::string, {s, length}); }
  bool Key(const char* s, rapidjson::SizeType length, bool) {
    pending_key_.assign(s, length);
    pending_key_offset_ = token_start();
    last_end_ = stream_.Tell();
    return true;
  }
  bool StartObject() { return open(Node::Kind::object); }
  bool StartArray() { return open(Node::Kind::array); }
  bool EndObject(rapidjson::SizeType) { return close(); }
  bool EndArray(rapidjson::SizeType) { return close(); }

  [[nodiscard]] const std::vector<Node>& nodes() const { return nodes_; }

 private:
  std::size_t token_start() const {
    std::size_t at = last_end_;
    while (at < text_.size() && std::string_view(" \t\r\n,:").find(text_[at]) != std::string_view::npos) ++at;
    return at;
  }

  std::size_t add(Node::Kind kind, std::size_t offset, std::string text) {
    const std::size_t index = nodes_.size();
    nodes_.push_back(Node{kind, offset, std::move(text), {}, {}});
    if (!open_.empty()) {
      Node& parent = nodes_[open_.back()];
      if (parent.kind == Node::Kind::object)
        parent.members.push_back({std::move(pending_key_), pending_key_offset_, index});
      else
        parent.items.push_back(index);
    }
    return index;
  }

  bool scalar(Node::Kind kind, std::string_view text) {
    add(kind, token_start(), std::string(text));
    last_end_ = stream_.Tell();
    return true;
  }

  bool open(Node::Kind kind) {
    const std::size_t start = token_start();
    open_.push_back(add(kind, start, {}));
    last_end_ = start + 1;
    return true;
  }

  bool close() {
    last_end_ = token_start() + 1;
    open_.pop_back();
    return true;
  }

  std::string_view text_;
  const OffsetStream& stream_;
  std::vector<Node> nodes_;
  std::vector<std::size_t> open_;
  std::size_t last_end_ = 0;
  std::string pending_key_;
  std::size_t pending_key_offset_ = 0;
};

/// Turns byte offsets into 1-based line and column (columns count UTF-8 characters).
class Places {
 public:
  Places(std::string_view text, std::string file, std::size_t skipped)
      : text_(text), file_(std::move(file)), skipped_(skipped) {
    line_starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') line_starts_.push_back(i + 1);
  }

  /// `offset` counts from after a skipped byte-order mark.
  [[nodiscard]] Location at(std::size_t offset) const {
    offset = std::min(offset + skipped_, text_.size());
    const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
    const std::size_t line = static_cast<std::size_t>(std::distance(line_starts_.begin(), next));
    const std::size_t start = line_starts_[line - 1];
    std::size_t column = 1;
    for (std::size_t i = std::max(start, skipped_); i < offset; ++i)
      if ((static_cast<unsigned char>(text_[i]) & 0xC0U) != 0x80U) ++column;
    return Location{file_, static_cast<int>(line), static_cast<int>(column)};
  }

 private:
  std::string_view text_;
  std::string file_;
  std::size_t skipped_;
  std::vector<std::size_t> line_starts_;
};

class WaiverReader {
 public:
  WaiverReader(const std::vector<Node>& nodes, const Places& places, const std::vector<std::string_view>& known_rules)
      : nodes_(nodes), places_(places), known_rules_(known_rules) {}

  std::vector<Waiver> read() {
    std::vector<Waiver> waivers;
    const Node& root = nodes_.front();
    if (root.kind != Node::Kind::object) {
      fail(root.offset, std::string("expected an object {\"waivers\": [...]}, found ") + std::string(kind_name(root.kind)));
      return waivers;
    }
    const Node* list = nullptr;
    for (const auto& member : unique_members(root)) {
      if (member->key == "waivers")
        list = &nodes_[member->value];
      else
        fail(member->key_offset, "unknown field \"" + member->key + "\" (expected: waivers)");
    }
    if (list == nullptr) {
      fail(root.offset, "missing field \"waivers\" (an array of waivers)");
      return waivers;
    }
    if (list->kind != Node::Kind::array) {
      fail(list->offset, std::string("field \"waivers\": expected an array, found ") + std::string(kind_name(list->kind)));
      return waivers;
    }
    for (std::size_t item : list->items)
      if (auto waiver = read_waiver(nodes_[item])) waivers.push_back(std::move(*waiver));
    report_duplicates(waivers);
    return waivers;
  }

  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  void fail(std::size_t offset, std::string message) { diagnostics_.error(places_.at(offset), std::move(message)); }

  /// The members of an object, reporting a key given twice.
  std::vector<const Node::Member*> unique_members(const Node& object) {
    std::vector<const Node::Member*> members;
    std::map<std::string_view, std::size_t> seen;
    for (const auto& member : object.members) {
      const auto [it, inserted] = seen.emplace(member.key, member.key_offset);
      if (!inserted) {
        const Location first = places_.at(it->second);
        fail(member.key_offset, "field \"" + member.key + "\" given twice (first at line " + std::to_string(first.line) +
                                    ", column " + std::to_string(first.column) + ")");
        continue;
      }
      members.push_back(&member);
    }
    return members;
  }

  /// A non-empty string field, or nullopt after reporting what is wrong.
  std::optional<std::string> text_field(const Node::Member& member) {
    const Node& value = nodes_[member.value];
    if (value.kind != Node::Kind::string) {
      fail(value.offset, "field \"" + member.key + "\": expected a string, found " + std::string(kind_name(value.kind)));
      return std::nullopt;
    }
    if (value.text.empty()) {
      fail(value.offset, "field \"" + member.key + "\": expected a non-empty string");
      return std::nullopt;
    }
    return value.text;
  }

  std::optional<Waiver> read_waiver(const Node& object) {
    if (object.kind != Node::Kind::object) {
      fail(object.offset, "a waiver: expected an object with rule, subjects and reason, found " +
                              std::string(kind_name(object.kind)));
      return std::nullopt;
    }
    Waiver waiver;
    waiver.at = places_.at(object.offset);
    bool ok = true;
    bool has_rule = false;
    bool has_subjects = false;
    bool has_reason = false;
    for (const auto* member : unique_members(object)) {
      if (member->key == "rule") {
        has_rule = true;
        if (auto rule = text_field(*member)) {
          waiver.rule = *rule;
          ok = check_rule(waiver.rule, nodes_[member->value].offset) && ok;
        } else {
          ok = false;
        }
      } else if (member->key == "subjects") {
        has_subjects = true;
        ok = read_subjects(nodes_[member->value], waiver.subjects) && ok;
      } else if (member->key == "reason") {
        has_reason = true;
        if (auto reason = text_field(*member))
          waiver.reason = *reason;
        else
          ok = false;
      } else if (member->key == "expires") {
        if (auto date = text_field(*member)) {
          waiver.expires = *date;
          if (!is_iso_date(waiver.expires)) {
            fail(nodes_[member->value].offset,
                 "field \"expires\": expected a date YYYY-MM-DD, found \"" + waiver.expires + "\"");
            ok = false;
          }
        } else {
          ok = false;
        }
      } else {
        fail(member->key_offset, "unknown field \"" + member->key + "\" (expected: rule, subjects, reason, expires)");
        ok = false;
      }
    }
    const auto require = [&](bool present, std::string_view field, std::string_view what) {
      if (present) return;
      fail(object.offset, "waiver: missing field \"" + std::string(field) + "\" (" + std::string(what) + ")");
      ok = false;
    };
    require(has_rule, "rule", "the rule id, as in 'govgraph rules'");
    require(has_subjects, "subjects", "the ids the finding names, as an array");
    require(has_reason, "reason", "why the finding is accepted");
    if (!ok) return std::nullopt;
    return waiver;
  }

  bool check_rule(const std::string& rule, std::size_t offset) {
    if (known_rules_.empty() || std::find(known_rules_.begin(), known_rules_.end(), rule) != known_rules_.end())
      return true;
    fail(offset, "field \"rule\": unknown rule \"" + rule + "\" (did you mean \"" + nearest_id(rule, known_rules_) +
                     "\"? 'govgraph rules' lists them)");
    return false;
  }

  bool read_subjects(const Node& list, std::vector<std::string>& subjects) {
    if (list.kind != Node::Kind::array) {
      fail(list.offset, "field \"subjects\": expected an array of ids, found " + std::string(kind_name(list.kind)));
      return false;
    }
    if (list.items.empty()) {
      fail(list.offset, "field \"subjects\": expected at least one id");
      return false;
    }
    bool ok = true;
    for (std::size_t item : list.items) {
      const Node& subject = nodes_[item];
      if (subject.kind != Node::Kind::string || subject.text.empty()) {
        fail(subject.offset, "field \"subjects\": expected a non-empty string id, found " +
                                 (subject.kind == Node::Kind::string ? std::string("\"\"")
                                                                     : std::string(kind_name(subject.kind))));
        ok = false;
        continue;
      }
      subjects.push_back(subject.text);
    }
    std::sort(subjects.begin(), subjects.end());
    subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    return ok;
  }

  /// A second waiver for the same rule and subjects is an error: which reason would hold?
  void report_duplicates(const std::vector<Waiver>& waivers) {
    std::vector<std::size_t> order(waivers.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto key = [&](std::size_t i) { return std::tie(waivers[i].rule, waivers[i].subjects); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return key(a) < key(b); });
    std::size_t first = 0;
    for (std::size_t i = 1; i < order.size(); ++i) {
      if (key(order[i]) != key(order[i - 1])) {
        first = i;
        continue;
      }
      const Waiver& original = waivers[order[first]];
      diagnostics_.error(waivers[order[i]].at, "duplicate waiver for " + original.rule +
                                                   " on the same subjects (first at line " +
                                                   std::to_string(original.at.line) + ", column " +
                                                   std::to_string(original.at.column) + ")");
    }
  }

  const std::vector<Node>& nodes_;
  const Places& places_;
  const std::vector<std::string_view>& known_rules_;
  Diagnostics diagnostics_;
};

bool same_subjects(const Finding& finding, const std::vector<std::string>& sorted_subjects) {
  std::vector<std::string> subjects = finding.subjects;
  std::sort(subjects.begin(), subjects.end());
  subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
  return subjects == sorted_subjects;
}

}  // namespace

std::string_view to_string(WaiverState state) {
  switch (state) {
    case WaiverState::applied: return "applied";
    case WaiverState::expired: return "expired";
    case WaiverState::unmatched: return "unmatched";
  }
  return "unmatched";
}

std::vector<Waiver> parse_waivers(std::string_view text, const std::string& file_name,
                                  const std::vector<std::string_view>& known_rules) {
  const std::string_view bom = "\xEF\xBB\xBF";
  const std::size_t skipped = text.substr(0, bom.size()) == bom ? bom.size() : 0;
  const std::string body(text.substr(skipped));  // the stream stops at a terminating NUL
  const Places places(text, file_name, skipped);
  if (body.find('\0') != std::string::npos)
    throw InputError(places.at(body.find('\0')), "unexpected NUL byte: a waivers file is JSON text");

  OffsetStream stream(body);
  TreeBuilder builder(body, stream);
  rapidjson::Reader reader;
  constexpr unsigned flags = rapidjson::kParseIterativeFlag | rapidjson::kParseNumbersAsStringsFlag |
                             rapidjson::kParseValidateEncodingFlag;
  if (!reader.Parse<flags>(stream, builder))
    throw InputError(places.at(reader.GetErrorOffset()),
                     std::string("invalid JSON: ") + rapidjson::GetParseError_En(reader.GetParseErrorCode()));

  WaiverReader waiver_reader(builder.nodes(), places, known_rules);
  std::vector<Waiver> waivers = waiver_reader.read();
  if (waiver_reader.diagnostics().has_errors()) throw InputError(std::move(waiver_reader.diagnostics()));
  return waivers;
}

std::vector<Waiver> load_waivers(const std::filesystem::path& path, const std::vector<std::string_view>& known_rules) {
  std::ifstream in(path, std::ios::binary);
  if (!in || std::filesystem::is_directory(path))
    throw InputError(Location{path.string()}, "cannot read the waivers file");
  std::ostringstream text;
  text << in.rdbuf();
  return parse_waivers(text.str(), path.string(), known_rules);
}

Review apply_waivers(std::vector<Finding> findings, const std::vector<Waiver>& waivers, std::string_view today) {
  Review review;
  for (const auto& waiver : waivers) {
    const bool expired = !waiver.expires.empty() && waiver.expires < today;
    review.waivers.push_back({waiver, expired ? WaiverState::expired : WaiverState::unmatched, 0});
  }
  // Index the waivers by rule so that each finding compares only with its rule's waivers.
  std::multimap<std::string_view, std::size_t> by_rule;
  for (std::size_t i = 0; i < waivers.size(); ++i) by_rule.emplace(waivers[i].rule, i);

  for (auto& finding : findings) {
    ReviewedFinding reviewed{std::move(finding), std::nullopt};
    const auto [first, last] = by_rule.equal_range(reviewed.finding.rule);
    for (auto it = first; it != last; ++it) {
      WaiverUse& use = review.waivers[it->second];
      if (!same_subjects(reviewed.finding, use.waiver.subjects)) continue;
      ++use.matches;
      if (use.state == WaiverState::expired || reviewed.waiver) continue;
      use.state = WaiverState::applied;
      reviewed.waiver = it->second;
    }
    review.findings.push_back(std::move(reviewed));
  }
  return review;
}

std::string local_date_today() {
  const std::time_t now = std::time(nullptr);
  std::tm local{};
  ::localtime_r(&now, &local);
  char text[11] = {};
  std::strftime(text, sizeof text, "%Y-%m-%d", &local);
  return text;
}

bool at_or_above(Severity severity, std::optional<Severity> threshold) {
  return threshold.has_value() && severity <= *threshold;
}

}  // namespace govgraph
