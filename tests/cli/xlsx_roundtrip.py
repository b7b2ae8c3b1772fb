#!/usr/bin/env python3
"""xlsx_roundtrip.py REGSIM WORKDIR: every --format xlsx workbook read back with openpyxl
agrees with the same command's JSON and CSV: schedule, compare, simulate and a portfolio.
Dates must be real date cells, headers frozen, one sheet per scenario, and the Gantt sheet's
conditional fills must cover each task's dates. Also: the same command gives the same bytes,
and --csv-bom puts a UTF-8 byte-order mark in front of the CSV and changes nothing else."""
import csv
import io
import json
import re
import subprocess
import sys
from datetime import date, datetime, timedelta

import openpyxl

regsim, workdir = sys.argv[1], sys.argv[2]
checks = 0


def run(*args):
    return subprocess.run([regsim, *args], check=True, capture_output=True).stdout


def workbook(name, *args):
    path = f"{workdir}/{name}.xlsx"
    run(*args, "--format", "xlsx", "-o", path)
    first = open(path, "rb").read()
    run(*args, "--format", "xlsx", "-o", path)
    assert open(path, "rb").read() == first, f"{name}: two runs gave different bytes"
    return openpyxl.load_workbook(path)


def check(condition, message):
    global checks
    assert condition, message
    checks += 1


def cell_text(cell):
    """A cell as the CSV writes it; dates must be date cells, never text."""
    value = cell.value
    if isinstance(value, datetime):
        check(cell.number_format == "yyyy-mm-dd", f"{cell.coordinate}: {cell.number_format}")
        return value.date().isoformat()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        check(float(value).is_integer(), f"{cell.coordinate}: {value} is not whole")
        return str(int(value))
    if value is None:
        return "-"  # the CSV's mark for a date that does not exist
    return value


def same_as_csv(sheet, rows, what):
    """`sheet` holds the CSV `rows` (header first), cell by cell, dates as date cells."""
    check(sheet.freeze_panes == "E2", f"{what}: panes frozen at {sheet.freeze_panes}")
    got = [[cell_text(c) for c in row] for row in sheet.iter_rows()]
    check(got[0] == rows[0], f"{what}: header {got[0]}")
    check(len(got) == len(rows), f"{what}: {len(got) - 1} rows, the CSV has {len(rows) - 1}")
    for have, want in zip(got[1:], rows[1:]):
        # An empty text field is an empty cell, which reads back as None ("-").
        have = ["" if h == "-" and w == "" else h for h, w in zip(have, want)]
        check(have == want, f"{what}: {have} != {want}")
    date_columns = [i for i, name in enumerate(rows[0]) if name in ("ready", "start", "finish")]
    for row in sheet.iter_rows(min_row=2):
        for i in date_columns:
            check(isinstance(row[i].value, datetime), f"{what}: {row[i].coordinate} not a date")


def csv_rows(*args):
    return list(csv.reader(io.StringIO(run(*args, "--format", "csv").decode("utf-8"))))


def iso(value):
    return value.date().isoformat() if isinstance(value, datetime) else value


def check_gantt(sheet, timelines, what):
    """One row per task that happens, with its dates; the header days step evenly from
    the earliest start; both fill rules are formulas over the whole grid, and evaluated
    here they paint each task from the period of its start to that of its finish."""
    check(sheet.freeze_panes == "G2", f"{what}: Gantt panes at {sheet.freeze_panes}")
    header = [c.value for c in sheet[1]]
    periods = header[6:]
    check(all(isinstance(p, datetime) for p in periods), f"{what}: Gantt header not dates")
    step = (periods[1] - periods[0]).days if len(periods) > 1 else 7
    check(step % 7 == 0 and all((b - a).days == step for a, b in zip(periods, periods[1:])),
          f"{what}: uneven Gantt periods")
    expected = [(scenario, t["id"], t["start"], t["finish"], t["critical"])
                for scenario, timeline in timelines for t in timeline["tasks"] if not t["skipped"]]
    rows = [(r[0].value, r[1].value, iso(r[3].value), iso(r[4].value), r[5].value)
            for r in sheet.iter_rows(min_row=2)]
    check(rows == expected, f"{what}: Gantt rows differ from the JSON")
    earliest = min(date.fromisoformat(e[2]) for e in expected)
    check(periods[0].date() == earliest, f"{what}: Gantt starts {periods[0]}, not {earliest}")
    rules = [rule for cf in sheet.conditional_formatting for rule in cf.rules]
    ranges = {str(cf.sqref) for cf in sheet.conditional_formatting}
    last_col = openpyxl.utils.get_column_letter(6 + len(periods))
    check(ranges == {f"G2:{last_col}{len(rows) + 1}"}, f"{what}: fills cover {ranges}")
    check(len(rules) == 2 and all(r.type == "expression" for r in rules), f"{what}: rules")
    formulas = [r.formula[0] for r in rules]
    check(formulas == [f"AND($F2,$D2<G$1+{step},$E2>=G$1)",
                       f"AND(NOT($F2),$D2<G$1+{step},$E2>=G$1)"], f"{what}: {formulas}")
    fills = {r.dxf.fill.bgColor.rgb[-6:] for r in rules}
    check(len(fills) == 2, f"{what}: the two rules fill alike")
    for _, task, start, finish, critical in rows:
        start, finish = date.fromisoformat(start), date.fromisoformat(finish)
        painted = [k for k, p in enumerate(periods)
                   if start < p.date() + timedelta(days=step) and finish >= p.date()]
        check(painted, f"{what}: {task} gets no bar")
        check(periods[painted[0]].date() <= start < periods[painted[0]].date() + timedelta(days=step)
              and periods[painted[-1]].date() <= finish, f"{what}: {task}'s bar misplaced")


# schedule: the scenario sheet is the CSV with typed cells; the Gantt follows the JSON.
for pathway, scenario in (("kr/biosimilar", "baseline"), ("kr/listing", "parallel"),
                          ("ema/centralised", "baseline")):
    args = ("schedule", pathway, "--scenario", scenario)
    book = workbook(f"schedule-{pathway.replace('/', '-')}", *args)
    check(book.sheetnames == [scenario, "Gantt", "Deadlines"], f"{pathway}: {book.sheetnames}")
    same_as_csv(book[scenario], csv_rows(*args), f"{pathway} {scenario}")
    timeline = json.loads(run(*args, "--format", "json"))["applications"][0]
    check_gantt(book["Gantt"], [(scenario, timeline)], f"{pathway} {scenario}")
    deadlines = [(r[1].value, r[3].value, r[4].value, r[6].value, iso(r[7].value))
                 for r in book["Deadlines"].iter_rows(min_row=2)]
    check(deadlines == [(d["id"], d["limit"], d["used"], d["met"], d["due"])
                        for d in timeline["deadlines"]], f"{pathway}: deadlines")

# compare: a comparison sheet, then one sheet per scenario, the baseline first.
args = ("compare", "kr/biosimilar")
book = workbook("compare", *args)
document = json.loads(run(*args, "--format", "json"))
scenarios = [c["scenario"] for c in document["comparisons"]]
check(book.sheetnames == ["Comparison", "baseline", *scenarios, "Gantt", "Deadlines"],
      f"compare: {book.sheetnames}")
rows = csv_rows(*args)
for name in ["baseline", *scenarios]:
    same_as_csv(book[name], [rows[0]] + [r for r in rows[1:] if r[1] == name], f"compare {name}")
timelines = [("baseline", document["baseline"]["timeline"]["applications"][0])]
timelines += [(c["scenario"], c["timeline"]["applications"][0])
              for c in document["comparisons"]]
check_gantt(book["Gantt"], timelines, "compare")
sheet = book["Comparison"]
check(sheet.freeze_panes == "D2", f"comparison panes at {sheet.freeze_panes}")
got = [[c.value for c in row] for row in sheet.iter_rows(min_row=2)]
want = []
for comparison in document["comparisons"]:
    for m in comparison["milestones"]:
        row = [comparison["scenario"], m.get("task") or None, m["name"]]
        for side in ("baseline", "scenario"):
            point = m[side]
            row += [point["date"], point["calendar_days"], point["clock_days"]] if point else \
                [None, None, None]
        row += [m["change_days"], m["change_percent"], m["change_clock_days"],
                m["change_clock_percent"]]
        want.append(row)
check(len(got) == len(want), "comparison: row count")
for have, expected in zip(got, want):
    have = [iso(v) for v in have]
    for k in (10, 12):  # fractions shown as %; the JSON has percents to two decimals
        if have[k] is not None and expected[k] is not None:
            check(abs(have[k] * 100 - expected[k]) < 0.006, f"comparison: {have[k]} {expected[k]}")
            have[k] = expected[k]
    check(have == expected, f"comparison: {have} != {expected}")

# simulate: P-dates are date cells equal to the JSON's, as are the rates.
args = ("simulate", "kr/listing", "--runs", "2000", "--seed", "5")
book = workbook("simulate", *args)
document = json.loads(run(*args, "--format", "json"))
check(book.sheetnames == ["Percentiles", "Deadlines", "Tasks", "S-curves"], "simulate sheets")
sheet = book["Percentiles"]
check(sheet.freeze_panes == "C2", f"percentiles panes at {sheet.freeze_panes}")
for row, m in zip(sheet.iter_rows(min_row=2), [document["end"], *document["milestones"]]):
    values = [c.value for c in row]
    check(values[0] == m["id"] and values[2] == m["reached"], f"simulate: {values[:3]}")
    if m["reached"]:
        for k, p in enumerate(("p10", "p50", "p80", "p90")):
            check(isinstance(values[4 + k], datetime), f"simulate: {p} of {m['id']} not a date")
            check(iso(values[4 + k]) == m["percentiles"][p]["date"] and
                  values[8 + k] == m["percentiles"][p]["days"], f"simulate: {m['id']} {p}")
        check(abs(values[12] - m["mean_days"]) < 1e-3, f"simulate: mean of {m['id']}")
check(sheet.max_row == 2 + len(document["milestones"]), "simulate: percentile rows")
for row, d in zip(book["Deadlines"].iter_rows(min_row=2), document["deadlines"]):
    check(row[0].value == d["id"] and row[4].value == d["met"] and
          abs(row[5].value - d["probability"]) < 1e-6, f"simulate: deadline {d['id']}")
for row, t in zip(book["Tasks"].iter_rows(min_row=2), document["tasks"]):
    check(row[0].value == t["id"] and abs(row[3].value - t["driving"]) < 1e-6 and
          abs(row[4].value - t["criticality"]) < 1e-6 and
          (row[7].value is None) == (t["sensitivity"] is None), f"simulate: task {t['id']}")
curve = [(r[0].value, iso(r[1].value), r[3].value) for r in book["S-curves"].iter_rows(min_row=2)]
want = [(m["id"], p["date"], p["probability"]) for m in [document["end"], *document["milestones"]]
        for p in m["s_curve"]]
check(len(curve) == len(want) and all(a[:2] == b[:2] and abs(a[2] - b[2]) < 1e-6
                                      for a, b in zip(curve, want)), "simulate: S-curves")

# portfolio: applications, every application's task rows, the pools.
args = ("schedule", "kr/biosimilar", "--applications", "4", "--every", "20d")
book = workbook("portfolio", *args)
document = json.loads(run(*args, "--format", "json"))
check(book.sheetnames == ["Applications", "Tasks", "Pools"], f"portfolio: {book.sheetnames}")
apps = [(r[0].value, iso(r[2].value), iso(r[3].value), r[4].value)
        for r in book["Applications"].iter_rows(min_row=2)]
check(apps == [(a["application"], a["start"], a["finish"], a["calendar_days"])
               for a in document["applications"]], f"portfolio: {apps}")
rows = csv_rows(*args)
check(len({r[2] for r in rows[1:]}) == 4, "portfolio CSV: four applications")
same_as_csv(book["Tasks"], rows, "portfolio tasks")
pools = [(r[0].value, r[2].value, r[5].value) for r in book["Pools"].iter_rows(min_row=2)]
check(pools == [(p["id"], p["requests"], p["max_wait_days"]) for p in document.get("pools", [])],
      f"portfolio pools: {pools}")

# --csv-bom: the mark, then the same CSV.
plain = run("schedule", "kr/biosimilar", "--format", "csv")
marked = run("schedule", "kr/biosimilar", "--format", "csv", "--csv-bom")
check(marked == b"\xef\xbb\xbf" + plain, "--csv-bom")
check(re.search("[\uac00-\ud7a3]", plain.decode("utf-8")) is not None, "no Hangul to protect")
print(f"xlsx: {checks} checks passed")
