#pragma once
// The shell every page shares: one self-contained HTML document (inline style, inline
// script, inline data, no external reference), so it opens from disk or an e-mail
// attachment. The server-side HTML is the whole, printable report; the script only adds
// filtering, sorting and panels (progressive enhancement).

#include <string>
#include <string_view>
#include <vector>

namespace govgraph::page {

struct Document {
  std::string title;                      // plain text: the shell escapes it
  std::vector<std::string_view> styles;   // CSS, in order (page/assets/*.css)
  std::vector<std::string_view> scripts;  // JavaScript, in order (page/assets/*.js)
  std::string data_json;                  // a JSON document for the scripts, or empty for none
  std::string body;                       // the page's HTML, already escaped
};

/// The document's bytes: doctype, head (title, style), body, then the data block
/// `<script type="application/json" id="data">` and the scripts. O(size).
std::string write_document(const Document& document);

/// JSON text made safe inside a <script> element: every '<', '>' and '&' (which in
/// JSON occur only inside strings) written as a \u escape, so a name holding
/// "</script>" or "<!--" cannot end the element. The JSON value is unchanged. O(size).
std::string script_safe_json(std::string_view json);

/// Text for an HTML attribute value or element content (graph/escape.hpp's escape_html).
std::string h(std::string_view text);

}  // namespace govgraph::page
