#!/usr/bin/python3
"""compare_runs_formats.py REGSIM DIR: `regsim compare --runs` carries the Monte Carlo runs
in json, csv, xlsx and html, and each says what `regsim simulate` says of the same
scenario with the same seed and runs: the JSON embeds each side's simulation document
byte for byte as simulate's, the CSV's P-dates and the xlsx's "Monte Carlo" sheet match it,
and the HTML draws every scenario's S-curve and the deadlines measured from the start.
Prints "compare --runs formats: N checks passed"; exits 1 on the first failure."""
import csv
import io
import json
import subprocess
import sys

import openpyxl

regsim, work = sys.argv[1], sys.argv[2]
checks = 0


def run(*args):
    return subprocess.run([regsim, *args], check=True, capture_output=True).stdout


def check(condition, message):
    global checks
    if not condition:
        sys.exit(f"FAIL: {message}")
    checks += 1


pathway, scenarios, runs, seed = "kr/biosimilar", ["reformed", "goal-240"], "400", "11"
common = ["--runs", runs, "--seed", seed]
compare = ["compare", pathway, *sum([["--scenario", s] for s in scenarios], []), *common]
sides = ["baseline", *scenarios]
simulated = {s: json.loads(run("simulate", pathway, "--scenario", s, *common, "--format", "json"))
             for s in sides}

document = json.loads(run(*compare, "--format", "json"))
check(document["schema"] == "regsim.compare/1", "compare JSON schema")
embedded = document["monte_carlo"]
check([d["scenario"] for d in embedded] == sides, f"one simulation per side: {[d['scenario'] for d in embedded]}")
for side, d in zip(sides, embedded):
    check(d == simulated[side], f"{side}: the embedded simulation is simulate's")

table = list(csv.DictReader(io.StringIO(run(*compare, "--format", "csv").decode())))
check(table and "p80_finish" in table[0], "CSV has the Monte Carlo columns")
filled = 0
for row in table:
    milestones = {m["id"]: m for m in simulated[row["scenario"]]["milestones"]}
    m = milestones.get(row["task_id"])
    if m is None:
        check(row["p80_finish"] == "", f"{row['task_id']}: not a milestone, no P-date")
        continue
    check(row["p50_finish"] == m["percentiles"]["p50"]["date"] and row["p80_finish"] == m["percentiles"]["p80"]["date"],
          f"{row['scenario']} {row['task_id']}: CSV P-dates {row['p50_finish']} {row['p80_finish']}"
          f" vs simulate {m['percentiles']['p50']['date']} {m['percentiles']['p80']['date']}")
    filled += 1
check(filled >= 3 * 2, f"milestone rows with P-dates: {filled}")

path = f"{work}/compare-runs.xlsx"
run(*compare, "--format", "xlsx", "-o", path)
sheet = openpyxl.load_workbook(path)["Monte Carlo"]
rows = list(sheet.iter_rows(values_only=True))
header = list(rows[0])
check(header[:3] == ["scenario", "milestone", "name"], f"Monte Carlo sheet header {header[:3]}")
for row in rows[1:]:
    record = dict(zip(header, row))
    doc = simulated[record["scenario"]]
    m = doc["end"] if record["milestone"] == "end" else \
        next(x for x in doc["milestones"] if x["id"] == record["milestone"])
    check(record["p80_date"].date().isoformat() == m["percentiles"]["p80"]["date"] and record["p80_days"] == m["percentiles"]["p80"]["days"],
          f"xlsx {record['scenario']} {record['milestone']} P80")

page = run(*compare, "--format", "html").decode()
check("S-curve: end of pathway by day N, every scenario" in page, "HTML overlays the S-curves")
check(page.count("<polyline") >= len(sides) * 2, "a curve per side, overlaid and alone")
# kr/biosimilar's application-to-certificate deadlines are drawn on the charts.
check("target_295 295 d, met in" in page and "goal_240 240 d, met in" in page,
      "HTML draws the deadlines counted from the start")
# gmp_inspection_90 ends at the GMP inspection, not at the end the charts show: not drawn.
check("gmp_inspection_90 90 d" not in page, "HTML leaves out deadlines that end before the end")
print(f"compare --runs formats: {checks} checks passed")
