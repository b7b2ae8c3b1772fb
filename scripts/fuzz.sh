#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz/targets.cmake) with clang into build/fuzz and
# runs each for a bounded time, seeded with the repository's own files. Fails when any
# target finds something: a crash, a sanitizer report, an undocumented exception, an
# input taking over 10 s or a process over 2 GiB.
# Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
jobs=${REGSIM_JOBS:-2}
bash scripts/deps.sh test

echo "== fuzz build (clang-14: libFuzzer, AddressSanitizer, UndefinedBehaviorSanitizer)"
CC=clang-14 CXX=clang++-14 cmake -S . -B build/fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DREGSIM_BUILD_FUZZ=ON -DREGSIM_BUILD_TESTS=OFF -DREGSIM_WARNINGS_AS_ERRORS=ON >/dev/null
cmake --build build/fuzz -j"$jobs" --target regsim-fuzz-targets

work=build/fuzz/run
rm -rf "$work/seeds" "$work/findings" "$work/logs"
mkdir -p "$work/seeds" "$work/findings" "$work/logs"

# Seeds are copied from the repository at each run (never kept twice in git); the corpus
# that earlier runs grew stays in build/fuzz/run/corpus.
copy_seeds() {
  local target=$1
  shift
  mkdir -p "$work/seeds/$target" "$work/corpus/$target"
  local file
  while IFS= read -r file; do
    cp "$file" "$work/seeds/$target/$(printf '%s' "$file" | tr '/' '_')"
  done < <(find "$@" -type f \( -name '*.yaml' -o -name '*.json' \) | sort)
}
copy_seeds pathway_reader workflows tests/cases tests/unit/io/data tests/cli/data
copy_seeds expectation_reader tests/expectations tests/cases/expectations
copy_seeds calendar_reader workflows/calendars
copy_seeds baseline_reader tests/cases/expectations tests/golden
copy_seeds status_reader tests/cases/status tests/cases/status/data
copy_seeds goal_reader tests/goals
# The YAML subset reader against yaml-cpp: every YAML file the project has.
copy_seeds yaml_subset workflows tests/cases tests/unit/io/data tests/cli/data tests/expectations
# Durations as the files and the documentation write them, alone and after a start date.
mkdir -p "$work/seeds/duration" "$work/corpus/duration"
{
  grep -rhoE '(^|[ [,(])[+-]?[0-9]+(wd|mo|d|w)\b' workflows tests/cases docs | tr -d ' [,(' |
    sort -u
  grep -rhoE 'calendar add [0-9]{4}-[0-9]{2}-[0-9]{2} (-- )?[+-]?[0-9]+[a-z]+' docs README.md |
    sed -E 's/^calendar add //; s/ -- / /' | sort -u
} | {
  n=0
  while IFS= read -r line; do
    n=$((n + 1))
    printf '%s' "$line" >"$work/seeds/duration/$n"
  done
}

dictionary() {
  case "$1" in
    duration) echo tests/fuzz/duration.dict ;;
    *) echo tests/fuzz/yaml.dict ;;
  esac
}

failed=()
targets=$(sed -n 's/^set(REGSIM_FUZZ_TARGETS \(.*\))$/\1/p' tests/fuzz/targets.cmake)
test -n "$targets" || { echo "fuzz: no targets in tests/fuzz/targets.cmake" >&2; exit 2; }
open=$(sed -n 's/^set(REGSIM_FUZZ_TARGETS_WITH_OPEN_FINDINGS \(.*\))$/\1/p' tests/fuzz/targets.cmake)
for target in $targets; do
  if [[ " $open " == *" $target "* && "${REGSIM_FUZZ_ALL:-0}" != 1 ]]; then
    echo "== skipping $target: a finding is open (tests/fuzz/targets.cmake);" \
      "REGSIM_FUZZ_ALL=1 runs it"
    continue
  fi
  binary=build/fuzz/tests/fuzz/regsim-fuzz-${target//_/-}
  log=$work/logs/$target.log
  mkdir -p "$work/findings/$target"
  echo "== fuzz $target for $seconds s ($(ls "$work/seeds/$target" | wc -l) seeds)"
  # The first folder receives new inputs; the seeds and the kept regressions are read only.
  if UBSAN_OPTIONS=print_stacktrace=1 "$binary" -max_total_time="$seconds" -timeout=10 \
    -rss_limit_mb=2048 -dict="$(dictionary "$target")" -print_final_stats=1 \
    -artifact_prefix="$work/findings/$target/" "$work/corpus/$target" "$work/seeds/$target" \
    "tests/fuzz/regressions/$target" >"$log" 2>&1; then
    grep -E '^(#[0-9]+ +DONE|Done [0-9]+ runs)' "$log" | tail -n 1
  else
    failed+=("$target")
    echo "FINDING in $target; the end of $log:"
    tail -n 60 "$log"
    echo "inputs: $(ls "$work/findings/$target")"
    echo "Reproduce with: $binary $work/findings/$target/<input>; after the fix keep the input"
    echo "under tests/fuzz/regressions/$target/ so that ctest replays it."
  fi
done

if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: no finding in $seconds s per target"
