#pragma once
// User text made safe for each place it is written, in one module every layer uses:
// a terminal, Markdown, HTML and CSV. Two targets have their one home elsewhere: JSON,
// whose strings RapidJSON's writer escapes (control characters as \u00XX; see
// report/json_writer.hpp), and Graphviz's DOT and HTML-like labels (render/text.hpp,
// render being the only library that writes DOT). Each function is O(length of its
// input) and leaves text without special characters byte for byte as it is.
//
// The rule they share: a control character from a map (ESC, BEL, CR, DEL...) never
// reaches a reader's terminal or page as itself; it is shown as '?' (or dropped where the
// format cannot hold it), so a body's name cannot move the cursor or change colours.

#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

/// One line for a terminal: tabs and line breaks become spaces and other control
/// characters (ESC included, and the C1 controls U+0080..U+009F) become '?'.
std::string terminal_text(std::string_view text);

/// Lines for a terminal: as terminal_text, but line feeds and tabs are kept, so a whole
/// report can be passed through it. A carriage return becomes '?'.
std::string terminal_lines(std::string_view text);

/// HTML text or attribute value: & < > " ' as character references, control characters
/// other than tab and line feed as '?'.
std::string escape_html(std::string_view text);

/// Markdown inline text: every character Markdown could take as syntax (\ ` * _ [ ] < >
/// | ~ & $ #) is backslash-escaped, as is a leading list marker ("- ", "+ ", "1. "), line
/// breaks and tabs become spaces and other control characters '?', so the text stays in
/// its paragraph, list item or table cell and renders literally.
std::string escape_markdown(std::string_view text);

/// The items, each escaped with `escape` (escape_html, escape_markdown), joined with `separator`.
std::string join_escaped(const std::vector<std::string>& items, std::string_view separator,
                         std::string (*escape)(std::string_view));

/// A CSV cell of a map's data (RFC 4180), the text kept exactly: quoted when it holds a
/// comma, quote, line break or edge blank, quotes doubled.
std::string csv_cell(std::string_view text);

/// A CSV field of a report, for a spreadsheet or a terminal: a cell a spreadsheet would
/// evaluate as a formula (starting with = + - @ or tab) gets a leading '; control
/// characters other than tab and line feed become '?'; then quoted as csv_cell.
std::string csv_field(std::string_view text);

}  // namespace govgraph
