// govgraph rules: every rule with its family, default severity, summary and settings.

#include <algorithm>
#include <memory>

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include "analyses/analyse.hpp"
#include "cli/command.hpp"
#include "cli/output.hpp"
#include "graph/escape.hpp"

namespace govgraph::cli {
namespace {

struct RulesOptions {
  ReportFormat format = ReportFormat::text;
  std::string output;
};

bool starts_with(std::string_view text, std::string_view prefix) { return text.substr(0, prefix.size()) == prefix; }

/// The settings of one rule: keys "RULE.NAME", except the severity override every rule has.
std::vector<SettingInfo> settings_of(const Rule& rule, const std::vector<SettingInfo>& all) {
  const std::string prefix = std::string(rule.id) + ".";
  std::vector<SettingInfo> own;
  for (const auto& setting : all)
    if (starts_with(setting.key, prefix) && setting.key != prefix + "severity") own.push_back(setting);
  return own;
}

/// Settings that belong to no single rule (family-wide or general), severity overrides aside.
std::vector<SettingInfo> shared_settings(const std::vector<SettingInfo>& all) {
  std::vector<SettingInfo> shared;
  for (const auto& setting : all) {
    bool owned = setting.key.ends_with(".severity");
    for (const auto& rule : all_rules) owned = owned || starts_with(setting.key, std::string(rule.id) + ".");
    if (!owned) shared.push_back(setting);
  }
  return shared;
}

std::string rules_text(const std::vector<SettingInfo>& all) {
  std::size_t width = 0;
  for (const auto& rule : all_rules) width = std::max(width, rule.id.size());
  std::string out;
  std::string family;
  for (const auto& rule : all_rules) {
    if (to_string(rule.family) != family) {
      family = to_string(rule.family);
      out += (out.empty() ? "" : "\n") + family + "\n";
    }
    const std::string severity(to_string(rule.severity));
    out += "  " + std::string(rule.id) + std::string(width - rule.id.size() + 2, ' ') + severity +
           std::string(9 - severity.size(), ' ') + std::string(rule.summary) + "\n";
    for (const auto& setting : settings_of(rule, all))
      out += "  " + std::string(width + 2, ' ') + "--set " + setting.key + "=" + setting.default_value + "  " +
             setting.description + "\n";
  }
  const auto shared = shared_settings(all);
  if (!shared.empty()) {
    out += "\nOther settings\n";
    for (const auto& setting : shared)
      out += "  --set " + setting.key + "=" + setting.default_value + "  " + setting.description + "\n";
  }
  out += "\nEvery rule also takes --set RULE.severity=error|warning|info. Details: docs/rules.md\n";
  return out;
}

std::string rules_markdown(const std::vector<SettingInfo>& all) {
  std::string out = "| Rule | Family | Default severity | Fires when | Settings (default) |\n| :-- | :-- | :-- | :-- | :-- |\n";
  for (const auto& rule : all_rules) {
    std::vector<std::string> items;
    for (const auto& setting : settings_of(rule, all))
      items.push_back("`" + setting.key + "` (" + escape_markdown(setting.default_value) + ")");
    out += "| `" + std::string(rule.id) + "` | " + escape_markdown(to_string(rule.family)) + " | " + std::string(to_string(rule.severity)) +
           " | " + escape_markdown(rule.summary) + " | " + (items.empty() ? std::string("none") : join(items, "<br>")) +
           " |\n";
  }
  const auto shared = shared_settings(all);
  if (!shared.empty()) {
    out += "\n| Other setting | Default | Meaning |\n| :-- | :-- | :-- |\n";
    for (const auto& setting : shared)
      out += "| `" + setting.key + "` | " + escape_markdown(setting.default_value) + " | " +
             escape_markdown(setting.description) + " |\n";
  }
  return out;
}

std::string rules_json(const std::vector<SettingInfo>& all) {
  rapidjson::StringBuffer buffer;
  rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
  w.SetIndent(' ', 2);
  const auto text = [&](std::string_view value) { w.String(value.data(), static_cast<rapidjson::SizeType>(value.size())); };
  const auto write_setting = [&](const SettingInfo& setting) {
    w.StartObject();
    w.Key("key");
    text(setting.key);
    w.Key("default");
    text(setting.default_value);
    w.Key("description");
    text(setting.description);
    w.EndObject();
  };
  w.StartObject();
  w.Key("rules");
  w.StartArray();
  for (const auto& rule : all_rules) {
    w.StartObject();
    w.Key("id");
    text(rule.id);
    w.Key("family");
    text(to_string(rule.family));
    w.Key("severity");
    text(to_string(rule.severity));
    w.Key("summary");
    text(rule.summary);
    w.Key("settings");
    w.StartArray();
    for (const auto& setting : settings_of(rule, all)) write_setting(setting);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.Key("settings");
  w.StartArray();
  for (const auto& setting : all) write_setting(setting);
  w.EndArray();
  w.EndObject();
  return std::string(buffer.GetString(), buffer.GetSize()) + "\n";
}

}  // namespace

void setup_rules(CLI::App& app, Context&) {
  auto options = std::make_shared<RulesOptions>();
  CLI::App* command =
      app.add_subcommand("rules", "List every analysis rule with its family, default severity and settings");
  add_format_option(*command, options->format, {ReportFormat::text, ReportFormat::markdown, ReportFormat::json});
  command->add_option("-o,--output", options->output, "Write to this file instead of stdout");
  command->footer(help_footer({"govgraph rules", "govgraph rules --format json"},
                              "Change a setting with 'govgraph analyse MAP --set KEY=VALUE'; see docs/rules.md.",
                              "0 listed;"));
  command->callback([options] {
    const auto all = AnalysisSettings{}.settings_info();
    const std::string out = options->format == ReportFormat::json       ? rules_json(all)
                            : options->format == ReportFormat::markdown ? rules_markdown(all)
                                                                        : rules_text(all);
    emit(options->output, out, content_of(options->format));
  });
}

}  // namespace govgraph::cli
