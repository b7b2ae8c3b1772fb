#!/usr/bin/env bash
# mpi_checks.sh CHECK REGSIM: `mpirun -np K regsim ...` (docs/scale-out.md), in a build with
# -DREGSIM_WITH_MPI=ON. same_bytes: simulate (one application and --portfolio) and goal
# (one application and a portfolio) write the same bytes as one process for K = 1, 2, 3
# (3 oversubscribes a 2-core machine) and any --threads. other_commands: the same for
# compare --runs, check (Monte Carlo assertions, one failing: exit 1 on every rank) and
# explain --runs, for K = 1, 2, 3 and --threads 1 and 2 each. failing_rank: one rank
# failing, in its block of runs or before any, ends the run with exit 2, that rank's
# message and no output file (simulate and compare --runs, whose rows go to rank 0 only,
# and simulate --tolerance, whose rows go to every rank); bad input in a rank's runs fails
# every rank alike (check goes on as one process does); every rank failing alike prints
# what one process prints.
set -u
check=$1
regsim=$2
root=$(cd "$(dirname "$0")/../.." && pwd)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
# Root in a container needs --allow-run-as-root; -q keeps mpirun's own banners out.
mpirun=(mpirun -q --allow-run-as-root --oversubscribe)
fail() { echo "mpi_checks.sh $check: $*" >&2; exit 1; }
# same_as_one_process N "COMMAND" RANKS:THREADS...: COMMAND's output file under mpirun, for
# each pair, is byte for byte the one of a single process on one thread.
same_as_one_process() {
  local n=$1 command=$2 pair np threads
  shift 2
  # shellcheck disable=SC2086 # the command's words
  "$regsim" $command --threads 1 -o "$dir/$n.one" || fail "one process: exit $? ($command)"
  [ -s "$dir/$n.one" ] || fail "empty output ($command)"
  for pair in "$@"; do
    np=${pair%:*}
    threads=${pair#*:}
    # shellcheck disable=SC2086
    "${mpirun[@]}" -np "$np" "$regsim" $command --threads "$threads" -o "$dir/$n.out" ||
      fail "-np $np --threads $threads: exit $? ($command)"
    cmp "$dir/$n.one" "$dir/$n.out" ||
      fail "-np $np --threads $threads differs from one process ($command)"
  done
}

case $check in
  same_bytes)
    goals=$root/tests/goals
    commands=(
      "simulate kr/biosimilar --runs 2500 --seed 7 --format json"
      "simulate kr/listing --runs 3000 --tolerance 3 --format json"
      "simulate $root/tests/queueing/mmc.yaml --portfolio --runs 7 --format json"
      "simulate $root/tests/cli/data/seasonal-arrivals.yaml --portfolio --runs 5 --format csv"
      "goal kr/biosimilar $goals/certificate_p80.yaml --runs 500 --format json"
      "goal $root/tests/queueing/mmc.yaml $goals/reviewers_p80.yaml --runs 5 --format json"
    )
    n=0
    for command in "${commands[@]}"; do
      n=$((n + 1))
      same_as_one_process $n "$command" 1:1 2:2 3:1
    done
    # Ranks other than 0 write nothing: standard output carries one report.
    "${mpirun[@]}" -np 3 "$regsim" simulate kr/biosimilar --runs 600 --format json > "$dir/out" ||
      fail "stdout run: exit $?"
    "$regsim" simulate kr/biosimilar --runs 600 --format json | cmp - "$dir/out" ||
      fail "stdout under -np 3 is not the one-process report"
    echo "mpirun -np 1, 2, 3: ${#commands[@]} commands byte-identical to one process"
    ;;
  other_commands)
    data=$root/tests/cli/data
    commands=(
      "compare kr/biosimilar --scenario reformed --runs 400 --seed 5 --format json"
      "compare kr/listing --runs 300 --format md"
      "explain kr/biosimilar --scenario reformed --runs 150 --seed 3 --format json"
    )
    n=0
    for command in "${commands[@]}"; do
      n=$((n + 1))
      same_as_one_process $n "$command" 1:1 1:2 2:1 2:2 3:1 3:2
    done
    # check: standard output, the JUnit file and the exit status (1: one assertion fails).
    "$regsim" check "$data/mpi-expectations.yaml" -v --junit "$dir/one.xml" > "$dir/one.txt"
    status=$?
    [ $status = 1 ] || fail "check, one process: exit $status, not 1"
    grep -q "FAILED" "$dir/one.txt" || fail "check, one process: no assertion failed"
    for np in 1 2 3; do
      for threads in 1 2; do
        "${mpirun[@]}" -np $np "$regsim" check "$data/mpi-expectations.yaml" -v \
          --threads $threads --junit "$dir/np.xml" > "$dir/np.txt"
        status=$?
        [ $status = 1 ] || fail "check -np $np --threads $threads: exit $status, not 1"
        cmp "$dir/one.txt" "$dir/np.txt" || fail "check -np $np --threads $threads: stdout differs"
        cmp "$dir/one.xml" "$dir/np.xml" || fail "check -np $np --threads $threads: JUnit differs"
      done
    done
    echo "mpirun -np 1, 2, 3 x --threads 1, 2: compare, explain and check as one process"
    ;;
  failing_rank)
    # Rank 1 starts near the year 9999: its plan fits, its runs leave the supported years.
    cat > "$dir/rank1.sh" <<'SH'
#!/usr/bin/env bash
if [ "$OMPI_COMM_WORLD_RANK" = 1 ]; then exec "$@" --start 9998-10-01; fi
exec "$@"
SH
    # Rank 1 alone reads a file that is not there (the others wait for its runs).
    cat > "$dir/rank1_missing.sh" <<'SH'
#!/usr/bin/env bash
if [ "$OMPI_COMM_WORLD_RANK" = 1 ]; then exec "$1" simulate /nonexistent/pathway.yaml; fi
exec "$@"
SH
    chmod +x "$dir/rank1.sh" "$dir/rank1_missing.sh"
    "${mpirun[@]}" -np 3 "$dir/rank1.sh" "$regsim" simulate kr/biosimilar --runs 3000 \
      -o "$dir/a.txt" 2> "$dir/a.err"
    status=$?
    [ $status = 2 ] || fail "a rank failing in its runs: exit $status, not 2"
    [ ! -e "$dir/a.txt" ] || fail "a rank failing in its runs: an output file was written"
    # Bad input in a replication: the diagnostic alone, as one process prints it.
    [ "$(wc -l < "$dir/a.err")" = 1 ] || fail "more than the diagnostic: $(cat "$dir/a.err")"
    grep -q "^[^ ]*:[0-9]*:[0-9]*: error: .*\[date_out_of_range\]$" "$dir/a.err" ||
      fail "not the rank's diagnostic: $(cat "$dir/a.err")"
    # The same where every rank receives every row (--tolerance), and where several Monte
    # Carlos run one after the other (compare --runs, which has no --start: rank 1 reads
    # the pathway with a late start date instead, and fails in the baseline's runs).
    sed 's/^start: .*/start: 9998-10-01/' "$root/workflows/kr/biosimilar.yaml" > "$dir/late.yaml"
    cat > "$dir/rank1_late.sh" <<SH
#!/usr/bin/env bash
if [ "\$OMPI_COMM_WORLD_RANK" = 1 ]; then exec "\$1" "\$2" "$dir/late.yaml" "\${@:4}"; fi
exec "\$@"
SH
    chmod +x "$dir/rank1_late.sh"
    for args in "rank1.sh simulate kr/biosimilar --runs 3000 --tolerance 3" \
      "rank1_late.sh compare kr/biosimilar --scenario reformed --runs 3000"; do
      # shellcheck disable=SC2086
      set -- $args
      "${mpirun[@]}" -np 3 "$dir/$1" "$regsim" "${@:2}" -o "$dir/a.txt" 2> "$dir/a.err"
      status=$?
      [ $status = 2 ] || fail "a rank failing in its runs: exit $status, not 2 ($args)"
      [ ! -e "$dir/a.txt" ] || fail "a rank failing in its runs: an output file ($args)"
      grep -q "^[^ ]*:[0-9]*:[0-9]*: error: .*\[date_out_of_range\]$" "$dir/a.err" ||
        fail "not the rank's diagnostic ($args): $(cat "$dir/a.err")"
    done
    # check collects bad input and goes on: rank 0 alone reads the late pathway, its blocks
    # fail, and every rank goes on alike, so rank 0 prints what one process prints when it
    # reads the late pathway (rank 0's block holds the smallest failing run).
    sed "s|^pathway: .*|pathway: $dir/late.yaml|" "$root/tests/cli/data/mpi-expectations.yaml" \
      > "$dir/late-expectations.yaml"
    cat > "$dir/rank0_late.sh" <<SH
#!/usr/bin/env bash
if [ "\$OMPI_COMM_WORLD_RANK" = 0 ]; then exec "\$1" "\$2" "$dir/late-expectations.yaml"; fi
exec "\$@"
SH
    chmod +x "$dir/rank0_late.sh"
    "$regsim" check "$dir/late-expectations.yaml" > "$dir/one.out" 2> "$dir/one.err"
    [ $? = 2 ] || fail "check of the late pathway, one process: not exit 2"
    grep -q "\[date_out_of_range\]" "$dir/one.err" || fail "check, one process: $(cat "$dir/one.err")"
    "${mpirun[@]}" -np 3 "$dir/rank0_late.sh" "$regsim" check \
      "$root/tests/cli/data/mpi-expectations.yaml" > "$dir/three.out" 2> "$dir/three.err"
    status=$?
    [ $status = 2 ] || fail "check, rank 0 failing in its runs: exit $status, not 2"
    cmp "$dir/one.err" "$dir/three.err" ||
      fail "check, rank 0 failing in its runs: stderr differs from one process"
    "${mpirun[@]}" -np 3 "$dir/rank1_missing.sh" "$regsim" simulate kr/biosimilar --runs 3000 \
      -o "$dir/b.txt" 2> "$dir/b.err"
    status=$?
    [ $status = 2 ] || fail "a rank failing before its runs: exit $status, not 2"
    [ ! -e "$dir/b.txt" ] || fail "a rank failing before its runs: an output file was written"
    grep -q "^regsim: MPI rank 1 of 3 failed:" "$dir/b.err" || fail "no rank named: $(cat "$dir/b.err")"
    grep -q "\[file_not_found\]" "$dir/b.err" || fail "not the rank's diagnostic"
    # Every rank failing alike (in the runs, or on bad input): what one process prints, once.
    for args in "simulate kr/biosimilar --runs 3000 --start 9998-10-01" "simulate nope.yaml"; do
      # shellcheck disable=SC2086
      "$regsim" $args -o "$dir/c.txt" 2> "$dir/one.err"
      # shellcheck disable=SC2086
      "${mpirun[@]}" -np 3 "$regsim" $args -o "$dir/c.txt" 2> "$dir/three.err"
      status=$?
      [ $status = 2 ] || fail "all ranks failing: exit $status, not 2 ($args)"
      [ ! -e "$dir/c.txt" ] || fail "all ranks failing: an output file was written ($args)"
      cmp "$dir/one.err" "$dir/three.err" || fail "stderr differs from one process ($args)"
    done
    echo "a failing rank: exit 2, its message, no output; all failing: one process's message"
    ;;
  *) fail "unknown check" ;;
esac
