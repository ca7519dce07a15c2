#!/usr/bin/env python3
"""Prints "N passed, N failed" for one `bazel test` run.

Reads the run's build event file (which tests ran, and their status) and each
test's JUnit XML (how many test cases it holds). A test target that failed
without a readable XML (a crash, a timeout, a build failure) counts as one
failed case. Exits 1 if anything failed.
"""
import json
import os
import sys
import xml.etree.ElementTree as ET


def count_cases(xml_path):
    """Returns (passed, failed) test cases in one test.xml, or None."""
    try:
        root = ET.parse(xml_path).getroot()
    except (OSError, ET.ParseError):
        return None
    passed = failed = 0
    for case in root.iter("testcase"):
        if case.get("status") == "notrun" or case.find("skipped") is not None:
            continue
        if case.find("failure") is not None or case.find("error") is not None:
            failed += 1
        else:
            passed += 1
    return passed, failed


def main():
    bep_path, testlogs = sys.argv[1], sys.argv[2]
    results = {}  # label -> overall status
    aborted = 0
    with open(bep_path) as f:
        for line in f:
            event = json.loads(line)
            eid = event.get("id", {})
            if "testSummary" in eid:
                label = eid["testSummary"]["label"]
                results[label] = event.get("testSummary", {}).get(
                    "overallStatus", "FAILED")
            elif "targetCompleted" in eid and event.get("aborted"):
                aborted += 1
            elif "targetCompleted" in eid:
                completed = event.get("completed", {})
                if not completed.get("success", True):
                    aborted += 1
    passed = failed = 0
    for label, status in sorted(results.items()):
        pkg, _, name = label.lstrip("@").lstrip("/").partition(":")
        counts = count_cases(os.path.join(testlogs, pkg, name, "test.xml"))
        if status == "PASSED" and counts:
            passed += counts[0]
            failed += counts[1]
        elif status == "PASSED":
            passed += 1
        elif counts and counts[1] > 0:
            passed += counts[0]
            failed += counts[1]
        else:
            failed += 1  # crashed, timed out, or did not build
            if counts:
                passed += counts[0]
    # Targets that failed to build never produce a test summary.
    failed += aborted
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
