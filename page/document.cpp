// The page shell: see document.hpp.

#include "page/document.hpp"

#include "graph/escape.hpp"

namespace govgraph::page {

std::string h(std::string_view text) { return escape_html(text); }

std::string script_safe_json(std::string_view json) {
  std::string out;
  out.reserve(json.size());
  for (const char c : json) {
    switch (c) {
      case '<': out += "\\u003c"; break;
      case '>': out += "\\u003e"; break;
      case '&': out += "\\u0026"; break;
      default: out += c;
    }
  }
  return out;
}

std::string write_document(const Document& document) {
  std::string out = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                    "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                    "<meta name=\"generator\" content=\"govgraph\">\n<title>" +
                    h(document.title) + "</title>\n";
  for (const auto style : document.styles) {
    out += "<style>\n";
    out += style;
    out += "</style>\n";
  }
  out += "</head>\n<body class=\"no-js\">\n";
  out += document.body;
  if (!document.data_json.empty())
    out += "<script type=\"application/json\" id=\"data\">" + script_safe_json(document.data_json) + "</script>\n";
  for (const auto script : document.scripts) {
    out += "<script>\n";
    out += script;
    out += "</script>\n";
  }
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace govgraph::page
