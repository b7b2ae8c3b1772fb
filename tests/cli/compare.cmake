# regsim compare: options, usage errors, every format on a bundled pathway.
regsim_cli_test(NAME compare_has_help EXIT 0 ARGS compare --help MATCH "--baseline")
regsim_cli_test(NAME compare_bad_format_exits_2 EXIT 2 ARGS compare kr/biosimilar --format pdf
                MATCH "--format must be text, md, csv, json, html, svg or xlsx")
regsim_cli_test(NAME compare_narrow_width_exits_2 EXIT 2 ARGS compare kr/biosimilar --width 20
                MATCH "width")
regsim_cli_test(NAME compare_unknown_scenario_exits_2 EXIT 2
                ARGS compare kr/biosimilar --scenario nope MATCH "unknown_scenario")
regsim_cli_test(NAME compare_all_scenarios EXIT 0 ARGS compare kr/biosimilar
                MATCH "baseline above, K-Bio reform, 2025 measures.*baseline above, 2026 plan for 240 days.*baseline above, K-Bio reform calibrated.*baseline above, Final goal calibrated")
regsim_cli_test(NAME compare_ascii_is_ascii EXIT 0
                ARGS compare kr/biosimilar --scenario reformed --ascii --width 72
                MATCH "Legend: # agency clock running")
regsim_cli_test(NAME compare_csv_has_scenario_column EXIT 0
                ARGS compare kr/biosimilar --scenario reformed --format csv
                MATCH "^pathway,scenario,application,task_id.*\nkr/biosimilar,baseline,0,.*kr/biosimilar,reformed,0,")
regsim_cli_test(NAME compare_json_schema EXIT 0
                ARGS compare kr/biosimilar --scenario reformed --format json
                MATCH "\"schema\": \"regsim.compare/1\"")
regsim_cli_test(NAME compare_with_runs_shows_percentiles EXIT 0
                ARGS compare kr/biosimilar --scenario reformed --runs 500 --seed 3
                MATCH "Monte Carlo: end of the pathway.*\nbaseline +500 +[0-9]+ 20[0-9-]+ .*\nreformed +500 +[0-9]+ .*-[0-9]+ \\(-[0-9.]+%\\)")

# compare --runs draws with common random numbers: a scenario that fixes a task with float
# gives the baseline's Monte Carlo figures exactly (tests/cli/compare_runs_crn.py).
add_test(NAME cli.compare.runs_common_random_numbers
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/compare_runs_crn.py
                 ${REGSIM_CLI} ${CMAKE_CURRENT_SOURCE_DIR}/cli/data)
set_tests_properties(cli.compare.runs_common_random_numbers PROPERTIES LABELS cli
                     PASS_REGULAR_EXPRESSION "compare --runs CRN: [0-9]+ checks passed")
