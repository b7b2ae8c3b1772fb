#!/usr/bin/env bash
# layering.sh CXX VIEWS GENERATED: the module layering of docs/design.md holds at build
# time. Each module of the library is compiled against a view of the headers it may use
# (src/CMakeLists.txt); this compiles, in each module's view, one include of every other
# module's public header and of another module's internal header, and asserts that exactly
# the includes the layering allows compile. The rule is written here independently of the
# CMake that builds the views, so a view that lets too much through fails this test.
set -u
cxx=$1
views=$2
generated=$3

# What each module may use (besides itself and the top-level error.hpp/schemas.hpp).
declare -A uses=(
  [support]=""
  [calendar]="support"
  [model]="support calendar"
  [graph]="support calendar model"
  [sim]="support calendar model graph"
  [analysis]="support calendar model graph sim"
  [io]="support calendar model graph sim"
  [report]="support calendar model graph sim analysis"
)
# One public header per module that has public headers, and an internal one.
declare -A public=(
  [calendar]="regsim/calendar/date.hpp"
  [model]="regsim/model/pathway.hpp"
  [graph]="regsim/graph/compiled_pathway.hpp"
  [sim]="regsim/sim/timeline.hpp"
  [analysis]="regsim/analysis/summary.hpp"
  [io]="regsim/io/pathway_reader.hpp"
  [report]="regsim/report/text.hpp"
)
internal_other="graph/graph_data.hpp"  # graph's internal header

failures=0
compiles() {  # compiles MODULE HEADER: 0 when a file including HEADER compiles in the view
  printf '#include "%s"\n' "$2" |
    "$cxx" -std=c++20 -fsyntax-only -I "$views/$1/include" -I "$views/$1/src" -I "$generated" \
      -x c++ - 2>"$tmp"
}
tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
checked=0
for module in "${!uses[@]}"; do
  [ -d "$views/$module" ] || { echo "no view for module $module in $views"; exit 1; }
  for other in "${!public[@]}"; do
    allowed=no
    [ "$other" = "$module" ] && allowed=yes
    for used in ${uses[$module]}; do [ "$used" = "$other" ] && allowed=yes; done
    if compiles "$module" "${public[$other]}"; then
      [ $allowed = yes ] || { echo "$module may not include ${public[$other]}, yet it compiles"; failures=$((failures + 1)); }
    else
      if [ $allowed = yes ]; then
        echo "$module may include ${public[$other]}, yet it does not compile:"; cat "$tmp"
        failures=$((failures + 1))
      elif ! grep -q "No such file or directory" "$tmp"; then
        echo "$module including ${public[$other]} failed for another reason:"; cat "$tmp"
        failures=$((failures + 1))
      fi
    fi
    checked=$((checked + 1))
  done
  if [ "$module" != graph ] && compiles "$module" "$internal_other"; then
    echo "$module may not include graph's internal $internal_other, yet it compiles"
    failures=$((failures + 1))
  fi
done
echo "$checked includes checked, $failures wrong"
[ $failures -eq 0 ]
