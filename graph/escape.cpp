#include "graph/escape.hpp"

#include "graph/text.hpp"

namespace govgraph {
namespace {

/// Whether text[i] starts a control character: a C0 byte, DEL, or a C1 control written
/// in UTF-8 (C2 80..C2 9F), which some terminals obey as ESC sequences. 0 when it does
/// not, else the length of the bytes to replace.
std::size_t control_at(std::string_view text, std::size_t i) {
  const auto byte = static_cast<unsigned char>(text[i]);
  if (byte < 0x20 || byte == 0x7F) return 1;
  if (byte == 0xC2 && i + 1 < text.size()) {
    const auto next = static_cast<unsigned char>(text[i + 1]);
    if (next >= 0x80 && next <= 0x9F) return 2;
  }
  return 0;
}

/// The text with each control character replaced: `keep` ones as they are, `space` ones
/// by a space, the rest by '?'.
std::string replace_controls(std::string_view text, std::string_view keep, std::string_view space) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const std::size_t length = control_at(text, i);
    const char c = text[i];
    if (length == 0 || (length == 1 && keep.find(c) != std::string_view::npos))
      out += c;
    else if (length == 1 && space.find(c) != std::string_view::npos)
      out += ' ';
    else
      out += '?';
    i += length > 1 ? length - 1 : 0;
  }
  return out;
}

}  // namespace

std::string terminal_text(std::string_view text) { return replace_controls(text, "", "\t\n\r"); }

std::string terminal_lines(std::string_view text) { return replace_controls(text, "\t\n", ""); }

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : replace_controls(text, "\t\n", "")) {
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
  const std::string text = replace_controls(raw, "", "\t\n\r");
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

std::string csv_cell(std::string_view text) {
  const bool needs_quotes = text.find_first_of(",\"\r\n") != std::string_view::npos ||
                            (!text.empty() && (text.front() == ' ' || text.back() == ' ' || text.front() == '\t'));
  if (!needs_quotes) return std::string(text);
  std::string cell = "\"";
  for (char c : text) cell += c == '"' ? std::string("\"\"") : std::string(1, c);
  return cell + '"';
}

std::string csv_field(std::string_view raw) {
  const std::string text = replace_controls(raw, "\t\n", "");
  // A leading = + - @ (or a tab a spreadsheet skips) would make it run the cell as a
  // formula: quote it as text.
  if (!text.empty() && std::string_view("=+-@\t").find(text.front()) != std::string_view::npos)
    return csv_cell("'" + text);
  return csv_cell(text);
}

}  // namespace govgraph
