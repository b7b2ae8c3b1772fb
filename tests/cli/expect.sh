#!/usr/bin/env bash
# expect.sh EXPECTED_EXIT_CODE COMMAND [ARGS...]
# Runs COMMAND with stdin closed, prints its stdout and stderr (for CTest's regex
# checks) and fails unless it exited with EXPECTED_EXIT_CODE.
expected=$1
shift
"$@" </dev/null 2>&1
actual=$?
if [ "$actual" -ne "$expected" ]; then
  echo "expect.sh: exit code $actual, expected $expected: $*" >&2
  exit 1
fi
exit 0
