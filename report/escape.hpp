#pragma once
// Escaping user text for each output format, and the number forms reports share.
// Each function is O(length of its input).

#include <string>
#include <string_view>
#include <vector>

#include "graph/amount.hpp"  // format_full_amount, which the reports share
#include "graph/text.hpp"    // join and format_fixed

namespace govgraph {

/// HTML text or attribute value: & < > " ' as character references.
std::string escape_html(std::string_view text);

/// Markdown inline text: every character Markdown could take as syntax (\ ` * _ [ ] < >
/// | ~ & $ #) is backslash-escaped, as is a leading list marker ("- ", "+ ", "1. "), and
/// line breaks become spaces, so the text stays in its paragraph, list item or table cell
/// and renders literally.
std::string escape_markdown(std::string_view text);

/// One CSV field (RFC 4180): a cell a spreadsheet would evaluate as a formula (starting
/// with = + - @, tab or carriage return) gets a leading '; a field holding a comma,
/// quote or line break is quoted with quotes doubled.
std::string csv_field(std::string_view text);

/// Text for a terminal: tabs and line breaks become spaces and other control characters
/// (ESC included) become '?', so user text cannot move the cursor or change colours.
std::string plain_text(std::string_view text);

/// The items, each escaped with `escape` (escape_html, escape_markdown), joined with `separator`.
std::string join_escaped(const std::vector<std::string>& items, std::string_view separator,
                         std::string (*escape)(std::string_view));

}  // namespace govgraph
