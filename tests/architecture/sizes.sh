#!/usr/bin/env bash
# sizes.sh [ROOT]: no file of the library or the CLI (src/, include/) over 400 lines and no
# function over 80, counted from the line of its name to its closing brace (Universal
# Ctags finds functions, lambdas that are not part of another function and members
# defined in a class). Prints every offender; exit 1 when there is one. LIMIT_LINES and
# LIMIT_FUNCTION change the limits (e.g. LIMIT_FUNCTION=60 to list candidates).
set -euo pipefail
cd "${1:-$(dirname "$0")/../..}"
max_lines=${LIMIT_LINES:-400}
max_function=${LIMIT_FUNCTION:-80}
command -v ctags >/dev/null && ctags --version | grep -q Universal || {
  echo "sizes.sh: needs Universal Ctags (Debian universal-ctags; scripts/deps.sh test)" >&2
  exit 2
}
mapfile -t files < <(git ls-files 'src/*.cpp' 'src/*.hpp' 'include/*.hpp' 2>/dev/null ||
                     find src include -name '*.cpp' -o -name '*.hpp')
[ ${#files[@]} -gt 0 ] || { echo "sizes.sh: no sources found" >&2; exit 2; }
status=0
while read -r lines file; do
  [ "$file" = total ] && continue
  if [ "$lines" -gt "$max_lines" ]; then
    echo "$file: $lines lines (limit $max_lines)"
    status=1
  fi
done < <(wc -l "${files[@]}")
long=$(ctags --output-format=json --fields=+ne --kinds-C++=f --sort=no -o - "${files[@]}" |
  python3 -c '
import json, sys
limit = int(sys.argv[1])
for line in sys.stdin:
    tag = json.loads(line)
    if tag.get("kind") != "function" or "end" not in tag: continue
    n = tag["end"] - tag["line"] + 1
    if n > limit:
        print("%s:%d: %s: %d lines (limit %d)" % (tag["path"], tag["line"], tag["name"], n, limit))
' "$max_function")
if [ -n "$long" ]; then
  echo "$long"
  status=1
fi
[ $status -eq 0 ] && echo "sizes.sh: ${#files[@]} files, none over $max_lines lines, no function over $max_function"
exit $status
