#!/usr/bin/env python3
"""rework_exports.py REGSIM REWORK_PATHWAY BUNDLED...: the exports show each round of a
rework loop as its own task with the schedule's round dates (MSPDI rows under a summary,
Mermaid rows, one SVG bar per round); pools are MSPDI resources with an assignment per
task run that holds them, with the pool's capacity as maximum units, and TaskJuggler
resources (a member per unit) that tj3 books on exactly the task runs that hold a pool;
the MSPDI calendar
is named after the calendar, not its file; and no MSPDI link is broken by its own dates
(FS: the predecessor finishes on or before the successor starts; SS: starts), for the
rework pathway and every pathway named (issue 27)."""
import csv
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

regsim, rework, bundled = sys.argv[1], sys.argv[2], sys.argv[3:]
ns = {"p": "http://schemas.microsoft.com/project"}
checks = 0


def run(*args):
    return subprocess.run([regsim, *args], check=True, capture_output=True).stdout.decode()


def check(condition, message):
    global checks
    assert condition, message
    checks += 1


def text(element, tag):
    found = element.find(f"p:{tag}", ns)
    return None if found is None else found.text


def mspdi_links_hold(pathway):
    project = ET.fromstring(run("schedule", pathway, "--format", "mspdi"))
    tasks = {text(t, "UID"): t for t in project.findall("p:Tasks/p:Task", ns)}
    for task in tasks.values():
        for link in task.findall("p:PredecessorLink", ns):
            before = tasks[text(link, "PredecessorUID")]
            kind = text(link, "Type")
            if kind == "1":  # FS
                check(text(before, "Finish") <= text(task, "Start"),
                      f"{pathway}: FS link {text(before, 'Name')} -> {text(task, 'Name')}")
            elif kind == "3":  # SS
                check(text(before, "Start") <= text(task, "Start"),
                      f"{pathway}: SS link {text(before, 'Name')} -> {text(task, 'Name')}")
    return project


timeline = json.loads(run("schedule", rework, "--format", "json"))["applications"][0]
repeated = {t["id"]: t["round_dates"] for t in timeline["tasks"] if t["rounds"] > 1}
check(len(repeated) == 3 and all(len(r) == 3 for r in repeated.values()), f"rounds: {repeated}")

# MSPDI: a summary over one row per round, with the round's dates; pools and assignments.
project = mspdi_links_hold(rework)
check(text(project, "Calendars/p:Calendar/p:Name") == "kr", "calendar name")
rows = project.findall("p:Tasks/p:Task", ns)
for task_id, rounds in repeated.items():
    summary = [r for r in rows if text(r, "Summary") == "1" and
               text(r, "Start")[:10] == rounds[0]["start"] and
               text(r, "Finish")[:10] == rounds[-1]["finish"]]
    check(len(summary) == 1, f"{task_id}: summary row")
    outline = text(summary[0], "OutlineNumber")
    parts = [r for r in rows if text(r, "OutlineNumber").startswith(outline + ".")]
    check([(text(r, "Start")[:10], text(r, "Finish")[:10]) for r in parts] ==
          [(r["start"], r["finish"]) for r in rounds], f"{task_id}: round rows")
    check(all(text(r, "OutlineLevel") == "2" for r in parts), f"{task_id}: outline level")
resources = project.findall("p:Resources/p:Resource", ns)
check([(text(r, "Name"), text(r, "MaxUnits")) for r in resources] ==
      [("Clinical reviewers", "2"), ("inspectors", "1")], "resources")
assignments = project.findall("p:Assignments/p:Assignment", ns)
by_uid = {text(r, "UID"): r for r in rows}
held = sorted((text(by_uid[text(a, "TaskUID")], "Name"), text(a, "ResourceUID")) for a in assignments)
check(held == sorted([(f"Efficacy review (round {k})", "1") for k in (1, 2, 3)] +
                     [(f"Assessment report (round {k})", "1") for k in (1, 2, 3)] +
                     [("Quality review", "2")]), f"assignments: {held}")

# TaskJuggler: pools are resources with a member per unit; tj3 itself, scheduling the
# export, books a member of the right pool on each run that holds one and on no other task.
with tempfile.TemporaryDirectory() as work:
    with open(os.path.join(work, "project.tjp"), "w") as out:
        out.write(run("schedule", rework, "--format", "tjp"))
    with open(os.path.join(work, "booked.tji"), "w") as out:
        out.write('taskreport "booked" {\n  formats csv\n  columns id, resources\n'
                  '  hideresource 1\n}\n')
    subprocess.run(["tj3", "--no-color", "--silent", "project.tjp", "booked.tji"], cwd=work,
                   check=True, capture_output=True)
    with open(os.path.join(work, "booked.csv"), newline="") as report:
        booked = {row["Id"]: re.findall(r"\((\w+)_\d+\)", row["Resources"])
                  for row in csv.DictReader(report, delimiter=";")}
pooled = {f"{task}.r{k}": [pool] for task, pool in (("efficacy_review", "reviewers"),
                                                    ("assessment_report", "reviewers"))
          for k in (1, 2, 3)}
pooled["quality_review"] = ["inspectors"]
check({k: v for k, v in booked.items() if v} == pooled, f"tj3 bookings: {booked}")
check(len(booked) > len(pooled), f"tj3 report rows: {booked}")

# Mermaid: one row per round, with its dates.
mermaid = run("schedule", rework, "--format", "mermaid")
for task_id, rounds in repeated.items():
    found = re.findall(rf", {task_id}_r(\d), (\S+), (\S+)\n", mermaid)
    check([(d1, d2) for _, d1, d2 in found] == [(r["start"], r["finish"]) for r in rounds],
          f"mermaid {task_id}: {found}")

# SVG (and the HTML page, which embeds it): one bar per round, titled with its dates.
for fmt in ("svg", "html"):
    picture = run("schedule", rework, "--format", fmt)
    for task_id, rounds in repeated.items():
        for k, r in enumerate(rounds, 1):
            check(re.search(rf'class="bar[^"]* round"[^>]*><title>[^<]*, round {k}: {r["start"]} '
                            rf'to {r["finish"]}', picture), f"{fmt} {task_id} round {k}")

for pathway in bundled:
    mspdi_links_hold(pathway)
print(f"rework exports: {checks} checks passed")
