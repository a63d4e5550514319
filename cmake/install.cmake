# Installs headers, libraries and a CMake package so that other projects can write
#   find_package(Routekit REQUIRED)  and  target_link_libraries(app PRIVATE Routekit::routekit)
include(CMakePackageConfigHelpers)
install(DIRECTORY include/routekit DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS routekit routekit_model routekit_io routekit_heuristics routekit_solver routekit_learn
                routekit_layout routekit_roads
        EXPORT RoutekitTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR})
# The MPI component, when built: Routekit::distributed, linked on its own (Routekit::routekit needs no MPI).
if(ROUTEKIT_MPI)
  install(TARGETS routekit_distributed EXPORT RoutekitTargets ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR})
endif()
install(EXPORT RoutekitTargets NAMESPACE Routekit:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Routekit)
configure_package_config_file(cmake/RoutekitConfig.cmake.in ${PROJECT_BINARY_DIR}/RoutekitConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Routekit)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/RoutekitConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/RoutekitConfig.cmake ${PROJECT_BINARY_DIR}/RoutekitConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/Routekit)
