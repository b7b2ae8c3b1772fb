#!/usr/bin/env bash
# Builds the benchmarks (Release) and prints one results table: Google Benchmark suites,
# the TaskJuggler comparison, file reading time and peak memory of the CLI.
# Usage: tests/bench/run.sh [--quick]   (--quick: shorter benchmark runs)
set -euo pipefail
cd "$(dirname "$0")/../.."
bash scripts/deps.sh test
command -v tj3 >/dev/null || { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq tj3 >/dev/null; }
dpkg-query -W -f='${Status}' libbenchmark-dev 2>/dev/null | grep -q 'install ok installed' ||
  { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq libbenchmark-dev >/dev/null; }
min_time=1
[ "${1:-}" = --quick ] && min_time=0.2
build=build/bench
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=Release -DREGSIM_BUILD_TESTS=OFF -DREGSIM_BUILD_BENCH=ON >/dev/null
cmake --build "$build" -j2 --target regsim-bench regsim-cli >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$build/tests/bench/regsim-bench" --benchmark_min_time="$min_time" --benchmark_format=json \
  --benchmark_out="$work/benchmarks.json" --benchmark_out_format=json >/dev/null
python3 tests/bench/compare_tj3.py "$build/regsim" --work-dir "$work/tj3" > "$work/tj3.txt"
python3 tests/bench/summarise.py "$work/benchmarks.json" "$work/tj3.txt" "$build/regsim" "$work/tj3"
# The M/M/c portfolio in SimPy against regsim (Debian python3-simpy3, the system Python).
dpkg-query -W -f='${Status}' python3-simpy3 2>/dev/null | grep -q 'install ok installed' ||
  { export DEBIAN_FRONTEND=noninteractive; apt-get install -y -qq python3-simpy3 >/dev/null; }
echo
/usr/bin/python3 tests/bench/simpy_mmc.py "$build/regsim" --runs 40
