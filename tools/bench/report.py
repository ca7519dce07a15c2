#!/usr/bin/env python3
# Copyright winemu authors.
"""Turns Google Benchmark JSON files into one markdown report.

Usage: report.py OUT.json... > report.md

Each binary ran the floor (BM_Floor_HashMapInsertLookupErase) beside its
figures, so every time is also given as a multiple of the floor measured in
the same process, and every BM_X with a GoogleMock counterpart BM_GMock_X as
how many times faster than that fake it is. Times are medians of the
repetitions: CPU time, or wall time for benchmarks that cross threads
(names ending in /real_time). The targets are checked at the end.
"""

import json
import re
import sys

FLOOR = "BM_Floor_HashMapInsertLookupErase"


def load(path):
    with open(path) as f:
        data = json.load(f)
    rows = {}
    order = []
    for b in data["benchmarks"]:
        if b.get("error_occurred"):
            name = b.get("run_name", b["name"])
            rows[name] = {"error": b.get("error_message", "error")}
            order.append(name)
            continue
        if b.get("run_type") == "aggregate" and b.get("aggregate_name") != "median":
            continue
        name = b.get("run_name", b["name"])
        metric = "real_time" if name.endswith("/real_time") else "cpu_time"
        scale = {"ns": 1, "us": 1e3, "ms": 1e6, "s": 1e9}[b.get("time_unit", "ns")]
        counters = {k: v for k, v in b.items()
                    if k not in ("name", "run_name", "run_type", "repetitions",
                                 "repetition_index", "threads", "iterations",
                                 "real_time", "cpu_time", "time_unit",
                                 "aggregate_name", "aggregate_unit", "family_index",
                                 "per_family_instance_index", "items_per_second")}
        if name not in rows:
            order.append(name)
        rows[name] = {"ns": b[metric] * scale, "counters": counters,
                      "items_per_second": b.get("items_per_second")}
    return data.get("context", {}), rows, order


def gmock_twin(name, rows, order):
    """BM_X/args -> the BM_GMock_X row: the one with the same arguments, or
    the fake without arguments beside the first variant of BM_X."""
    m = re.match(r"BM_([^/]+)(/.*)?$", name)
    if not m or m.group(1).startswith("GMock"):
        return None
    base = m.group(1)
    args = m.group(2) or ""
    same = "BM_GMock_" + base + args
    if same in rows and "ns" in rows[same]:
        return rows[same]
    first = next((n for n in order if re.match(
        r"BM_%s(/|$)" % re.escape(base), n)), None)
    if first != name:
        return None
    for candidate in ("BM_GMock_" + base, "BM_GMock_" + base + "/real_time"):
        if candidate in rows and "ns" in rows[candidate]:
            return rows[candidate]
    return None


def ratio(x):
    return "%.2fx" % x if x >= 0.1 else "%.3gx" % x


def fmt_ns(ns):
    if ns >= 1e6:
        return "%.2f ms" % (ns / 1e6)
    if ns >= 1e3:
        return "%.2f us" % (ns / 1e3)
    return "%.1f ns" % ns


def main(paths):
    all_rows = {}
    out = []
    context = {}
    out.append("| Benchmark | Time | x floor | GMock fake / winemu | Notes |")
    out.append("|---|---:|---:|---:|---|")
    for path in paths:
        ctx, rows, order = load(path)
        context = context or ctx
        floor = rows.get(FLOOR, {}).get("ns")
        binary = re.sub(r"\.json$", "", path.split("/")[-1])
        out.append("| **%s** | | | | |" % binary)
        for name in order:
            row = rows[name]
            row["floor"] = floor
            all_rows[binary + ":" + name] = row
            if "error" in row:
                out.append("| %s | error | | | %s |" % (name, row["error"]))
                continue
            notes = []
            c = row["counters"]
            if "bytes_per_object" in c:
                out.append("| %s | | | | %.0f bytes per object |" %
                           (name, c["bytes_per_object"]))
                continue
            if "entries" in c and c["entries"]:
                notes.append("%s per entry" % fmt_ns(row["ns"] / c["entries"]))
            if row.get("items_per_second") and "Fuzz" in name:
                notes.append("%.0f executions/s" % row["items_per_second"])
            x_floor = "%.1fx" % (row["ns"] / floor) if floor else ""
            twin = gmock_twin(name, rows, order)
            vs = ratio(twin["ns"] / row["ns"]) if twin else ""
            out.append("| %s | %s | %s | %s | %s |" %
                       (name, fmt_ns(row["ns"]), x_floor, vs, "; ".join(notes)))
    print("%s CPUs at %s MHz, load average %s; winemu built with -c opt." % (
        context.get("num_cpus", "?"), context.get("mhz_per_cpu", "?"),
        ", ".join("%.1f" % x for x in context.get("load_avg", [])) or "?"))
    print()
    print("\n".join(out))
    print()
    print(targets(all_rows))


def pick(rows, prefix):
    for name, row in rows.items():
        if name.split(":", 1)[1].startswith(prefix) and "ns" in row:
            return name, row
    return None, None


def targets(rows):
    lines = ["| Target | Figure | Met |", "|---|---|---|"]

    def add(what, figure, ok):
        lines.append("| %s | %s | %s |" % (what, figure,
                                         "yes" if ok else "**no**"))

    _, oc = pick(rows, "BM_WfpOpenClose/sessions:100")
    _, gmr = pick(rows, "BM_GMock_WfpOpenClose")
    gm = gmr["ns"] if gmr else None
    floor = oc.get("floor") if oc else None
    if oc and floor:
        r = oc["ns"] / floor
        add("WFP open+close <= 3x floor", "%.1fx (%s)" % (r, fmt_ns(oc["ns"])),
            r <= 3)
    if oc and gm:
        r = gm / oc["ns"]
        add("WFP open+close >= 2.5x faster than NiceMock fake", "%.2fx" % r,
            r >= 2.5)
    _, s100 = pick(rows, "BM_WfpSnapshot/sessions:100")
    _, s100k = pick(rows, "BM_WfpSnapshot/sessions:100000")
    if s100 and s100k:
        r = s100k["ns"] / s100["ns"]
        add("Snapshot: 100 000 sessions within 2x of 100", "%.2fx" % r, r <= 2)
    _, en = pick(rows, "BM_WfpEnumSessions/")
    if en and en["counters"].get("entries"):
        per = en["ns"] / en["counters"]["entries"]
        add("Enumeration <= 100 ns per entry", fmt_ns(per), per <= 100)
    _, reset = pick(rows, "BM_EmulatorReset/live_objects:0")
    if reset:
        add("Reset of an empty emulator < 5 us", fmt_ns(reset["ns"]),
            reset["ns"] < 5000)
    for name, what in (("BM_FaultHook_Disarmed", "Fault hook, no rule"),
                       ("BM_TraceHook_Off", "Trace hook, tracing off")):
        _, row = pick(rows, name)
        if row:
            add(what + " < 2 ns", fmt_ns(row["ns"]), row["ns"] < 2)
    return "\n".join(lines)


if __name__ == "__main__":
    main(sys.argv[1:])
