#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, and run the main job: the
# bundled old-vs-reformed comparison of the three K-Bio pipelines (biosimilar approval,
# reimbursement listing, CDMO export registration).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh build
# With MPI, `mpirun -np K build/release/regsim simulate|goal|compare|explain|check ...`
# shares the Monte Carlo runs between K processes or machines (docs/scale-out.md); run
# alone, it is one process.
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DREGSIM_BUILD_TESTS=OFF \
      -DREGSIM_WITH_MPI=ON >/dev/null
cmake --build build/release -j2 --target regsim-cli
regsim=./build/release/regsim
for comparison in "kr/biosimilar --scenario reformed --scenario goal-240" \
                  "kr/listing --scenario reformed --scenario parallel" \
                  "kr/cdmo-export --scenario reformed"; do
  echo
  # shellcheck disable=SC2086 # the pathway and its options are separate words
  "$regsim" compare $comparison
done
