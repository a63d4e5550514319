# Compiles heuristics/edge_prior/default_edge_prior.json into routekit_heuristics as a byte array, as
# policy/embed_default_policy.cmake does for the construction policy. Editing the JSON re-runs the configure
# step.
set(routekit_edge_prior_json ${CMAKE_CURRENT_LIST_DIR}/default_edge_prior.json)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${routekit_edge_prior_json})
set(ROUTEKIT_EDGE_PRIOR_BYTES "")
if(EXISTS ${routekit_edge_prior_json})
  file(READ ${routekit_edge_prior_json} routekit_edge_prior_hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," ROUTEKIT_EDGE_PRIOR_BYTES "${routekit_edge_prior_hex}")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/embedded_edge_prior.cpp.in
               ${CMAKE_CURRENT_BINARY_DIR}/embedded_edge_prior.cpp @ONLY)
target_sources(routekit_heuristics PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/embedded_edge_prior.cpp)
