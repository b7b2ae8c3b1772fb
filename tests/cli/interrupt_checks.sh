#!/usr/bin/env bash
# interrupt_checks.sh CHECK REGSIM: Ctrl-C (SIGINT) during long commands. Each check interrupts a run that
# takes several times longer than the delay before the signal (on the fastest build, the
# release one), and holds when regsim exits 130, says "regsim: interrupted" and leaves no
# file in the output folder. A run that ends before the signal fails the check (exit 0),
# so a workload that became too fast shows up as a failure, never as a silent pass.
check=$1
regsim=$2
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
mkdir "$dir/out"

# interrupted DELAY COMMAND...: runs it, sends SIGINT DELAY seconds after regsim has
# installed its handler, checks the outcome. Waiting for the handler (SIGINT's bit in the
# SigCgt mask of /proc/PID/status) and not only for a fixed time: an AddressSanitizer build
# on a loaded machine took over a second to get there, and a signal before it says nothing
# about regsim's handling (sent by `timeout`, it ended the process by the default action,
# exit 130 without the message; here the command starts in the background of a script,
# with SIGINT ignored until regsim installs its handler). A regsim without the handler
# fails the check: it never shows the handler, and ignores the signal sent after a minute.
interrupted() {
  local delay=$1
  shift
  "$@" </dev/null >"$dir/stdout" 2>"$dir/stderr" &
  local pid=$! caught
  for _ in $(seq 1 1200); do
    caught=$(awk '/^SigCgt:/ {print $2}' "/proc/$pid/status" 2>/dev/null) || break
    [ -z "$caught" ] && break
    (((16#$caught >> 1) & 1)) && break
    sleep 0.05
  done
  sleep "$delay"
  kill -INT "$pid" 2>/dev/null
  wait "$pid"
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
  simulate)
    # Monte Carlo of a million runs of kr/biosimilar (several seconds): the workers stop
    # at the next replication.
    interrupted 1 "$regsim" simulate kr/biosimilar --runs 1000000 -o "$dir/out/report.txt"
    ;;
  compare_runs)
    # Monte Carlo of three scenarios, a million runs each (several seconds per scenario):
    # the workers stop at the next replication.
    interrupted 1 "$regsim" compare kr/biosimilar --runs 1000000 --threads 2 -o "$dir/out/report.txt"
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
    interrupted 1 "$regsim" check "$dir/slow.yaml" --junit "$dir/out/junit.xml"
    ;;
  schedule_portfolio)
    # 150,000 applications of the listing, one a day (5.5 s and a 200 MB report in the
    # release build on the 2-core CI machine kind): no check point polls here, so the
    # signal handler ends the process at once. (30,000 applications of kr/biosimilar took
    # about a minute while portfolios were quadratic; once linear they took 1.3 s, and a
    # signal after one second arrived as the report was being written: CI saw the whole
    # file in place, exit 130.)
    interrupted 1 "$regsim" schedule kr/listing --applications 150000 --every 1d \
      -o "$dir/out/portfolio.txt"
    ;;
  *)
    echo "unknown check $check" >&2
    exit 2
    ;;
esac
