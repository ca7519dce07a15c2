#!/usr/bin/env python3
"""Checks a winemu Chrome Trace Event JSON file and summarises it.

  check_trace.py trace.json [--call=API]... [--span=TYPE]... [--process=NAME]...

Fails (exit 1) unless the file is valid JSON with a traceEvents list, every
process and thread track is named, every async span end has its begin, and
each --call / --span / --process named is present. Prints one summary line.
"""
import json
import sys


def main(argv):
    path = argv[1]
    want = {"call": [], "span": [], "process": []}
    for a in argv[2:]:
        key, _, value = a[2:].partition("=")
        want[key].append(value)
    with open(path, encoding="utf-8") as f:
        doc = json.load(f)
    events = doc["traceEvents"]
    problems = []
    processes = {}
    threads = set()
    for e in events:
        if e["ph"] == "M" and e["name"] == "process_name":
            processes[e["pid"]] = e["args"]["name"]
        if e["ph"] == "M" and e["name"] == "thread_name":
            threads.add((e["pid"], e["tid"]))
    calls, spans, open_spans = set(), set(), {}
    for e in events:
        if e["ph"] == "M":
            continue
        if e["pid"] not in processes:
            problems.append("no process track for pid %s" % e["pid"])
        if (e["pid"], e["tid"]) not in threads:
            problems.append("no thread track for %s/%s" % (e["pid"], e["tid"]))
        if e["ph"] == "X":
            calls.add(e["name"])
            if e["dur"] < 0 or "result" not in e["args"]:
                problems.append("bad call slice %r" % e)
        elif e["ph"] == "b":
            spans.add(e["name"])
            open_spans[(e["cat"], e["id"])] = e
        elif e["ph"] == "e":
            begin = open_spans.pop((e["cat"], e["id"]), None)
            if begin is None:
                problems.append("span end without begin: %r" % e)
            elif begin["ts"] > e["ts"] or begin["pid"] != e["pid"]:
                problems.append("span ends before it begins: %r" % e)
    for c in want["call"]:
        if c not in calls:
            problems.append("no call slice named %s" % c)
    for s in want["span"]:
        if s not in spans:
            problems.append("no lifetime span named %s" % s)
    for p in want["process"]:
        if not any(p in name for name in processes.values()):
            problems.append("no process track named %s" % p)
    for p in problems[:20]:
        print("check_trace: " + p, file=sys.stderr)
    print("%s: %d events, %d process tracks, %d thread tracks, %d distinct "
          "calls, %d span kinds, %d spans still open" %
          (path, len(events), len(processes), len(threads), len(calls),
           len(spans), len(open_spans)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
