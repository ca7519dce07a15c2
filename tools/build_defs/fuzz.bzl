"""winemu_fuzzer: a libFuzzer harness that is also an ordinary test.

Under --config=fuzz (clang, -fsanitize=fuzzer-no-link everywhere) the binary
`name` links libFuzzer's main. In every configuration, `name_replay` links a
small replay main and runs the seed corpus as a test.
"""

def winemu_fuzzer(name, srcs, deps, corpus, **kwargs):
    native.cc_binary(
        name = name,
        srcs = srcs,
        deps = deps + select({
            "//tools/build_defs:fuzzing": [],
            "//conditions:default": ["//tests/fuzz:replay_main"],
        }),
        linkopts = select({
            "//tools/build_defs:fuzzing": ["-fsanitize=fuzzer"],
            "//conditions:default": [],
        }),
        testonly = 1,
        **kwargs
    )
    native.cc_test(
        name = name + "_replay",
        srcs = srcs,
        deps = deps + ["//tests/fuzz:replay_main"],
        args = ["$(locations %s)" % corpus],
        data = [corpus],
        **kwargs
    )
