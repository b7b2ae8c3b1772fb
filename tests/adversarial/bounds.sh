#!/usr/bin/env bash
# bounds.sh REGSIM WORK_DIR MEMORY_KIB: issue 28 classes 2, 3, 4 and 10 and the rework
# bound. Each generator writes a small hostile input (never a stored bomb) that read
# naively costs time or memory without bound; every command that reads it must refuse it
# at once (exit 2) with file:line:col, the limit's id and nothing written, and validate
# must refuse exactly what the commands refuse.
source "$(dirname "$0")/lib.sh" "$@"
cd "$work/case" || exit 1
head='regsim: 1
id: adversarial/bounds
title: Bounds'
at() { echo "[a-z0-9_]+\\.yaml:[1-9][0-9]*:[1-9][0-9]*: error: .*\\[$1\\]"; }

# Every command that reads a pathway file, each asserting the same id at a position.
refused_everywhere() {
  local name=$1 file=$2 id=$3
  attack "$name.validate" 2 "$(at "$id")" "$regsim" validate "$file"
  attack "$name.schedule" 2 "$(at "$id")" "$regsim" schedule "$file" -o out.txt
  attack "$name.compare" 2 "$(at "$id")" "$regsim" compare "$file" -o out.txt
  attack "$name.simulate" 2 "$(at "$id")" "$regsim" simulate "$file" --runs 10 -o out.txt
}

# Class 2: 17 files, each including the one below 16 times (16^16 copies if read naively).
mkdir -p fan
printf '%s\nstart: 2026-01-05\ntasks: [{id: x, duration: 1d}]\n' "$head" >fan/f0.yaml
for level in $(seq 1 16); do
  {
    printf '%s\nstart: 2026-01-05\ninclude:\n' "$head"
    for i in $(seq 0 15); do echo "  - {file: f$((level - 1)).yaml, prefix: p$i}"; done
    echo "tasks: [{id: x, duration: 1d}]"
  } >"fan/f$level.yaml"
done
refused_everywhere includes.fan_out fan/f16.yaml too_many_includes
# The same fan-out over a part that fails: reported once, not read again for each include.
mkdir -p fan_bad && cp fan/*.yaml fan_bad/
printf '%s\ntasks: [{id: x, duration: 1x}]\n' "$head" >fan_bad/f0.yaml
cat >"$work/once.sh" <<'SH'
# once.sh REGSIM FILE PATTERN: validate FILE, print its output; exit 1 unless PATTERN
# occurs in exactly one line of it, else regsim's own exit code.
output=$("$1" validate "$2" 2>&1)
status=$?
echo "$output"
[ "$(grep -c -- "$3" <<<"$output")" -eq 1 ] || exit 1
exit $status
SH
attack includes.failing_part_once 2 "f0\\.yaml:4:[0-9]+: error: .*\\[bad_duration\\]" \
  bash "$work/once.sh" "$regsim" fan_bad/f3.yaml "f0.yaml:4"
# A checks file naming the fan-out: check reads it once and refuses it too.
printf 'regsim: 1\npathway: fan/f16.yaml\nexpect:\n  - milestone: x\n    p50: {at_most: 100}\n' >fan_check.yaml
attack includes.fan_out.check 2 "$(at too_many_includes)" "$regsim" check fan_check.yaml
# Bundled data with the fan-out: `list` still answers, naming what to run.
mkdir -p data/x && cp fan/*.yaml data/x/
attack_writes includes.fan_out.list 0 "x/f16" env REGSIM_DATA_DIR="$work/case/data" "$regsim" list

# Class 3: a 30 KB calendar whose one rule is repeated 10,000 times through an alias, over
# years 1401..9998 (86 million holidays if expanded).
{
  echo "years: [1401, 9998]"
  echo "rules:"
  echo "  - &r {name: r, month: 1, day: 1}"
  for _ in $(seq 1 10000); do echo "  - *r"; done
} >holiday_bomb.yaml
printf '%s\nstart: 2026-01-05\ncalendar: holiday_bomb.yaml\ntasks: [{id: x, duration: 1wd}]\n' \
  "$head" >uses_holiday_bomb.yaml
refused_everywhere calendar.holiday_rules uses_holiday_bomb.yaml too_many_holidays
attack calendar.holiday_rules.holidays 2 "$(at too_many_holidays)" \
  "$regsim" calendar holidays holiday_bomb.yaml --year 2026
attack calendar.holiday_rules.add 2 "$(at too_many_holidays)" \
  "$regsim" calendar add 2026-01-05 5wd --calendar holiday_bomb.yaml

# Class 4: 20,000 scenarios; a 100,000-long extends chain; a 100,000-long loop; within the
# scenario limit, a chain past the extends limit and a loop of 1,000.
scenarios() {  # scenarios COUNT LAST: s0 extends s1 ... the last extends LAST ("" : none)
  printf '%s\nstart: 2026-01-05\ntasks: [{id: x, duration: 1d}]\nscenarios:\n' "$head"
  awk -v n="$1" -v last="$2" 'BEGIN { for (i = 0; i < n; i++) {
    parent = (i + 1 < n) ? "s" (i + 1) : last
    if (parent == "") print "  s" i ": {}"; else print "  s" i ": {extends: " parent "}" } }'
}
scenarios 20000 "" >many_scenarios.yaml
scenarios 100000 baseline >long_chain.yaml
scenarios 100000 s0 >long_loop.yaml
scenarios 1000 baseline >deep_chain.yaml
scenarios 1000 s0 >loop_1000.yaml
refused_everywhere scenarios.20000 many_scenarios.yaml too_many_scenarios
refused_everywhere scenarios.chain_100000 long_chain.yaml too_many_scenarios
refused_everywhere scenarios.loop_100000 long_loop.yaml too_many_scenarios
refused_everywhere scenarios.chain_1000 deep_chain.yaml extends_too_deep
refused_everywhere scenarios.loop_1000 loop_1000.yaml scenario_cycle
attack scenarios.loop_1000.short 2 "loop: s0 -> s1 -> .* -> \\.\\.\\. \\(1000 scenarios\\) -> s0;" \
  "$regsim" validate loop_1000.yaml
scenarios 64 baseline >chain_64.yaml
attack_writes scenarios.chain_64 0 "ok \\(1 task, 64 scenarios\\)" "$regsim" validate chain_64.yaml

# Rework rounds after unrolling: 40,000 tasks in a chain repeated 100 times.
{
  printf '%s\nstart: 2026-01-05\ntasks:\n' "$head"
  awk 'BEGIN { for (i = 0; i < 39999; i++) print "  - {id: t" i ", duration: 1d}" }'
  echo "  - {id: t39999, duration: 1d, rework: {probability: 0.9, max_rounds: 100, restart: t0}}"
  echo "dependencies:"
  awk 'BEGIN { for (i = 1; i < 40000; i++) print "  - t" (i - 1) " -> t" i }'
  printf 'scenarios:\n  same: {}\n'  # for compare
} >rework_rounds.yaml
refused_everywhere rework.rounds rework_rounds.yaml too_many_rounds

# Class 10: what validate accepts, the commands accept; what they refuse, validate refuses,
# with a position.
printf '%s\nstart: 2026-01-05\ninclude: []\n' "$head" >no_tasks.yaml
refused_everywhere validate.no_tasks_after_include no_tasks.yaml missing_key
printf '%s\nstart: 2026-01-05\ntasks: [{id: a, duration: 1d}, {id: b}]\nscenarios:\n  empty: {remove: [a, b]}\n' \
  "$head" >removes_all.yaml
attack validate.scenario_removes_every_task 2 "removes_all\\.yaml:7:3: error: .*\\[missing_key\\]" \
  "$regsim" validate removes_all.yaml
attack compare.scenario_removes_every_task 2 "removes_all\\.yaml:7:3: error: .*\\[missing_key\\]" \
  "$regsim" compare removes_all.yaml -o out.txt
printf '%s\ntasks: [{id: a, duration: 1d}]\n' "$head" >no_start.yaml
attack schedule.missing_start 2 "no_start\\.yaml:1:1: error: .*\\[missing_start\\]" \
  "$regsim" schedule no_start.yaml -o out.txt
attack_writes schedule.missing_start.given 0 "" "$regsim" schedule no_start.yaml --start 2026-01-05

finish
