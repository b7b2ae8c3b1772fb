#!/usr/bin/python3
"""chromium_dom.py PAGE CHECK...: opens PAGE in headless Chromium (Debian's chromium),
lays it out and checks what a reader sees, from the DOM's bounding boxes and the fonts
Chromium actually used. Talks to Chromium over its DevTools pipe (--remote-debugging-pipe,
file descriptors 3 and 4), so it needs nothing beyond the Python standard library.

Checks:
  labels      in every <svg>, no two <text> boxes overlap and every <text> lies inside
              its <svg> (a label cut off at the edge or printed over another is caught)
  chart-labels  the same for the Monte Carlo charts only (histogram, S-curve, tornado)
  cjk-fonts   the page's font stacks name the CJK fallback fonts, and every text node
              with Hangul, kana or CJK ideographs is drawn with a CJK font (no tofu);
              the glyph half is skipped (said so) where no CJK font is installed
Exit 0 when every check holds, 1 otherwise; each problem is printed."""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

CJK_STACK = ["Noto Sans CJK KR", "Noto Sans CJK JP", "Malgun Gothic", "Apple SD Gothic Neo",
             "Hiragino Sans", "Yu Gothic"]
CJK_TEXT = re.compile("[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
                      "\uac00-\ud7a3\uf900-\ufaff]")
CJK_FONT = re.compile(r"CJK|Gothic|Hiragino|Malgun|Nanum|Noto Sans (KR|JP|SC|TC)|Mincho|Ming|Song",
                      re.I)


class Chromium:
    def __init__(self):
        self.profile = tempfile.mkdtemp(prefix="regsim-chromium-")
        to_chromium, self._to = os.pipe()
        self._from, from_chromium = os.pipe()

        def in_child():
            os.dup2(to_chromium, 3)
            os.dup2(from_chromium, 4)

        self.process = subprocess.Popen(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
             "--no-first-run", "--disable-background-networking", "--disable-component-update",
             "--disable-sync", "--hide-scrollbars", "--remote-debugging-pipe",
             "--user-data-dir=" + self.profile, "--window-size=1400,1800", "about:blank"],
            pass_fds=(3, 4), preexec_fn=in_child, stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL)
        os.close(to_chromium)
        os.close(from_chromium)
        self._buffer = b""
        self._next = 0
        self.session = None

    def _read(self):
        while b"\0" not in self._buffer:
            chunk = os.read(self._from, 1 << 16)
            if not chunk:
                sys.exit("chromium_dom: chromium closed its DevTools pipe")
            self._buffer += chunk
        message, self._buffer = self._buffer.split(b"\0", 1)
        return json.loads(message)

    def call(self, method, params=None, wait_for=None):
        self._next += 1
        message = {"id": self._next, "method": method, "params": params or {}}
        if self.session:
            message["sessionId"] = self.session
        os.write(self._to, json.dumps(message).encode() + b"\0")
        result, seen = None, wait_for is None
        while result is None or not seen:
            reply = self._read()
            if reply.get("id") == self._next:
                if "error" in reply:
                    sys.exit(f"chromium_dom: {method}: {reply['error']}")
                result = reply["result"]
            elif reply.get("method") == wait_for:
                seen = True
        return result

    def open(self, page):
        target = self.call("Target.createTarget", {"url": "about:blank"})["targetId"]
        self.session = self.call("Target.attachToTarget",
                                 {"targetId": target, "flatten": True})["sessionId"]
        self.call("Page.enable")
        self.call("Page.navigate", {"url": "file://" + page}, wait_for="Page.loadEventFired")

    def evaluate(self, expression):
        reply = self.call("Runtime.evaluate", {"expression": expression, "returnByValue": True})
        if "exceptionDetails" in reply:
            sys.exit(f"chromium_dom: script failed: {reply['exceptionDetails']}")
        return reply["result"]["value"]

    def close(self):
        self.session = None
        try:
            self.call("Browser.close")
        except SystemExit:
            pass
        self.process.wait(timeout=30)
        shutil.rmtree(self.profile, ignore_errors=True)


LABEL_BOXES = r"""
(() => {
  const svgs = [...document.querySelectorAll('svg')];
  return svgs.map((svg, index) => {
    const frame = svg.getBoundingClientRect();
    const title = svg.querySelector('title');
    return {
      svg: (title ? title.textContent : 'svg ' + index),
      frame: [frame.left, frame.top, frame.right, frame.bottom],
      texts: [...svg.querySelectorAll('text')].filter(t => t.textContent.trim() !== '')
        .map(t => { const b = t.getBoundingClientRect();
                    return [t.textContent, b.left, b.top, b.right, b.bottom]; })
    };
  });
})()
"""


def check_labels(chromium, only=None):
    problems, count = [], 0
    for svg in chromium.evaluate(LABEL_BOXES):
        if only and not only.match(svg["svg"]):
            continue
        left, top, right, bottom = svg["frame"]
        texts = svg["texts"]
        count += len(texts)
        for text, l, t, r, b in texts:
            if l < left - 0.5 or t < top - 0.5 or r > right + 0.5 or b > bottom + 0.5:
                problems.append(f"{svg['svg']}: '{text}' [{l:.0f},{t:.0f},{r:.0f},{b:.0f}] "
                                f"leaves the picture [{left:.0f},{top:.0f},{right:.0f},{bottom:.0f}]")
        for i, (text_a, la, ta, ra, ba) in enumerate(texts):
            for text_b, lb, tb, rb, bb in texts[i + 1:]:
                width = min(ra, rb) - max(la, lb)
                height = min(ba, bb) - max(ta, tb)
                # Glyph boxes include the line's ascent and descent: allow a sliver.
                if width > 1 and height > 2:
                    problems.append(f"{svg['svg']}: '{text_a}' overlaps '{text_b}' "
                                    f"({width:.0f} x {height:.0f} px)")
    return problems, f"{count} labels in their pictures, none overlapping"


FONT_STACKS = r"""
(() => [...new Set([document.body, ...document.querySelectorAll('svg, text')].filter(Boolean)
  .map(e => getComputedStyle(e).fontFamily))])()
"""


def cjk_installed():
    try:
        listed = subprocess.run(["fc-list", ":lang=ko", "family"], capture_output=True,
                                text=True).stdout
    except FileNotFoundError:
        return False
    return bool(listed.strip())


def check_cjk_fonts(chromium):
    problems = []
    for stack in chromium.evaluate(FONT_STACKS):
        names = [name.strip().strip('"') for name in stack.split(",")]
        missing = [font for font in CJK_STACK if font not in names]
        if missing:
            problems.append(f"font-family '{stack}' names no {', '.join(missing)}")
    if not cjk_installed():
        return problems, "font stacks name the CJK fonts; glyphs not checked (no CJK font installed: fonts-noto-cjk)"
    chromium.call("DOM.enable")
    chromium.call("CSS.enable")
    root = chromium.call("DOM.getDocument", {"depth": -1, "pierce": True})["root"]
    checked = 0

    def walk(node):
        nonlocal checked
        for child in node.get("children", []):
            if child.get("nodeType") == 3 and CJK_TEXT.search(child.get("nodeValue", "")):
                parent = node["nodeId"]
                if node.get("nodeName", "").lower() in ("title", "style", "script"):
                    continue  # tooltips and the page title are not drawn in the page
                fonts = chromium.call("CSS.getPlatformFontsForNode", {"nodeId": parent})["fonts"]
                checked += 1
                if not any(CJK_FONT.search(font["familyName"]) for font in fonts):
                    problems.append(f"'{child['nodeValue'][:40]}' drawn with "
                                    f"{[font['familyName'] for font in fonts]}, no CJK font")
            walk(child)

    walk(root)
    if checked == 0:
        problems.append("no text with Hangul, kana or CJK ideographs on the page")
    return problems, f"{checked} text nodes with CJK characters drawn with CJK fonts"


MONTE_CARLO_CHARTS = re.compile(r"^(Distribution of|S-curve:|Sensitivity of)")
CHECKS = {"labels": check_labels, "cjk-fonts": check_cjk_fonts,
          "chart-labels": lambda chromium: check_labels(chromium, MONTE_CARLO_CHARTS)}


def main():
    if len(sys.argv) < 3 or any(check not in CHECKS for check in sys.argv[2:]):
        sys.exit(__doc__)
    page = os.path.abspath(sys.argv[1])
    chromium = Chromium()
    failed = False
    try:
        chromium.open(page)
        for name in sys.argv[2:]:
            problems, summary = CHECKS[name](chromium)
            for problem in problems:
                print(f"{os.path.basename(page)}: {name}: {problem}")
            if problems:
                failed = True
            else:
                print(f"{os.path.basename(page)}: {name}: {summary}")
    finally:
        chromium.close()
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
