#!/usr/bin/env bash
# readers.sh REGSIM WORK_DIR MEMORY_KIB: issue 28 classes 7, 9 and 12. Baselines with
# numbers out of range and past the size limit (7); calendar, expectation, status and goal
# files with a duplicate key, a second document, a NUL byte or invalid UTF-8 (9); file-level
# problems that must still carry file:line:col, the line that names the file where one
# does, the file's own 1:1 for a file on the command line (12). Each case: exit 2, the id at
# its position, nothing written.
source "$(dirname "$0")/lib.sh" "$@"
cd "$work/case" || exit 1

cat >main.yaml <<'YAML'
regsim: 1
id: t/main
title: Main
start: 2026-01-05
tasks:
  - {id: filed, kind: milestone}
  - {id: review, duration: 20wd}
  - {id: done, kind: milestone}
dependencies: [filed -> review, review -> done]
YAML
"$regsim" baseline save main.yaml -o base.json || exit 1

# --- Class 7: baseline numbers out of range and files past the size limit.
for number in 1e400 -1e400 18446744073709551616e999; do
  printf '{"schema": %s}\n' "$number" >num.json
  attack "baseline $number" 2 "num\.json:1:[0-9]+: error: .*\[bad_json\]" \
    "$regsim" baseline diff main.yaml num.json
done
truncate -s $(((16 << 20) + 1)) big.json  # sparse: nothing is read past the limit
attack "baseline past the size limit" 2 "big\.json:[0-9]+:[0-9]+: error: .*\[file_too_large\]" \
  "$regsim" baseline diff main.yaml big.json

# --- Class 9: one reader policy for every file kind. Each base text is valid; the problem
# is on line 5.
kinds=(
  "calendar|regsim: 1\nid: c\nholidays:\n  - {date: 2026-01-01}\n|calendar add 2026-01-05 5wd --calendar"
  "expectation|regsim: 1\npathway: main.yaml\nexpect:\n  - no_task_after: 2027-01-01\n|check"
  "status|regsim: 1\nstatus: main.yaml\nas_of: 2026-01-06\nnotes: n\n|schedule --status"
  "goal|regsim: 1\ntargets:\n  - {milestone: done, at_most: 40d}\nnotes: n\n|goal main.yaml"
)
for entry in "${kinds[@]}"; do
  IFS='|' read -r kind text command <<<"$entry"
  for problem in "duplicate_key|regsim: 1\n" "yaml_syntax|---\nregsim: 1\n" \
    "not_text|# a\0b\n" "not_text|# caf\xe9\n"; do
    IFS='|' read -r id tail <<<"$problem"
    printf "$text$tail" >"$kind.yaml"
    # shellcheck disable=SC2086
    attack "$kind: $id (${tail:0:6})" 2 "$kind\.yaml:5:[0-9]+: error: .*\[$id\]" \
      "$regsim" $command "$kind.yaml"
  done
  rm -f "$kind.yaml"
done

# --- Class 12: file-level problems have a position.
for command in "validate" "schedule" "check" "schedule --status" "goal main.yaml" \
  "baseline diff main.yaml"; do
  # shellcheck disable=SC2086
  attack "$command: missing file" 2 "nothing\.yaml:1:1: error: .*\[file_not_found\]" \
    "$regsim" $command nothing.yaml
done
mkdir -p folder.yaml
attack "validate: a directory" 2 "folder\.yaml:1:1: error: .*\[not_a_file\]" \
  "$regsim" validate folder.yaml
printf 'regsim: 1\nid: t/s\ntitle: S\ntasks:\n  - {id: a, duration: 3d}\n' >nostart.yaml
attack "no start" 2 "nostart\.yaml:1:1: error: .*\[missing_start\]" "$regsim" schedule nostart.yaml
printf 'regsim: 1\nid: t/c\ntitle: C\nstart: 2026-01-05\ntasks:\n  - {id: a, duration: 3wd, calendar: gone.yaml}\n' >cal.yaml
attack "missing calendar file at the naming line" 2 "cal\.yaml:6:[0-9]+: error: .*\[unknown_calendar\]" \
  "$regsim" validate cal.yaml
printf 'regsim: 1\npathway: nowhere.yaml\nexpect:\n  - no_task_after: 2027-01-01\n' >dangling.yaml
attack "expectation naming a missing pathway" 2 "dangling\.yaml:4:[0-9]+: error: .*\[unknown_pathway\]" \
  "$regsim" check dangling.yaml
rm -rf folder.yaml
finish
