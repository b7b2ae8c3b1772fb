#!/usr/bin/env python3
"""The M/M/c portfolio of issue 24 (tests/queueing/mmc.yaml: c = 20 reviewers, exponential
reviews of mean 56 days, Poisson arrivals every 4 days on average, 20,000 applications) in
SimPy (Debian python3-simpy3, run with /usr/bin/python3) and in regsim, in one run of this
script: the mean wait of each with its 95 % confidence half-width over runs, whether they
agree within the combined interval, and the wall-time ratio. Both sides single-threaded
(regsim --threads 1), each timed over the same number of runs; then regsim again on every
core of the machine (SimPy has no way to use them), byte-identical to the one-thread output.

Usage: /usr/bin/python3 simpy_mmc.py REGSIM [--runs N]
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


def main():
    regsim = sys.argv[1]
    runs = int(sys.argv[sys.argv.index("--runs") + 1]) if "--runs" in sys.argv else 10

    started, cpu = time.perf_counter(), time.process_time()
    means = [simpy_run(seed) for seed in range(runs)]
    simpy_seconds = time.perf_counter() - started
    simpy_cpu = time.process_time() - cpu
    simpy_mean, simpy_h = statistics.fmean(means), half_width(means)

    output, regsim_seconds, regsim_cpu = timed_regsim(regsim, runs, 1)
    cores = os.cpu_count() or 1
    output_all, all_seconds, all_cpu = timed_regsim(regsim, runs, cores)
    pool = json.loads(output)["pools"][0]
    regsim_mean, regsim_h = pool["mean_wait_days"], pool["mean_wait_ci95"]["half_width"]

    combined = math.hypot(simpy_h, regsim_h)
    agree = abs(simpy_mean - regsim_mean) <= combined
    print(f"M/M/c (c = 20, rho = 0.7, {COUNT:,} applications per run, {runs} runs, one thread)")
    print("| tool | mean wait (days) | wall | CPU |")
    print("| --- | --- | --- | --- |")
    print(f"| SimPy {simpy.__version__} | {simpy_mean:.3f} ± {simpy_h:.3f} | {simpy_seconds:.2f} s | "
          f"{simpy_cpu:.2f} s |")
    print(f"| regsim | {regsim_mean:.3f} ± {regsim_h:.3f} | {regsim_seconds:.3f} s | "
          f"{regsim_cpu:.3f} s |")
    print(f"| regsim, {cores} threads | same output: "
          f"{'yes' if output_all == output else 'NO'} | {all_seconds:.3f} s | {all_cpu:.3f} s |")
    print(f"Same mean wait within the combined 95 % interval (± {combined:.3f}): "
          f"{'yes' if agree else 'NO'}; regsim {simpy_seconds / regsim_seconds:.1f} times faster "
          f"in wall time, {simpy_cpu / max(regsim_cpu, 1e-9):.1f} times in CPU time, one thread "
          f"each; {simpy_seconds / all_seconds:.1f} times in wall time on {cores} threads")
    return 0 if agree and output_all == output else 1


if __name__ == "__main__":
    sys.exit(main())
