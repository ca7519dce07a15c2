#!/usr/bin/env python3
"""Lists the fuzzers of tests/fuzz/BUILD for tools/fuzz/build.sh.

One line per winemu_fuzzer rule: name, corpus directory, and the extra
sources a direct (Bazel-less) build links, or "-" when the fuzzer depends on
more than the emulator libraries and must be built with Bazel.
"""
import re
import sys

# Dependencies the direct build provides: every api/ and emu/ library
# (emu/testing excepted), plus these local libraries' sources.
LOCAL_SOURCES = {":fuzz_options": "tests/fuzz/fuzz_options.cc"}
LIBRARY = re.compile(r"^//(api|emu/(core|wfp|wfd|fltmgr))(/|:|$)")


def main():
    build = open(sys.argv[1] if len(sys.argv) > 1 else "tests/fuzz/BUILD").read()
    for block in re.findall(r"winemu_fuzzer\((.*?)\n\)", build, re.S):
        name = re.search(r'name = "([^"]+)"', block).group(1)
        corpus = re.search(r'corpus = "//([^:"]+)', block).group(1)
        deps = re.findall(r'"(//[^"]+|:[^"]+)"', block.split("deps =", 1)[-1])
        extra, direct = [], True
        for dep in deps:
            if dep in LOCAL_SOURCES:
                extra.append(LOCAL_SOURCES[dep])
            elif not LIBRARY.match(dep) or dep.endswith(":testing"):
                direct = False
        print(name, corpus, ",".join(extra) if direct else "-")


if __name__ == "__main__":
    main()
