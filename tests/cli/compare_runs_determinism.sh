#!/usr/bin/env bash
# compare_runs_determinism.sh REGSIM: `regsim compare --runs` prints byte-identical
# reports, Monte Carlo table included, for one seed across --threads 1, 2 and 8 and across
# repeated runs (its JSON has no Monte Carlo part, so the text and Markdown are compared).
regsim=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for format in text md; do
  for run in 1-a 1-b 2 8; do
    "$regsim" compare kr/biosimilar --runs 3000 --seed 9 --threads "${run%-*}" --format "$format" \
      >"$dir/$format-$run" </dev/null || exit 1
  done
  # The table is there (else the comparison would prove nothing about the runs).
  grep -q 'Monte Carlo' "$dir/$format-1-a" || {
    echo "no Monte Carlo table in the $format report" >&2
    exit 1
  }
  for run in 1-b 2 8; do
    cmp "$dir/$format-1-a" "$dir/$format-$run" || exit 1
  done
done
