#include "report/waivers.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <map>
#include <numeric>
#include <tuple>
#include <utility>

#include "graph/check.hpp"
#include "graph/input_file.hpp"
#include "importers/field_rules.hpp"
#include "importers/json_tree.hpp"

namespace govgraph {
namespace {

using Type = JsonNode::Type;

/// Reads waivers from the parsed tree, collecting every problem, each named by its path
/// (waivers[0].expires) and worded as the map reader words the same problem.
class WaiverReader {
 public:
  WaiverReader(std::string_view text, const std::string& file, const std::vector<std::string_view>& known_rules)
      : file_(file), locator_(text), known_rules_(known_rules) {}

  std::vector<Waiver> read(const JsonNode& root) {
    std::vector<Waiver> waivers;
    if (root.type != Type::object) {
      error(root.offset, "the document: expected an object {\"waivers\": [...]}, found " + std::string(describe(root.type)));
      return waivers;
    }
    for (const auto& member : root.members)
      if (member.key != "waivers") error(member.key_offset, member.key + ": unknown field; known fields are waivers");
    const JsonMember* list = root.find("waivers");
    if (list == nullptr) {
      error(root.offset, "waivers: missing; expected an array of waivers");
      return waivers;
    }
    if (list->value.type != Type::array) {
      error(list->value.offset, "waivers: expected an array, found " + std::string(describe(list->value.type)));
      return waivers;
    }
    std::vector<std::string> paths;
    for (std::size_t i = 0; i < list->value.items.size(); ++i) {
      std::string path = "waivers[" + std::to_string(i) + "]";
      if (auto waiver = read_waiver(list->value.items[i], path)) {
        waivers.push_back(std::move(*waiver));
        paths.push_back(std::move(path));
      }
    }
    report_duplicates(waivers, paths);
    return waivers;
  }

  Diagnostics& diagnostics() { return diagnostics_; }

 private:
  Location here(std::size_t offset) {
    const Position p = locator_.position(offset);
    return Location{file_, p.line, p.column};
  }
  void error(std::size_t offset, std::string message) { diagnostics_.error(here(offset), std::move(message)); }

  /// A non-empty string, or nullopt after reporting what is wrong.
  std::optional<std::string> text(const JsonNode& value, const std::string& field) {
    if (value.type != Type::string) {
      error(value.offset, field + ": expected a string, found " + std::string(describe(value.type)));
      return std::nullopt;
    }
    if (value.text.empty()) {
      error(value.offset, field + ": must not be empty");
      return std::nullopt;
    }
    return value.text;
  }

  std::optional<Waiver> read_waiver(const JsonNode& object, const std::string& path) {
    if (object.type != Type::object) {
      error(object.offset, path + ": expected an object with rule, subjects and reason, found " +
                               std::string(describe(object.type)));
      return std::nullopt;
    }
    Waiver waiver;
    waiver.at = here(object.offset);
    bool ok = true;
    for (const auto& member : object.members) {
      const std::string field = path + "." + member.key;
      const JsonNode& value = member.value;
      if (member.key == "rule") {
        const auto rule = text(value, field);
        ok = rule && known_rule(*rule, value.offset, field) && ok;
        waiver.rule = rule.value_or("");
      } else if (member.key == "subjects") {
        ok = read_subjects(value, field, waiver.subjects) && ok;
      } else if (member.key == "reason") {
        const auto reason = text(value, field);
        ok = reason && ok;
        waiver.reason = reason.value_or("");
      } else if (member.key == "expires") {
        std::optional<std::string> date;
        if (value.type == Type::string)
          date = fields::date(value.text, {here(value.offset), field}, diagnostics_);
        else
          error(value.offset, field + ": expected a string, found " + std::string(describe(value.type)));
        ok = date && ok;
        waiver.expires = date.value_or("");
      } else {
        error(member.key_offset, field + ": unknown field; known fields are rule, subjects, reason, expires");
        ok = false;
      }
    }
    const auto require = [&](std::string_view key, std::string_view what) {
      if (object.find(key) != nullptr) return;
      error(object.offset, path + "." + std::string(key) + ": missing; expected " + std::string(what));
      ok = false;
    };
    require("rule", "the rule id, as in 'govgraph rules'");
    require("subjects", "the ids the finding names, as an array");
    require("reason", "why the finding is accepted");
    if (!ok) return std::nullopt;
    return waiver;
  }

  bool known_rule(const std::string& rule, std::size_t offset, const std::string& field) {
    if (known_rules_.empty() || std::find(known_rules_.begin(), known_rules_.end(), rule) != known_rules_.end())
      return true;
    error(offset, field + ": '" + rule + "' is not a rule; did you mean '" + nearest_id(rule, known_rules_) +
                      "'? 'govgraph rules' lists them");
    return false;
  }

  bool read_subjects(const JsonNode& list, const std::string& field, std::vector<std::string>& subjects) {
    if (list.type != Type::array) {
      error(list.offset, field + ": expected an array of ids, found " + std::string(describe(list.type)));
      return false;
    }
    if (list.items.empty()) {
      error(list.offset, field + ": expected at least one id");
      return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < list.items.size(); ++i) {
      const JsonNode& subject = list.items[i];
      const std::string item = field + "[" + std::to_string(i) + "]";
      if (subject.type != Type::string) {
        error(subject.offset, item + ": expected an id (a string), found " + std::string(describe(subject.type)));
        ok = false;
      } else if (subject.text.empty()) {
        error(subject.offset, item + ": must not be empty");
        ok = false;
      } else {
        subjects.push_back(subject.text);
      }
    }
    std::sort(subjects.begin(), subjects.end());
    subjects.erase(std::unique(subjects.begin(), subjects.end()), subjects.end());
    return ok;
  }

  /// A second waiver for the same rule and subjects is an error: which reason would hold?
  void report_duplicates(const std::vector<Waiver>& waivers, const std::vector<std::string>& paths) {
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
      diagnostics_.error(waivers[order[i]].at, paths[order[i]] + ": duplicate waiver for " + original.rule +
                                                   " on the same subjects as " + paths[order[first]] + " (line " +
                                                   std::to_string(original.at.line) + ", column " +
                                                   std::to_string(original.at.column) + ")");
    }
  }

  std::string file_;
  TextLocator locator_;
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
  const JsonNode root = parse_json_tree(text, file_name);
  WaiverReader reader(text, file_name, known_rules);
  std::vector<Waiver> waivers = reader.read(root);
  if (reader.diagnostics().has_errors()) throw InputError(std::move(reader.diagnostics()));
  return waivers;
}

std::vector<Waiver> load_waivers(const std::filesystem::path& path, const std::vector<std::string_view>& known_rules) {
  return parse_waivers(read_file(path), path.string(), known_rules);
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

  review.findings.reserve(findings.size());  // one allocation: a large map has hundreds of thousands
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
  findings = {};  // the moved-from shells, freed before the report is written
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
