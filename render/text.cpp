#include "render/text.hpp"

#include <algorithm>

#include "graph/escape.hpp"

namespace govgraph::render {

std::string clean_text(std::string_view text) { return readable_text(text, "\n", "\t\r"); }

std::size_t display_length(std::string_view text) {
  std::size_t count = 0;
  for (char c : text)
    if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++count;
  return count;
}

std::vector<std::string> wrap_words(std::string_view text, std::size_t width) {
  const std::string clean = clean_text(text);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (start <= clean.size()) {
    const std::size_t end = std::min(clean.find('\n', start), clean.size());
    const std::string_view paragraph = std::string_view(clean).substr(start, end - start);
    std::string line;
    std::size_t word_start = 0;
    bool any = false;
    while (word_start <= paragraph.size()) {
      const std::size_t word_end = std::min(paragraph.find(' ', word_start), paragraph.size());
      const std::string_view word = paragraph.substr(word_start, word_end - word_start);
      word_start = word_end + 1;
      if (word.empty()) continue;
      if (!line.empty() && display_length(line) + 1 + display_length(word) > width) {
        lines.push_back(line);
        line.clear();
      }
      if (!line.empty()) line += ' ';
      line += word;
      any = true;
    }
    if (any || paragraph.empty()) lines.push_back(line);
    start = end + 1;
  }
  while (lines.size() > 1 && lines.back().empty()) lines.pop_back();
  return lines;
}

std::vector<std::string> wrap_balanced(std::string_view text, std::size_t width) {
  std::vector<std::string> best = wrap_words(text, width);
  for (std::size_t narrower = width; narrower > 1;) {
    --narrower;
    std::vector<std::string> lines = wrap_words(text, narrower);
    const auto longest = [](const std::vector<std::string>& candidate) {
      std::size_t most = 0;
      for (const auto& line : candidate) most = std::max(most, display_length(line));
      return most;
    };
    // More lines, or a word longer than the width: the previous width was the narrowest.
    if (lines.size() > best.size() || longest(lines) > narrower) break;
    best = std::move(lines);
  }
  return best;
}

std::string esc_string(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (i > 0) out += "\\n";
    for (char c : lines[i]) {
      if (c == '\\')
        out += "\\\\";
      else if (c == '\n')
        out += "\\n";
      else
        out += c;
    }
  }
  return out;
}

std::string esc_string(std::string_view text) {
  const std::string clean = clean_text(text);
  std::vector<std::string> lines;
  std::size_t start = 0;
  while (true) {
    const std::size_t end = clean.find('\n', start);
    lines.push_back(clean.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return esc_string(lines);
}

std::string html_attribute(std::string_view text) {
  std::string out = html_text(text);
  for (std::size_t at = out.find("<BR/>"); at != std::string::npos; at = out.find("<BR/>", at))
    out.replace(at, 5, "&#10;");
  return out;
}

std::string html_text(std::string_view text) {
  const std::string clean = clean_text(text);
  std::string out;
  for (char c : clean) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\n':
        out += "<BR/>";
        break;
      case '\\':  // Graphviz expands \N, \G and the like in HTML-like text and attributes too
        out += "\\\\";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace govgraph::render
