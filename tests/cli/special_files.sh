#!/usr/bin/env bash
# special_files.sh REGSIM WORK_DIR: a pathway, or an include, that names a FIFO with no
# writer (or a device) is refused at once with not_a_file and exit 2; reading it would
# block for ever.
set -u
regsim=$1
work=$2
rm -rf "$work" && mkdir -p "$work"
trap 'rm -rf "$work"' EXIT
fail() {
  echo "special_files: $*" >&2
  exit 1
}
mkfifo "$work/pipe.yaml"
cat >"$work/main.yaml" <<'YAML'
regsim: 1
id: test/special
title: Includes a pipe
include:
  - {file: pipe.yaml, prefix: part}
tasks:
  - {id: a, duration: 1d}
YAML
for target in "$work/pipe.yaml" "$work/main.yaml" /dev/zero; do
  output=$(timeout 20 "$regsim" validate "$target" 2>&1)
  status=$?
  [ "$status" -eq 124 ] && fail "regsim validate $target hung"
  [ "$status" -eq 2 ] || fail "regsim validate $target exited $status, not 2: $output"
  grep -q "not a regular file.*\[not_a_file\]" <<<"$output" ||
    fail "regsim validate $target did not say not_a_file: $output"
done
echo "a FIFO, an include of it and /dev/zero: not_a_file, exit 2"
