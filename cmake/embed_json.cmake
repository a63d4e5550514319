# routekit_embed_json(TARGET JSON HEADER NAMESPACE FUNCTION): compiles the JSON file into TARGET as a byte
# array returned by `std::string_view NAMESPACE::FUNCTION()` (declared in HEADER), so that the binary needs no
# file at run time. Serves the construction policy's and the edge prior's shipped weights. Editing the JSON
# re-runs the configure step; a missing file gives an empty view.
set(routekit_embedded_json_template ${CMAKE_CURRENT_LIST_DIR}/embedded_json.cpp.in)

function(routekit_embed_json target json header namespace function)
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${json})
  set(EMBED_BYTES "")
  if(EXISTS ${json})
    file(READ ${json} hex HEX)
    string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," EMBED_BYTES "${hex}")
  endif()
  file(RELATIVE_PATH EMBED_SOURCE ${PROJECT_SOURCE_DIR} ${json})
  set(EMBED_HEADER ${header})
  set(EMBED_NAMESPACE ${namespace})
  set(EMBED_FUNCTION ${function})
  set(output ${CMAKE_CURRENT_BINARY_DIR}/${function}.cpp)
  configure_file(${routekit_embedded_json_template} ${output} @ONLY)
  target_sources(${target} PRIVATE ${output})
endfunction()
