#!/usr/bin/env bash
# render_in_chromium.sh PAGE.html SCREENSHOT.png
# Opens PAGE in headless Chromium (the Debian package), takes a screenshot and fails
# when the page logged a console error or failed to load anything, or when the
# picture is blank. Chromium's flags keep it off the network (this machine has none).
set -euo pipefail
page=$(readlink -f "$1")
shot=$2
profile=$(mktemp -d)
log=$(mktemp)
trap 'rm -rf "$profile" "$log"' EXIT
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --enable-logging=stderr --log-level=0 --v=1 \
  --window-size=1400,1800 --hide-scrollbars --screenshot="$shot" "file://$page" >"$log" 2>&1 || {
  cat "$log" >&2
  echo "render_in_chromium: chromium failed" >&2
  exit 1
}
# Our pages run no scripts, so any console message is an error (parse errors and failed
# loads land there too); and a self-contained page loads no file but itself.
if grep -E 'CONSOLE[:(]|Uncaught' "$log" >&2; then
  echo "render_in_chromium: the page logged console messages (above)" >&2
  exit 1
fi
if grep -F 'FileURLLoader::Start' "$log" | grep -vF "file://$page" >&2; then
  echo "render_in_chromium: the page loaded other files (above); it must be self-contained" >&2
  exit 1
fi
/usr/bin/python3 - "$shot" <<'PY'
import sys
from PIL import Image
image = Image.open(sys.argv[1]).convert("RGB")
width, height = image.size
pixels = list(image.getdata())
non_white = sum(1 for p in pixels if p != (255, 255, 255))
colours = len(set(pixels))
print(f"screenshot {width}x{height}: {non_white / len(pixels):.1%} non-white pixels, {colours} colours")
if non_white / len(pixels) < 0.02 or colours < 8:
    sys.exit("render_in_chromium: the screenshot is blank")
PY
