# regsim validate and regsim list (the pathway reader).
set(REGSIM_CASES ${CMAKE_CURRENT_SOURCE_DIR}/cases)
set(REGSIM_IO_DATA ${CMAKE_CURRENT_SOURCE_DIR}/unit/io/data)

regsim_cli_test(NAME validate_good_file EXIT 0 ARGS validate ${REGSIM_IO_DATA}/review.yaml
                MATCH "review.yaml: ok \\(5 tasks, 2 scenarios\\)")
regsim_cli_test(NAME validate_composed_file EXIT 0 ARGS validate ${REGSIM_IO_DATA}/composed.yaml
                MATCH "composed.yaml: ok \\(8 tasks, 2 scenarios\\)")
regsim_cli_test(NAME validate_unknown_key EXIT 2
                ARGS validate ${REGSIM_CASES}/unknown_key_task.yaml
                MATCH "unknown_key_task.yaml:7:5: error: unknown key 'duraton' in a task \\(did you mean 'duration'\\?\\)[^\n]*\\[unknown_key\\]")
regsim_cli_test(NAME validate_cycle_path EXIT 2
                ARGS validate ${REGSIM_CASES}/dependency_cycle.yaml
                MATCH "dependency_cycle.yaml:10:[0-9]+: error: [^\n]*a -> b -> c -> a[^\n]*\\[dependency_cycle\\]")
regsim_cli_test(NAME validate_reports_every_file EXIT 2
                ARGS validate ${REGSIM_IO_DATA}/lags.yaml ${REGSIM_CASES}/bad_capacity.yaml
                     ${REGSIM_CASES}/self_dependency.yaml
                MATCH "lags.yaml: ok.*bad_capacity.yaml:8:[0-9]+: error: [^\n]*\\[bad_capacity\\]\n[^\n]*self_dependency.yaml:8:[0-9]+: error: [^\n]*\\[self_dependency\\]")
regsim_cli_test(NAME validate_bundled_name EXIT 0 ARGS validate kr/biosimilar
                MATCH "kr/biosimilar: ok \\([0-9]+ tasks, [0-9]+ scenarios?\\)")
regsim_cli_test(NAME list_bundled EXIT 0 ARGS list
                MATCH "kr/biosimilar  [^\n]+\n +scenarios: baseline")
regsim_cli_test(NAME list_skips_calendars EXIT 0 ARGS list NO_MATCH "calendars/")
regsim_cli_test(NAME validate_missing_file EXIT 2 ARGS validate no/such/pathway.yaml
                MATCH "no/such/pathway.yaml:1:1: error: no such file[^\n]*\\[file_not_found\\]")
regsim_cli_test(NAME validate_directory EXIT 2 ARGS validate ${REGSIM_CASES}
                MATCH ":1:1: error: [^\n]*is a directory[^\n]*\\[not_a_file\\]")
regsim_cli_test(NAME validate_binary EXIT 2 ARGS validate ${REGSIM_CASES}/not_text_binary.yaml
                MATCH "not_text_binary.yaml:2:[0-9]+: error: [^\n]*\\[not_text\\]")
regsim_cli_test(NAME validate_needs_a_file EXIT 2 ARGS validate MATCH "FILE is required")
regsim_cli_test(NAME validate_has_help EXIT 0 ARGS validate --help MATCH "Usage: .*validate")
regsim_cli_test(NAME list_has_help EXIT 0 ARGS list --help MATCH "bundled pathways")
# Every name looked up from the command line gets the one did-you-mean: a bundled pathway,
# a scenario (--scenario).
regsim_cli_test(NAME validate_bundled_name_suggestion EXIT 2 ARGS validate kr/biosimlar
                MATCH "kr/biosimlar:1:1: error: no such file[^\n]*\\(did you mean 'kr/biosimilar'\\?\\) \\[file_not_found\\]")
regsim_cli_test(NAME schedule_scenario_suggestion EXIT 2
                ARGS schedule kr/biosimilar --scenario refromed
                MATCH "no scenario 'refromed' \\(did you mean 'reformed'\\?\\)[^\n]*\\[unknown_scenario\\]")
