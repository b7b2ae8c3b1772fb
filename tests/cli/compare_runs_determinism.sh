#!/usr/bin/env bash
# compare_runs_determinism.sh REGSIM: `regsim compare --runs` gives byte-identical reports,
# Monte Carlo part included, for one seed across --threads 1, 2 and 8 and across repeated
# runs, in every format that carries the runs (text, md, csv, json, html, xlsx).
regsim=$1
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
for format in text md csv json html xlsx; do
  for run in 1-a 1-b 2 8; do
    "$regsim" compare kr/biosimilar --runs 1500 --seed 9 --threads "${run%-*}" --format "$format" \
      -o "$dir/$format-$run" </dev/null || exit 1
  done
  # The runs are there (else the comparison would prove nothing about them).
  case $format in
    text | md) mark='Monte Carlo' ;;
    csv) mark='p80_finish' ;;
    json) mark='"monte_carlo"' ;;
    html) mark='every scenario' ;;
    xlsx) mark='' ;;
  esac
  if [ -n "$mark" ] && ! grep -q -- "$mark" "$dir/$format-1-a"; then
    echo "no Monte Carlo part ($mark) in the $format report" >&2
    exit 1
  fi
  for run in 1-b 2 8; do
    cmp "$dir/$format-1-a" "$dir/$format-$run" || exit 1
  done
done
echo "compare --runs: byte-identical in 6 formats across threads"
