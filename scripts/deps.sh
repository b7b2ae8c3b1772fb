#!/usr/bin/env bash
# Installs the Debian 12 packages regsim needs, only those missing (needs root).
# Usage: scripts/deps.sh [build|test]
set -euo pipefail
profile=${1:-build}
packages=(cmake make g++ libboost-dev libboost-date-time-dev libboost-graph-dev libboost-random-dev
          libfmt-dev libyaml-cpp-dev nlohmann-json3-dev libcli11-dev)
if [ "$profile" = test ]; then
  packages+=(catch2 python3)
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
