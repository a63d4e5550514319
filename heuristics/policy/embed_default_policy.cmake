# Compiles heuristics/policy/default_policy.json into routekit_heuristics as a byte array, so that the binary
# needs no file at run time. Editing the JSON re-runs the configure step.
set(routekit_policy_json ${CMAKE_CURRENT_LIST_DIR}/default_policy.json)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${routekit_policy_json})
set(ROUTEKIT_POLICY_BYTES "")
if(EXISTS ${routekit_policy_json})
  file(READ ${routekit_policy_json} routekit_policy_hex HEX)
  string(REGEX REPLACE "([0-9a-f][0-9a-f])" "0x\\1," ROUTEKIT_POLICY_BYTES "${routekit_policy_hex}")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/embedded_policy.cpp.in ${CMAKE_CURRENT_BINARY_DIR}/embedded_policy.cpp
               @ONLY)
target_sources(routekit_heuristics PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/embedded_policy.cpp)
target_link_libraries(routekit_heuristics PRIVATE nlohmann_json::nlohmann_json)
