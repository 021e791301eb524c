#include "report/escape.hpp"

#include <cmath>
#include <cstdio>

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

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += separator;
    out += items[i];
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

std::string format_full_amount(double amount) {
  if (!std::isfinite(amount)) return format_fixed(amount, 0);
  const long long pence = std::llround(std::fabs(amount) * 100.0);
  const long long whole = pence / 100;
  const long long fraction = pence % 100;
  std::string digits = std::to_string(whole);
  std::string grouped;
  for (std::size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  if (fraction != 0) {
    grouped += '.';
    grouped += static_cast<char>('0' + fraction / 10);
    grouped += static_cast<char>('0' + fraction % 10);
  }
  return (amount < 0 && pence != 0 ? "-" : "") + grouped;
}

std::string format_fixed(double value, int decimals) {
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
  return buffer;
}

}  // namespace govgraph
