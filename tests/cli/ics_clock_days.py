#!/usr/bin/env python3
"""ics_clock_days.py REGSIM PATHWAY...: the clock days an .ics event gives "from the start
of the pathway" are the schedule's own: the event on the schedule's last day gives the
schedule's clock-day total (issue 27: the approval certificate said 0), every event gives
at most its calendar days, and the figures never fall from one event to a later one."""
import json
import re
import subprocess
import sys
from datetime import date

regsim, pathways = sys.argv[1], sys.argv[2:]
pattern = re.compile(r"\((\d+) calendar days, (\d+) clock days from the start of the pathway\)")
checked = 0
for pathway in pathways:
    schedule = json.loads(subprocess.run([regsim, "schedule", pathway, "--format", "json"],
                                         check=True, capture_output=True, text=True).stdout)
    timeline = schedule["applications"][0]
    ics = subprocess.run([regsim, "schedule", pathway, "--format", "ics"], check=True,
                         capture_output=True).stdout.decode("utf-8").replace("\r\n ", "")
    events = []
    for block in ics.split("BEGIN:VEVENT")[1:]:
        found = pattern.search(block.replace("\\,", ","))
        if not found:
            continue  # a deadline event
        day = re.search(r"DTSTART;VALUE=DATE:(\d{8})", block).group(1)
        events.append((date(int(day[:4]), int(day[4:6]), int(day[6:])), int(found.group(1)),
                       int(found.group(2))))
    assert events, f"{pathway}: no milestone event"
    start = date.fromisoformat(timeline["start"])
    finish = date.fromisoformat(timeline["finish"])
    for when, calendar_days, clock_days in events:
        assert calendar_days == (when - start).days, (pathway, when, calendar_days)
        assert 0 <= clock_days <= calendar_days, (pathway, when, clock_days)
        if when == finish:
            assert clock_days == timeline["clock_days"], (pathway, clock_days, timeline["clock_days"])
    for (day_a, _, clock_a), (day_b, _, clock_b) in zip(sorted(events), sorted(events)[1:]):
        assert clock_a <= clock_b, (pathway, day_a, day_b)
    assert any(when == finish for when, _, _ in events), f"{pathway}: no event on the last day"
    checked += len(events)
print(checked, "events agree with the schedule")
