#!/usr/bin/env bash
# installed_elsewhere.sh BUILD_DIR SOURCE_DIR CONFIGURED_DATA_DIR
# Installs the build to a temporary prefix, moves the install to another folder, hides the
# source tree (and the configured install prefix's data) behind an empty tmpfs in a private
# mount namespace, and runs the installed `regsim list`, `schedule` and `compare`: they must
# find the bundled pathways beside the binary. REGSIM_DATA_DIR must still override.
# Exit 77 (skipped) only when this kernel allows no private mount namespace.
set -euo pipefail
build=$1 source=$2 configured_data=$3
work=$(mktemp -d /tmp/regsim-install-XXXXXX)
trap 'rm -rf "$work"' EXIT
case "$work/" in "$source"/*) echo "temporary folder inside the source tree" >&2; exit 1 ;; esac

cmake --install "$build" --prefix "$work/prefix" >/dev/null
mv "$work/prefix" "$work/moved"

# What runs inside the namespace: nothing from the source or build tree is reachable.
cat >"$work/inside.sh" <<'INSIDE'
set -euo pipefail
work=$1 source=$2 configured_data=$3
mount -t tmpfs -o ro,size=1m regsim-hidden "$source"
if [ -d "$configured_data" ]; then mount -t tmpfs -o ro,size=1m regsim-hidden "$configured_data"; fi
if [ -n "$(ls -A "$source")" ]; then echo "the source tree is still visible" >&2; exit 1; fi
regsim=$work/moved/bin/regsim
cd "$work"
unset REGSIM_DATA_DIR
"$regsim" list >list.txt
grep -q '^kr/biosimilar ' list.txt || { echo "list:"; cat list.txt; exit 1; } >&2
"$regsim" schedule kr/biosimilar >schedule.txt
grep -Eq '^2026-03-03 -> [0-9]{4}-[0-9]{2}-[0-9]{2}: [0-9]+ calendar days' schedule.txt ||
  { echo "schedule:"; cat schedule.txt; exit 1; } >&2
"$regsim" compare kr/biosimilar --scenario reformed >compare.txt
grep -q 'calendar days' compare.txt || { echo "compare:"; cat compare.txt; exit 1; } >&2
# REGSIM_DATA_DIR overrides the data beside the binary.
mkdir -p own/mine
cp "$work/moved/share/regsim/workflows/kr/listing.yaml" own/mine/only.yaml
REGSIM_DATA_DIR=$work/own "$regsim" list >own.txt
grep -q '^mine/only ' own.txt && ! grep -q '^kr/' own.txt ||
  { echo "list with REGSIM_DATA_DIR:"; cat own.txt; exit 1; } >&2
echo "installed regsim ran list, schedule and compare with the source tree hidden"
INSIDE

for flags in -rm -m; do
  if unshare $flags true 2>/dev/null; then
    status=0
    unshare $flags bash "$work/inside.sh" "$work" "$source" "$configured_data" || status=$?
    exit $status
  fi
done
echo "no private mount namespace here (unshare -m refused): cannot hide the source tree" >&2
exit 77
