#pragma once
// Turning user text (names, sources, notes) into Graphviz attribute values that show the
// text as written: no escape sequence, markup or control character gets through.

#include <string>
#include <string_view>
#include <vector>

namespace govgraph::render {

/// The text as a label may show it (graph/escape.hpp's readable_text): newlines kept,
/// tabs and carriage returns as spaces, other control characters, U+FFFE, U+FFFF and
/// bytes that are not UTF-8 as '?', so no SVG, PDF or DOT Graphviz writes from it is
/// invalid. O(n).
std::string clean_text(std::string_view text);

/// Splits cleaned text into lines of at most `width` characters (UTF-8 code points),
/// breaking at spaces and at the text's own newlines; a longer word keeps a line to
/// itself. O(n).
std::vector<std::string> wrap_words(std::string_view text, std::size_t width);

/// wrap_words into as few lines as `width` allows, but each line as short as that count
/// of lines permits, so a label is a compact block rather than one long line and a
/// short tail ("Children and Families / Directorate" becomes "Children and / Families
/// Directorate"). O(n × width).
std::vector<std::string> wrap_balanced(std::string_view text, std::size_t width);

/// A Graphviz escString value (label, tooltip, xlabel) that shows `lines` as written,
/// one per line, centred: every backslash doubled, so \N, \G and \l stay text; a newline
/// inside a line breaks it too. O(n).
std::string esc_string(const std::vector<std::string>& lines);

/// esc_string of the cleaned text, split at its own newlines only.
std::string esc_string(std::string_view text);

/// Text for inside an HTML-like label: & < > " escaped, newlines as <BR/>, backslashes
/// doubled (Graphviz expands \N and \G in HTML-like text as in escString). O(n).
std::string html_text(std::string_view text);

/// Text for an attribute inside an HTML-like label (TOOLTIP, ID): & < > " escaped,
/// newlines as &#10;, so a tooltip keeps its lines. O(n).
std::string html_attribute(std::string_view text);

/// The number of UTF-8 code points in valid UTF-8 text. O(n).
std::size_t display_length(std::string_view text);

}  // namespace govgraph::render
