#!/usr/bin/env python3
"""Keeps cmake/sources.cmake in step with the Bazel targets.

The CMake build compiles exactly the files Bazel's //api:win32 and the test
support targets depend on. This script asks `bazel query` for those files and
for the Abseil / GoogleTest libraries they use, renders cmake/sources.cmake
from the answer, and compares it with the checked-in file.

  tools/cmake/check_sync.py          # exit 1 and print a diff when stale
  tools/cmake/check_sync.py --fix    # rewrite cmake/sources.cmake

Extra arguments after `--` go to bazel before the command (startup options),
e.g. `-- --output_base=/tmp/ob`.
"""

import argparse
import difflib
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCES = os.path.join(ROOT, "cmake", "sources.cmake")

# What a Windows client links.
WIN32 = "//api:win32"
# The test support: every library in emu/testing except the one defining
# main(), plus the per-family control surfaces.
TESTING = ("kind(cc_library, //emu/testing:all) - //emu/testing:conformance_main"
           " + //emu/wfp:wfp_control + //emu/wfd:wfd_control")
CONFORMANCE_MAIN = "//emu/testing:conformance_main"

# Bazel's system GoogleTest target bundles gtest and gmock.
GTEST_LABELS = {"@com_google_googletest//:gtest": "GTest::gmock"}
ABSL_PREFIX = "@com_google_absl//absl/"


# Build attributes the CMake build models by hand: api/include's
# `includes = ["."]` is its include directory. Anything else new must be
# carried over (linkopts are, see link_options) or fails the check.
KNOWN_ATTRS = {("//api/include:headers", "includes", '["."]')}
CHECKED_ATTRS = ("copts", "defines", "local_defines", "includes",
                 "include_prefix", "strip_include_prefix")


def run_query(bazel, expr, output):
    cmd = bazel + ["query", "--noshow_progress", "--noimplicit_deps",
                   "--output=" + output, expr]
    r = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit("bazel query failed: %s\n%s" % (expr, r.stderr))
    return r.stdout


def query(bazel, expr):
    return set(run_query(bazel, expr, "label").split())


def link_options(bazel, expr):
    """linkopts of this workspace's libraries in deps(expr); fails on
    attributes the CMake build does not carry over."""
    text = run_query(bazel, "kind(cc_library, deps(%s)) - filter('^@', deps(%s))"
                     % (expr, expr), "build")
    opts = set()
    # Each rule prints as "# <dir>/BUILD:<line>:<col>" then "cc_library(...)".
    for where, rule in re.findall(r"^# (\S+)/BUILD(?:\.bazel)?:\d+:\d+\n"
                                  r"cc_library\((.*?)^\)", text, re.S | re.M):
        name = re.search(r'^  name = "([^"]+)",$', rule, re.M).group(1)
        label = "//%s:%s" % (os.path.relpath(where, ROOT), name)
        for attr, value in re.findall(r"^  (\w+) = (.*),$", rule, re.M):
            if attr == "linkopts":
                opts.update(re.findall(r'"([^"]*)"', value))
            elif attr in CHECKED_ATTRS and (label, attr, value) not in KNOWN_ATTRS:
                sys.exit("%s sets %s = %s, which the CMake build does not "
                         "model; carry it into CMakeLists.txt and %s" %
                         (label, attr, value, os.path.relpath(__file__, ROOT)))
    return opts


def local_files(labels):
    """//a/b:c/d.h -> a/b/c/d.h for files of this workspace."""
    out = set()
    for label in labels:
        if not label.startswith("//"):
            continue
        pkg, _, name = label[2:].partition(":")
        out.add(pkg + "/" + name if pkg else name)
    return out


def cmake_deps(bazel, expr):
    """The CMake imported targets for the external libraries `expr` uses."""
    deps = set()
    for label in query(bazel, "kind(cc_library, deps(%s))" % expr):
        if label in GTEST_LABELS:
            deps.add(GTEST_LABELS[label])
        elif label.startswith(ABSL_PREFIX):
            # absl/strings:str_format -> absl::str_format (same name in CMake).
            deps.add("absl::" + label.rpartition(":")[2])
        elif label.startswith("@") and label not in ("@com_google_absl//:headers",):
            sys.exit("no CMake mapping for external library %s; extend %s" %
                     (label, os.path.relpath(__file__, ROOT)))
    return deps


def sources(bazel, expr):
    # CMake compiles checked-in files of cc_library rules only: anything
    # generated, or another kind of rule, needs CMake work first.
    local = "(deps(%s) - filter('^@', deps(%s)))" % (expr, expr)
    other = query(bazel, "kind(rule, %s) - kind(cc_library, %s)" % (local, local))
    other |= query(bazel, 'kind("generated file", %s)' % local)
    if other:
        sys.exit("the CMake build has no counterpart for %s (in deps(%s))" %
                 (", ".join(sorted(other)), expr))
    return local_files(query(bazel, 'kind("source file", deps(%s))' % expr))


def cmake_list(name, items):
    lines = ["set(%s" % name] + ["  %s" % i for i in sorted(items)] + [")"]
    return "\n".join(lines) + "\n"


def render(bazel):
    win32 = sources(bazel, WIN32)
    testing = sources(bazel, TESTING) - win32
    main = sources(bazel, CONFORMANCE_MAIN) - win32 - testing
    sdk = {f for f in win32 if f.startswith("api/include/")}
    win32_links = link_options(bazel, WIN32)
    testing_links = link_options(bazel, "(%s) + %s" % (TESTING, CONFORMANCE_MAIN))
    win32_deps = cmake_deps(bazel, WIN32)
    testing_deps = cmake_deps(bazel, "(%s) + %s" % (TESTING, CONFORMANCE_MAIN))
    parts = [
        "# Generated by tools/cmake/check_sync.py --fix from the Bazel targets;\n"
        "# do not edit. CI runs tools/cmake/check_sync.py to keep it current.\n",
        "# SDK-named headers (%s): installed flat into include/winemu/.\n" % WIN32
        + cmake_list("WINEMU_SDK_HEADERS", sdk),
        "# Everything else %s compiles; headers keep their paths.\n" % WIN32
        + cmake_list("WINEMU_WIN32_SOURCES", win32 - sdk),
        cmake_list("WINEMU_WIN32_DEPS", win32_deps),
        cmake_list("WINEMU_WIN32_LINK_OPTIONS", win32_links),
        "# Test support: TestEmulator, matchers, control surfaces.\n"
        + cmake_list("WINEMU_TESTING_SOURCES", testing),
        cmake_list("WINEMU_TESTING_DEPS", testing_deps - win32_deps),
        cmake_list("WINEMU_TESTING_LINK_OPTIONS", testing_links - win32_links),
        "# main() for conformance-style tests (%s).\n" % CONFORMANCE_MAIN
        + cmake_list("WINEMU_CONFORMANCE_MAIN_SOURCES", main),
    ]
    return "\n".join(parts)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--fix", action="store_true",
                        help="rewrite cmake/sources.cmake")
    parser.add_argument("--bazel", default="bazel")
    parser.add_argument("startup", nargs="*",
                        help="bazel startup options (after --)")
    args = parser.parse_args()
    want = render([args.bazel] + args.startup)
    try:
        with open(SOURCES) as f:
            have = f.read()
    except FileNotFoundError:
        have = ""
    rel = os.path.relpath(SOURCES, ROOT)
    if have == want:
        print("cmake sync: %s matches the Bazel targets" % rel)
        return 0
    if args.fix:
        with open(SOURCES, "w") as f:
            f.write(want)
        print("cmake sync: rewrote %s" % rel)
        return 0
    sys.stdout.writelines(difflib.unified_diff(
        have.splitlines(True), want.splitlines(True), rel + " (checked in)",
        rel + " (from bazel query)"))
    print("cmake sync: %s is stale; run tools/cmake/check_sync.py --fix" % rel)
    return 1


if __name__ == "__main__":
    sys.exit(main())
