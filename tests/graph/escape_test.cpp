#include <catch2/catch.hpp>

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
