#!/usr/bin/env bash
# Quick start, command 2: install what is missing, build with warnings as errors,
# run the whole test suite through ctest, then the unit tests again under
# AddressSanitizer + UndefinedBehaviorSanitizer, then fuzz each reader for a minute.
# REGSIM_SKIP_SANITIZERS=1 and REGSIM_SKIP_FUZZ=1 leave those passes out;
# REGSIM_FUZZ_SECONDS sets the fuzzing time per target (default 60).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh test
jobs=${REGSIM_JOBS:-2}
# Each stage says when it starts (seconds since this script began): CI runs under a time
# limit, and its log should show which stage the time went to.
stage() { echo "== [${SECONDS} s] $*"; }

stage "build (warnings are errors)"
# With MPI: the suite then also runs mpirun -np 1, 2, 3 against one process (ctest -L mpi).
cmake -S . -B build/ci -DCMAKE_BUILD_TYPE=RelWithDebInfo -DREGSIM_WARNINGS_AS_ERRORS=ON \
      -DREGSIM_WITH_MPI=ON >/dev/null
cmake --build build/ci -j"$jobs"
stage "test suite"
ctest --test-dir build/ci -j"$jobs" --output-on-failure --timeout 600

if [ "${REGSIM_SKIP_SANITIZERS:-0}" != 1 ]; then
  stage "the test suite again under AddressSanitizer + UndefinedBehaviorSanitizer"
  cmake -S . -B build/asan -DCMAKE_BUILD_TYPE=Debug -DREGSIM_WARNINGS_AS_ERRORS=ON \
        -DREGSIM_SANITIZE=ON >/dev/null
  cmake --build build/asan -j"$jobs" --target regsim-unit-tests regsim-cli regsim-fuzz-replays
  # The install test builds a user's project against the staged static library; that
  # project is not compiled with the sanitizers, so it cannot link a sanitized library.
  # It runs in the normal build above.
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1 \
    ctest --test-dir build/asan -j"$jobs" --output-on-failure --timeout 900 -LE install
fi

if [ "${REGSIM_SKIP_FUZZ:-0}" != 1 ]; then
  stage "fuzzing (libFuzzer, clang): ${REGSIM_FUZZ_SECONDS:-60} s per target"
  bash scripts/fuzz.sh "${REGSIM_FUZZ_SECONDS:-60}"
fi
stage "done"
