#!/usr/bin/env python3
"""The M/M/c portfolio of issue 24 (tests/queueing/mmc.yaml: c = 20 reviewers, exponential
reviews of mean 56 days, Poisson arrivals every 4 days on average, 20,000 applications) in
SimPy (Debian python3-simpy3, run with /usr/bin/python3) and in regsim, in one run of this
script: the mean wait of each with its 95 % confidence half-width over runs, whether they
agree within the combined interval, and the time ratios. Both sides single-threaded
(regsim --threads 1), each timed over the same number of runs; then regsim again on every
core of the machine (SimPy has no way to use them), byte-identical to the one-thread output.
Each of --rounds rounds (3) times all three back to back and gives its ratios; the median
round is the result (one round's ratio swings by a third on a shared virtual machine).

Usage: /usr/bin/python3 simpy_mmc.py REGSIM [--runs N] [--rounds R]
"""
import json
import math
import os
import random
import resource
import statistics
import subprocess
import sys
import time

import simpy

HERE = os.path.dirname(os.path.abspath(__file__))
MMC = os.path.join(HERE, "..", "queueing", "mmc.yaml")
SERVERS, SERVICE_MEAN, INTERVAL_MEAN, COUNT = 20, 56.0, 4.0, 20000


def simpy_run(seed):
    """Mean wait (days) of one run: arrivals, a Resource of 20, exponential services."""
    rng = random.Random(seed)
    env = simpy.Environment()
    reviewers = simpy.Resource(env, capacity=SERVERS)
    waits = []

    def application():
        arrived = env.now
        with reviewers.request() as request:
            yield request
            waits.append(env.now - arrived)
            yield env.timeout(rng.expovariate(1 / SERVICE_MEAN))

    def arrivals():
        for _ in range(COUNT):
            yield env.timeout(rng.expovariate(1 / INTERVAL_MEAN))
            env.process(application())

    env.process(arrivals())
    env.run()
    return statistics.fmean(waits)


def half_width(values):
    return 1.96 * statistics.stdev(values) / math.sqrt(len(values)) if len(values) > 1 else 0.0


def timed_regsim(regsim, runs, threads):
    """regsim's JSON output, wall and CPU seconds for the runs on `threads` threads."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    output = subprocess.run([regsim, "simulate", MMC, "--portfolio", "--runs", str(runs),
                             "--threads", str(threads), "--format", "json"],
                            check=True, capture_output=True, text=True).stdout
    seconds = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    return output, seconds, cpu


def timed_simpy(runs):
    """The mean wait of each SimPy run, wall and CPU seconds for all of them."""
    started, cpu = time.perf_counter(), time.process_time()
    means = [simpy_run(seed) for seed in range(runs)]
    return means, time.perf_counter() - started, time.process_time() - cpu


def main():
    regsim = sys.argv[1]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10
    rounds = int(sys.argv[sys.argv.index("--rounds") + 1]) if "--rounds" in sys.argv else 3
    cores = os.cpu_count() or 1

    # Each round times SimPy, regsim on one thread and regsim on every core back to back,
    # so that a round's ratios compare the tools under the same load; a shared virtual
    # machine's speed drifts by a third from one minute to the next.
    table, ratios = [], []
    for round_index in range(rounds):
        means, simpy_seconds, simpy_cpu = timed_simpy(runs)
        output, regsim_seconds, regsim_cpu = timed_regsim(regsim, runs, 1)
        output_all, all_seconds, all_cpu = timed_regsim(regsim, runs, cores)
        if round_index == 0:
            first = (means, output, output_all)
        elif (means, output, output_all) != first:
            print("a round gave other results than the first: not reproducible")
            return 1
        table.append((simpy_seconds, simpy_cpu, regsim_seconds, regsim_cpu, all_seconds, all_cpu))
        ratios.append((simpy_seconds / regsim_seconds, simpy_cpu / max(regsim_cpu, 1e-9),
                       simpy_seconds / all_seconds))

    means, output, output_all = first
    simpy_mean, simpy_h = statistics.fmean(means), half_width(means)
    pool = json.loads(output)["pools"][0]
    regsim_mean, regsim_h = pool["mean_wait_days"], pool["mean_wait_ci95"]["half_width"]
    combined = math.hypot(simpy_h, regsim_h)
    agree = abs(simpy_mean - regsim_mean) <= combined
    print(f"M/M/c (c = 20, rho = 0.7, {COUNT:,} applications per run, {runs} runs; "
          f"{rounds} rounds, each timing both tools back to back)")
    print(f"mean wait (days): SimPy {simpy.__version__} {simpy_mean:.3f} ± {simpy_h:.3f}, "
          f"regsim {regsim_mean:.3f} ± {regsim_h:.3f}; the same within the combined 95 % "
          f"interval (± {combined:.3f}): {'yes' if agree else 'NO'}; regsim on {cores} threads "
          f"gives the same output: {'yes' if output_all == output else 'NO'}")
    print(f"| round | SimPy wall | SimPy CPU | regsim wall | regsim CPU | regsim wall, {cores} "
          f"threads | ratio wall | ratio CPU | ratio wall, {cores} threads |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for k, (row, ratio) in enumerate(zip(table, ratios), 1):
        print(f"| {k} | {row[0]:.2f} s | {row[1]:.2f} s | {row[2]:.3f} s | {row[3]:.3f} s | "
              f"{row[4]:.3f} s | {ratio[0]:.1f} | {ratio[1]:.1f} | {ratio[2]:.1f} |")
    medians = [statistics.median(column) for column in zip(*ratios)]
    print(f"Median of the rounds: regsim {medians[0]:.1f} times faster in wall time, "
          f"{medians[1]:.1f} times in CPU time, one thread each; {medians[2]:.1f} times in "
          f"wall time on {cores} threads")
    return 0 if agree and output_all == output else 1


if __name__ == "__main__":
    sys.exit(main())
