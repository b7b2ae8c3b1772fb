# regsim check and regsim baseline (docs/expectations.md, docs/cli.md). The fixtures in
# cases/expectations/ use small.yaml, whose figures are counted by hand in its header.
set(expectation_cases ${CMAKE_CURRENT_SOURCE_DIR}/cases/expectations)

regsim_cli_test(NAME check.passing EXIT 0 ARGS check ${expectation_cases}/passing.yaml
                MATCH "passing.yaml: 8 assertions: 8 passed, 0 failed")
regsim_cli_test(NAME check.failing EXIT 1 ARGS check ${expectation_cases}/failing.yaml
                MATCH "failing.yaml:4: FAILED: approval within 55 days: expected at most 55 days \\(tolerance 2 days\\), actual 60 days \\(approval on 2026-03-06\\)\n[^\n]*failing.yaml:8: FAILED: [^\n]*: expected at least 20 days faster than baseline, actual 10 days \\(50 against 60 days\\)\n.*3 assertions: 1 passed, 2 failed")
regsim_cli_test(NAME check.several_files EXIT 1
                ARGS check ${expectation_cases}/passing.yaml ${expectation_cases}/failing.yaml
                MATCH "total: 11 assertions: 9 passed, 2 failed")
regsim_cli_test(NAME check.bad_file_collects_every_problem EXIT 2
                ARGS check ${expectation_cases}/bad.yaml ${expectation_cases}/passing.yaml
                MATCH "bad.yaml:5:5: error: unknown key 'calender_days' in an assertion \\(did you mean 'calendar_days'\\?\\)[^\n]*\\[unknown_key\\].*bad.yaml:7:21: error: [^\n]*\\[bad_date\\]")
regsim_cli_test(NAME check.unknown_task_is_bad_input EXIT 2
                ARGS check ${expectation_cases}/unknown-task.yaml
                MATCH "unknown-task.yaml:6:5: error: [^\n]*'aproval'[^\n]*\\[unknown_task\\]")
regsim_cli_test(NAME check.unknown_pathway EXIT 2
                ARGS check ${expectation_cases}/unknown-pathway.yaml
                MATCH "unknown-pathway.yaml:3:5: error: pathway 'kr/biosimlar' is neither[^\n]*\\(did you mean 'kr/biosimilar'\\?\\)[^\n]*\\[unknown_pathway\\]")
# A pathway outside the expectation file's folder is refused at the assertion's line
# (issue 28, class 13); allowed, a pathway that is no file to read is the assertion's line
# too, not /dev/zero's line 0.
regsim_cli_test(NAME check.outside_pathway EXIT 2
                ARGS check ${expectation_cases}/device-pathway.yaml
                MATCH "device-pathway.yaml:5:5: error: '/dev/zero' is outside the folder[^\n]*\\[outside_folder\\]")
regsim_cli_test(NAME check.device_pathway EXIT 2
                ARGS check ${expectation_cases}/device-pathway.yaml --allow-outside
                MATCH "device-pathway.yaml:5:5: error: '/dev/zero' is not a regular file[^\n]*\\[not_a_file\\]")
regsim_cli_test(NAME check.missing_file EXIT 2 ARGS check no-such-checks.yaml
                MATCH "no-such-checks.yaml:1:1: error: [^\n]*\\[file_not_found\\]")
regsim_cli_test(NAME check.needs_a_file EXIT 2 ARGS check MATCH "FILE is required")

# --junit: the file is written (also when assertions fail, and on bad input with the
# errors), into folders made for it, and is well-formed XML.
add_test(NAME cli.check.junit
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/check_junit.sh ${REGSIM_CLI}
                 ${expectation_cases}/failing.yaml ${expectation_cases}/bad.yaml
                 ${CMAKE_CURRENT_BINARY_DIR}/check-junit)
set_tests_properties(cli.check.junit PROPERTIES LABELS cli)

# Baselines: a hand-written baseline of scenario `fast` against today's schedules.
regsim_cli_test(NAME baseline.save EXIT 0 ARGS baseline save ${expectation_cases}/small.yaml
                --scenario fast
                MATCH "\"schema\": \"regsim-baseline\",\n  \"version\": 1,.*\"scenario\": \"fast\".*\"id\": \"review\",\n[^\n]*\n *\"finish\": \"2026-01-25\"")
regsim_cli_test(NAME baseline.diff_unchanged EXIT 0
                ARGS baseline diff ${expectation_cases}/small.yaml ${expectation_cases}/small-fast.json
                MATCH "test/small \\[fast\\] against the baseline test/small \\[fast\\]\nend: 2026-02-24 -> 2026-02-24 \\(0 days\\)\n0 tasks moved, 0 added, 0 removed, 5 unchanged; no regression beyond 0 days")
regsim_cli_test(NAME baseline.diff_regression EXIT 1
                ARGS baseline diff ${expectation_cases}/small.yaml ${expectation_cases}/small-fast.json
                     --scenario baseline
                MATCH "end: 2026-02-24 -> 2026-03-06 \\(\\+10 days\\)  REGRESSION\n.*review     2026-01-05      0  2026-02-04    \\+10  REGRESSION\n.*4 tasks moved, 0 added, 0 removed, 1 unchanged; 5 regressions \\(later finish\\) beyond 0 days")
regsim_cli_test(NAME baseline.diff_within_tolerance EXIT 0
                ARGS baseline diff ${expectation_cases}/small.yaml ${expectation_cases}/small-fast.json
                     --scenario baseline --tolerance 10
                MATCH "no regression beyond 10 days")
regsim_cli_test(NAME baseline.bad_json EXIT 2
                ARGS baseline diff ${expectation_cases}/small.yaml ${expectation_cases}/bad-base.json
                MATCH "bad-base.json:3:14: error: not valid JSON: [^\n]*\\[bad_json\\]")
regsim_cli_test(NAME baseline.missing_baseline EXIT 2
                ARGS baseline diff ${expectation_cases}/small.yaml no-such-base.json
                MATCH "\\[file_not_found\\]")
regsim_cli_test(NAME baseline.negative_tolerance EXIT 2
                ARGS baseline diff ${expectation_cases}/small.yaml ${expectation_cases}/small-fast.json
                     --tolerance -1
                MATCH "--tolerance")

# The bundled pathways' headline figures, asserted through regsim check.
file(GLOB expectation_files CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/expectations/*.yaml)
foreach(expectation_file IN LISTS expectation_files)
  get_filename_component(expectation_name ${expectation_file} NAME_WE)
  regsim_cli_test(NAME check.expectations.${expectation_name} EXIT 0
                  ARGS check ${expectation_file} MATCH " 0 failed")
endforeach()

# cmake --install into the build tree, then find_package(regsim) from the example project.
add_test(NAME install.find_package_example
         COMMAND ${CMAKE_COMMAND} -DBUILD_DIR=${PROJECT_BINARY_DIR}
                 -DEXAMPLE_DIR=${PROJECT_SOURCE_DIR}/docs/examples/find-package
                 -DWORK_DIR=${CMAKE_CURRENT_BINARY_DIR}/install-test
                 -P ${CMAKE_CURRENT_SOURCE_DIR}/install_example.cmake)
set_tests_properties(install.find_package_example PROPERTIES LABELS install TIMEOUT 600)
regsim_cli_test(NAME check.verbose EXIT 0 ARGS check -v ${expectation_cases}/passing.yaml
                MATCH "passing.yaml:7: passed: small.yaml \\[baseline\\]: approval calendar days equal to 60: actual 60 days \\(approval on 2026-03-06\\)")
