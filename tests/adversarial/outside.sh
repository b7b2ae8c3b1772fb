#!/usr/bin/env bash
# outside.sh REGSIM WORK_DIR MEMORY_KIB: issue 28 class 13. A file named inside a file
# (include, calendar file, a calendar's base, sitting calendar file, an expectation's
# pathway) is read only from the folder tree of the file on the command line and the
# bundled data: an absolute path, `..` out of the tree or a symbolic link leading out is
# outside_folder at the naming line, exit 2, the outside file's content never echoed and
# its existence not told; --allow-outside reads it.
source "$(dirname "$0")/lib.sh" "$@"
outside="$work/outside"
mkdir -p "$outside" "$work/case/sub"
cd "$work/case" || exit 1
head='regsim: 1
id: adversarial/outside
title: Outside
start: 2026-01-05'
at() { echo "$1:$2:[1-9][0-9]*: error: .*\\[outside_folder\\]"; }

# What lies outside: a password-like file, a valid part, a calendar, a sitting calendar.
printf 'root:x:0:0:SECRET-LINE-1:/root:/bin/bash\nSECRET-LINE-2\n' >"$outside/passwd"
printf '%s\ntasks: [{id: x, duration: 3d}]\n' "$head" >"$outside/part.yaml"
printf 'regsim: 1\nid: outcal\nholidays:\n  - {date: 2026-01-06, name: SECRET-HOLIDAY}\n' \
  >"$outside/cal.yaml"
printf 'regsim: 1\nid: outs\ntitle: SECRET-SITTINGS\ndates: [2026-02-04]\n' >"$outside/s.yaml"
forbid='SECRET'

include_of() { printf '%s\ninclude:\n  - {file: %s, prefix: p}\ntasks: [{id: a, duration: 1d}]\n' "$head" "$1"; }
include_of "$outside/passwd" >abs_secret.yaml
attack include.absolute_secret 2 "$(at abs_secret.yaml 6)" "$regsim" validate abs_secret.yaml
include_of "$outside/part.yaml" >abs_part.yaml
for command in validate schedule compare; do
  attack "include.absolute.$command" 2 "$(at abs_part.yaml 6)" "$regsim" $command abs_part.yaml
done
attack include.absolute.simulate 2 "$(at abs_part.yaml 6)" "$regsim" simulate abs_part.yaml --runs 5
# Whether the outside file exists is not told: the same answer for a file that does not.
include_of "$outside/no_such_part.yaml" >abs_missing.yaml
attack include.absolute_missing 2 "$(at abs_missing.yaml 6)" "$regsim" validate abs_missing.yaml
include_of ../outside/part.yaml >dotdot.yaml
attack include.dotdot 2 "$(at dotdot.yaml 6)" "$regsim" validate dotdot.yaml
ln -s "$outside/part.yaml" link.yaml
include_of link.yaml >via_link.yaml
attack include.symlink_out 2 "$(at via_link.yaml 6)" "$regsim" validate via_link.yaml
# Two levels down, a part naming `..` that stays inside the tree is read.
printf '%s\ntasks: [{id: y, duration: 2d}]\n' "$head" >inner.yaml
include_of ../inner.yaml >sub/part.yaml
include_of sub/part.yaml >nested_inside.yaml
attack include.dotdot_inside 0 "ok" "$regsim" validate nested_inside.yaml
# A part inside the tree whose include leaves it is refused at the part's line.
include_of ../../outside/part.yaml >sub/leaves.yaml
include_of sub/leaves.yaml >nested_out.yaml
attack include.nested_out 2 "$(at leaves.yaml 6)" "$regsim" validate nested_out.yaml
forbid=''
attack include.allowed 0 "ok" "$regsim" validate abs_part.yaml --allow-outside
attack_writes include.allowed.schedule 0 "" "$regsim" schedule abs_part.yaml --allow-outside -o s.txt
forbid='SECRET'

# Calendars: a task's calendar file, a pathway calendar's file, a calendar file's base.
printf '%s\ntasks:\n  - {id: a, duration: 1d, calendar: %s}\n' "$head" "$outside/cal.yaml" >cal_task.yaml
attack calendar.task 2 "$(at cal_task.yaml 6)" "$regsim" validate cal_task.yaml
printf 'regsim: 1\nid: incal\nbase: ../outside/cal.yaml\n' >incal.yaml
printf '%s\ntasks:\n  - {id: a, duration: 1d, calendar: ./incal.yaml}\n' "$head" >cal_base.yaml
# Blamed on the base line of the calendar file, which names the pathway line that named it.
attack calendar.base 2 "incal\\.yaml:3:[0-9]+: error: .*cal_base\\.yaml:6:[0-9]+\\) \\[outside_folder\\]" \
  "$regsim" validate cal_base.yaml
attack calendar.command_base 2 "\\[outside_folder\\]" "$regsim" calendar holidays ./incal.yaml --year 2026
forbid=''
attack calendar.command_allowed 0 "SECRET-HOLIDAY" "$regsim" calendar holidays ./incal.yaml --year 2026 --allow-outside
forbid='SECRET'

# A sitting calendar file.
printf '%s\ntasks:\n  - {id: c, kind: decision, sittings: outs}\nsittings:\n  outs: {file: %s}\n' \
  "$head" "$outside/s.yaml" >sittings.yaml
attack sittings.file 2 "$(at sittings.yaml 8)" "$regsim" validate sittings.yaml

# An expectation naming a pathway outside its folder: blamed on the assertion's line.
printf 'regsim: 1\nexpect:\n  - pathway: %s\n    milestone: end\n    p50: {at_most: 100}\n' \
  "$outside/part.yaml" >checks.yaml
attack check.pathway 2 "checks\\.yaml:3:[0-9]+: error: .*\\[outside_folder\\]" "$regsim" check checks.yaml
forbid=''
attack check.allowed 0 "" "$regsim" check checks.yaml --allow-outside
# Bundled pathways and calendars stay readable from anywhere.
printf '%s\ninclude:\n  - {file: kr/listing, prefix: k}\ntasks:\n  - {id: a, duration: 1d, calendar: kr}\n' "$head" >bundled.yaml
attack bundled 0 "ok" "$regsim" validate bundled.yaml
finish
