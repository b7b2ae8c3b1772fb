# lib.sh: sourced by every generator in tests/adversarial/. A generator makes its hostile
# inputs on the fly (never a stored bomb) and runs each through `attack`, which bounds
# regsim's time and memory and asserts the outcome the issue that closed the class asked
# for: the exit code, the message (an id, a position or the option it names) and that
# nothing was written, so that bad input never destroys or leaves a file.
#
# Usage in a generator:  source lib.sh "$@"   (arguments: REGSIM WORK_DIR MEMORY_KIB)
#   attack NAME EXIT REGEX COMMAND...   runs COMMAND in $work/case (REGEX "" : any output)
#   attack_writes NAME EXIT REGEX COMMAND...   the same, for cases allowed to write
#   finish                              prints the tally; exits 1 when a case failed
set -u
regsim=$(readlink -f "$1")  # the attacks run in their own folder
work=$2
memory_kib=${3:-0}  # 0: no bound (sanitizer builds reserve terabytes of address space)
seconds=${ADVERSARIAL_SECONDS:-30}
rm -rf "$work" && mkdir -p "$work/case"
trap 'rm -rf "$work"' EXIT
cases=0
failures=0

# A listing of everything in the case folder: names, kinds, modes, sizes and contents.
snapshot() {
  (cd "$work/case" && find . -printf '%p %y %m %s %l\n' | sort &&
    find . -type f -exec md5sum {} + | sort)
}

# run_attack WRITES NAME EXIT REGEX COMMAND...; with $forbid set (a Perl regex), the
# output must also not match it anywhere (bytes, not characters: LC_ALL=C).
forbid=""
run_attack() {
  local writes=$1 name=$2 expected=$3 regex=$4
  shift 4
  cases=$((cases + 1))
  local before after output status
  before=$(snapshot)
  (cd "$work/case" &&
    if [ "$memory_kib" -gt 0 ]; then ulimit -v "$memory_kib"; fi &&
    timeout -k 5 "$seconds" "$@" </dev/null >"$work/output" 2>&1)
  status=$?
  output=$(cat -v "$work/output" | head -c 4000)
  after=$(snapshot)
  local problem=""
  if [ "$status" -eq 124 ] || [ "$status" -eq 137 ]; then
    problem="did not finish within ${seconds} s"
  elif [ "$status" -ne "$expected" ]; then
    problem="exit code $status, expected $expected"
  elif [ -n "$regex" ] && ! grep -Eq -- "$regex" "$work/output"; then
    problem="output does not match /$regex/"
  elif [ -n "$forbid" ] && LC_ALL=C grep -Pq -- "$forbid" "$work/output"; then
    problem="output has a forbidden byte sequence /$forbid/: $(LC_ALL=C grep -Pao -- "$forbid" "$work/output" | head -3 | cat -v)"
  elif [ "$writes" = no ] && [ "$before" != "$after" ]; then
    problem="the case folder changed: $(diff <(echo "$before") <(echo "$after") | head -5)"
  fi
  if [ -n "$problem" ]; then
    failures=$((failures + 1))
    echo "FAIL $name: $problem" >&2
    echo "  command: $*" >&2
    echo "  output: $(head -c 600 <<<"$output")" >&2
  fi
}

attack() { run_attack no "$@"; }
attack_writes() { run_attack yes "$@"; }

finish() {
  echo "$cases attacks, $failures failed (memory bound ${memory_kib} KiB, ${seconds} s each)"
  [ "$failures" -eq 0 ]
}
