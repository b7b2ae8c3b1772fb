#!/usr/bin/env python3
"""Prints the benchmark results as one Markdown table (used by tests/bench/run.sh).

Usage: summarise.py BENCHMARKS.json TJ3_REPORT.txt REGSIM_BINARY WORK_DIR
"""
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import time


def measure_cli(command, cwd, repeat=5):
    """Median wall seconds and the peak resident memory (MiB) of a CLI command."""
    walls, peak = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        process = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
        walls.append(time.perf_counter() - start)
        if status != 0:
            sys.exit(f"summarise: {' '.join(command)} failed")
        peak = max(peak, usage.ru_maxrss / 1024)
    return statistics.median(walls), peak


def main():
    benchmarks_path, tj3_path, regsim, work = sys.argv[1:5]
    regsim = os.path.abspath(regsim)
    with open(benchmarks_path) as document:
        results = json.load(document)
    context = results["context"]
    rows = []
    for bench in results["benchmarks"]:
        name = bench["name"]
        unit = bench.get("time_unit", "ns")
        figure = f"{bench['real_time']:.3g} {unit} wall, {bench['cpu_time']:.3g} {unit} CPU"
        extra = ", ".join(f"{key} {bench[key]:,.0f}" for key in ("tasks", "events/s", "runs/s", "tasks/s", "applications/s", "evaluations")
                          if key in bench)
        rows.append((name, figure, extra))

    chains = os.path.join(work, "chains.yaml")
    read_time, read_peak = measure_cli([regsim, "validate", chains], work)
    compare_time, compare_peak = measure_cli([regsim, "compare", chains, "--scenario", "fast",
                                              "--format", "csv", "-o", os.devnull], work)
    rows.append(("CLI: validate the 2,010-task file (read + check)", f"{read_time * 1000:.1f} ms wall",
                 f"peak memory {read_peak:.1f} MiB"))
    rows.append(("CLI: compare both scenarios of the 2,010-task file (CSV)",
                 f"{compare_time * 1000:.1f} ms wall", f"peak memory {compare_peak:.1f} MiB"))

    # Memory against size: the same generator at ten and fifty times the tasks. The
    # peak per task staying flat is what "linear in tasks" means here.
    here = os.path.dirname(os.path.abspath(__file__))
    _, idle_peak = measure_cli([regsim, "--version"], work)  # the process with no work
    for chains_count, stages in ((20, 100), (20, 1000), (100, 1000)):
        directory = os.path.join(work, f"size-{chains_count}x{stages}")
        subprocess.run([sys.executable, os.path.join(here, "generate_chains.py"), directory,
                        "--chains", str(chains_count), "--stages", str(stages)], check=True,
                       stdout=subprocess.DEVNULL)
        tasks = chains_count * stages + stages // 10
        elapsed, peak = measure_cli([regsim, "schedule", os.path.join(directory, "chains.yaml"),
                                     "--format", "csv", "-o", os.devnull], work, repeat=3)
        rows.append((f"CLI: read + schedule + CSV, {tasks:,} tasks", f"{elapsed * 1000:.1f} ms wall",
                     f"peak memory {peak:.1f} MiB, {(peak - idle_peak) * 1024 / tasks:.2f} KiB per "
                     f"task above the idle process ({idle_peak:.1f} MiB)"))

    print(f"Machine: {platform.machine()}, {context.get('num_cpus')} CPUs at "
          f"{context.get('mhz_per_cpu')} MHz, load average {os.getloadavg()[0]:.2f}; "
          f"{platform.platform()}")
    print()
    print("| benchmark | time | figures |")
    print("| --- | --- | --- |")
    for name, figure, extra in rows:
        print(f"| {name} | {figure} | {extra} |")
    print()
    with open(tj3_path) as report:
        print(report.read().strip())


if __name__ == "__main__":
    main()
