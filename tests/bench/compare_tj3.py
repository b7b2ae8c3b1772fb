#!/usr/bin/env python3
"""Schedules one generated project with regsim and with TaskJuggler 3 and compares.

Prints the time each tool took (wall and CPU), their ratio, and whether every task has
the same start and end date in both tools, for both scenarios. Each tool does the same
job in one process: read the project, schedule both scenarios, write every task's dates
(tj3: its two CSV task reports; regsim: `compare --format csv`, one row per task and
scenario). Two separate `regsim schedule` processes are timed too, for reference.

TaskJuggler reports the end of a working-day task as the end of its last working hour
(17:00); regsim reports the day the period ends (the next working day, where successors
start). Both say the same thing; the comparison maps a 17:00 end to the next working day
of the project's calendar before comparing. A start at 17:00 maps the same way.

Usage: compare_tj3.py REGSIM_BINARY [--chains 20] [--stages 100] [--gate-every 10]
                      [--repeat 30] [--work-dir DIR]
Exit status 0 when the dates agree, 1 otherwise.
"""
import argparse
import csv
import datetime
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


def regsim_dates(csv_path, scenario):
    dates = {}
    with open(csv_path, newline="") as report:
        for row in csv.DictReader(report):
            if row["scenario"] == scenario:
                dates[row["task_id"]] = (datetime.date.fromisoformat(row["start"]),
                                         datetime.date.fromisoformat(row["finish"]))
    return dates


def median_run(run, repeat):
    """Median wall and CPU seconds of `run()` (which starts child processes)."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        run()
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append((after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime))
    return statistics.median(walls), statistics.median(cpus)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("regsim")
    parser.add_argument("--chains", type=int, default=20)
    parser.add_argument("--stages", type=int, default=100)
    parser.add_argument("--gate-every", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=30, help="regsim runs to take the median of")
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
        subprocess.run([regsim, "compare", "chains.yaml", "--baseline", "baseline", "--scenario",
                        "fast", "--format", "csv", "-o", "dates.csv"], cwd=work, check=True)

    def run_two_schedules():
        for scenario, output in (("baseline", "plan.json"), ("fast", "fast.json")):
            subprocess.run([regsim, "schedule", "chains.yaml", "--scenario", scenario, "--format",
                            "json", "-o", output], cwd=work, check=True)
    regsim_wall, regsim_cpu = median_run(run_regsim, args.repeat)
    two_wall, two_cpu = median_run(run_two_schedules, args.repeat)

    holidays = closures(os.path.join(work, "chains.tjp"))
    mismatches = 0
    for scenario, csv_name in (("baseline", "plan_dates.csv"), ("fast", "fast_dates.csv")):
        ours = regsim_dates(os.path.join(work, "dates.csv"), scenario)
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
    print(f"| regsim compare --format csv (median of {args.repeat}) | {regsim_wall:.4f} | "
          f"{regsim_cpu:.4f} |")
    print(f"| two regsim schedule --format json processes (median of {args.repeat}) | "
          f"{two_wall:.4f} | {two_cpu:.4f} |")
    print(f"speed-up: {tj3_wall / regsim_wall:.0f}x wall, {tj3_cpu / max(regsim_cpu, 1e-6):.0f}x CPU "
          f"(two schedule processes: {tj3_wall / two_wall:.0f}x wall)")
    print("dates: " + ("identical for every task in both scenarios" if mismatches == 0
                       else f"{mismatches} tasks differ"))
    return 0 if mismatches == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
