# `regsim simulate`: expected figures come from hand computation (the data file says
# why), with margins of more than four standard errors at the fixed seed.
set(SIM_DATA ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/simulate-paths.yaml)
function(simulate_cli_test)
  regsim_cli_test(${ARGN} NO_MATCH "expect.sh: exit code")
endfunction()

# One path on time with probability 1/2 (SE 0.35% at 20,000 runs).
simulate_cli_test(NAME simulate.deadline_probability EXIT 0
                  ARGS simulate ${SIM_DATA} --runs 20000 --seed 3
                  MATCH "twenty_days +(49\\.|50\\.|51\\.)[0-9]%  within 20 calendar days")
# The questions task happens in half of the runs and is then always critical.
simulate_cli_test(NAME simulate.criticality_counts_existence EXIT 0
                  ARGS simulate ${SIM_DATA} --runs 20000 --seed 3 --width 80
                  MATCH "questions +(49\\.|50\\.|51\\.)[0-9]% +(49\\.|50\\.|51\\.)[0-9]%")
simulate_cli_test(NAME simulate.json_schema EXIT 0
                  ARGS simulate ${SIM_DATA} --runs 500 --format json
                  MATCH "\"schema\": \"regsim.simulation/1\"")
simulate_cli_test(NAME simulate.scenario EXIT 0
                  ARGS simulate ${SIM_DATA} --runs 200 --scenario faster --format json
                  MATCH "\"scenario\": \"faster\"")
simulate_cli_test(NAME simulate.start_override EXIT 0
                  ARGS simulate ${SIM_DATA} --runs 200 --start 2027-01-04
                  MATCH "start 2027-01-04")
simulate_cli_test(NAME simulate.converges_early EXIT 0
                  ARGS simulate ${SIM_DATA} --runs 100000 --tolerance 2
                  MATCH "stopped early")
regsim_cli_test(NAME simulate.ascii_has_no_box_characters EXIT 0
                  ARGS simulate ${SIM_DATA} --runs 200 --ascii NO_MATCH "█|│")
regsim_cli_test(NAME simulate.zero_runs_exits_2 EXIT 2
                ARGS simulate ${SIM_DATA} --runs 0 MATCH "--runs: '0' is not a whole number from 1 to 1000000")
regsim_cli_test(NAME simulate.bad_format_exits_2 EXIT 2
                ARGS simulate ${SIM_DATA} --format svg MATCH "format")
regsim_cli_test(NAME simulate.unknown_scenario_exits_2 EXIT 2
                ARGS simulate ${SIM_DATA} --scenario nope MATCH "unknown_scenario")
regsim_cli_test(NAME simulate.missing_file_exits_2 EXIT 2
                ARGS simulate no-such-file.yaml MATCH "file_not_found")

# Checks that need several commands: tests/cli/simulate_checks.sh.
foreach(check threads output)
  add_test(NAME cli.simulate.${check}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/simulate_checks.sh ${check}
                   ${REGSIM_CLI} ${SIM_DATA})
  set_tests_properties(cli.simulate.${check} PROPERTIES LABELS cli)
endforeach()
