# `regsim schedule`: hand-computed schedules of tests/cli/data/schedule/review.yaml.
# review 30d from Mon 2026-01-05 -> 02-04; questions (clock stop) 20d -> 02-24;
# review2 10d -> 03-06. 60 calendar days; 44 weekdays (20 in January from the 5th, 20 in
# February, 4 in March); the clock runs 30 + 10 = 40 days, 5 under the 45-day limit.
set(REGSIM_SCHEDULE_FILE ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/schedule/review.yaml)
regsim_cli_test(NAME schedule_text EXIT 0 ARGS schedule ${REGSIM_SCHEDULE_FILE}
                MATCH "2026-01-05 -> 2026-03-06: 60 calendar days, 44 working days, 40 clock days")
regsim_cli_test(NAME schedule_text_task_row EXIT 0 ARGS schedule ${REGSIM_SCHEDULE_FILE}
                MATCH "questions   2026-02-04  2026-02-24    20    14      0     0     0      0  D\\*")
regsim_cli_test(NAME schedule_deadline_met EXIT 0 ARGS schedule ${REGSIM_SCHEDULE_FILE}
                MATCH "statutory  clock-days         45      40      \\+5  2026-02-19  met")
# Scenario `fast`: review 20d -> 01-25, questions -> 02-14, review2 -> 02-24; clock 30.
regsim_cli_test(NAME schedule_scenario EXIT 0 ARGS schedule ${REGSIM_SCHEDULE_FILE} --scenario fast
                MATCH "test/review \\(fast\\)\n2026-01-05 -> 2026-02-24: 50 calendar days, [0-9]+ working days, 30 clock days")
regsim_cli_test(NAME schedule_start_option EXIT 0
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --start 2026-02-02
                MATCH "2026-02-02 -> 2026-04-03: 60 calendar days")
regsim_cli_test(NAME schedule_json EXIT 0 ARGS schedule ${REGSIM_SCHEDULE_FILE} --format json
                MATCH "\"schema\": \"regsim.timeline/1\".*\"clock_days\": 40")
# Portfolio: three applications on 01-05, one reviewer. Reviews 01-05..02-04, 02-04..03-06
# (30 days' wait), 03-06..04-05 (60 days); the last ends 04-05 + 20 + 10 = 05-05. The
# reviewer is busy 90 of the 120 days from 01-05 to 05-05: 75%.
regsim_cli_test(NAME schedule_portfolio_pools EXIT 0
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --portfolio
                MATCH "reviewers         1         3       2       30.0        60          75%")
regsim_cli_test(NAME schedule_portfolio_last EXIT 0
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --portfolio
                MATCH "  2  2026-01-05  2026-05-05    120")
# --applications 2 --every 30d: arrivals 01-05 and 02-04; the second finds the reviewer
# free on 02-04 and never waits.
regsim_cli_test(NAME schedule_applications_every EXIT 0
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --applications 2 --every 30d
                MATCH "  1  2026-02-04  2026-04-05     60     40          0  1/1 met")
regsim_cli_test(NAME schedule_portfolio_json EXIT 0
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --portfolio --format json
                MATCH "\"pools\": \\[\n    {\n      \"id\": \"reviewers\"")
# Usage and input errors exit 2.
regsim_cli_test(NAME schedule_bad_format EXIT 2
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --format xml MATCH "--format")
regsim_cli_test(NAME schedule_bad_start EXIT 2
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --start 2026-02-30 MATCH "--start")
regsim_cli_test(NAME schedule_bad_every EXIT 2
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --applications 2 --every soon MATCH "--every")
regsim_cli_test(NAME schedule_every_alone EXIT 2
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --every 30d MATCH "--applications")
regsim_cli_test(NAME schedule_unknown_scenario EXIT 2
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --scenario nope MATCH "unknown_scenario")
regsim_cli_test(NAME schedule_missing_file EXIT 2 ARGS schedule no-such-file.yaml
                MATCH "file_not_found")
# Markdown and CSV come from the report module's renderers.
regsim_cli_test(NAME schedule_markdown EXIT 0 ARGS schedule ${REGSIM_SCHEDULE_FILE} --format md
                MATCH "2026-01-05 → 2026-03-06: \\*\\*60 calendar days\\*\\*, 40 clock days")
regsim_cli_test(NAME schedule_csv EXIT 0 ARGS schedule ${REGSIM_SCHEDULE_FILE} --format csv
                MATCH "task_id.*\r?\ntest/review,baseline,0,submission")
regsim_cli_test(NAME schedule_portfolio_markdown_refused EXIT 2
                ARGS schedule ${REGSIM_SCHEDULE_FILE} --portfolio --format md MATCH "portfolio")

# Every line of every text report fits --width (docs/cli.md), at four widths, for every
# bundled pathway: tables, Gantts, comparisons, Monte Carlo, portfolios, Markdown charts.
add_test(NAME cli.text_reports_fit_their_width
         COMMAND /usr/bin/python3 ${CMAKE_CURRENT_SOURCE_DIR}/cli/text_widths.py ${REGSIM_CLI}
                 60 80 100 140)
set_tests_properties(cli.text_reports_fit_their_width PROPERTIES LABELS cli
                     PASS_REGULAR_EXPRESSION "lines of [0-9]+ text reports fit their width")
regsim_cli_test(NAME schedule.gantt EXIT 0 ARGS schedule kr/listing --format gantt --width 80
                MATCH "Task +Days Clock Q2 .*! Listed for reimbursement +0 +0 .*◆\n.*Legend: █ agency clock running")
regsim_cli_test(NAME schedule.gantt_ascii EXIT 0
                ARGS schedule kr/listing --format gantt --width 60 --ascii
                MATCH "Legend: # agency clock running" NO_MATCH "█|◆|→|…")
regsim_cli_test(NAME schedule.table_needs_60_columns EXIT 2 ARGS schedule kr/listing --width 50
                MATCH "--width: the task table needs at least 60 columns")
regsim_cli_test(NAME simulate.needs_60_columns EXIT 2 ARGS simulate kr/listing --runs 10 --width 59
                MATCH "--width: '59' is not a whole number from 60 to 1000")
