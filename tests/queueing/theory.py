#!/usr/bin/env python3
"""Queueing theory against `regsim simulate --portfolio` (issue 24, item 4).

For M/M/1, M/M/c (c = 20) and M/D/1 at utilisation 0.5, 0.8 and 0.95 it writes a pathway
(arrive -> review -> done, review needing one of c reviewers; service and mean interval
in whole days, chosen so that the utilisation is exact), runs it with a fixed seed and
compares the mean wait and the probability of waiting with theory:

  M/M/c  Erlang C:            P(W > t) = C(c, a) e^{-(c mu - lambda) t},  Wq = C / (c mu - lambda)
  M/M/1  (c = 1):             P(W > t) = rho e^{-(mu - lambda) t},        Wq = rho / (mu - lambda)
  M/D/1  Pollaczek-Khinchine: Wq = rho S / (2 (1 - rho)),                 P(W > 0) = rho
  and the utilisation rho = lambda S / c within 0.01.
  Little's law, L = lambda W, on quantities measured apart: the mean number of requests
  waiting (Lq) and of applications in the system (L), each sampled at the end of every
  month after the warm-up and before the last arrival (the `months` series), against
  lambda times the mean wait (Wq) and lambda times the mean lead time (W) of the
  applications counted, lambda = 1 / mean interval. Both sides come from the same sample
  paths, on which Little's law holds exactly for time averages, so the run-to-run spread
  does not enter: the tolerance is 3 % of lambda W (sampling once a month, the edges of
  the window, the realised against the nominal arrival rate) plus 0.05 for whole days.

Day granularity: arrivals come on day floor(T), services last round(S) days, and a wait
is counted in whole days from ready to start. A continuous wait w is counted as about w on
average, but the share of waits counted as 0 is the share of w below about half a day, so
P(wait) is compared with P(W > 0.5 day) (for M/D/1 with rho minus the chance of a wait
under half a day, which is at most the P(W <= 0.5 | W > 0) of M/M/1, bounded here by the
allowance). Tolerance: the larger of 3 x the 95 % confidence half-width over runs (so about
6 standard errors: a fixed seed, but a seed change must not make it flaky) and an allowance
for granularity of 0.5 day on waits and 0.01 on probabilities.

Usage: theory.py REGSIM [--markdown]   (exit 1 when a figure is outside its tolerance)
"""
import json
import math
import os
import subprocess
import sys
import tempfile
from datetime import date, timedelta

CASES = [
    # model, c, service days, mean interval days  (rho = S / (c I))
    ("M/M/1", 1, 56, 112), ("M/M/1", 1, 56, 70), ("M/M/1", 1, 57, 60),
    ("M/M/c", 20, 60, 6), ("M/M/c", 20, 64, 4), ("M/M/c", 20, 57, 3),
    ("M/D/1", 1, 56, 112), ("M/D/1", 1, 56, 70), ("M/D/1", 1, 57, 60),
]
RUNS = 20
SEED = 24


def erlang_c(c, a):
    term, total = 1.0, 1.0
    for k in range(1, c):
        term *= a / k
        total += term
    top = term * a / c * c / (c - a)
    return top / (total + top)


def theory(model, c, service, interval):
    lam, mu = 1 / interval, 1 / service
    rho = lam / (c * mu)
    if model == "M/D/1":
        wq = rho * service / (2 * (1 - rho))
        return rho, wq, rho
    waiting = erlang_c(c, lam / mu)
    rate = c * mu - lam
    return rho, waiting / rate, waiting * math.exp(-rate * 0.5)


def pathway(model, c, service, interval, count):
    duration = f"{{exponential: {service}d}}" if model != "M/D/1" else f"{service}d"
    return f"""regsim: 1
id: queue
title: {model} check
start: 2026-01-01
convention: plain
tasks:
  - {{id: arrive, kind: milestone}}
  - {{id: review, duration: {duration}, needs: {{reviewers: 1}}}}
  - {{id: done, kind: milestone}}
dependencies: [arrive -> review, review -> done]
resources:
  - {{id: reviewers, capacity: {c}}}
portfolio:
  arrivals: {{poisson: {interval}d}}
  count: {count}
"""


def little(model, c, service, interval, count, warmup, document):
    """Lq and L sampled at month ends against lambda Wq and lambda W (Little's law)."""
    lam = 1 / interval
    first = date(2026, 1, 1)
    begin, end = first + timedelta(days=warmup), first + timedelta(days=count * interval)
    queue, system = [], []
    for month in document["months"]:
        year, number = map(int, month["month"].split("-"))
        start = date(year, number, 1)
        finish = date(year + number // 12, number % 12 + 1, 1)
        if start >= begin and finish <= end:
            queue.append(month["pools"][0]["queue"])
            system.append(month["backlog"])
    pool, lead = document["pools"][0], document["classes"][0]
    lq, l = sum(queue) / len(queue), sum(system) / len(system)
    lwq, lw = lam * pool["mean_wait_days"], lam * lead["lead_time_days"]["mean"]
    lq_tol, l_tol = 0.03 * lwq + 0.05, 0.03 * lw + 0.05
    ok = abs(lq - lwq) <= lq_tol and abs(l - lw) <= l_tol
    rho = service / (c * interval)
    return (model, c, rho, lq, lwq, lq_tol, l, lw, l_tol, "yes" if ok else "NO")


def main():
    regsim = sys.argv[1]
    markdown = "--markdown" in sys.argv[2:]
    rows, littles, failures = [], [], 0
    with tempfile.TemporaryDirectory() as work:
        for model, c, service, interval in CASES:
            rho, wq, p_wait = theory(model, c, service, interval)
            # Long runs near saturation (relaxation ~ S / (1 - sqrt(rho))^2), within year 9999,
            # and a warm-up of a fifth of the horizon.
            count = min(40000, 2_500_000 // interval)
            warmup = count * interval // 5
            path = os.path.join(work, "queue.yaml")
            with open(path, "w") as out:
                out.write(pathway(model, c, service, interval, count))
            result = subprocess.run([regsim, "simulate", path, "--portfolio", "--runs", str(RUNS),
                                     "--seed", str(SEED), "--warmup", str(warmup), "--format", "json"],
                                    check=True, capture_output=True, text=True)
            document = json.loads(result.stdout)
            pool = document["pools"][0]
            littles.append(little(model, c, service, interval, count, warmup, document))
            failures += 0 if littles[-1][-1] == "yes" else 1
            wait, wait_h = pool["mean_wait_days"], pool["mean_wait_ci95"]["half_width"]
            share, share_h = pool["p_wait"], pool["p_wait_ci95"]["half_width"]
            wait_tol = max(3 * wait_h, 0.5)
            share_tol = max(3 * share_h, 0.01)
            ok = (abs(wait - wq) <= wait_tol and abs(share - p_wait) <= share_tol
                  and abs(pool["utilisation"] - rho) <= 0.01)
            failures += 0 if ok else 1
            rows.append((model, c, service, interval, rho, wq, wait, wait_h, wait_tol, p_wait, share,
                         share_h, share_tol, pool["utilisation"], "yes" if ok else "NO"))
    if markdown:
        print(f"| model | c | service | mean interval | utilisation (theory / simulated) | mean wait, "
              f"theory | simulated (95% CI) | tolerance | P(wait), theory | simulated (95% CI) | "
              f"tolerance | within |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for (model, c, s, i, rho, wq, w, wh, wt, p, sh, shh, st, util, ok) in rows:
            print(f"| {model} | {c} | {s}d | {i}d | {rho:.2f} / {util:.3f} | {wq:.2f} | "
                  f"{w:.2f} ± {wh:.2f} | {wt:.2f} | {p:.4f} | {sh:.4f} ± {shh:.4f} | {st:.4f} | {ok} |")
        print(f"\n{RUNS} runs per row, seed {SEED}; waits in days.")
        print("\n| model | c | utilisation | Lq at month ends | lambda Wq | tolerance | "
              "L at month ends | lambda W | tolerance | within |")
        print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |")
        for (model, c, rho, lq, lwq, lq_tol, l, lw, l_tol, ok) in littles:
            print(f"| {model} | {c} | {rho:.2f} | {lq:.3f} | {lwq:.3f} | {lq_tol:.3f} | {l:.2f} | "
                  f"{lw:.2f} | {l_tol:.2f} | {ok} |")
    else:
        for row in rows + littles:
            print(" ".join(str(round(x, 4)) if isinstance(x, float) else str(x) for x in row))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
