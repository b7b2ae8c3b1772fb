# `regsim calendar`: expected dates are hand-checked (docs/workflow-format.md, worked
# examples) or taken from official publications named beside them.
# With PASS_REGULAR_EXPRESSION CTest ignores the exit code; expect.sh reports a wrong one
# on the output, which fails the test here.
function(calendar_cli_test)
  regsim_cli_test(${ARGN} NO_MATCH "expect.sh: exit code")
endfunction()

set(KR_PETITION --calendar kr --convention kr-civil-petition)

# add: the date alone on a line.
calendar_cli_test(NAME calendar.add_kr_petition EXIT 0 MATCH "^2025-02-26\n$"
                ARGS calendar add 2025-01-24 20wd ${KR_PETITION})
calendar_cli_test(NAME calendar.add_uses_calendar_default_convention EXIT 0 MATCH "^2025-02-26\n$"
                ARGS calendar add 2025-01-24 20wd --calendar kr)
calendar_cli_test(NAME calendar.add_kr_petition_months_roll EXIT 0 MATCH "^2025-06-04\n$"
                ARGS calendar add 2025-03-04 3mo ${KR_PETITION})
calendar_cli_test(NAME calendar.add_plain_working_days_over_chuseok EXIT 0 MATCH "^2025-10-16\n$"
                ARGS calendar add 2025-10-02 5wd --calendar kr --convention plain)
# EMA/638986/2019: start (Day 1) 26/12/2019, Day 120 on 23/04/2020 (over a leap February).
calendar_cli_test(NAME calendar.add_ema_day EXIT 0 MATCH "^2020-04-23\n$"
                ARGS calendar add 2019-12-26 120d --calendar eu-ema --convention ema-day)
# eu-ema has no default convention: plain working days skip EMA's end-of-year closure
# (additional holiday 23 Dec, 24-31 Dec 2025; 1-2 Jan 2026 estimated): Mon 22 Dec 2025
# + 1wd = Mon 5 Jan 2026.
calendar_cli_test(NAME calendar.add_ema_closure_plain EXIT 0 MATCH "^2026-01-05\n$"
                ARGS calendar add 2025-12-22 1wd --calendar eu-ema)
calendar_cli_test(NAME calendar.add_calendar_months_clamps EXIT 0 MATCH "^2026-02-28\n$"
                ARGS calendar add 2025-08-31 6mo --convention calendar-months)
# A 6-month goal date on a Saturday stands (cosibelimab, goal date Sat 28 Dec 2024).
calendar_cli_test(NAME calendar.add_us_goal_date_on_saturday EXIT 0 MATCH "^2024-12-28\n$"
                ARGS calendar add 2024-06-28 6mo --calendar us-federal)
calendar_cli_test(NAME calendar.add_kr_civil_act_month EXIT 0 MATCH "^2023-05-31\n$"
                ARGS calendar add 2023-04-30 1mo --convention kr-civil-act)
calendar_cli_test(NAME calendar.add_negative_lag EXIT 0 MATCH "^2026-02-23\n$"
                ARGS calendar add 2026-03-02 -- -5wd)
calendar_cli_test(NAME calendar.add_user_calendar_file EXIT 0 MATCH "^2026-01-02\n$"
                ARGS calendar add 2025-12-30 1wd --calendar cli/data/office-calendar.yaml)

# between: calendar days and working days, FROM counted, TO not.
calendar_cli_test(NAME calendar.between_kr_2025 EXIT 0
                MATCH "^calendar days: 365\nworking days: 244\n$"
                ARGS calendar between 2025-01-01 2026-01-01 --calendar kr)
# OPM 2025: all eleven holidays fall on weekdays; 2025 has 261 weekdays.
calendar_cli_test(NAME calendar.between_us_2025 EXIT 0
                MATCH "^calendar days: 365\nworking days: 250\n$"
                ARGS calendar between 2025-01-01 2026-01-01 --calendar us-federal)
calendar_cli_test(NAME calendar.between_weekdays_backwards EXIT 0
                MATCH "^calendar days: -7\nworking days: -5\n$"
                ARGS calendar between 2025-01-13 2025-01-06)

# holidays: one `YYYY-MM-DD name` line per holiday, sorted (the 2025 gazette list).
calendar_cli_test(NAME calendar.holidays_kr_2025 EXIT 0
                MATCH "^2025-01-01 New Year's Day
2025-01-27 Temporary holiday
2025-01-28 Seollal \\(day before\\)
2025-01-29 Seollal
2025-01-30 Seollal \\(day after\\)
2025-03-01 Independence Movement Day
2025-03-03 Substitute holiday \\(Independence Movement Day\\)
2025-05-05 Children's Day / Buddha's Birthday
2025-05-06 Substitute holiday \\(Buddha's Birthday\\)
2025-06-03 Presidential election
2025-06-06 Memorial Day
2025-08-15 Liberation Day
2025-10-03 National Foundation Day
2025-10-05 Chuseok \\(day before\\)
2025-10-06 Chuseok
2025-10-07 Chuseok \\(day after\\)
2025-10-08 Substitute holiday \\(Chuseok\\)
2025-10-09 Hangul Day
2025-12-25 Christmas Day
$" ARGS calendar holidays kr --year 2025)
# OPM observed days 2021: Juneteenth (Sat) on Fri 18 June, Independence Day (Sun) on
# Mon 5 July, Christmas (Sat) on Fri 24 Dec, New Year's Day 2022 (Sat) on Fri 31 Dec.
calendar_cli_test(NAME calendar.holidays_us_2021_observed EXIT 0
                MATCH "2021-06-18 Juneteenth National Independence Day \\(observed\\)
2021-07-05 Independence Day \\(observed\\)
.*2021-12-24 Christmas Day \\(observed\\)
2021-12-31 New Year's Day \\(observed\\)\n$"
                ARGS calendar holidays us-federal --year 2021)
calendar_cli_test(NAME calendar.holidays_ema_2025 EXIT 0 MATCH "2025-04-17 Maundy Thursday\n"
                ARGS calendar holidays eu-ema --year 2025)
calendar_cli_test(NAME calendar.holidays_outside_data_is_empty EXIT 0 MATCH "^$"
                ARGS calendar holidays kr --year 2040)

# Bad input: exit 2 with a message saying what is wrong.
calendar_cli_test(NAME calendar.bad_date EXIT 2 MATCH "'2025-02-30' is not a date"
                ARGS calendar add 2025-02-30 1d)
calendar_cli_test(NAME calendar.bad_duration EXIT 2 MATCH "'3x' is not a duration"
                ARGS calendar add 2025-02-03 3x)
calendar_cli_test(NAME calendar.bad_second_date EXIT 2 MATCH "'2025-13-01' is not a date"
                ARGS calendar between 2025-01-01 2025-13-01)
calendar_cli_test(NAME calendar.unknown_calendar EXIT 2
                MATCH "unknown calendar 'mars'.*kr, us-federal.*\\[unknown_calendar\\]"
                ARGS calendar add 2025-02-03 3d --calendar mars)
calendar_cli_test(NAME calendar.unknown_convention EXIT 2 MATCH "unknown convention 'foo'"
                ARGS calendar add 2025-02-03 3d --convention foo)
calendar_cli_test(NAME calendar.holidays_needs_year EXIT 2 MATCH "--year"
                ARGS calendar holidays kr)
calendar_cli_test(NAME calendar.holidays_year_range EXIT 2 MATCH "--year: '99' is not a whole number from 1400 to 9999"
                ARGS calendar holidays kr --year 99)
calendar_cli_test(NAME calendar.needs_subcommand EXIT 2 MATCH "subcommand is required"
                ARGS calendar)
calendar_cli_test(NAME calendar.past_year_9999 EXIT 2 MATCH "leaves the supported years"
                ARGS calendar add 9999-12-01 2mo)
# A misspelt bundled calendar gets the one did-you-mean (src/support/suggest.hpp).
calendar_cli_test(NAME calendar.unknown_calendar_suggestion EXIT 2
                MATCH "unknown calendar 'us-federl' \\(did you mean 'us-federal'\\?\\)[^\n]*\\[unknown_calendar\\]"
                ARGS calendar add 2025-02-03 3d --calendar us-federl)
