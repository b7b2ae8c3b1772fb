#!/usr/bin/env python3
"""ics_clock_days.py REGSIM PATHWAY...: the .ics export, parsed with python3-icalendar, has
one all-day event per milestone and decision that happens, on the day it finishes, and one
per deadline on its due day; each milestone's "N calendar days, M clock days from the start
of the pathway" are right. M is recounted here from the schedule's CSV by the rule of
docs/workflow-format.md ("Clocks"): a day counts when a task with the agency clock running
is active on it and no clock-stop task is (issue 27: the certificate said 0 clock days).
Pathways counted in EMA procedure days follow another rule and are not passed here."""
import csv
import io
import json
import re
import subprocess
import sys
from datetime import date, timedelta

import icalendar

regsim, pathways = sys.argv[1], sys.argv[2:]
pattern = re.compile(r"\((\d+) calendar days, (\d+) clock days from the start of the pathway\)")


def run(*args):
    return subprocess.run([regsim, *args], check=True, capture_output=True).stdout


def days(first, last):
    """The days in [first, last)."""
    return {first + timedelta(days=k) for k in range((last - first).days)}


checked = 0
for pathway in pathways:
    timeline = json.loads(run("schedule", pathway, "--format", "json"))["applications"][0]
    rows = list(csv.DictReader(io.StringIO(run("schedule", pathway, "--format", "csv").decode())))
    running, stopped = set(), set()
    for row in rows:
        if row["skipped"] == "true":
            continue
        span = days(date.fromisoformat(row["start"]), date.fromisoformat(row["finish"]))
        if row["kind"] == "clock-stop":
            stopped |= span
        elif row["clock"] == "running":
            running |= span
    clock = running - stopped
    start = date.fromisoformat(timeline["start"])
    assert len(clock) == timeline["clock_days"], (pathway, len(clock), timeline["clock_days"])

    calendar = icalendar.Calendar.from_ical(run("schedule", pathway, "--format", "ics"))
    events = {str(e["UID"]): e for e in calendar.walk("VEVENT")}
    expected = {}
    for row in rows:
        if row["skipped"] == "false" and row["kind"] in ("milestone", "decision"):
            expected[row["task_id"]] = (row["task_name"], date.fromisoformat(row["finish"]))
    # UIDs are TASK.PATHWAY.SCENARIO@regsim (task ids of composed pathways hold dots).
    def task_of(uid):
        return uid.removesuffix("@regsim").rsplit(".", 2)[0]
    milestones = {task_of(uid): e for uid, e in events.items() if not uid.startswith("deadline.")}
    assert set(milestones) == set(expected), (pathway, sorted(milestones), sorted(expected))
    for task, (name, finish) in expected.items():
        event = milestones[task]
        assert event.decoded("DTSTART") == finish and isinstance(event.decoded("DTSTART"), date)
        assert event.decoded("DTEND") == finish + timedelta(days=1), (pathway, task)
        assert str(event["SUMMARY"]) == name, (pathway, task, str(event["SUMMARY"]))
        found = pattern.search(str(event["DESCRIPTION"]))
        assert found, (pathway, task, str(event["DESCRIPTION"]))
        calendar_days, clock_days = int(found.group(1)), int(found.group(2))
        assert calendar_days == (finish - start).days, (pathway, task, calendar_days)
        want = len({d for d in clock if d < finish})
        assert clock_days == want, f"{pathway} {task}: ics says {clock_days} clock days, {want} counted"
        checked += 1
    deadlines = {task_of(uid.removeprefix("deadline.")): e for uid, e in events.items()
                 if uid.startswith("deadline.")}
    assert set(deadlines) == {d["id"] for d in timeline["deadlines"]}, pathway
    for d in timeline["deadlines"]:
        event = deadlines[d["id"]]
        assert event.decoded("DTSTART") == date.fromisoformat(d["due"]), (pathway, d["id"])
        assert f"{d['used']} " in str(event["DESCRIPTION"]) and \
            ("met" if d["met"] else "missed") in str(event["DESCRIPTION"]), (pathway, d["id"])
        checked += 1
print(checked, "events agree with the schedule")
