# An install under another prefix, moved after installing, with the source tree hidden:
# the installed regsim reads the bundled data beside its own binary.
add_test(NAME install.runs_with_the_source_tree_hidden
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/installed_elsewhere.sh ${PROJECT_BINARY_DIR}
                 ${PROJECT_SOURCE_DIR} ${REGSIM_INSTALL_DATA_DIR})
set_tests_properties(install.runs_with_the_source_tree_hidden PROPERTIES
                     LABELS install SKIP_RETURN_CODE 77 TIMEOUT 300
                     PASS_REGULAR_EXPRESSION "ran list, schedule and compare")
