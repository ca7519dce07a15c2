#!/usr/bin/env python3
"""Lists every choice winemu made where Windows is undocumented.

Each such choice is marked "[INF]" in a comment next to the code that makes
it. This script gathers those comments (the whole comment block around each
marker) into the README's table between the markers

  <!-- inf:begin -->  and  <!-- inf:end -->

  tools/inf_choices.py --write README.md   rewrites the table
  tools/inf_choices.py --check README.md   prints "1 passed, 0 failed" when
                                           the table is current (else 0, 1)
"""
import os
import re
import sys

ROOTS = ("api", "emu")
BEGIN, END = "<!-- inf:begin -->", "<!-- inf:end -->"
FAMILY = {
    "fwpuclnt": "WFP", "wfp": "WFP", "fltmgr": "Filter Manager",
    "fltlib": "Filter Manager", "wlanapi": "Wi-Fi Direct", "wfd": "Wi-Fi Direct",
    "kernel32": "kernel32", "core": "core",
}


def comment_of(line):
    """The comment text of a line, or None if it has no // comment."""
    code, sep, text = line.partition("//")
    if not sep or code.count('"') % 2:
        return None
    return text.strip()


def blocks(path):
    """Yields (line number, text) for each comment block holding [INF]."""
    with open(path, encoding="utf-8") as f:
        lines = f.read().splitlines()
    seen = set()
    for i, line in enumerate(lines):
        text = comment_of(line)
        if text is None or "[INF]" not in text:
            continue
        if line.lstrip().startswith("//"):
            # The paragraph of the comment block: blank "//" lines end it.
            def part_of_paragraph(j):
                return (lines[j].lstrip().startswith("//") and
                        comment_of(lines[j]) != "")
            lo = i
            while lo > 0 and part_of_paragraph(lo - 1):
                lo -= 1
            hi = i
            while hi + 1 < len(lines) and part_of_paragraph(hi + 1):
                hi += 1
            body = " ".join(comment_of(l) for l in lines[lo:hi + 1]
                            if not comment_of(l).startswith("---"))
        else:
            # A trailing comment: the code it explains comes first.
            lo = i
            code = line.partition("//")[0].strip()
            body = f"`{code}`: {text}"
        if lo in seen:
            continue
        seen.add(lo)
        yield lo + 1, body.strip()


def table(root):
    rows = []
    for top in ROOTS:
        for dirpath, _, files in os.walk(os.path.join(root, top)):
            for name in files:
                if not name.endswith((".cc", ".h")):
                    continue
                path = os.path.join(dirpath, name)
                rel = os.path.relpath(path, root)
                family = FAMILY.get(rel.split(os.sep)[1], rel.split(os.sep)[1])
                for lineno, text in blocks(path):
                    text = re.sub(r"\s+", " ", text).replace("|", "\\|")
                    rows.append((family, rel, lineno, text))
    rows.sort()
    out = ["| family | where | choice |", "| --- | --- | --- |"]
    for family, rel, lineno, text in rows:
        # No line numbers: the table changes only when a choice does.
        out.append(f"| {family} | `{rel}` | {text} |")
    return "\n".join(out), len(rows)


def main():
    if len(sys.argv) != 3 or sys.argv[1] not in ("--write", "--check"):
        sys.exit(__doc__)
    readme = sys.argv[2]
    root = os.path.dirname(os.path.abspath(readme))
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    head, sep1, rest = text.partition(BEGIN)
    _, sep2, tail = rest.partition(END)
    if not (sep1 and sep2):
        sys.exit(f"{readme}: no {BEGIN} ... {END} section")
    body, count = table(root)
    new = f"{head}{BEGIN}\n{body}\n{END}{tail}"
    if sys.argv[1] == "--write":
        with open(readme, "w", encoding="utf-8") as f:
            f.write(new)
        print(f"{count} choices written")
        return 0
    if new == text:
        print(f"INF table is current ({count} choices)")
        print("1 passed, 0 failed")
        return 0
    print("README's INF table is stale: run tools/update_readme.sh")
    print("0 passed, 1 failed")
    return 1


if __name__ == "__main__":
    sys.exit(main())
