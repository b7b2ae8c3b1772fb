# cmake -DBUILD_DIR=... -DEXAMPLE_DIR=... -DWORK_DIR=... -P install_example.cmake
# Stages `cmake --install` of the build tree into WORK_DIR/stage, then configures, builds
# and runs docs/examples/find-package against it: proof that find_package(regsim) works.
set(stage ${WORK_DIR}/stage)
set(example_build ${WORK_DIR}/example)
file(REMOVE_RECURSE ${stage} ${example_build})

function(run step)
  execute_process(COMMAND ${ARGN} RESULT_VARIABLE result OUTPUT_VARIABLE output
                  ERROR_VARIABLE output)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "${step} failed (${result}):\n${output}")
  endif()
  set(last_output "${output}" PARENT_SCOPE)
endfunction()

run("cmake --install" ${CMAKE_COMMAND} --install ${BUILD_DIR} --prefix ${stage})
foreach(installed include/regsim/version.hpp include/regsim/testing/catch.hpp bin/regsim
        share/regsim/workflows/kr/biosimilar.yaml lib/cmake/regsim/regsimConfig.cmake)
  if(NOT EXISTS ${stage}/${installed})
    message(FATAL_ERROR "not installed: ${installed}")
  endif()
endforeach()

# The example program is not installed beside the data: point it at the stage.
set(ENV{REGSIM_DATA_DIR} ${stage}/share/regsim/workflows)
run("installed regsim" ${stage}/bin/regsim --version)

run("configure the example" ${CMAKE_COMMAND} -S ${EXAMPLE_DIR} -B ${example_build}
    -DCMAKE_PREFIX_PATH=${stage} -DCMAKE_BUILD_TYPE=Release)
run("build the example" ${CMAKE_COMMAND} --build ${example_build})
run("run the example" ${example_build}/finish-date kr/biosimilar)
if(NOT last_output MATCHES "finishes on [0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]")
  message(FATAL_ERROR "unexpected output of the example:\n${last_output}")
endif()
message(STATUS "example output: ${last_output}")
