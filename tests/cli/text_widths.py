#!/usr/bin/python3
"""text_widths.py REGSIM WIDTH... : every line of every text report fits --width.

For each bundled pathway and each WIDTH, runs the text reports (schedule as a table and
as a Gantt, plain and --ascii; compare, plain, --ascii and with --runs; simulate, plain
and --ascii; a portfolio of three applications) and the text charts inside the Markdown
reports, and fails on any line wider than WIDTH display columns: East Asian wide and
fullwidth characters count two, combining marks none, as a terminal draws them (the
rule of regsim's text.hpp). Colour is never on (stdout is a pipe)."""
import subprocess
import sys
import unicodedata


def columns(line):
    width = 0
    for char in line:
        if unicodedata.combining(char) or unicodedata.category(char) in ("Mn", "Me", "Cf"):
            continue
        width += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return width


def code_blocks(markdown):
    inside, lines = False, []
    for line in markdown.split("\n"):
        if line.startswith("```"):
            inside = not inside
        elif inside:
            lines.append(line)
    return lines


regsim, widths = sys.argv[1], [int(w) for w in sys.argv[2:]]
listing = subprocess.run([regsim, "list"], capture_output=True, text=True, check=True).stdout
pathways = [line.split()[0] for line in listing.split("\n") if line and not line.startswith(" ")]
with_scenarios = {line.split()[0] for line, scenarios in zip(listing.split("\n"),
                  listing.split("\n")[1:]) if line and not line.startswith(" ")
                  and "," in scenarios}
problems, reports, lines_checked = [], 0, 0
for width in widths:
    for pathway in pathways:
        runs = [["schedule", pathway], ["schedule", pathway, "--format", "gantt"],
                ["schedule", pathway, "--format", "gantt", "--ascii"],
                ["schedule", pathway, "--ascii"],
                ["schedule", pathway, "--format", "md"],
                ["schedule", pathway, "--applications", "3"],
                ["simulate", pathway, "--runs", "200"],
                ["simulate", pathway, "--runs", "200", "--ascii"]]
        if pathway in with_scenarios:
            runs += [["compare", pathway], ["compare", pathway, "--ascii"],
                     ["compare", pathway, "--format", "md"],
                     ["compare", pathway, "--runs", "100"]]
        for args in runs:
            command = [regsim] + args + ["--width", str(width)]
            done = subprocess.run(command, capture_output=True, text=True)
            if done.returncode != 0:
                problems.append(f"{' '.join(args)} --width {width}: exit {done.returncode}: "
                                f"{done.stderr.strip()}")
                continue
            reports += 1
            lines = code_blocks(done.stdout) if "md" in args else done.stdout.split("\n")
            lines_checked += len(lines)
            for number, line in enumerate(lines, 1):
                if columns(line) > width:
                    problems.append(f"{' '.join(args)} --width {width}: line {number} has "
                                    f"{columns(line)} columns: {line}")
for problem in problems:
    print(problem)
if problems:
    sys.exit(f"{len(problems)} lines or runs do not fit")
print(f"{lines_checked} lines of {reports} text reports fit their width")
