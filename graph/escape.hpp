#pragma once
// What user text may appear in each written format, decided in one module every layer
// uses: a terminal, Markdown, HTML, XML (GraphML, and Graphviz labels through
// render/text.hpp), CSV, and whether text is UTF-8 at all. JSON's strings are escaped by
// RapidJSON's writer (control characters as \u00XX; see report/json_writer.hpp) and
// Graphviz's DOT quoting lives in render/text.hpp and render/scene.cpp, render being the
// only library that writes DOT; both start from the rule here. Each function is O(length
// of its input) and leaves text without special characters byte for byte as it is.
//
// The rule they share (readable_text): a character no reader should see as itself never
// reaches a terminal, page, drawing or XML file: C0 controls, DEL, the C1 controls
// U+0080..U+009F, the non-characters U+FFFE and U+FFFF (which XML 1.0 forbids even as
// character references) and any byte that is not well-formed UTF-8 are each shown as
// '?', so a body's name cannot move the cursor, change colours or make a file invalid.
// Only tab, line feed and carriage return may be kept or shown as a space, as each format
// allows. A map's own data files (JSON, the CSV folder) keep the text exactly.

#include <string>
#include <string_view>
#include <vector>

namespace govgraph {

/// The length of the well-formed UTF-8 sequence starting at text[i] (1 to 4), or 0 when
/// it is not one: overlong forms, surrogates and code points above U+10FFFF are not. O(1).
std::size_t utf8_length_at(std::string_view text, std::size_t i);

/// The offset of the first byte that is not part of well-formed UTF-8, or npos. O(n).
std::size_t first_invalid_utf8(std::string_view text);

/// The text with every character of the shared rule above shown as '?', except the
/// controls listed in `keep` (kept) and in `blank` (shown as a space): only tab, line
/// feed and carriage return may be listed.
std::string readable_text(std::string_view text, std::string_view keep, std::string_view blank);

/// One line for a terminal: tabs and line breaks become spaces and other control
/// characters (ESC included, and the C1 controls U+0080..U+009F) become '?'.
std::string terminal_text(std::string_view text);

/// Lines for a terminal: as terminal_text, but line feeds and tabs are kept, so a whole
/// report can be passed through it. A carriage return becomes '?'.
std::string terminal_lines(std::string_view text);

/// HTML text or attribute value: & < > " ' as character references, control characters
/// other than tab and line feed as '?' (so the page is also well-formed XML).
std::string escape_html(std::string_view text);

/// Markdown inline text: every character Markdown could take as syntax (\ ` * _ [ ] < >
/// | ~ & $ #) is backslash-escaped, as is a leading list marker ("- ", "+ ", "1. "), line
/// breaks and tabs become spaces and other control characters '?', so the text stays in
/// its paragraph, list item or table cell and renders literally.
std::string escape_markdown(std::string_view text);

/// One word for a POSIX shell, for a command shown to be copied and run: as it is when
/// it holds only characters no shell treats specially (letters, digits, _ - . / , : = + @ %),
/// else in single quotes, a quote inside written '\''; '' when empty.
std::string shell_word(std::string_view text);

/// The items, each escaped with `escape` (escape_html, escape_markdown), joined with `separator`.
std::string join_escaped(const std::vector<std::string>& items, std::string_view separator,
                         std::string (*escape)(std::string_view));

/// Who a CSV file is for: people open it in a spreadsheet, so a cell that would run as a
/// formula is guarded; tools read the cells exactly as they are.
enum class CsvFor { people, tools };

/// The UTF-8 byte-order mark. Excel reads a CSV file as UTF-8 only when it starts with
/// one (without it "→" shows as "â†’"); govgraph's readers skip it.
inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

/// A cell guarded against running as a formula, reversibly: a cell starting with = + - @
/// tab or carriage return, or with ' followed by one of those or by another ', gets a
/// leading '. remove_formula_guard undoes exactly this.
std::string guard_formula(std::string_view text);

/// The cell with the leading ' that guard_formula added removed: one ' followed by
/// = + - @ tab, carriage return or '; any other text is returned as it is.
std::string remove_formula_guard(std::string_view text);

/// A CSV cell of a map's data (RFC 4180), the text kept exactly: guarded for people
/// (guard_formula), then quoted when it holds a comma, quote, line break or edge blank,
/// quotes doubled.
std::string csv_cell(std::string_view text, CsvFor audience = CsvFor::people);

/// A CSV field of a report: control characters other than tab and line feed shown as '?'
/// (readable_text), then as csv_cell.
std::string csv_field(std::string_view text, CsvFor audience = CsvFor::people);

}  // namespace govgraph
