#!/usr/bin/env bash
# tj3_roundtrip.sh REGSIM PATHWAY [SCENARIO...]
# For every scenario of PATHWAY (those given, else the bundled pathway's from `regsim
# list`): exports the deterministic schedule as a TaskJuggler project, lets tj3 schedule
# it, and fails unless tj3 gives every task - and every round of a task that rework
# repeated - the same start and end date as regsim's own schedule (read from
# `regsim schedule --format json`, with its round_dates). REGSIM_START=DATE in the
# environment passes --start DATE.
set -euo pipefail
regsim=$1
pathway=$2
shift 2
start=${REGSIM_START:-}  # a start date for pathways that name none
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cat > "$work/dates.tji" <<'TJI'
taskreport "dates" {
  formats csv
  columns id, start, end
  timeformat "%Y-%m-%d %H:%M"
}
TJI
scenarios="$*"
[ -n "$scenarios" ] || scenarios=$("$regsim" list | awk -v id="$pathway" '
  $1 == id { found = 1; next }
  found && $1 == "scenarios:" { sub(/^ *scenarios: */, ""); gsub(/,/, ""); print; exit }')
[ -n "$scenarios" ] || { echo "tj3_roundtrip: no scenarios found for $pathway" >&2; exit 1; }
for scenario in $scenarios; do
  "$regsim" schedule "$pathway" --scenario "$scenario" ${start:+--start "$start"} --format tjp \
    -o "$work/project.tjp"
  "$regsim" schedule "$pathway" --scenario "$scenario" ${start:+--start "$start"} --format json \
    -o "$work/timeline.json"
  (cd "$work" && tj3 --no-color --silent project.tjp dates.tji >tj3.log 2>&1) || {
    cat "$work/tj3.log" >&2
    echo "tj3_roundtrip: tj3 refused the export of $pathway ($scenario)" >&2
    exit 1
  }
  python3 - "$work" "$pathway" "$scenario" <<'PY'
import csv, json, re, sys
work, pathway, scenario = sys.argv[1:4]
tjp = open(f"{work}/project.tjp").read()
# The export's comment maps regsim ids to TaskJuggler ids where they differ.
mapping = dict(re.findall(r"^#   (\S+) -> (\S+)$", tjp, re.M))
timeline = json.load(open(f"{work}/timeline.json"))
tasks = timeline["applications"][0]["tasks"]
ours = {}
for t in tasks:
    ours[mapping.get(t["id"], t["id"])] = (t["start"], t["finish"])
    for k, dates in enumerate(t.get("round_dates", []), 1):
        ours[f'{mapping.get(t["id"], t["id"])}.r{k}'] = (dates["start"], dates["finish"])
theirs = {}
with open(f"{work}/dates.csv", newline="") as report:
    for row in csv.DictReader(report, delimiter=";"):
        theirs[row["Id"]] = (row["Start"][:10], row["End"][:10])
        if not (row["Start"].endswith("00:00") and row["End"].endswith("00:00")):
            sys.exit(f"{pathway} ({scenario}): {row['Id']} is not day-aligned in tj3: {row}")
bad = [(k, ours[k], theirs.get(k)) for k in ours if theirs.get(k) != ours[k]]
for task, mine, tj in bad[:10]:
    print(f"{pathway} ({scenario}) {task}: regsim {mine}, tj3 {tj}")
if bad:
    sys.exit(f"{pathway} ({scenario}): {len(bad)} of {len(ours)} tasks differ")
print(f"{pathway} ({scenario}): {len(ours)} tasks, same dates in tj3")
PY
done
