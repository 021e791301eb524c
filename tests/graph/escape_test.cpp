#include <catch2/catch.hpp>

#include "graph/diagnostic.hpp"
#include "graph/escape.hpp"

using namespace govgraph;

TEST_CASE("HTML escaping turns markup characters into references") {
  CHECK(escape_html("<script>\"A\\lB\" & 'x'") == "&lt;script&gt;&quot;A\\lB&quot; &amp; &#39;x&#39;");
  CHECK(escape_html("plain text") == "plain text");
}

TEST_CASE("Markdown escaping keeps syntax characters literal and text on one line") {
  CHECK(escape_markdown("a|b *c* _d_ [e] <f> `g` \\h & ~i~ $j$ #k") ==
        "a\\|b \\*c\\* \\_d\\_ \\[e\\] \\<f\\> \\`g\\` \\\\h \\& \\~i\\~ \\$j\\$ \\#k");
  CHECK(escape_markdown("two\nlines") == "two lines");
  CHECK(escape_markdown("cp1 p.70") == "cp1 p.70");
}

TEST_CASE("A CSV field is quoted only when it must be, with quotes doubled") {
  CHECK(csv_field("plain") == "plain");
  CHECK(csv_field("a,b") == "\"a,b\"");
  CHECK(csv_field("say \"hi\"") == "\"say \"\"hi\"\"\"");
  CHECK(csv_field("two\nlines") == "\"two\nlines\"");
  CHECK(csv_field("") == "");
}

TEST_CASE("A CSV cell that starts like a formula is prefixed with an apostrophe") {
  CHECK(csv_field("=SUM(A1:A2)") == "'=SUM(A1:A2)");
  CHECK(csv_field("+1") == "'+1");
  CHECK(csv_field("-1") == "'-1");
  CHECK(csv_field("@cmd") == "'@cmd");
  CHECK(csv_field("\tx") == "'\tx");
  CHECK(csv_field("=A1,B1") == "\"'=A1,B1\"");
  CHECK(csv_field("a=b") == "a=b");
}

TEST_CASE("Terminal text shows control characters as question marks") {
  CHECK(terminal_text("a\x1b[31mb\x07") == "a?[31mb?");
  CHECK(terminal_text("tab\there\nline") == "tab here line");
  CHECK(terminal_text("Café → apex") == "Café → apex");
}

TEST_CASE("Markdown escaping stops text from opening a list") {
  CHECK(escape_markdown("- not a list") == "\\- not a list");
  CHECK(escape_markdown("+1") == "\\+1");
  CHECK(escape_markdown("2021. A year") == "2021\\. A year");
  CHECK(escape_markdown("3) three") == "3\\) three");
  CHECK(escape_markdown("a - b") == "a - b");
  CHECK(escape_markdown("2021-22") == "2021-22");
}

TEST_CASE("Terminal lines keep line feeds and tabs, and nothing else that drives a terminal") {
  CHECK(terminal_lines("a\x1b[2Jb\x07\r\nnext\tcell\x7f") == "a?[2Jb??\nnext\tcell?");
  CHECK(terminal_text("C1 \xC2\x9B" "31m") == "C1 ?31m");  // U+009B: CSI on some terminals
  CHECK(terminal_text("\xC2\xA0non-breaking") == "\xC2\xA0non-breaking");
}

TEST_CASE("Every format shows a control character from a map as a question mark") {
  const std::string evil = "Red\x1b[31m\x07";
  CHECK(escape_markdown(evil) == "Red?\\[31m?");
  CHECK(escape_html(evil) == "Red?[31m?");
  CHECK(csv_field(evil + "\r") == "Red?[31m??");
  CHECK(csv_cell(evil) == evil);  // a map's own CSV keeps its data exactly
}

TEST_CASE("Every format for people shows U+FFFE, U+FFFF, C1 controls and bytes that are not UTF-8 as question marks") {
  const std::string odd = std::string("a\xEF\xBF\xBE" "b\xEF\xBF\xBF" "c\xC2\x85" "d\xC3" "e") + '\0' + "f";
  const std::string shown = "a?b?c?d?e?f";
  CHECK(readable_text(odd, "", "") == shown);
  CHECK(terminal_text(odd) == shown);
  CHECK(escape_html(odd) == shown);
  CHECK(escape_markdown(odd) == shown);
  CHECK(csv_field(odd) == shown);
  // Right-to-left marks and U+FFFD are characters like any other.
  CHECK(readable_text("\xE2\x80\x8F\xE2\x80\xAE\xEF\xBF\xBD", "", "") == "\xE2\x80\x8F\xE2\x80\xAE\xEF\xBF\xBD");
  CHECK(readable_text("t\tl\nr\r", "\n", "\t\r") == "t l\nr ");
}

TEST_CASE("A UTF-8 check rejects overlong forms, surrogates and cut sequences") {
  CHECK(first_invalid_utf8("Caf\xC3\xA9 \xF0\x9F\x98\x80") == std::string_view::npos);
  CHECK(first_invalid_utf8("ab\xC0\x80") == 2);        // an overlong NUL
  CHECK(first_invalid_utf8("a\xED\xB0\x80") == 1);     // a low surrogate
  CHECK(first_invalid_utf8("abc\xE2\x82") == 3);       // cut short
  CHECK(first_invalid_utf8("\xF4\x90\x80\x80") == 0);  // above U+10FFFF
}

TEST_CASE("The formula guard is reversible and leaves other text alone") {
  for (const std::string text : {"=SUM(A1)", "-x", "+1", "@cmd", "\tx", "\rx", "'=x", "''", "'", "'plain", "plain", ""}) {
    CAPTURE(text);
    CHECK(remove_formula_guard(guard_formula(text)) == text);
  }
  CHECK(guard_formula("=SUM(A1)") == "'=SUM(A1)");
  CHECK(guard_formula("'=x") == "''=x");
  CHECK(guard_formula("''") == "'''");
  CHECK(guard_formula("'plain") == "'plain");
  CHECK(guard_formula("a=b") == "a=b");
  CHECK(remove_formula_guard("'plain") == "'plain");
  CHECK(csv_cell("-x") == "'-x");
  CHECK(csv_cell("-x", CsvFor::tools) == "-x");
  CHECK(csv_field("=1", CsvFor::tools) == "=1");
}

TEST_CASE("A diagnostic is one line whatever the text it quotes") {
  Diagnostics d;
  d.error(Location{"m.json", 1, 2}, "name 'a\nm.json:9:9: error: fake\x1b[2J'");
  CHECK(d.all().front().format() == "m.json:1:2: error: name 'a m.json:9:9: error: fake?[2J'");
}

TEST_CASE("A shell word is quoted only when a shell would read it otherwise") {
  CHECK(shell_word("maps/care-system_v2.json") == "maps/care-system_v2.json");
  CHECK(shell_word("My Maps/map.json") == "'My Maps/map.json'");
  CHECK(shell_word("Children's map.json") == "'Children'\\''s map.json'");
  CHECK(shell_word("$HOME;rm") == "'$HOME;rm'");
  CHECK(shell_word("") == "''");
}
