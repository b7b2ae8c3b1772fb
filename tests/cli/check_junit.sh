#!/usr/bin/env bash
# check_junit.sh REGSIM EXPECTATIONS BAD_EXPECTATIONS WORK_DIR: `regsim check --junit`
# writes well-formed JUnit XML with one testcase per assertion and a failure for each
# failed one, into folders it creates; bad input (exit 2) still leaves a JUnit file naming
# each error; a --junit path that cannot be written fails before anything runs.
set -u
regsim=$1 expectations=$2 bad=$3 work=$4
rm -rf "$work"
mkdir -p "$work"
# The folders of the JUnit path do not exist yet: regsim makes them.
junit=$work/reports/nested/junit.xml
"$regsim" check "$expectations" --junit "$junit" </dev/null >/dev/null 2>&1
status=$?
[ "$status" -eq 1 ] || { echo "exit code $status, expected 1"; exit 1; }
[ -s "$junit" ] || { echo "no junit.xml written"; exit 1; }

# Bad input: exit 2, and the JUnit file records every error.
"$regsim" check "$bad" --junit "$work/bad/junit.xml" </dev/null >/dev/null 2>&1
status=$?
[ "$status" -eq 2 ] || { echo "bad input: exit code $status, expected 2"; exit 1; }
python3 - "$work/bad/junit.xml" <<'PY' || exit 1
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag == "testsuites" and root.get("errors") == "3", (root.tag, root.get("errors"))
errors = root.findall("testsuite/testcase/error")
assert [e.get("type") for e in errors] == ["unknown_key", "missing_key", "bad_date"], [e.get("type") for e in errors]
message = errors[0].get("message")
assert "bad.yaml:5:5: error: unknown key 'calender_days' in an assertion (did you mean 'calendar_days'?)" in message and message.endswith("[unknown_key]"), message
assert root.find("testsuite/testcase").get("line") == "5"
PY

# A JUnit path under a regular file: a clean error before any assertion is evaluated.
touch "$work/not-a-folder"
output=$("$regsim" check "$expectations" --junit "$work/not-a-folder/junit.xml" </dev/null 2>&1)
status=$?
[ "$status" -eq 2 ] || { echo "unwritable junit: exit code $status, expected 2"; exit 1; }
case "$output" in
  *passed*|*FAILED*) echo "assertions ran before the JUnit path was refused: $output"; exit 1 ;;
  *"cannot write '$work/not-a-folder/junit.xml'"*) ;;
  *) echo "unexpected message: $output"; exit 1 ;;
esac

python3 - "$junit" <<'PY' || exit 1
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
