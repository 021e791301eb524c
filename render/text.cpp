#include "render/text.hpp"

#include <algorithm>

namespace govgraph::render {
namespace {

/// The length of the valid UTF-8 sequence starting at text[i], or 0 when it is invalid.
std::size_t utf8_sequence_length(std::string_view text, std::size_t i) {
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
    if (lead == 0xF0) min_second = 0x90;
    if (lead == 0xF4) max_second = 0x8F;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  if (byte(i + 1) < min_second || byte(i + 1) > max_second) return 0;
  for (std::size_t k = 2; k < length; ++k)
    if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
  return length;
}

}  // namespace

std::string clean_text(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t length = utf8_sequence_length(text, i);
    if (length == 0) {
      out += "\xEF\xBF\xBD";
      ++i;
      continue;
    }
    const char c = text[i];
    if (length == 1 && (static_cast<unsigned char>(c) < 0x20 || c == 0x7F)) {
      if (c == '\n')
        out += '\n';
      else if (c == '\t')
        out += ' ';
    } else {
      out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

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
