# `regsim simulate --portfolio` on the M/M/c file of issue 24 (tests/queueing/mmc.yaml),
# exactly as written there. Theory (Erlang C, c = 20, a = 14): utilisation 0.70, P(wait)
# 0.0936, mean wait 0.873 days; 5 runs of 20,000 applications at seed 1 give 0.701,
# 0.0905 and 0.856 +/- 0.181 (docs/guide.md, "Queueing check"). Deterministically the
# Poisson process arrives every 4 days: application 19,999 on 2026-01-01 + 79,996 days.
set(MMC ${CMAKE_CURRENT_SOURCE_DIR}/queueing/mmc.yaml)
regsim_cli_test(NAME portfolio.mmc_json_fields EXIT 0
                ARGS simulate ${MMC} --portfolio --runs 5 --format json
                MATCH "\"pools\": \\[\n    {\n      \"id\": \"reviewers\",\n      \"capacity\": 20,\n      \"utilisation\": 0\\.70[0-9]*,\n      \"mean_wait_days\": 0\\.[789][0-9]*,\n      \"p_wait\": 0\\.09[0-9]*,.*\"classes\": \\[\n    {\n      \"id\": \"mmc\",.*\"lead_time_days\": {\n        \"mean\": 5[67]\\.[0-9]*,\n        \"p10\": [0-9]+,\n        \"p50\": [0-9]+,\n        \"p80\": [0-9]+,\n        \"p90\": [0-9]+")
regsim_cli_test(NAME portfolio.mmc_text_summary_first EXIT 0
                ARGS simulate ${MMC} --portfolio --runs 2
                MATCH "^Portfolio mmc: 2 runs \\(seed 1\\), 20000\\.0 applications per run")
regsim_cli_test(NAME portfolio.warmup_leaves_out_early_arrivals EXIT 0
                ARGS simulate ${MMC} --portfolio --runs 2 --warmup 40000 --format json
                MATCH "\"warmup_days\": 40000,.*\"applications_per_run\": (99[0-9][0-9]|10[0-9][0-9][0-9])\\.")
regsim_cli_test(NAME portfolio.without_section_exits_2 EXIT 2
                ARGS simulate ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/simulate-paths.yaml --portfolio
                MATCH "has no `portfolio:` section")
regsim_cli_test(NAME portfolio.warmup_needs_portfolio EXIT 2
                ARGS simulate ${MMC} --warmup 10 MATCH "--warmup goes with --portfolio")
regsim_cli_test(NAME portfolio.schedule_poisson_is_regular EXIT 0
                ARGS schedule ${MMC} --portfolio --format csv
                MATCH "mmc,baseline,19999,review,review,task,agency,running,2245-01-09,2245-01-09,2245-03-06,56,")
# The deterministic plan of a portfolio with classes: classes by share in arrival order,
# each application's class in the table and in JSON.
regsim_cli_test(NAME portfolio.schedule_classes EXIT 0
                ARGS schedule ${PROJECT_SOURCE_DIR}/docs/examples/review-capacity.yaml --portfolio
                MATCH "app  class       start       finish[^\n]*\n  0  biosimilar  2026-03-03[^\n]*\n  1  new_drug    2026-03-07")
regsim_cli_test(NAME portfolio.schedule_classes_json EXIT 0
                ARGS schedule ${PROJECT_SOURCE_DIR}/docs/examples/review-capacity.yaml --portfolio --format json
                MATCH "\"classes\": \\[\n    \"biosimilar\",\n    \"new_drug\",\n    \"biosimilar\",")
regsim_cli_test(NAME portfolio.classes_refuse_applications EXIT 2
                ARGS schedule ${PROJECT_SOURCE_DIR}/docs/examples/review-capacity.yaml --applications 3
                MATCH "--applications: [^\n]* has application classes")

# A pool on its own calendar: the review needing it finishes where `calendar add` on the
# pool's calendar (with the pathway's counting convention, plain) says, 2026-10-08; the
# same task without the pool, and one naming its own calendar, on Monday to Friday.
add_test(NAME cli.portfolio.pool_calendar_counts_its_working_days
         COMMAND bash -c "s=$(\"$1\" schedule \"$2\" --format csv) && d=$(\"$1\" calendar add 2026-09-21 10wd --calendar kr --convention plain) && w=$(\"$1\" calendar add 2026-09-21 10wd) && [ \"$d\" = 2026-10-08 ] && [ \"$w\" = 2026-10-05 ] && grep -q \",review,review,task,.*,2026-09-21,2026-09-21,$d,\" <<<\"$s\" && grep -q \",paperwork,paperwork,task,.*,2026-09-21,2026-09-21,$w,\" <<<\"$s\" && grep -q \",own_calendar,own_calendar,task,.*,2026-09-21,2026-09-21,$w,\" <<<\"$s\""
                 _ ${REGSIM_CLI} ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/pool-calendar.yaml)
set_tests_properties(cli.portfolio.pool_calendar_counts_its_working_days PROPERTIES LABELS cli)

# Arrivals by monthly rates (none in July and August) and their diagnostics.
regsim_cli_test(NAME portfolio.monthly_rates_season EXIT 0
                ARGS simulate ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/seasonal-arrivals.yaml --portfolio --runs 20 --format csv
                MATCH "\r\n2026-06,[0-9.]+,[0-9.]+,[0-9.]+,[1-9][0-9]*\r\n2026-07,[0-9.]+,[0-9.]+,,0\r\n2026-08,[0-9.]+,[0-9.]+,,0\r\n2026-09,[0-9.]+,[0-9.]+,[0-9.]+,[1-9]")
regsim_cli_test(NAME portfolio.monthly_rates_twelve EXIT 2
                ARGS validate ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/bad-monthly-arrivals.yaml
                MATCH "bad-monthly-arrivals.yaml:14:23: error: monthly rates are twelve numbers, January to December, not 11 \\[bad_value\\]")
regsim_cli_test(NAME portfolio.empirical_gap_above_zero EXIT 2
                ARGS validate ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/bad-empirical-arrivals.yaml
                MATCH "bad-empirical-arrivals.yaml:14:30: error: an empirical gap is above zero in calendar days or weeks \\(4d, 2w\\), not 0d \\[bad_value\\]")

# Month by month: CSV one row a month from the first arrival's, the HTML page with its
# charts (and Chromium draws it), csv refused without --portfolio.
regsim_cli_test(NAME portfolio.months_csv EXIT 0
                ARGS simulate ${MMC} --portfolio --runs 2 --format csv
                MATCH "^month,backlog,reviewers_queue,reviewers_mean_wait_days,reviewers_requests\r\n2026-01,[0-9.]+,[0-9.]+,[0-9.]+,[0-9]+\r\n2026-02,")
regsim_cli_test(NAME portfolio.csv_needs_portfolio EXIT 2
                ARGS simulate ${MMC} --format csv MATCH "--format csv goes with --portfolio")
add_test(NAME cli.portfolio.html_renders_in_chromium
         COMMAND bash -c "d=$(mktemp -d) && trap 'rm -rf $d' EXIT && \"$1\" simulate \"$2\" --portfolio --runs 2 --format html -o $d/p.html && grep -q 'Backlog at each month' $d/p.html && grep -q 'Queue at each month' $d/p.html && bash \"$3\" $d/p.html $d/p.png"
                 _ ${REGSIM_CLI} ${MMC} ${CMAKE_CURRENT_SOURCE_DIR}/cli/render_in_chromium.sh)
set_tests_properties(cli.portfolio.html_renders_in_chromium PROPERTIES LABELS "cli;exports")
add_test(NAME cli.portfolio.same_bytes_any_threads
         COMMAND bash -c "a=$(\"$1\" simulate \"$2\" --portfolio --runs 6 --threads 1 --format json) && b=$(\"$1\" simulate \"$2\" --portfolio --runs 6 --threads 2 --format json) && [ \"$a\" = \"$b\" ] && [ -n \"$a\" ]" _ ${REGSIM_CLI} ${MMC})
set_tests_properties(cli.portfolio.same_bytes_any_threads PROPERTIES LABELS cli)

# Queueing theory against the simulation: M/M/1, M/M/c, M/D/1 at utilisation 0.5, 0.8 and
# 0.95, fixed seed; tolerances and the day-granularity allowance in the script's header.
find_package(Python3 COMPONENTS Interpreter)
if(Python3_FOUND)
  add_test(NAME queueing.theory
           COMMAND ${Python3_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/queueing/theory.py ${REGSIM_CLI})
  set_tests_properties(queueing.theory PROPERTIES LABELS cli)
endif()

# Application classes (docs/examples/review-capacity.yaml: 60 % biosimilars, 40 % new drugs
# sharing review_team): one JSON entry per class, in the file's order, with the shared pool.
set(CLASSES ${PROJECT_SOURCE_DIR}/docs/examples/review-capacity.yaml)
regsim_cli_test(NAME portfolio.classes_json EXIT 0
                ARGS simulate ${CLASSES} --portfolio --runs 3 --format json
                MATCH "\"pools\": \\[\n    {\n      \"id\": \"review_team\",\n      \"capacity\": 60,.*\"classes\": \\[\n    {\n      \"id\": \"biosimilar\",.*\n    {\n      \"id\": \"new_drug\",")
regsim_cli_test(NAME portfolio.classes_text_per_class EXIT 0
                ARGS simulate ${CLASSES} --portfolio --runs 2
                MATCH "\nbiosimilar +[0-9]+ +[0-9.]+ +[0-9]+ +[0-9]+ +[0-9]+ +[0-9]+\nnew_drug +[0-9]+")
add_test(NAME cli.portfolio.classes_same_bytes_any_threads
         COMMAND bash -c "a=$(\"$1\" simulate \"$2\" --portfolio --runs 4 --threads 1 --format json) && b=$(\"$1\" simulate \"$2\" --portfolio --runs 4 --threads 2 --format json) && [ \"$a\" = \"$b\" ] && [ -n \"$a\" ]" _ ${REGSIM_CLI} ${CLASSES})
set_tests_properties(cli.portfolio.classes_same_bytes_any_threads PROPERTIES LABELS cli)

# A capacity plan (tests/cli/data/capacity-plan.yaml): four 10-day reviews on 2026-01-05, one
# reviewer, three from 2026-01-10: starts 01-05, 01-10, 01-10, 01-15 (when the first frees
# its unit); 40 busy unit-days over 1 x 5 + 3 x 15 offered: utilisation 80%.
regsim_cli_test(NAME portfolio.capacity_plan_schedule EXIT 0
                ARGS schedule ${CMAKE_CURRENT_SOURCE_DIR}/cli/data/capacity-plan.yaml --portfolio
                MATCH "  1  2026-01-10  2026-01-20 [^\n]+\n  2  2026-01-10  2026-01-20 [^\n]+\n  3  2026-01-15  2026-01-25 .*reviewers +1 +4 +3 +5\\.0 +10 +80%")
# The portfolio summary fits the 100 columns of every text report (its footer once had 103).
regsim_cli_test(NAME portfolio.summary_fits_100_columns EXIT 0
                ARGS simulate ${CMAKE_CURRENT_SOURCE_DIR}/queueing/mmc.yaml --portfolio --runs 2
                MATCH "half-width over runs"
                NO_MATCH "[^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n][^\n]")
