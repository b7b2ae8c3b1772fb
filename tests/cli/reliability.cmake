# Reliability (docs/design.md, "Reliability"): output files under SIGKILL, Ctrl-C of long
# commands, resource limits, and the determinism of compare --runs.

# SIGKILL at many moments of `regsim schedule -o`: the report is old or new, never partial.
add_test(NAME cli.kill_mid_write
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/kill_mid_write.sh ${REGSIM_CLI}
                 ${CMAKE_CURRENT_BINARY_DIR}/kill-mid-write)
set_tests_properties(cli.kill_mid_write PROPERTIES LABELS cli TIMEOUT 300)

# Ctrl-C: exit 130, "regsim: interrupted", no output file.
foreach(check simulate compare_runs check schedule_portfolio)
  add_test(NAME cli.interrupt.${check}
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/interrupt_checks.sh ${check}
                   ${REGSIM_CLI})
  set_tests_properties(cli.interrupt.${check} PROPERTIES LABELS cli)
endforeach()

add_test(NAME cli.compare.runs_identical_for_any_threads
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/compare_runs_determinism.sh ${REGSIM_CLI})
set_tests_properties(cli.compare.runs_identical_for_any_threads PROPERTIES LABELS cli
                     PASS_REGULAR_EXPRESSION "byte-identical in 6 formats")

# Memory limits. A generated pathway of 2,000 tasks without milestones or deadlines: one
# Monte Carlo run records 4 + 2000 x (1 + 1 + 1 + 4) = 14,004 bytes, so 1 GiB holds
# floor(2^30 / 14004) = 76,673 runs, and 100,000 runs would take 1,400,400,000 bytes =
# 1335.5 MiB (shown rounded up). A portfolio may hold 5,000,000 / 2,000 = 2,500 applications.
set(many_tasks ${CMAKE_CURRENT_BINARY_DIR}/many-tasks.yaml)
set(many_tasks_text "regsim: 1\nid: test/many-tasks\ntitle: 2000 independent tasks\n")
string(APPEND many_tasks_text "start: 2026-01-05\ntasks:\n")
foreach(i RANGE 1999)
  string(APPEND many_tasks_text "  - {id: t${i}, duration: 1d}\n")
endforeach()
string(APPEND many_tasks_text "scenarios:\n  faster:\n    change:\n      t0: {duration: 0d}\n")
file(WRITE ${many_tasks} "${many_tasks_text}")
file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/many-runs-checks.yaml
     "regsim: 1\npathway: ${many_tasks}\nexpect:\n  - milestone: end\n    p80: {at_most: 5000}\n    runs: 100000\n")
set(runs_limit_message "the samples of 100000 runs of this 2000-task pathway would take about 1336 MiB, more than the limit of 1024 MiB; at most 76673 runs fit")

regsim_cli_test(NAME limits.simulate_runs_times_tasks EXIT 2
                ARGS simulate ${many_tasks} --runs 100000
                MATCH "regsim: error: --runs: ${runs_limit_message}")
regsim_cli_test(NAME limits.compare_runs_times_tasks EXIT 2
                ARGS compare ${many_tasks} --runs 100000
                MATCH "regsim: error: --runs: ${runs_limit_message}")
regsim_cli_test(NAME limits.check_runs_times_tasks EXIT 2
                ARGS check ${CMAKE_CURRENT_BINARY_DIR}/many-runs-checks.yaml
                MATCH "many-runs-checks.yaml:4:5: error: runs: ${runs_limit_message} \\[too_many_runs\\]")
regsim_cli_test(NAME limits.portfolio_applications_times_tasks EXIT 2
                ARGS schedule ${many_tasks} --applications 2501
                MATCH "--applications: a portfolio of 2501 applications of this 2000-task pathway would schedule more than 5000000 tasks, the limit; at most 2500 applications fit")

# Dates past year 9999 in a schedule: a diagnostic at the task, not an internal error.
set(fuzz_regressions ${CMAKE_CURRENT_SOURCE_DIR}/fuzz/regressions/pathway_reader)
regsim_cli_test(NAME limits.schedule_past_year_9999 EXIT 2
                ARGS schedule ${fuzz_regressions}/schedule-past-year-9999.yaml
                MATCH "schedule-past-year-9999.yaml:9:5: error: task 'review': the schedule reaches 70 days after 9999-12-31[^\n]*\\[date_out_of_range\\]")
regsim_cli_test(NAME limits.lag_past_year_9999 EXIT 2
                ARGS simulate ${fuzz_regressions}/lag-past-year-9999.yaml --runs 10
                MATCH "lag-past-year-9999.yaml:9:5: error: task 'review': the schedule reaches [0-9]+ days after 9999-12-31[^\n]*\\[date_out_of_range\\]")
regsim_cli_test(NAME limits.deadline_due_past_year_9999 EXIT 2
                ARGS schedule ${fuzz_regressions}/deadline-due-past-year-9999.yaml
                MATCH "deadline-due-past-year-9999.yaml:13:5: error: deadline 'limit': [^\n]*111 days after 9999-12-31[^\n]*\\[date_out_of_range\\]")
regsim_cli_test(NAME limits.derived_slot_past_year_9999 EXIT 2
                ARGS schedule ${fuzz_regressions}/derived-slot-past-year-9999.yaml
                MATCH "derived-slot-past-year-9999.yaml:10:5: error: task 'validation' is ready on 9999-12-01 but timetable 'standard' has no slot with a deadline on or after that day \\[no_sitting\\]")

# Charts at the ends of the supported years: the axis's margin and its first week tick
# once stepped past 9999-12-31 (or before 1400-01-01) and Boost threw bad_year (exit 70).
foreach(edge 1400-01-01 9999-12-31)
  regsim_cli_test(NAME limits.svg_axis_at_${edge} EXIT 0
                  ARGS schedule ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/one-milestone.yaml
                       --start ${edge} --format svg
                  MATCH "</svg>")
  regsim_cli_test(NAME limits.html_axis_at_${edge} EXIT 0
                  ARGS simulate ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/one-milestone.yaml
                       --start ${edge} --runs 5 --format html
                  MATCH "</html>")
endforeach()

# Pipes and devices named as pathways or includes are refused, not read (a FIFO with no
# writer would block for ever).
add_test(NAME cli.special_files_are_refused
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/special_files.sh ${REGSIM_CLI}
                 ${CMAKE_CURRENT_BINARY_DIR}/special-files)
set_tests_properties(cli.special_files_are_refused PROPERTIES LABELS cli TIMEOUT 120)
