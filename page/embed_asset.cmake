# Run by govgraph_embed_assets at build time: writes OUTPUT, a header holding INPUT's text
# as the raw string literal govgraph::page::assets::SYMBOL. The delimiter must not occur in
# the asset, or the literal would end early: refuse such an asset rather than miscompile.
file(READ ${INPUT} text)
set(delimiter "asset")
string(FIND "${text}" ")${delimiter}\"" clash)
if(NOT clash EQUAL -1)
  message(FATAL_ERROR "${INPUT} contains )${delimiter}\", which would end its embedded string")
endif()
file(WRITE ${OUTPUT}.tmp
  "#pragma once\n// Generated from ${INPUT} by page/embed_asset.cmake: edit that file, not this one.\n"
  "#include <string_view>\nnamespace govgraph::page::assets {\n"
  "inline constexpr std::string_view ${SYMBOL} = R\"${delimiter}(${text})${delimiter}\";\n}\n")
file(COPY_FILE ${OUTPUT}.tmp ${OUTPUT} ONLY_IF_DIFFERENT)
file(REMOVE ${OUTPUT}.tmp)
