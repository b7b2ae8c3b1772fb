# `regsim schedule --status`: re-forecasts of tests/cases/status/data/track.yaml, worked out
# by hand in the status files' headers. Plan: 2026-01-05 -> 03-06. As of 03-01, questions
# in progress since 02-10 end 03-02, review2 03-02 -> 03-12, the unstarted inspection
# 03-01 -> 03-11, approval 03-12: 66 calendar days, approval 6 days late.
set(REGSIM_STATUS_DATA ${CMAKE_CURRENT_SOURCE_DIR}/cases/status/data)
set(REGSIM_STATUS ${REGSIM_STATUS_DATA}/in-questions.yaml)
regsim_cli_test(NAME status.summary EXIT 0 ARGS schedule --status ${REGSIM_STATUS}
                MATCH "2026-01-05 -> 2026-03-12: 66 calendar days.*\nas of 2026-03-01: actual dates up to it, forecast after it\n")
regsim_cli_test(NAME status.done_marked_a EXIT 0 ARGS schedule --status ${REGSIM_STATUS}
                MATCH "\nreview +2026-01-06  2026-02-10 [ 0-9]+  A \\*\n")
regsim_cli_test(NAME status.in_progress_marked EXIT 0 ARGS schedule --status ${REGSIM_STATUS}
                MATCH "\nquestions +2026-02-10  2026-03-02 [ 0-9]+  > D\\*\n")
regsim_cli_test(NAME status.unstarted_waits_for_as_of EXIT 0
                ARGS schedule --status ${REGSIM_STATUS}
                MATCH "\ninspection +2026-03-01  2026-03-11 ")
# FILE may repeat the status's pathway; another pathway is refused.
regsim_cli_test(NAME status.same_file EXIT 0
                ARGS schedule ${REGSIM_STATUS_DATA}/track.yaml --status ${REGSIM_STATUS}
                MATCH "2026-01-05 -> 2026-03-12")
regsim_cli_test(NAME status.other_file EXIT 2
                ARGS schedule ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/schedule/review.yaml
                     --status ${REGSIM_STATUS}
                MATCH "tracks 'track.yaml'")
regsim_cli_test(NAME status.no_file_no_status EXIT 2 ARGS schedule MATCH "FILE")
regsim_cli_test(NAME status.not_with_portfolio EXIT 2
                ARGS schedule --status ${REGSIM_STATUS} --applications 2 MATCH "portfolio")
regsim_cli_test(NAME status.unknown_scenario EXIT 2
                ARGS schedule --status ${REGSIM_STATUS} --scenario nope MATCH "unknown_scenario")
# The status's own scenario: review2 of `fast` takes 5 days (03-02 -> 03-07), but the
# inspection, not started by 03-01, ends 03-11: approval 03-11. --scenario may only repeat it.
regsim_cli_test(NAME status.scenario_of_status EXIT 0
                ARGS schedule --status ${REGSIM_STATUS_DATA}/fast.yaml
                MATCH "track \\(fast\\)\n2026-01-05 -> 2026-03-11: 65 calendar days")
regsim_cli_test(NAME status.scenario_conflict EXIT 2
                ARGS schedule --status ${REGSIM_STATUS_DATA}/fast.yaml --scenario other
                MATCH "tracks scenario 'fast'")
# JSON: the questions in progress and the approval's variance against the plan (03-06).
regsim_cli_test(NAME status.json_in_progress EXIT 0
                ARGS schedule --status ${REGSIM_STATUS} --format json
                MATCH "\"status\": \"in_progress\",\n *\"actual_start\": \"2026-02-10\",\n *\"actual_finish\": null,\n *\"variance\": {\n *\"planned_start\": \"2026-02-04\",\n *\"planned_finish\": \"2026-02-24\",\n *\"forecast_finish\": \"2026-03-02\",\n *\"variance_days\": 6")
regsim_cli_test(NAME status.json_application EXIT 0
                ARGS schedule --status ${REGSIM_STATUS} --format json
                MATCH "\"as_of\": \"2026-03-01\",.*\"planned_finish\": \"2026-03-06\",\n *\"variance_days\": 6,")
# Overrun: still in the questions on 03-05 (planned end 03-02): they end 03-05, approval 03-15.
regsim_cli_test(NAME status.overrun EXIT 0
                ARGS schedule --status ${REGSIM_STATUS_DATA}/overrun.yaml
                MATCH "2026-01-05 -> 2026-03-15: 69 calendar days")
# Without --status nothing changes: no as-of line, no status fields.
regsim_cli_test(NAME status.absent_changes_nothing EXIT 0
                ARGS schedule ${REGSIM_STATUS_DATA}/track.yaml --format json
                NO_MATCH "as_of|actual_start|variance")
# Every bad status case: exit 2, its id at its line, no output written or destroyed.
add_test(NAME cli.status.bad_cases
         COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/cli/status_checks.sh ${REGSIM_CLI}
                 ${CMAKE_CURRENT_SOURCE_DIR}/cases/status)
set_tests_properties(cli.status.bad_cases PROPERTIES LABELS cli)

# The other commands with --status (docs/status.md, "Other commands").
# compare: both sides re-forecast from 03-01; `fast` ends with the inspection, 03-11.
regsim_cli_test(NAME status.compare EXIT 0
                ARGS compare --status ${REGSIM_STATUS} --scenario fast --ascii
                MATCH "baseline +2026-01-05 -> 2026-03-12  66 calendar days.*\nShorter second review 2026-01-05 -> 2026-03-11  65 calendar days")
# check: approval on exactly 03-12 holds for the re-forecast, not for the plan (03-06).
regsim_cli_test(NAME status.check_reforecast EXIT 0
                ARGS check ${REGSIM_STATUS_DATA}/checks.yaml --status ${REGSIM_STATUS}
                MATCH "2 assertions: 2 passed, 0 failed")
regsim_cli_test(NAME status.check_plan EXIT 1
                ARGS check ${REGSIM_STATUS_DATA}/checks.yaml
                MATCH "actual 2026-03-06")
# baseline diff: the plan saved as plan-baseline.json (regsim baseline save track.yaml) against
# the re-forecast: approval 6 days late, the unstarted inspection 55 (01-15 -> 03-11).
regsim_cli_test(NAME status.baseline_diff EXIT 1
                ARGS baseline diff ${REGSIM_STATUS_DATA}/track.yaml
                     ${REGSIM_STATUS_DATA}/plan-baseline.json --status ${REGSIM_STATUS}
                MATCH "end: 2026-03-06 -> 2026-03-12 \\(\\+6 days\\)  REGRESSION.*\ninspection  2026-03-01    \\+55  2026-03-11    \\+55  REGRESSION")
# simulate: questions open 19 days of triangular(10, 20, 60): no run before day 65
# (P10 at least 65), the median near day 77 (tracking_monte_carlo_test.cpp works it out).
regsim_cli_test(NAME status.simulate EXIT 0
                ARGS simulate --status ${REGSIM_STATUS_DATA}/stochastic-open.yaml --runs 2000 --seed 3
                MATCH "\napproval +100.0% +[0-9.]+ +[0-9.]+ +6[5-9] +7[6-8] ")
# The same seed gives the same bytes for 1 and 2 threads with a status too.
add_test(NAME cli.status.simulate_threads
         COMMAND bash -c "cmp <(\"$1\" simulate --status \"$2\" --runs 3000 --seed 4 --threads 1 --format json) <(\"$1\" simulate --status \"$2\" --runs 3000 --seed 4 --threads 2 --format json)"
                 _ ${REGSIM_CLI} ${REGSIM_STATUS_DATA}/stochastic-open.yaml)
set_tests_properties(cli.status.simulate_threads PROPERTIES LABELS cli)
# The variance table: approval planned 03-06, forecast 03-12.
regsim_cli_test(NAME status.variance_table EXIT 0 ARGS schedule --status ${REGSIM_STATUS}
                MATCH "\nmilestone   planned     forecast    variance\n.*\napproval    2026-03-06  2026-03-12        \\+6\n")
# tj3 reads the export with the status (now, complete) and schedules it without an error.
find_program(REGSIM_TJ3 tj3)
if(REGSIM_TJ3)
  add_test(NAME cli.status.tj3_reads_export
           COMMAND bash -c "d=$(mktemp -d) && trap 'rm -rf $d' EXIT && \"$1\" schedule --status \"$2\" --format tjp -o $d/t.tjp && cd $d && \"$3\" --no-color t.tjp > log 2>&1; s=$?; grep -q 'complete 95' t.tjp && grep -q 'now 2026-03-01' t.tjp && ! grep -qi error log && exit $s"
                   _ ${REGSIM_CLI} ${REGSIM_STATUS} ${REGSIM_TJ3})
  set_tests_properties(cli.status.tj3_reads_export PROPERTIES LABELS cli)
endif()
