#!/usr/bin/env python3
"""Writes one project twice: as a regsim pathway (YAML) and as a TaskJuggler 3 project.

N chains of S stages each, a gate milestone every G stages that waits for every chain
and releases the next stage of every chain, working-day durations on a Monday-Friday
calendar with a few closure days, and two scenarios: the baseline and `fast` (every
duration 20% shorter, rounded, at least 1 day). Each file is written from this
description directly (not by one tool exporting the other), so agreeing end dates are
evidence that both tools schedule the same thing.

Usage: generate_chains.py OUT_DIR [--chains 20] [--stages 100] [--gate-every 10]
"""
import argparse
import os

START = "2026-01-05"  # a Monday
CLOSURES = [("2026-05-05", "Closure A"), ("2026-08-17", "Closure B"), ("2026-12-25", "Closure C"),
            ("2027-01-01", "Closure D"), ("2027-06-07", "Closure E")]


def duration(chain, stage):
    # A fixed pseudo-random pattern (a small LCG) so both files agree and runs repeat.
    value = (chain * 7919 + stage * 104729 + 12345) % 2147483647
    value = (value * 48271) % 2147483647
    return 1 + value % 10


def fast(days):
    return max(1, round(days * 0.8))


def stage_id(chain, stage):
    return f"c{chain:02d}_s{stage:03d}"


def gate_id(gate):
    return f"gate{gate:02d}"


def predecessors(chain, stage, gate_every):
    """The tasks a stage waits for: the previous stage, or the gate that released it."""
    if stage == 1:
        return []
    if (stage - 1) % gate_every == 0:
        return [gate_id((stage - 1) // gate_every)]
    return [stage_id(chain, stage - 1)]


def write_regsim(path, chains, stages, gate_every):
    lines = ["regsim: 1", "id: bench/chains", f"title: Benchmark, {chains} chains x {stages} stages",
             "calendar: bench", "convention: plain", f"start: {START}", "calendars:",
             "  - id: bench", "    base: weekdays", "    closures:"]
    lines += [f"      - {{date: {day}, name: {name}}}" for day, name in CLOSURES]
    lines.append("tasks:")
    for chain in range(1, chains + 1):
        for stage in range(1, stages + 1):
            lines.append(f"  - {{id: {stage_id(chain, stage)}, duration: {duration(chain, stage)}wd}}")
    for gate in range(1, stages // gate_every + 1):
        lines.append(f"  - {{id: {gate_id(gate)}, kind: milestone}}")
    lines.append("dependencies:")
    for chain in range(1, chains + 1):
        for stage in range(1, stages + 1):
            for before in predecessors(chain, stage, gate_every):
                lines.append(f"  - {before} -> {stage_id(chain, stage)}")
            if stage % gate_every == 0:
                lines.append(f"  - {stage_id(chain, stage)} -> {gate_id(stage // gate_every)}")
    lines += ["scenarios:", "  fast:", "    title: Every stage 20% shorter", "    change:"]
    for chain in range(1, chains + 1):
        for stage in range(1, stages + 1):
            lines.append(f"      {stage_id(chain, stage)}: {{duration: {fast(duration(chain, stage))}wd}}")
    with open(path, "w") as out:
        out.write("\n".join(lines) + "\n")


def write_taskjuggler(path, chains, stages, gate_every):
    lines = [f'project chains "Benchmark" {START} +4y {{', '  timezone "UTC"',
             "  workinghours mon - fri 9:00 - 17:00", "  workinghours sat, sun off",
             '  scenario plan "Plan" {', '    scenario fast "Fast"', "  }", "}"]
    lines += [f'leaves holiday "{name}" {day}' for day, name in CLOSURES]
    for chain in range(1, chains + 1):
        for stage in range(1, stages + 1):
            days = duration(chain, stage)
            body = [f"  length {days}d", f"  fast:length {fast(days)}d"]
            before = predecessors(chain, stage, gate_every)
            body.insert(0, f"  depends {', '.join(before)}" if before else f"  start {START}")
            lines += [f'task {stage_id(chain, stage)} "Stage {stage} of chain {chain}" {{'] + body + ["}"]
    for gate in range(1, stages // gate_every + 1):
        waits = ", ".join(stage_id(chain, gate * gate_every) for chain in range(1, chains + 1))
        lines += [f'task {gate_id(gate)} "Gate {gate}" {{', f"  depends {waits}", "  milestone", "}"]
    for scenario in ("plan", "fast"):
        lines += [f'taskreport "{scenario}_dates" {{', "  formats csv", "  columns id, start, end",
                  f"  scenarios {scenario}", '  timeformat "%Y-%m-%d %H:%M"', "}"]
    with open(path, "w") as out:
        out.write("\n".join(lines) + "\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out_dir")
    parser.add_argument("--chains", type=int, default=20)
    parser.add_argument("--stages", type=int, default=100)
    parser.add_argument("--gate-every", type=int, default=10)
    args = parser.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    write_regsim(os.path.join(args.out_dir, "chains.yaml"), args.chains, args.stages, args.gate_every)
    write_taskjuggler(os.path.join(args.out_dir, "chains.tjp"), args.chains, args.stages, args.gate_every)


if __name__ == "__main__":
    main()
