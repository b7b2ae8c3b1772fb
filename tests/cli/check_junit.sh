#!/usr/bin/env bash
# check_junit.sh REGSIM EXPECTATIONS WORK_DIR: `regsim check --junit` writes well-formed
# JUnit XML with one testcase per assertion and a failure for each failed one.
set -u
regsim=$1 expectations=$2 work=$3
mkdir -p "$work"
rm -f "$work/junit.xml"
"$regsim" check "$expectations" --junit "$work/junit.xml" </dev/null >/dev/null 2>&1
status=$?
[ "$status" -eq 1 ] || { echo "exit code $status, expected 1"; exit 1; }
[ -s "$work/junit.xml" ] || { echo "no junit.xml written"; exit 1; }
python3 - "$work/junit.xml" <<'PY' || exit 1
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites", root.tag
suites = root.findall("testsuite")
assert len(suites) == 1, len(suites)
cases = suites[0].findall("testcase")
assert len(cases) == 3, len(cases)
failures = [c for c in cases if c.find("failure") is not None]
assert len(failures) == 2, len(failures)
assert suites[0].get("failures") == "2" and suites[0].get("tests") == "3"
assert failures[0].get("name") == "approval within 55 days", failures[0].get("name")
assert failures[0].get("line") == "4"
message = failures[0].find("failure").get("message")
assert message == "expected at most 55 days (tolerance 2 days), actual 60 days (approval on 2026-03-06)", message
print("junit ok")
PY
