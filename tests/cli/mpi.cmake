# `mpirun -np K regsim ...` (docs/scale-out.md): only in a build with -DREGSIM_WITH_MPI=ON.
# Each check starts several ranks on a 2-core machine, so they do not run beside each other.
if(REGSIM_WITH_MPI)
  foreach(check same_bytes other_commands failing_rank)
    add_test(NAME cli.mpi.${check}
             COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/mpi_checks.sh ${check} ${REGSIM_CLI})
    set_tests_properties(cli.mpi.${check} PROPERTIES LABELS "cli;mpi" RUN_SERIAL ON TIMEOUT 600)
  endforeach()
endif()
