# regsim explain: the change from the baseline to a scenario, lever by lever (docs/cli.md).
# tests/cli/data/explain-streams.yaml, by hand: subsets {} 30, {short-a} 20, {short-b} 30,
# {both} 10 days; in order -10, -10; Shapley -15, -5.
regsim_cli_test(NAME explain.text_by_hand EXIT 0
                ARGS explain cli/data/explain-streams.yaml --scenario reformed
                MATCH "deterministic schedule: 30 -> 10 days \\(-20\\)\nlever +in order +Shapley\nshort-a +-10 +-15 +-+\nshort-b +-10 +-5 +-+\ntotal +-20 +-20\n")
regsim_cli_test(NAME explain.json_by_hand EXIT 0
                ARGS explain cli/data/explain-streams.yaml --scenario reformed --format json
                MATCH "\"total_days\": -20.0,\n  \"levers\": \\[\n    {\n      \"id\": \"short-a\",.*\"sources\": \\[\n        \"notice\"\n      \\],.*\"days\": -10.0,\n      \"shapley_days\": -15.0\n.*\"id\": \"short-b\",.*\"days\": -10.0,\n      \"shapley_days\": -5.0")
regsim_cli_test(NAME explain.runs_p50_p80 EXIT 0
                ARGS explain cli/data/explain-streams.yaml --scenario more --runs 200 --seed 3 --format md
                MATCH "P50 of 200 runs, seed 3, common random numbers: 30 -> [0-9]+ days.*P80 of 200 runs")
regsim_cli_test(NAME explain.html EXIT 0
                ARGS explain cli/data/explain-streams.yaml --scenario reformed --format html
                MATCH "<svg .*short-a.*</svg>.*<table>")
regsim_cli_test(NAME explain.unknown_scenario EXIT 2
                ARGS explain cli/data/explain-streams.yaml --scenario nope
                MATCH "unknown_scenario")
regsim_cli_test(NAME explain.bad_lever EXIT 2
                ARGS explain cases/lever_unknown_task.yaml --scenario reformed
                MATCH "lever_unknown_task.yaml:17:[0-9]+: error: lever 'faster' of scenario 'reformed' names task 'reveiw'.*\\[unknown_task\\]")
# The same runs with any thread count give the same bytes.
add_test(NAME cli.explain.threads_do_not_matter
         COMMAND bash -c "diff <(\"$1\" explain kr/biosimilar --scenario reformed --runs 300 --threads 1 --format json) <(\"$1\" explain kr/biosimilar --scenario reformed --runs 300 --threads 2 --format json) && echo same"
                 -- ${REGSIM_CLI})
set_tests_properties(cli.explain.threads_do_not_matter PROPERTIES LABELS cli
                     PASS_REGULAR_EXPRESSION "^same\n$")
# Levers of an included file keep their order, prefixed like its tasks (kr/patient-access
# includes kr/biosimilar as `approval.`): the consultations' 88 days, then the listing filed
# with the MFDS application (60 days of formula listing no longer after the certificate).
regsim_cli_test(NAME explain.included_levers EXIT 0
                ARGS explain kr/patient-access --scenario parallel
                MATCH "466 -> 318 days \\(-148\\).*approval.dedicated-team +0 +0\n.*approval.consultations +-88 +-88 .*\nlisting-with-application +-60 +-60 .*\ntotal +-148 +-148")
# Under a workload (--portfolio): the dedicated team (review pool 16 -> 32 streams) gives
# nothing to one application alone and weeks to the lead time of applications queueing at
# 18 a year; the levers that draw the same numbers in every subset (no change, a fixed
# duration) give exactly 0, which independent draws per subset would not.
regsim_cli_test(NAME explain.portfolio_capacity_lever EXIT 0
                ARGS explain kr/biosimilar-workload --scenario reformed --portfolio --warmup 365 --runs 20
                MATCH "deterministic schedule of one application alone: 406 -> 318 days \\(-88\\)\nlever +in order +Shapley\nbiosimilar.dedicated-team +0 +0\n.*P80 lead time per application of the portfolio, 20 runs of [0-9.]+ applications, seed 1, warm-up 365\n  days, the same arrivals for every subset: [0-9]+ -> [0-9]+ days \\(-[0-9]+\\)\nlever +in order +Shapley\nbiosimilar.dedicated-team +-[1-9][0-9] +-[1-9][0-9.]+ +-+\nbiosimilar.reviewer-mix +0 +0\n.*biosimilar.gmp-90-days +0 +0\n")
# kr/new-drug-workload: the same for the new-drug pool (18 -> 36 streams, 36.5 a year).
regsim_cli_test(NAME explain.portfolio_capacity_lever_new_drug EXIT 0
                ARGS explain kr/new-drug-workload --scenario reformed --portfolio --warmup 365 --runs 10
                MATCH "deterministic schedule of one application alone: 420 -> 301 days \\(-119\\)\nlever +in order +Shapley\nnew-drug.dedicated-team +0 +0\n.*P80 lead time per application of the portfolio, 10 runs of [0-9.]+ applications, seed 1, warm-up 365\n  days, the same arrivals for every subset: [0-9]+ -> [0-9]+ days \\(-[0-9]+\\)\nlever +in order +Shapley\nnew-drug.dedicated-team +-[1-9][0-9]+ +-[1-9][0-9.]+ +-+\nnew-drug.reviewer-mix +0 +0\n")
regsim_cli_test(NAME explain.portfolio_json EXIT 0
                ARGS explain kr/biosimilar-workload --scenario reformed --portfolio --runs 5 --format json
                MATCH "\"runs\": 5,\n  \"seed\": 1,\n  \"portfolio\": {\n    \"warmup_days\": 0,\n    \"applications_per_run\": [0-9.]+\n  },\n  \"percentiles\"")
regsim_cli_test(NAME explain.portfolio_without_portfolio EXIT 2
                ARGS explain kr/biosimilar --scenario reformed --portfolio
                MATCH "--portfolio: kr/biosimilar has no `portfolio:` section")
regsim_cli_test(NAME explain.warmup_without_portfolio EXIT 2
                ARGS explain kr/biosimilar --scenario reformed --warmup 30
                MATCH "--warmup goes with --portfolio")
