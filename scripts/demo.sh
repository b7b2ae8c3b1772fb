#!/usr/bin/env bash
# Quick start, command 1: install what is missing, build, run the main job.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/deps.sh build
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DREGSIM_BUILD_TESTS=OFF >/dev/null
cmake --build build/release -j2 --target regsim-cli
./build/release/regsim --help
