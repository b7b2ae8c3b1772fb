#!/usr/bin/env bash
# interrupt_checks.sh CHECK REGSIM: Ctrl-C (SIGINT) during long commands other
# than `simulate` (simulate_checks.sh has that one). Each check interrupts a run that
# takes far longer than a second, after a second, and holds when regsim exits 130, says
# "regsim: interrupted" and leaves no file in the output folder.
check=$1
regsim=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/out"

# interrupted COMMAND...: runs it, sends SIGINT after a second, checks the outcome.
interrupted() {
  timeout --preserve-status -s INT 1 "$@" </dev/null >"$dir/stdout" 2>"$dir/stderr"
  local code=$?
  if [ "$code" -ne 130 ]; then
    echo "exit code $code, not 130; stderr:" >&2
    cat "$dir/stderr" >&2
    return 1
  fi
  grep -q '^regsim: interrupted$' "$dir/stderr" || {
    echo "no 'regsim: interrupted' on stderr" >&2
    return 1
  }
  if [ -n "$(ls -A "$dir/out")" ]; then
    echo "files left in the output folder: $(ls -A "$dir/out")" >&2
    return 1
  fi
}

case "$check" in
  compare_runs)
    # Monte Carlo of three scenarios, a million runs each (several seconds per scenario):
    # the workers stop at the next replication.
    interrupted "$regsim" compare kr/biosimilar --runs 1000000 --threads 2 -o "$dir/out/report.txt"
    ;;
  check)
    # A percentile over a million runs of kr/biosimilar (about 5 s); --junit would be
    # written at the end.
    cat >"$dir/slow.yaml" <<EOF
regsim: 1
pathway: kr/biosimilar
runs: 1000000
expect:
  - milestone: certificate
    p80: {at_most: 1000}
EOF
    interrupted "$regsim" check "$dir/slow.yaml" --junit "$dir/out/junit.xml"
    ;;
  schedule_portfolio)
    # 30,000 applications queueing for the same reviewers (about a minute): no check
    # point polls here, so the signal handler ends the process at once.
    interrupted "$regsim" schedule kr/biosimilar --applications 30000 --every 1d \
      -o "$dir/out/portfolio.txt"
    ;;
  *)
    echo "unknown check $check" >&2
    exit 2
    ;;
esac
