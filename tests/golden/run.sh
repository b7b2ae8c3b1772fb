#!/bin/bash
# Approval-style golden test: run regsim with the case's arguments and compare its output
# with the approved file, byte for byte, after masking volatile text (the version).
#   run.sh REGSIM CASE_DIR
# CASE_DIR holds `args` (the arguments, one line, word-split by bash) and `expected.*`.
# On a mismatch the output is kept as actual.* next to it with a unified diff in
# actual.diff, and the test fails. REGSIM_UPDATE_GOLDEN=1 writes expected.* instead;
# read the diff by eye before committing it.
set -u
regsim=$1
case_dir=$2
cd "$case_dir" || exit 2
expected=$(ls expected.* 2>/dev/null | head -n 1)
extension=${expected#expected.}
[ -n "$expected" ] || extension=txt
read -r -a arguments < args
output=$(mktemp)
trap 'rm -f "$output"' EXIT
NO_COLOR=1 REGSIM_DATA_DIR="${REGSIM_DATA_DIR:-}" "$regsim" "${arguments[@]}" > "$output" 2>&1
status=$?
# Mask the version so that a release does not invalidate every golden.
sed -i -E 's/"regsim": "[0-9]+\.[0-9]+\.[0-9]+"/"regsim": "<version>"/' "$output"
if [ "${REGSIM_UPDATE_GOLDEN:-0}" = 1 ]; then
  cp "$output" "expected.$extension"
  rm -f "actual.$extension" actual.diff
  echo "updated $case_dir/expected.$extension (exit $status)"
  exit 0
fi
if [ "$status" -ne 0 ]; then
  echo "regsim exited with $status:"; cat "$output"; exit 1
fi
if [ -z "$expected" ]; then
  cp "$output" "actual.$extension"
  echo "no expected.* in $case_dir; wrote actual.$extension (approve with REGSIM_UPDATE_GOLDEN=1)"
  exit 1
fi
if cmp -s "$output" "$expected"; then
  rm -f "actual.$extension" actual.diff
  exit 0
fi
cp "$output" "actual.$extension"
diff -u "$expected" "actual.$extension" > actual.diff
echo "golden mismatch in $case_dir (see actual.diff):"
head -n 40 actual.diff
exit 1
