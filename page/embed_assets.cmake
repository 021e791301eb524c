# govgraph_embed_assets(TARGET FILE...): an INTERFACE target whose users can include
# "page/assets/<name>.hpp" for each FILE (page/assets/report.js -> page/assets/report_js.hpp),
# a header declaring `govgraph::page::assets::<name>` (report_js) as the file's text.
# The header is regenerated whenever the file changes, by embed_asset.cmake.
function(govgraph_embed_assets target)
  set(headers)
  foreach(asset IN LISTS ARGN)
    get_filename_component(file_name ${asset} NAME)
    string(MAKE_C_IDENTIFIER ${file_name} symbol)
    set(header ${CMAKE_BINARY_DIR}/generated/page/assets/${symbol}.hpp)
    add_custom_command(
      OUTPUT ${header}
      COMMAND ${CMAKE_COMMAND} -DINPUT=${CMAKE_CURRENT_SOURCE_DIR}/${asset} -DOUTPUT=${header} -DSYMBOL=${symbol}
              -P ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_asset.cmake
      DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/${asset} ${CMAKE_CURRENT_FUNCTION_LIST_DIR}/embed_asset.cmake
      COMMENT "Embedding ${asset}"
      VERBATIM)
    list(APPEND headers ${header})
  endforeach()
  add_custom_target(${target}_headers DEPENDS ${headers})
  add_library(${target} INTERFACE)
  add_dependencies(${target} ${target}_headers)
endfunction()
