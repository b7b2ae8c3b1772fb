#!/usr/bin/env bash
# status_checks.sh REGSIM CASES_DIR: every bad status file under CASES_DIR, given to
# `regsim schedule --status`, exits 2 with `FILE:LINE:COL: error: ... [ID]` for the id and
# line its first line states, writes no output file and leaves an existing one untouched.
regsim=$1
cases=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
failed=0
count=0
for file in "$cases"/*.yaml; do
  count=$((count + 1))
  header=$(head -n 1 "$file")
  id=$(sed -E 's/^# expect: ([a-z_]+) at ([0-9]+).*/\1/' <<<"$header")
  line=$(sed -E 's/^# expect: ([a-z_]+) at ([0-9]+).*/\2/' <<<"$header")
  name=$(basename "$file")
  "$regsim" schedule --status "$file" --format json -o "$dir/new.json" </dev/null \
    >"$dir/stdout" 2>"$dir/stderr"
  code=$?
  printf 'kept\n' >"$dir/old.json"
  "$regsim" schedule --status "$file" -o "$dir/old.json" </dev/null >/dev/null 2>&1
  if [ "$code" -ne 2 ]; then
    echo "$name: exit $code, expected 2"; failed=1
  fi
  if ! grep -Eq "$name:$line:[0-9]+: error: .* \[$id\]$" "$dir/stderr"; then
    echo "$name: no '$name:$line:COL: error: ... [$id]' in:"; cat "$dir/stderr"; failed=1
  fi
  if [ -e "$dir/new.json" ] || [ -s "$dir/stdout" ]; then
    echo "$name: output written on bad input"; failed=1
  fi
  if [ "$(cat "$dir/old.json")" != kept ]; then
    echo "$name: an existing output file was changed"; failed=1
  fi
  rm -f "$dir/new.json"
done
[ "$count" -ge 10 ] || { echo "only $count cases"; failed=1; }
exit $failed
