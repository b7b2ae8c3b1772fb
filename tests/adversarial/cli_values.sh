#!/usr/bin/env bash
# cli_values.sh REGSIM WORK_DIR MEMORY_KIB: issue 28 class 11. Every numeric option of
# every command is given values of its kind that are not what the option documents:
# negative, past the type's range, rounded (1e23), hexadecimal, octal-looking, binary,
# nan and inf, signs and blanks. Each must exit 2 naming the option, with nothing written.
# Edge values that are valid (2^64-1 as a seed, 010 as ten) must be accepted.
source "$(dirname "$0")/lib.sh" "$@"

cat >"$work/case/expect.yaml" <<'YAML'
regsim: 1
pathway: kr/listing
expect:
  - milestone: end
    p80: {at_most: 100000}
    runs: 50
YAML
"$regsim" baseline save kr/listing -o "$work/case/base.json" || exit 1

not_whole=(-1 0x10 0X10 0b11 1e3 1.5 +5 " 7" "7 " "" nan inf 99999999999999999999 ١)
# option-bearing commands: "NAME|COMMAND ARGS|OPTION|VALID VALUE"
commands=(
  "simulate.runs|simulate kr/listing|--runs|100"
  "simulate.threads|simulate kr/listing --runs 20|--threads|2"
  "simulate.width|simulate kr/listing --runs 20|--width|80"
  "compare.runs|compare kr/biosimilar|--runs|20"
  "compare.threads|compare kr/biosimilar --runs 20|--threads|2"
  "compare.width|compare kr/biosimilar|--width|80"
  "schedule.width|schedule kr/listing|--width|80"
  "schedule.applications|schedule kr/listing|--applications|3"
  "check.threads|check expect.yaml|--threads|2"
  "baseline.tolerance|baseline diff kr/listing base.json|--tolerance|3"
  "calendar.year|calendar holidays kr|--year|2026"
)
for entry in "${commands[@]}"; do
  IFS='|' read -r name command option valid <<<"$entry"
  read -ra words <<<"$command"
  for value in "${not_whole[@]}"; do
    attack "$name[$value]" 2 "error: $option" "$regsim" "${words[@]}" "$option" "$value"
  done
  attack_writes "$name[valid $valid]" 0 "." "$regsim" "${words[@]}" "$option" "$valid"
done

# Counts under 1 and widths under the documented minimum.
attack "applications 0" 2 "error: --applications: '0'" "$regsim" schedule kr/listing --applications 0
attack "simulate runs 0" 2 "error: --runs: '0'" "$regsim" simulate kr/listing --runs 0
attack "compare runs 0" 2 "error: --runs: '0'" "$regsim" compare kr/biosimilar --runs 0
attack "schedule width 39" 2 "error: --width: '39'" "$regsim" schedule kr/listing --width 39
attack "schedule width -5" 2 "error: --width: '-5'" "$regsim" schedule kr/listing --width -5
attack "compare width 39" 2 "error: --width: '39'" "$regsim" compare kr/biosimilar --width 39
attack "simulate width 59" 2 "error: --width: '59'" "$regsim" simulate kr/listing --runs 20 --width 59

# Seeds: a decimal from 0 to 2^64-1, nothing else (no wrapping, rounding or octal).
for seed in -1 18446744073709551616 1e23 0x10 010x 1.0 "" " 1" nan; do
  attack "seed[$seed]" 2 "error: --seed: '$seed' is not a seed" \
    "$regsim" simulate kr/listing --runs 20 --seed "$seed"
  attack "compare seed[$seed]" 2 "error: --seed: '$seed' is not a seed" \
    "$regsim" compare kr/biosimilar --runs 20 --seed "$seed"
done
for seed in 0 18446744073709551615; do
  attack_writes "seed[$seed]" 0 "P80" "$regsim" simulate kr/listing --runs 20 --seed "$seed"
done
# 010 is ten, not octal eight: the same output as --seed 10, not as --seed 8.
ten=$("$regsim" simulate kr/listing --runs 50 --seed 10 --format json)
eight=$("$regsim" simulate kr/listing --runs 50 --seed 8 --format json)
leading=$("$regsim" simulate kr/listing --runs 50 --seed 010 --format json)
cases=$((cases + 1))
if [ "$leading" != "$ten" ] || [ "$ten" = "$eight" ]; then
  failures=$((failures + 1))
  echo "FAIL seed 010 is not read as 10" >&2
fi

# Tolerances: finite, positive days written in decimal.
for tolerance in -1 0 nan inf -inf 1e2 0x10 "" " 2" 2.5.1; do
  attack "tolerance[$tolerance]" 2 "error: --tolerance: '$tolerance'" \
    "$regsim" simulate kr/listing --tolerance "$tolerance"
done
attack_writes "tolerance[2.5]" 0 "P80" "$regsim" simulate kr/listing --tolerance 2.5
finish
