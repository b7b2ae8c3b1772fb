#!/usr/bin/env bash
# simulate_checks.sh CHECK REGSIM DATA_FILE: checks of `regsim simulate` that need more
# than one command (Ctrl-C: interrupt_checks.sh). Exits 0 when the check holds.
check=$1
regsim=$2
data=$3
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
case "$check" in
  threads)
    # The same seed gives byte-identical JSON for 1, 2 and 8 threads; kr/listing too, whose
    # two committees put the sittings made in the document.
    for file in "$data" kr/listing; do
      for threads in 1 2 8; do
        "$regsim" simulate "$file" --runs 3000 --seed 9 --threads "$threads" --format json \
          >"$dir/$threads.json" </dev/null 2>/dev/null || exit 1
      done
      test -s "$dir/1.json" && cmp "$dir/1.json" "$dir/2.json" && cmp "$dir/1.json" "$dir/8.json" ||
        exit 1
    done
    grep -q '"made_planned"' "$dir/1.json"
    ;;
  output)
    # -o writes the whole document and nothing to stdout.
    out=$("$regsim" simulate "$data" --runs 100 --format json -o "$dir/out.json" </dev/null) || exit 1
    test -z "$out" && grep -q '"schema": "regsim.simulation/1"' "$dir/out.json" &&
      tail -c 2 "$dir/out.json" | grep -q '}'
    ;;
  *)
    echo "unknown check $check" >&2
    exit 2
    ;;
esac
