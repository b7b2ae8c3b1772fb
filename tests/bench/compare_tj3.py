#!/usr/bin/env python3
"""Schedules one generated project with regsim and with TaskJuggler 3 and compares.

Prints the time each tool took (wall and CPU), their ratio, and whether every task has
the same start and end date in both tools, for both scenarios.

TaskJuggler reports the end of a working-day task as the end of its last working hour
(17:00); regsim reports the day the period ends (the next working day, where successors
start). Both say the same thing; the comparison maps a 17:00 end to the next working day
of the project's calendar before comparing. A start at 17:00 maps the same way.

Usage: compare_tj3.py REGSIM_BINARY [--chains 20] [--stages 100] [--gate-every 10]
                      [--repeat 10] [--work-dir DIR]
Exit status 0 when the dates agree, 1 otherwise.
"""
import argparse
import csv
import datetime
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))


def timed(command, cwd):
    """Runs a command; returns (wall seconds, CPU seconds of the child)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def closures(tjp_path):
    days = set()
    with open(tjp_path) as tjp:
        for line in tjp:
            if line.startswith("leaves holiday"):
                days.add(datetime.date.fromisoformat(line.split()[-1]))
    return days


def next_working_day(day, holidays):
    day += datetime.timedelta(days=1)
    while day.weekday() >= 5 or day in holidays:
        day += datetime.timedelta(days=1)
    return day


def tj3_dates(csv_path, holidays):
    dates = {}
    with open(csv_path, newline="") as report:
        for row in csv.DictReader(report, delimiter=";"):
            # A task that follows a working-day task starts, in tj3, at that task's
            # 17:00 end; its work (and regsim's start) is on the next working day.
            start_day = datetime.date.fromisoformat(row["Start"][:10])
            start = start_day if row["Start"].endswith(("00:00", "09:00")) else next_working_day(start_day, holidays)
            end_day = datetime.date.fromisoformat(row["End"][:10])
            end = end_day if row["End"].endswith("00:00") else next_working_day(end_day, holidays)
            dates[row["Id"]] = (start, end)
    return dates


def regsim_dates(json_path):
    with open(json_path) as document:
        timeline = json.load(document)
    tasks = timeline["applications"][0]["tasks"]
    return {task["id"]: (datetime.date.fromisoformat(task["start"]),
                         datetime.date.fromisoformat(task["finish"])) for task in tasks}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("regsim")
    parser.add_argument("--chains", type=int, default=20)
    parser.add_argument("--stages", type=int, default=100)
    parser.add_argument("--gate-every", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=10, help="regsim runs to take the median of")
    parser.add_argument("--work-dir")
    args = parser.parse_args()
    regsim = os.path.abspath(args.regsim)
    work = args.work_dir or tempfile.mkdtemp(prefix="regsim-tj3-")
    subprocess.run([sys.executable, os.path.join(HERE, "generate_chains.py"), work, "--chains",
                    str(args.chains), "--stages", str(args.stages), "--gate-every",
                    str(args.gate_every)], check=True)
    tasks = args.chains * args.stages + args.stages // args.gate_every

    tj3_wall, tj3_cpu = timed(["tj3", "--no-color", "chains.tjp"], work)

    def run_regsim():
        for scenario, output in (("baseline", "plan.json"), ("fast", "fast.json")):
            subprocess.run([regsim, "schedule", "chains.yaml", "--scenario", scenario, "--format",
                            "json", "-o", output], cwd=work, check=True)
    walls, cpus = [], []
    for _ in range(args.repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        run_regsim()
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    regsim_wall, regsim_cpu = statistics.median(walls), statistics.median(cpus)

    holidays = closures(os.path.join(work, "chains.tjp"))
    mismatches = 0
    for scenario, json_name, csv_name in (("baseline", "plan.json", "plan_dates.csv"),
                                          ("fast", "fast.json", "fast_dates.csv")):
        ours = regsim_dates(os.path.join(work, json_name))
        theirs = tj3_dates(os.path.join(work, csv_name), holidays)
        for task_id, (start, finish) in theirs.items():
            if ours.get(task_id) != (start, finish):
                mismatches += 1
                if mismatches <= 10:
                    print(f"  {scenario} {task_id}: tj3 {start} .. {finish}, regsim {ours.get(task_id)}")
        end = max(finish for _, finish in ours.values())
        print(f"{scenario:>8}: end date {end} (regsim), "
              f"{max(f for _, f in theirs.values())} (tj3, mapped)")

    print(f"\nProject: {args.chains} chains x {args.stages} stages, gate every {args.gate_every}: "
          f"{tasks} tasks, 2 scenarios")
    print(f"| tool | wall s | CPU s |\n| --- | ---: | ---: |")
    print(f"| tj3 | {tj3_wall:.3f} | {tj3_cpu:.3f} |")
    print(f"| regsim (median of {args.repeat}) | {regsim_wall:.4f} | {regsim_cpu:.4f} |")
    print(f"speed-up: {tj3_wall / regsim_wall:.0f}x wall, {tj3_cpu / max(regsim_cpu, 1e-6):.0f}x CPU")
    print("dates: " + ("identical for every task in both scenarios" if mismatches == 0
                       else f"{mismatches} tasks differ"))
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
