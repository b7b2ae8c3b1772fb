# Reliability (docs/design.md, "Reliability"): resource limits.

# Memory limits. A generated pathway of 2,000 tasks without milestones or deadlines: one
# Monte Carlo run records 4 + 2000 x (1 + 1 + 4) = 12,004 bytes, so 1 GiB holds
# floor(2^30 / 12004) = 89,448 runs, and 100,000 runs would take 1,200,400,000 bytes =
# 1144.8 MiB (shown rounded up). A portfolio may hold 5,000,000 / 2,000 = 2,500 applications.
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
set(runs_limit_message "the samples of 100000 runs of this 2000-task pathway would take about 1145 MiB, more than the limit of 1024 MiB; at most 89448 runs fit")

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
