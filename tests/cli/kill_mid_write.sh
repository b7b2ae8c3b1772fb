#!/usr/bin/env bash
# kill_mid_write.sh REGSIM WORK_DIR: kills `regsim schedule ... -o report.json` with SIGKILL
# at many moments, most of them while the report (about 11 MB) is being written, and
# checks after every kill that report.json is exactly the old file (or still absent) or
# exactly the complete new one, never partial; and that no partial temporary file is left
# beside it. SIGKILL cannot be caught, so this tests how the file is written, not cleanup.
set -u
regsim=$1
work=$2
rm -rf "$work"
mkdir -p "$work/out"
trap 'rm -rf "$work"' EXIT
fail() {
  echo "kill_mid_write: $*" >&2
  exit 1
}

# 2,000 chained tasks, 12 applications: one read, a large report.
awk 'BEGIN {
  print "regsim: 1\nid: test/large\ntitle: A large generated pathway\nstart: 2026-01-05\ntasks:"
  for (i = 0; i < 2000; i++) printf "  - {id: task_%d, name: Generated task %d, duration: 3wd}\n", i, i
  print "dependencies:"
  for (i = 1; i < 2000; i++) printf "  - task_%d -> task_%d\n", i - 1, i
}' >"$work/large.yaml"
command=("$regsim" schedule "$work/large.yaml" --applications 12 --every 1d --format json)
target=$work/out/report.json
printf 'the old report\n' >"$work/old.json"

started=$(date +%s%N)
"${command[@]}" -o "$work/complete.json" || fail "the uninterrupted run failed"
runtime_ms=$((($(date +%s%N) - started) / 1000000))
test "$(stat -c %s "$work/complete.json")" -gt 5000000 || fail "the report is too small to test"

# Whether process $1 has a file in the output folder open, i.e. is writing the report.
writing() {
  test -n "$(find "/proc/$1/fd" -maxdepth 1 -lname "$work/out/*" -print -quit 2>/dev/null)"
}

# Writing an 11 MB report takes regsim a few milliseconds, too short a window to aim a kill
# at from a shell. Trials that aim at the writing run regsim under strace, which holds
# every write and fsync a moment before it happens: kills then land while the report is
# open, unwritten or written but not yet on disk or named.
slowly=(strace -f -qq -o /dev/null -e trace=write,fsync
        -e inject=write:delay_enter=20000 -e inject=fsync:delay_enter=50000)
# The regsim process strace $1 started (killing strace instead would let regsim run on).
# strace forks short-lived probes of its own first, so the child must be named regsim.
traced_child() {
  local child
  while kill -0 "$1" 2>/dev/null; do
    for child in $(cat "/proc/$1/task/$1/children" 2>/dev/null); do
      if [ "$(cat "/proc/$child/comm" 2>/dev/null)" = regsim ]; then
        echo "$child"
        return 0
      fi
    done
  done
  return 1
}

trials=0 mid_write=0 complete_leftovers=0
# trial BEFORE HOW DELAY: BEFORE is `old` (a report exists) or `absent`; HOW is `at` (kill
# DELAY seconds after the start) or `writing` (DELAY seconds after the writing began).
trial() {
  local before=$1 how=$2 delay=$3 pid tracer seen_writing=0 state leftover
  rm -rf "$work/out" && mkdir "$work/out"
  [ "$before" = old ] && cp "$work/old.json" "$target"
  if [ "$how" = writing ]; then
    # The poll below can miss a short write on a loaded machine (the report may go out in
    # a few large writes); such a run proves nothing, so it is repeated, up to 5 times.
    local attempt
    for attempt in 1 2 3 4 5; do
      rm -rf "$work/out" && mkdir "$work/out"
      [ "$before" = old ] && cp "$work/old.json" "$target"
      "${slowly[@]}" "${command[@]}" -o "$target" >/dev/null 2>&1 &
      tracer=$!
      pid=$(traced_child "$tracer") || fail "strace did not start regsim"
      while kill -0 "$pid" 2>/dev/null; do
        if writing "$pid"; then
          seen_writing=1
          break
        fi
      done
      [ "$seen_writing" = 1 ] && break
      wait "$tracer" 2>/dev/null
    done
    [ "$seen_writing" = 1 ] || fail "regsim finished before it was seen writing, 5 times"
  else
    "${command[@]}" -o "$target" >/dev/null 2>&1 &
    pid=$!
    tracer=$pid
  fi
  sleep "$delay"
  kill -KILL "$pid" 2>/dev/null
  wait "$tracer" 2>/dev/null
  trials=$((trials + 1))

  if [ ! -e "$target" ]; then
    [ "$before" = absent ] || fail "the old report vanished (trial $trials: $how $delay)"
    state=unchanged
  elif cmp -s "$target" "$work/complete.json"; then
    state=new
  elif [ "$before" = old ] && cmp -s "$target" "$work/old.json"; then
    state=unchanged
  else
    fail "report.json is partial after a kill (trial $trials: $how $delay s)"
  fi
  # Killed after the finished file got its temporary name and before the rename: the
  # temporary is complete. Anything else left over is a bug.
  for leftover in "$work/out"/.report.json.regsim-*; do
    [ -e "$leftover" ] || continue
    cmp -s "$leftover" "$work/complete.json" ||
      fail "a partial temporary file was left: $(basename "$leftover") (trial $trials)"
    complete_leftovers=$((complete_leftovers + 1))
  done
  if [ "$seen_writing" = 1 ] && [ "$state" = unchanged ]; then mid_write=$((mid_write + 1)); fi
}

# Spread over the whole run: reading, scheduling, rendering, writing, exiting.
for step in 0 1 2 3 4 5 6 7 8 9; do
  delay=$(awk -v ms="$runtime_ms" -v s="$step" 'BEGIN { printf "%.3f", ms * 1.1 * s / 9 / 1000 }')
  trial old at "$delay"
  trial absent at "$delay"
done
# Dense where it matters: just after the report file was opened.
for delay in 0 0 0.001 0.002 0.004 0.008 0.016 0.032; do
  trial old writing "$delay"
  trial absent writing "$delay"
done

echo "$trials kills ($runtime_ms ms per run): $mid_write while writing left the old state," \
  "$complete_leftovers left a complete temporary; the report was never partial"
# Unless some kills hit the writing itself, this proved nothing about it.
test "$mid_write" -ge 3 || fail "only $mid_write kills landed while the report was written"
