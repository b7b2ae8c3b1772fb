#!/usr/bin/env bash
# tj3_test_pathways.sh REGSIM TESTS_DIR: tj3_roundtrip.sh for every pathway file under
# TESTS_DIR that schedules, from its own start date or else from 2026-01-05 (bad-input
# cases and expectation files do not, and are skipped), baseline and every scenario; fails on the first file whose dates tj3 does not
# reproduce. Prints how many files and scenarios were checked.
set -euo pipefail
regsim=$1
tests=$2
here=$(cd "$(dirname "$0")" && pwd)
files=0
scenarios=0
while IFS= read -r file; do
  # A file without a start date (a unit test's) is scheduled from a Monday.
  start=
  if ! "$regsim" schedule "$file" --format json >/dev/null 2>&1; then
    start=2026-01-05
    "$regsim" schedule "$file" --start "$start" --format json >/dev/null 2>&1 || continue
  fi
  # The file's scenarios: those compare finds (none when it has none).
  names=$("$regsim" compare "$file" --format json 2>/dev/null |
    /usr/bin/python3 -c 'import json, sys; print(" ".join(c["scenario"] for c in json.load(sys.stdin)["comparisons"]))' 2>/dev/null || true)
  REGSIM_START=$start bash "$here/tj3_roundtrip.sh" "$regsim" "$file" baseline $names
  files=$((files + 1))
  scenarios=$((scenarios + 1 + $(wc -w <<<"$names")))
done < <(find "$tests" -name '*.yaml' -not -path '*/build/*' | LC_ALL=C sort)
echo "tj3: $files pathway files under tests/, $scenarios scenarios, same dates"
