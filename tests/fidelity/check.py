#!/usr/bin/env python3
"""check.py REGSIM: runs every published case of tests/fidelity/*.csv through the regsim
binary and prints one line per case and the totals:

    N of M published cases reproduced exactly
    K of L published FDA goal dates consistent with their announcement (receipt not published)

Exit status 0 when every exact case is reproduced and every FDA case without a published
receipt date is consistent (the receipt that gives the goal lies 1 to 4 days before the
company's announcement), 1 otherwise. Each row carries its source URL."""
import csv
import datetime
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
REGSIM = sys.argv[1]
MAX_ANNOUNCEMENT_LAG = 4  # days from FDA's receipt to the company's announcement


def rows(name):
    with open(os.path.join(HERE, name), newline="", encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    return list(csv.reader(lines))


def regsim(*args):
    result = subprocess.run([REGSIM, *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise RuntimeError(f"regsim {' '.join(args)}: exit {result.returncode}: {result.stderr}")
    return result.stdout


def schedule(pathway, scenario, start):
    """task id -> the CSV row of `regsim schedule` (a dict of the columns)."""
    out = regsim("schedule", pathway, "--scenario", scenario, "--start", start, "--format", "csv")
    return {row["task_id"]: row for row in csv.DictReader(out.splitlines())}


def day(text):
    return datetime.date.fromisoformat(text)


exact = []  # (case, ok, detail, url)
consistent = []


def record(table, case, ok, detail, url):
    table.append((case, ok, detail, url))
    print(f"{'ok  ' if ok else 'FAIL'} {case}: {detail}  [{url}]")


for case, scenario, submission, day1, loq, document, url in rows("ema-timetables.csv"):
    tasks = schedule("ema/centralised", scenario, submission)
    got_day1 = tasks["day1"]["start"]
    got_loq = tasks["loq"]["finish"]
    ok = got_day1 == day1 and (not loq or got_loq == loq)
    detail = f"submitted {submission}: Day 1 {got_day1} (published {day1})"
    if loq:
        detail += f", LoQ {got_loq} (published {loq})"
    record(exact, case, ok, detail + f"; {document}", url)

for date, url in rows("chmp-plenaries.csv"):
    listed = regsim("calendar", "sittings", "chmp", "--year", date[:4]).splitlines()
    line = next((l for l in listed if l.startswith(date + " ")), "")
    ok = line.startswith(date + " published")
    record(exact, f"chmp-{date}", ok, f"plenary {date} {'listed as published' if ok else 'missing'}",
           url)

for case, goal, extension, extended, url in rows("fda-extensions.csv"):
    got = regsim("calendar", "add", goal, extension, "--calendar", "us-federal").strip()
    record(exact, case, got == extended, f"goal {goal} + {extension} = {got} (published {extended})",
           url)

for case, pathway, scenario, receipt, announced, goal, url in rows("fda-goal-dates.csv"):
    if receipt:
        got = schedule(pathway, scenario, receipt)["action"]["finish"]
        record(exact, case, got == goal, f"received {receipt}: action {got} (published {goal})",
               url)
        continue
    got = schedule(pathway, scenario, announced)["action"]["finish"]
    if got == goal:
        record(exact, case, True, f"announced {announced}: action {got} (published {goal})", url)
        continue
    lag = None
    for back in range(1, MAX_ANNOUNCEMENT_LAG + 1):
        start = (day(announced) - datetime.timedelta(days=back)).isoformat()
        if schedule(pathway, scenario, start)["action"]["finish"] == goal:
            lag = back
            break
    detail = (f"announced {announced}, published goal {goal}: "
              + (f"received {lag} day(s) before the announcement gives it"
                 if lag else f"no receipt up to {MAX_ANNOUNCEMENT_LAG} days before gives it "
                             f"(announced date gives {got})"))
    record(consistent, case, lag is not None, detail, url)

for case, pathway, scenario, check, expected, url in rows("kr-definitions.csv"):
    out = regsim("schedule", pathway, "--scenario", scenario, "--format", "csv")
    tasks = {row["task_id"]: row for row in csv.DictReader(out.splitlines())}
    if check == "hira_days":
        drec = tasks["drec"]
        got = (int(tasks["hira_review"]["calendar_days"]) + int(drec["calendar_days"])
               - int(drec["sitting_wait_days"]))
        record(exact, case, got == int(expected), f"HIRA evaluation {got} days (rule {expected})",
               url)
    elif check == "notice_within":
        lo, hi = (int(x) for x in expected.split("-"))
        got = (day(tasks["notice"]["finish"]) - day(tasks["application"]["start"])).days
        record(exact, case, lo <= got <= hi, f"notice {got} days after the application "
                                             f"(rule {lo}-{hi})", url)
    elif check in ("no_task", "has_task"):
        present = expected in tasks
        ok = present == (check == "has_task")
        record(exact, case, ok, f"task {expected} {'present' if present else 'absent'}", url)
    else:
        raise SystemExit(f"unknown check {check}")

n_ok = sum(ok for _, ok, _, _ in exact)
c_ok = sum(ok for _, ok, _, _ in consistent)
print(f"{n_ok} of {len(exact)} published cases reproduced exactly")
print(f"{c_ok} of {len(consistent)} published FDA goal dates consistent with their announcement "
      f"(receipt not published)")
sys.exit(0 if n_ok == len(exact) and c_ok == len(consistent) else 1)
