#!/usr/bin/python3
"""compare_runs_crn.py REGSIM DATA: `regsim compare --runs` draws with common random numbers
(one random stream per task, shared by every scenario). tests/cli/data/crn-one-task.yaml
has a task with weeks of float drawn first in task order (`paperwork`) and a chain
review -> decision. `fixed-paperwork` fixes the paperwork: with a stream per task the
chain reads the same numbers in every run, the end never moves, and the scenario's Monte
Carlo document equals the baseline's in every figure. With one stream read in task order
the fixed paperwork (which draws no number) would hand its number to the review and
reshuffle the runs, and the percentiles and mean would move by sampling noise.
`fixed-review` fixes the review at its mode: the spread shrinks to the decision's.
Prints "compare --runs CRN: N checks passed"; exits 1 on the first failure."""
import json
import subprocess
import sys

regsim, data = sys.argv[1], sys.argv[2]
checks = 0


def check(condition, message):
    global checks
    if not condition:
        sys.exit(f"FAIL: {message}")
    checks += 1


out = subprocess.run([regsim, "compare", f"{data}/crn-one-task.yaml", "--runs", "2000",
                      "--seed", "4", "--format", "json"], check=True, capture_output=True).stdout
sides = {d["scenario"]: d for d in json.loads(out)["monte_carlo"]}
check(list(sides) == ["baseline", "fixed-paperwork", "fixed-review"], f"sides {list(sides)}")


def figures(doc):
    """Everything the runs produced about the end and the milestones, without names."""
    end = doc["end"]
    return {k: v for k, v in end.items() if k not in ("id", "name")}


base, paper, review = (figures(sides[s]) for s in ("baseline", "fixed-paperwork", "fixed-review"))
check(base["percentiles"] == paper["percentiles"],
      f"fixed-paperwork: the same P-dates as the baseline ({base['percentiles']} vs {paper['percentiles']})")
check(base == paper, "fixed-paperwork: every figure of the end equals the baseline's")
check(review["sd_days"] < base["sd_days"], "fixed-review: less spread than the baseline")
print(f"compare --runs CRN: {checks} checks passed")
