# Golden (approval) tests: every folder under tests/golden/ with an `args` file runs
# `regsim ARGS` and compares the output with its expected.* file (tests/golden/run.sh).
file(GLOB golden_args CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/golden/*/args)
foreach(args_file IN LISTS golden_args)
  get_filename_component(case_dir ${args_file} DIRECTORY)
  get_filename_component(case_name ${case_dir} NAME)
  add_test(NAME golden.${case_name}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/golden/run.sh ${REGSIM_CLI} ${case_dir})
  set_tests_properties(golden.${case_name} PROPERTIES LABELS golden
                       ENVIRONMENT "REGSIM_DATA_DIR=${PROJECT_SOURCE_DIR}/workflows")
endforeach()
