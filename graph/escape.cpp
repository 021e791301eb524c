#include "graph/escape.hpp"

#include <algorithm>

#include "graph/text.hpp"

namespace govgraph {
namespace {

/// The characters a spreadsheet takes as the start of a formula (tab and CR because it
/// skips them before one), and the guard's own mark.
constexpr std::string_view formula_starts = "=+-@\t\r";
constexpr char guard_mark = '\'';

/// Whether the text starts with the guard's mark followed by what made guard_formula add it.
bool starts_guarded(std::string_view text) {
  return text.size() >= 2 && text[0] == guard_mark &&
         (text[1] == guard_mark || formula_starts.find(text[1]) != std::string_view::npos);
}

}  // namespace

std::size_t utf8_length_at(std::string_view text, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char lead = byte(i);
  std::size_t length = 0;
  unsigned min_second = 0x80;
  unsigned max_second = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) {
    length = 2;
  } else if (lead >= 0xE0 && lead <= 0xEF) {
    length = 3;
    if (lead == 0xE0) min_second = 0xA0;  // overlong
    if (lead == 0xED) max_second = 0x9F;  // surrogates
  } else if (lead >= 0xF0 && lead <= 0xF4) {
    length = 4;
    if (lead == 0xF0) min_second = 0x90;  // overlong
    if (lead == 0xF4) max_second = 0x8F;  // above U+10FFFF
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

std::size_t first_invalid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_length_at(text, i);
    if (length == 0) return i;
    i += length;
  }
  return std::string_view::npos;
}

std::string readable_text(std::string_view text, std::string_view keep, std::string_view blank) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_length_at(text, i);
    if (length == 0) {  // not UTF-8: one '?' a byte
      out += '?';
      ++i;
      continue;
    }
    const std::string_view character = text.substr(i, length);
    const char first = character.front();
    const bool c0 = length == 1 && (static_cast<unsigned char>(first) < 0x20 || first == 0x7F);
    const bool c1 = length == 2 && first == '\xC2' && static_cast<unsigned char>(character[1]) <= 0x9F;
    const bool non_character = character == "\xEF\xBF\xBE" || character == "\xEF\xBF\xBF";
    if (c0 && keep.find(first) != std::string_view::npos)
      out += first;
    else if (c0 && blank.find(first) != std::string_view::npos)
      out += ' ';
    else if (c0 || c1 || non_character)
      out += '?';
    else
      out += character;
    i += length;
  }
  return out;
}

std::string terminal_text(std::string_view text) { return readable_text(text, "", "\t\n\r"); }

std::string terminal_lines(std::string_view text) { return readable_text(text, "\t\n", ""); }

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : readable_text(text, "\t\n", "")) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&#39;"; break;
      default: out += c;
    }
  }
  return out;
}


std::string escape_markdown(std::string_view raw) {
  const std::string text = readable_text(raw, "", "\t\n\r");
  constexpr std::string_view syntax = "\\`*_[]<>|~&$#";
  // At the start of a line "- x", "+ x" and "1. x" would open a list.
  std::size_t marker = std::string_view::npos;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) marker = 0;
  const std::size_t digits = text.find_first_not_of("0123456789");
  if (digits > 0 && digits != std::string::npos && (text[digits] == '.' || text[digits] == ')')) marker = digits;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (i == marker) out += '\\';
    if (syntax.find(c) != std::string_view::npos) out += '\\';
    out += c;
  }
  return out;
}

std::string join_escaped(const std::vector<std::string>& items, std::string_view separator,
                         std::string (*escape)(std::string_view)) {
  std::vector<std::string> escaped;
  escaped.reserve(items.size());
  for (const auto& item : items) escaped.push_back(escape(item));
  return join(escaped, separator);
}

std::string guard_formula(std::string_view text) {
  if ((!text.empty() && formula_starts.find(text.front()) != std::string_view::npos) || starts_guarded(text))
    return guard_mark + std::string(text);
  return std::string(text);
}

std::string remove_formula_guard(std::string_view text) {
  return std::string(starts_guarded(text) ? text.substr(1) : text);
}

std::string csv_cell(std::string_view raw, CsvFor audience) {
  const std::string text = audience == CsvFor::people ? guard_formula(raw) : std::string(raw);
  const bool needs_quotes = text.find_first_of(",\"\r\n") != std::string::npos ||
                            (!text.empty() && (text.front() == ' ' || text.back() == ' ' || text.front() == '\t'));
  if (!needs_quotes) return text;
  std::string cell = "\"";
  for (char c : text) cell += c == '"' ? std::string("\"\"") : std::string(1, c);
  return cell + '"';
}

std::string csv_field(std::string_view text, CsvFor audience) {
  return csv_cell(readable_text(text, "\t\n", ""), audience);
}

std::string shell_word(std::string_view text) {
  const auto plain = [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
           std::string_view("_-./,:=+@%").find(c) != std::string_view::npos;
  };
  if (!text.empty() && std::all_of(text.begin(), text.end(), plain)) return std::string(text);
  std::string out = "'";
  for (const char c : text) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace govgraph
