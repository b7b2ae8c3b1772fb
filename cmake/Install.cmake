# Install headers, library, CLI, bundled workflows and a CMake package so that
# `find_package(regsim)` works for users' own projects (fmt/CLI11 style).
include(CMakePackageConfigHelpers)

install(TARGETS regsim regsim_warnings regsim_sanitizers EXPORT regsimTargets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS regsim-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY include/regsim DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/generated/regsim/version.hpp
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR}/regsim)
install(DIRECTORY workflows/ DESTINATION ${CMAKE_INSTALL_DATADIR}/regsim/workflows)

install(EXPORT regsimTargets NAMESPACE regsim:: DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/regsim)
configure_package_config_file(cmake/regsimConfig.cmake.in
                              ${CMAKE_CURRENT_BINARY_DIR}/regsimConfig.cmake
                              INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/regsim)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/regsimConfigVersion.cmake
                                 COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/regsimConfig.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/regsimConfigVersion.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/regsim)
