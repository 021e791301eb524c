#include "report/escape.hpp"


#include "importers/csv_writer.hpp"

namespace govgraph {

std::string escape_html(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
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

std::string escape_markdown(std::string_view text) {
  constexpr std::string_view syntax = "\\`*_[]<>|~&$#";
  // At the start of a line "- x", "+ x" and "1. x" would open a list.
  std::size_t marker = std::string_view::npos;
  if (!text.empty() && (text.front() == '-' || text.front() == '+')) marker = 0;
  const std::size_t digits = text.find_first_not_of("0123456789");
  if (digits > 0 && digits != std::string_view::npos && (text[digits] == '.' || text[digits] == ')')) marker = digits;
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (i == marker) out += '\\';
    if (c == '\n' || c == '\r' || c == '\t') {
      out += ' ';
    } else if (syntax.find(c) != std::string_view::npos) {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out;
}

std::string csv_field(std::string_view text) {
  // A leading = + - @ would make a spreadsheet run the cell as a formula: quote it as text.
  if (!text.empty() && std::string_view("=+-@\t\r").find(text.front()) != std::string_view::npos)
    return csv_cell("'" + std::string(text));
  return csv_cell(text);
}

std::string plain_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '\n' || c == '\r' || c == '\t')
      out += ' ';
    else if (byte < 0x20 || byte == 0x7F)
      out += '?';
    else
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


}  // namespace govgraph
