#!/usr/bin/env python3
"""doc_examples.py [--update] REGSIM FILE.md...: the example outputs in the documentation
are the tool's own.

A Markdown file marks a generated code block with a comment on the line before its fence:

  <!-- regsim: ARGS -->            the block is "$ regsim ARGS" and what it prints
  <!-- regsim-output: ARGS -->     the block is only what it prints
  <!-- regsim-file: PATH -->       the block is the file PATH (e.g. an approved golden)

Several commands go in one block separated by " ;; ". A command may end in
" | SELECTION": comma-separated parts of its output to keep, each `A..B` (lines A to B,
1-based), `A..` (A to the end), `last N`, or `cut N` (every line cut to N characters,
shown as `| cut -c1-N`). Lines left out between kept parts are shown as "...". For a
JSON document, `json N` keeps the first N elements of every array (the others become one
"..." line), which stays meaningful when keys are added.
Commands run in the repository root with standard error after standard output, no
colour and no REGSIM_DATA_DIR; their exit code is not checked (an error is an example too).

Without --update: prints a diff for every block that differs from what the tool prints
now and exits 1 (run `scripts/doc_examples.py --update build/ci/regsim README.md docs/*.md`,
read the diff, commit). With --update: rewrites the blocks."""
import difflib
import json
import os
import re
import shlex
import subprocess
import sys

MARKER = re.compile(r"^<!-- (regsim|regsim-output|regsim-file): (.*?) -->\s*$")
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def json_lines(value, keep, indent=0):
    """`value` as a JSON document indented by two spaces (regsim's own layout), every array
    cut to its first `keep` elements and a "..." line."""
    pad = " " * indent
    if isinstance(value, dict) and value:
        lines = ["{"]
        for i, (key, item) in enumerate(value.items()):
            inner = json_lines(item, keep, indent + 2)
            inner[0] = f"{pad}  {json.dumps(key, ensure_ascii=False)}: {inner[0].lstrip()}"
            lines += inner
            lines[-1] += "," if i + 1 < len(value) else ""
        return [pad + lines[0]] + lines[1:] + [pad + "}"]
    if isinstance(value, list) and value:
        lines = [pad + "["]
        shown = value[:keep]
        for i, item in enumerate(shown):
            lines += json_lines(item, keep, indent + 2)
            lines[-1] += "," if i + 1 < len(shown) or len(value) > keep else ""
        if len(value) > keep:
            lines.append(pad + "  ...")
        return lines + [pad + "]"]
    return [pad + json.dumps(value, ensure_ascii=False)]


def select(lines, selection):
    """The kept lines, with "..." for each gap, and the shell text to show (for cut)."""
    if not selection:
        return lines, ""
    if selection.startswith("json"):
        keep = int(selection[4:] or 1)
        return json_lines(json.loads("\n".join(lines)), keep), ""
    ranges, cut = [], None
    for part in (p.strip() for p in selection.split(",")):
        if part.startswith("cut "):
            cut = int(part[4:])
        elif part.startswith("last "):
            count = int(part[5:])
            ranges.append((max(1, len(lines) - count + 1), len(lines)))
        elif ".." in part:
            first, _, last = part.partition("..")
            ranges.append((int(first), int(last) if last else len(lines)))
        else:
            sys.exit(f"doc_examples: bad selection '{part}'")
    if cut is not None:
        lines = [line[:cut].rstrip() for line in lines]
    if not ranges:
        return lines, f" | cut -c1-{cut}" if cut is not None else ""
    kept, previous = [], 0
    for first, last in ranges:
        if first > previous + 1:
            kept.append("...")
        kept.extend(lines[first - 1:last])
        previous = last
    if previous < len(lines):
        kept.append("...")
    return kept, f" | cut -c1-{cut}" if cut is not None else ""


def run(regsim, command):
    args, _, selection = command.partition(" | ")
    env = {k: v for k, v in os.environ.items() if k != "REGSIM_DATA_DIR"}
    env["NO_COLOR"] = "1"
    done = subprocess.run([regsim] + shlex.split(args), cwd=ROOT, env=env,
                          stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=600)
    lines = done.stdout.decode("utf-8").split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    kept, shell = select(lines, selection.strip())
    return args.strip(), shell, kept


def generate(regsim, kind, spec):
    if kind == "regsim-file":
        with open(os.path.join(ROOT, spec), encoding="utf-8") as file:
            return file.read().rstrip("\n").split("\n")
    block = []
    for command in spec.split(" ;; "):
        args, shell, lines = run(regsim, command)
        if kind == "regsim":
            block.append(f"$ regsim {args}{shell}")
        block.extend(lines)
    return block


def process(regsim, path, update):
    with open(path, encoding="utf-8") as file:
        lines = file.read().split("\n")
    out, i, blocks, stale = [], 0, 0, []
    while i < len(lines):
        out.append(lines[i])
        found = MARKER.match(lines[i])
        if not found:
            i += 1
            continue
        if i + 1 >= len(lines) or not lines[i + 1].startswith("```"):
            sys.exit(f"{path}:{i + 1}: a regsim marker must be followed by a code fence")
        end = i + 2
        while end < len(lines) and lines[end] != "```":
            end += 1
        if end == len(lines):
            sys.exit(f"{path}:{i + 2}: the code block is not closed")
        old = lines[i + 2:end]
        new = generate(regsim, found.group(1), found.group(2))
        blocks += 1
        if new != old:
            stale.append("\n".join(difflib.unified_diff(
                old, new, f"{path}:{i + 3} (in the file)", "what regsim prints now", lineterm="")))
        out.append(lines[i + 1])
        out.extend(new)
        out.append("```")
        i = end + 1
    if update and stale:
        with open(path, "w", encoding="utf-8") as file:
            file.write("\n".join(out))
    return blocks, stale


def main():
    arguments = sys.argv[1:]
    update = "--update" in arguments
    arguments = [a for a in arguments if a != "--update"]
    if len(arguments) < 2:
        sys.exit(__doc__)
    regsim = os.path.abspath(arguments[0])
    total, stale = 0, []
    for path in arguments[1:]:
        blocks, differing = process(regsim, path, update)
        total += blocks
        stale += differing
    for diff in stale:
        print(diff)
    if stale and not update:
        print(f"{len(stale)} of {total} generated examples differ from what regsim prints now; "
              "run scripts/doc_examples.py --update REGSIM README.md docs/*.md and read the diff")
        sys.exit(1)
    print(f"{total} generated examples {'updated' if update and stale else 'are current'}"
          f"{f' ({len(stale)} rewritten)' if update and stale else ''}")


if __name__ == "__main__":
    main()
