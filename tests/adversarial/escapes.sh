#!/usr/bin/env bash
# escapes.sh REGSIM WORK_DIR MEMORY_KIB: issue 28 class 8. Titles, names, scenario titles,
# deadline names, holiday names and expectation names carry terminal escape sequences
# (OSC title and hyperlink, CSI clear-screen and colour, C1 CSI, BEL, DEL, a tab) and HTML
# (<script>, <svg onload>). No text report, in any width or with --ascii, and no
# diagnostic may pass a control character; --ascii output is 7-bit; Markdown has no tag.
source "$(dirname "$0")/lib.sh" "$@"
cd "$work/case" || exit 1

# Each payload is a YAML double-quoted string, so \e, \a, \x7f and \u009b are the bytes.
osc_title='\e]0;pwned\a'
hyperlink='\e]8;;https://evil.example/\e\\click\e]8;;\e\\'
clear='\e[2J\e[H'
c1='\u009b31mred'
long_name="A long task name that is cut in the narrow table right here $hyperlink and more"
cat >evil.yaml <<YAML
regsim: 1
id: test/evil
title: "Evil $osc_title title $clear with <script>alert(1)</script>"
start: 2026-01-05
tasks:
  - {id: a, name: "Submit $hyperlink", duration: 5d}
  - {id: b, name: "Review $c1 \x7f del\ttab <svg onload=alert(1)>", duration: 20d}
  - {id: c, name: "$long_name", duration: 3d}
  - {id: d, name: "Decision $osc_title", kind: milestone}
dependencies:
  - a -> b
  - b -> c
  - c -> d
deadlines:
  - {id: limit, name: "Limit $clear", from: a, to: d, limit: 10, basis: calendar-days}
scenarios:
  faster:
    title: "Faster $osc_title $hyperlink"
    change:
      b: {duration: 10d}
YAML
cat >evil-expect.yaml <<YAML
regsim: 1
pathway: evil.yaml
expect:
  - name: "Holds $osc_title"
    milestone: d
    calendar_days: {at_most: 1000}
  - name: "Fails $clear $c1"
    milestone: d
    calendar_days: {at_most: 1}
YAML
cat >evil-calendar.yaml <<YAML
regsim: 1
id: evil-calendar
holidays:
  - {date: 2026-01-01, name: "New year $osc_title $c1"}
YAML
# A syntax error whose diagnostic quotes the bad value.
cat >evil-bad.yaml <<YAML
regsim: 1
id: test/bad
title: Bad
tasks:
  - {id: a, duration: "5 $osc_title days"}
YAML
"$regsim" baseline save evil.yaml -o base.json || exit 1

# Forbidden anywhere: C0 controls but newline, DEL, C1 controls in UTF-8 (C2 80..C2 9F).
forbid='[\x00-\x09\x0b-\x1f\x7f]|\xc2[\x80-\x9f]'
text_runs=(
  "schedule evil.yaml" "schedule evil.yaml --format gantt" "schedule evil.yaml --format md"
  "schedule evil.yaml --width 60" "schedule evil.yaml --format gantt --width 40"
  "compare evil.yaml" "compare evil.yaml --format md" "compare evil.yaml --width 60"
  "simulate evil.yaml --runs 20" "simulate evil.yaml --runs 20 --width 60"
)
for run in "${text_runs[@]}"; do
  read -ra words <<<"$run"
  attack "$run" 0 "." "$regsim" "${words[@]}"
  attack "$run --ascii" 0 "." "$regsim" "${words[@]}" --ascii
done
attack "baseline diff" 0 "." "$regsim" baseline diff evil.yaml base.json --scenario faster
for run in "check evil-expect.yaml" "check -v evil-expect.yaml"; do
  read -ra words <<<"$run"
  attack "$run" 1 "FAILED" "$regsim" "${words[@]}"
done
attack "validate a bad value" 2 "evil-bad.yaml:5:[0-9]+: error: .*\[[a-z_]+\]" \
  "$regsim" validate evil-bad.yaml
attack "calendar holidays" 0 "2026-01-01" "$regsim" calendar holidays evil-calendar.yaml --year 2026
attack "an output path with escapes" 2 "cannot write" \
  "$regsim" schedule evil.yaml -o "$(printf 'no-such-dir/\e]0;x\a/r.txt')"
attack "a pathway argument with escapes" 2 "error" "$regsim" validate "$(printf 'x\e[2Jy.yaml')"

# --ascii text is 7-bit; Markdown never opens an HTML element.
forbid='[\x80-\xff]|[\x00-\x09\x0b-\x1f\x7f]'
for run in "schedule evil.yaml --format gantt" "compare evil.yaml" "simulate evil.yaml --runs 20"; do
  read -ra words <<<"$run"
  attack "$run --ascii is 7-bit" 0 "." "$regsim" "${words[@]}" --ascii
done
# Outside fenced code blocks (where Markdown renders no HTML; the text chart is shown
# there as written), no element may open.
forbid=""
for run in "schedule evil.yaml --format md" "compare evil.yaml --format md"; do
  read -ra words <<<"$run"
  attack "$run" 0 "&lt;script&gt;" "$regsim" "${words[@]}"
  cases=$((cases + 1))
  if awk '/^```/ { fenced = !fenced; next } !fenced' "$work/output" | grep -Eq '<(script|svg)'; then
    failures=$((failures + 1))
    echo "FAIL $run: an HTML element outside a code block" >&2
  fi
done
finish
