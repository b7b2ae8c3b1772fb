#!/usr/bin/env python3
"""The figures of docs/scale-out.md, "Measured here": one process against `mpirun -np 2`.

Usage: python3 tests/bench/scale_out.py [BUILD_DIR] [--repeat N]

BUILD_DIR (default build/rel) holds a Release build with -DREGSIM_WITH_MPI=ON:
    cmake -S . -B build/rel -DCMAKE_BUILD_TYPE=Release -DREGSIM_WITH_MPI=ON \
      -DREGSIM_BUILD_TESTS=OFF
    cmake --build build/rel -j2 --target regsim-cli
Each command runs N times (default 5); the table gives the median wall time and the median
CPU time (user + system, summed over mpirun and its ranks), and checks that every way of
running writes the same bytes. The load average is printed before and after: on a shared
machine, say what it was.
"""
import argparse
import filecmp
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

MPIRUN = ["mpirun", "-q", "--allow-run-as-root"]


def measure(command, repeat):
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)
        walls.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def loadavg():
    with open("/proc/loadavg", encoding="ascii") as f:
        return " ".join(f.read().split()[:3])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("build", nargs="?", default="build/rel")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    regsim = os.path.join(args.build, "regsim")
    root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    mmc = os.path.join(root, "tests/queueing/mmc.yaml")
    work = tempfile.mkdtemp()
    one = [regsim, "simulate", "kr/biosimilar"]
    portfolio = [regsim, "simulate", mmc, "--portfolio"]
    rows = [
        ("start-up: `regsim --version`", [regsim, "--version"], None),
        ("start-up: `mpirun -np 2 regsim --version`", MPIRUN + ["-np", "2", regsim, "--version"],
         None),
        ("serial part: `simulate kr/biosimilar --runs 1`", one + ["--runs", "1"], None),
        ("serial part: `simulate mmc.yaml --portfolio --runs 1`",
         portfolio + ["--runs", "1", "--threads", "1"], None),
    ]
    for name, base, runs in (("simulate kr/biosimilar", one, "200000"),
                             ("simulate mmc.yaml --portfolio", portfolio, "200")):
        for way, prefix, threads in (("one process, --threads 1", [], "1"),
                                     ("one process, --threads 2", [], "2"),
                                     ("mpirun -np 2, --threads 1", MPIRUN + ["-np", "2"], "1"),
                                     ("mpirun -np 2 (--threads 0: 2 each)", MPIRUN + ["-np", "2"],
                                      "0")):
            out = os.path.join(work, f"{len(rows)}.out")
            rows.append((f"`{name} --runs {runs}`: {way}",
                         prefix + base + ["--runs", runs, "--threads", threads, "-o", out], out))
    print(f"load average before: {loadavg()}")
    print("| command | wall (median) | CPU, all processes (median) |")
    print("| --- | --- | --- |")
    reference = {}
    for name, command, out in rows:
        wall, cpu = measure(command, args.repeat)
        print(f"| {name} | {wall:.2f} s | {cpu:.2f} s |", flush=True)
        if out:
            key = name.split(":")[0]
            if key in reference and not filecmp.cmp(reference[key], out, shallow=False):
                sys.exit(f"scale_out.py: {name} wrote other bytes than {reference[key]}")
            reference.setdefault(key, out)
    print(f"load average after: {loadavg()}")
    shutil.rmtree(work)


if __name__ == "__main__":
    main()
