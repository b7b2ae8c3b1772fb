#!/usr/bin/env bash
# outputs.sh REGSIM WORK_DIR MEMORY_KIB: issue 28 classes 1, 5, 6 and 14, the output
# policy of docs/cli.md ("Output files"). Devices, FIFOs and links named by -o, write
# errors on -o and on standard output, outputs that name an input, and SIGTERM while the
# fallback writer (no O_TMPFILE) has its named temporary open.
source "$(dirname "$0")/lib.sh" "$@"
case_dir=$work/case

# check NAME CONDITION...: one more assertion, counted like an attack.
check() {
  local name=$1
  shift
  cases=$((cases + 1))
  if ! "$@"; then
    failures=$((failures + 1))
    echo "FAIL $name: $*" >&2
  fi
}
mode_of() { stat -c %a "$1"; }
kind_of() { stat -c %F "$1"; }

cat >"$case_dir/part.yaml" <<'YAML'
regsim: 1
id: test/part
title: An included part
tasks:
  - {id: review, duration: 10d}
YAML
cat >"$case_dir/main.yaml" <<'YAML'
regsim: 1
id: test/main
title: Includes a part
start: 2026-01-05
include:
  - {file: part.yaml, prefix: part}
tasks:
  - {id: submit, duration: 1d}
scenarios:
  faster:
    change:
      submit: {duration: 0d}
YAML
cat >"$case_dir/expect.yaml" <<'YAML'
regsim: 1
pathway: main.yaml
expect:
  - milestone: submit
    calendar_days: {at_most: 1000}
YAML
"$regsim" schedule "$case_dir/main.yaml" --format json -o "$case_dir/expected.json" || exit 1

# --- Class 6: an output naming an input is refused before anything is written.
ln -s main.yaml "$case_dir/link.yaml"
ln "$case_dir/main.yaml" "$case_dir/hard.yaml"
for format in text json html; do
  for target in main.yaml ./main.yaml link.yaml hard.yaml part.yaml "$case_dir/main.yaml"; do
    attack "schedule -o $target ($format)" 2 "cannot write '$target': it is the input" \
      "$regsim" schedule main.yaml --format "$format" -o "$target"
  done
done
attack "compare -o input" 2 "it is the input" "$regsim" compare main.yaml -o main.yaml
attack "simulate -o include" 2 "it is the input" "$regsim" simulate main.yaml --runs 10 -o part.yaml
attack "baseline save -o input" 2 "it is the input" "$regsim" baseline save main.yaml -o link.yaml
attack "check --junit expectations" 2 "cannot write 'expect.yaml': it is the input" \
  "$regsim" check expect.yaml --junit expect.yaml
attack "check --junit pathway" 2 "it is the input" "$regsim" check expect.yaml --junit hard.yaml
attack "check --junit include" 2 "it is the input" "$regsim" check expect.yaml --junit part.yaml

# --- Class 1: devices are written in place, links followed, permissions kept.
attack "-o /dev/full" 2 "cannot write '/dev/full': write failed: No space left on device" \
  "$regsim" schedule main.yaml -o /dev/full
attack_writes "-o /dev/null" 0 "" "$regsim" schedule main.yaml -o /dev/null
check "/dev/null is still a device" test -c /dev/null
check "/dev/null is still writable by all" test "$(mode_of /dev/null)" = 666
attack_writes "-o /dev/stdout" 0 '"scenario"' "$regsim" schedule main.yaml --format json -o /dev/stdout

mkfifo "$case_dir/pipe"
timeout 60 cat "$case_dir/pipe" >"$work/from-pipe" &
reader=$!
attack_writes "-o FIFO" 0 "" "$regsim" schedule main.yaml --format json -o pipe
wait "$reader"
check "a FIFO is written in place" cmp -s "$work/from-pipe" "$case_dir/expected.json"
check "the FIFO stays a FIFO" test -p "$case_dir/pipe"

mkdir -p "$case_dir/real"
printf 'old\n' >"$case_dir/real/report.json"
ln -s real/report.json "$case_dir/via-link.json"
ln -s via-link.json "$case_dir/via-two-links.json"
attack_writes "-o symlink" 0 "" "$regsim" schedule main.yaml --format json -o via-two-links.json
check "the links are kept" test -L "$case_dir/via-link.json" -a -L "$case_dir/via-two-links.json"
check "the linked file is replaced" cmp -s "$case_dir/real/report.json" "$case_dir/expected.json"
ln -s dangling-target.json "$case_dir/dangling-link.json"
attack_writes "-o dangling link" 0 "" "$regsim" schedule main.yaml --format json -o dangling-link.json
check "a dangling link is kept" test -L "$case_dir/dangling-link.json"
check "a dangling link's target is made" cmp -s "$case_dir/dangling-target.json" "$case_dir/expected.json"
ln -s loop-b "$case_dir/loop-a" && ln -s loop-a "$case_dir/loop-b"
attack "-o link loop" 2 "cannot write 'loop-a'" "$regsim" schedule main.yaml -o loop-a
attack "-o directory" 2 "cannot write 'real': it is a directory" "$regsim" schedule main.yaml -o real

for mode in 600 444 640 755; do
  printf 'old\n' >"$case_dir/mode-$mode.json" && chmod "$mode" "$case_dir/mode-$mode.json"
  attack_writes "-o mode $mode" 0 "" "$regsim" schedule main.yaml --format json -o "mode-$mode.json"
  check "mode $mode kept" test "$(mode_of "$case_dir/mode-$mode.json")" = "$mode"
  check "mode $mode file replaced" cmp -s "$case_dir/mode-$mode.json" "$case_dir/expected.json"
done
(umask 022 && "$regsim" schedule "$case_dir/main.yaml" -o "$case_dir/new.txt")
check "a new file is 0666 minus the umask" test "$(mode_of "$case_dir/new.txt")" = 644
if [ "$(id -u)" = 0 ]; then
  printf 'old\n' >"$case_dir/owned.json" && chown 65534:65534 "$case_dir/owned.json"
  attack_writes "-o owned by another user (as root)" 0 "" \
    "$regsim" schedule main.yaml --format json -o owned.json
  check "owner and group kept" test "$(stat -c %u:%g "$case_dir/owned.json")" = 65534:65534
fi

# --- Class 5: a write error on standard output is exit 2 with a message.
stdout_commands=(
  "schedule main.yaml" "schedule main.yaml --format json" "compare kr/biosimilar"
  "simulate main.yaml --runs 10" "validate main.yaml" "list" "calendar holidays kr --year 2026"
  "calendar add 2026-01-05 20wd" "baseline save main.yaml" "check expect.yaml"
)
for command in "${stdout_commands[@]}"; do
  read -ra words <<<"$command"
  attack "$command > /dev/full" 2 "cannot write to standard output: No space left on device" \
    bash -c '"$@" >/dev/full' - "$regsim" "${words[@]}"
  attack "$command >&-" 2 "cannot write to standard output: Bad file descriptor" \
    bash -c '"$@" >&-' - "$regsim" "${words[@]}"
done

# --- Class 14: SIGTERM while the fallback writer's named temporary is open leaves no
# temporary and no partial report. strace fails linkat (as where /proc is missing), so
# the writer falls back to mkstemp, and holds each write 300 ms so the signal lands then.
if command -v strace >/dev/null; then
  landed=0
  for trial in 1 2 3; do
    rm -rf "$case_dir/out" && mkdir "$case_dir/out"
    [ "$trial" = 2 ] && printf 'old\n' >"$case_dir/out/report.json"
    strace -f -qq -o /dev/null -e trace=write,linkat -e inject=linkat:error=ENOENT \
      -e inject=write:delay_enter=300000 \
      "$regsim" schedule "$case_dir/main.yaml" --format json -o "$case_dir/out/report.json" \
      >/dev/null 2>&1 &
    tracer=$!
    pid=""
    for _ in $(seq 1 2000); do
      kill -0 "$tracer" 2>/dev/null || break
      for child in $(cat "/proc/$tracer/task/$tracer/children" 2>/dev/null); do
        [ "$(cat "/proc/$child/comm" 2>/dev/null)" = regsim ] && pid=$child
      done
      if [ -n "$pid" ] && find "/proc/$pid/fd" -maxdepth 1 \
        -lname "$case_dir/out/.report.json.regsim-*" 2>/dev/null | grep -q .; then
        landed=$((landed + 1))
        break
      fi
      sleep 0.005
    done
    [ -n "$pid" ] && kill -TERM "$pid"
    wait "$tracer" 2>/dev/null
    leftovers=$(find "$case_dir/out" -name '.report.json.regsim-*')
    check "SIGTERM in the fallback writer leaves no temporary (trial $trial)" test -z "$leftovers"
    if [ -e "$case_dir/out/report.json" ]; then
      check "SIGTERM: the report is old or complete (trial $trial)" \
        bash -c 'cmp -s "$1" "$2" || [ "$(cat "$1")" = old ]' - "$case_dir/out/report.json" \
        "$case_dir/expected.json"
    fi
  done
  # Unless the signal landed while the named temporary was open, this proved nothing.
  check "SIGTERM landed during the fallback write ($landed of 3)" test "$landed" -ge 2
fi
finish
