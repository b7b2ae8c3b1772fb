#!/usr/bin/env bash
# Installs the Debian 12 packages regsim needs, only those missing (needs root).
# Usage: scripts/deps.sh [build|test]
# Open MPI and Boost.MPI are for -DREGSIM_WITH_MPI=ON (`mpirun -np K regsim ...`,
# docs/scale-out.md), which the README's commands (demo.sh, test.sh) build.
set -euo pipefail
profile=${1:-build}
packages=(cmake make g++ libboost-dev libboost-date-time-dev libboost-graph-dev libboost-random-dev
          libfmt-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev libxlsxwriter-dev
          libglpk-dev libopenmpi-dev openmpi-bin libboost-mpi-dev)
if [ "$profile" = test ]; then
  # tj3 schedules the TaskJuggler exports; chromium and python3-pil check that the HTML
  # report renders (Debian's /usr/bin/python3 has PIL, the image's own python may not);
  # clang-14 with its runtime libraries builds the libFuzzer targets (scripts/fuzz.sh);
  # strace holds the writes of the kill-mid-write test (tests/cli/kill_mid_write.sh);
  # fonts-noto-cjk lets the Chromium test see Hangul drawn with a CJK font, not boxes;
  # python3-openpyxl reads the xlsx workbooks back, python3-icalendar the .ics exports;
  # universal-ctags finds the functions whose length tests/architecture/sizes.sh checks.
  packages+=(catch2 python3 python3-pil tj3 chromium clang-14 libclang-rt-14-dev strace
             fonts-noto-cjk python3-openpyxl python3-icalendar universal-ctags)
fi
missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' ||
    missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "regsim: installing Debian packages: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi
