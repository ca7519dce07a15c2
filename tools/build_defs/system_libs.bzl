"""Offline repositories for Debian-packaged Abseil and GoogleTest.

Both keep upstream's labels (@com_google_absl//absl/status:statusor,
@com_google_googletest//:gtest_main), so BUILD files do not change if
the project later switches to source archives.
"""

# Upstream label -> pkg-config module. Extend as the project needs more.
_ABSL_TARGETS = {
    "absl/base:core_headers": "absl_core_headers",
    "absl/base": "absl_base",
    "absl/cleanup": "absl_cleanup",
    "absl/container:btree": "absl_btree",
    "absl/container:flat_hash_map": "absl_flat_hash_map",
    "absl/container:flat_hash_set": "absl_flat_hash_set",
    "absl/container:inlined_vector": "absl_inlined_vector",
    "absl/container:node_hash_map": "absl_node_hash_map",
    "absl/functional:any_invocable": "absl_any_invocable",
    "absl/functional:function_ref": "absl_function_ref",
    "absl/hash": "absl_hash",
    "absl/memory": "absl_memory",
    "absl/random": "absl_random_random",
    "absl/status": "absl_status",
    "absl/status:statusor": "absl_statusor",
    "absl/strings": "absl_strings",
    "absl/strings:str_format": "absl_str_format",
    "absl/synchronization": "absl_synchronization",
    "absl/time": "absl_time",
    "absl/types:optional": "absl_optional",
    "absl/types:span": "absl_span",
    "absl/types:variant": "absl_variant",
}

def _pkg_config_libs(ctx, module):
    r = ctx.execute(["pkg-config", "--libs", module])
    if r.return_code != 0:
        fail("pkg-config %s failed (is libabsl-dev installed?): %s" % (module, r.stderr))
    return r.stdout.strip().split(" ")

def _system_absl_impl(ctx):
    ctx.symlink("/usr/include/absl", "include/absl")
    ctx.file("WORKSPACE", 'workspace(name = "%s")\n' % ctx.name)
    ctx.file("BUILD.bazel", """\
package(default_visibility = ["//visibility:public"])

cc_library(
    name = "headers",
    hdrs = glob(["include/absl/**/*.h", "include/absl/**/*.inc"]),
    includes = ["include"],
)
""")
    packages = {}
    for label, module in _ABSL_TARGETS.items():
        pkg, _, name = label.partition(":")
        name = name or pkg.split("/")[-1]
        packages.setdefault(pkg, []).append(
            "cc_library(\n    name = %r,\n    linkopts = %r,\n    deps = [\"//:headers\"],\n)\n" %
            (name, _pkg_config_libs(ctx, module)),
        )
    for pkg, rules in packages.items():
        ctx.file(pkg + "/BUILD.bazel", 'package(default_visibility = ["//visibility:public"])\n\n' +
                 "\n".join(rules))

system_absl_repository = repository_rule(
    implementation = _system_absl_impl,
    local = True,
)

def _system_googletest_impl(ctx):
    ctx.symlink("/usr/include/gtest", "include/gtest")
    ctx.symlink("/usr/include/gmock", "include/gmock")
    for lib in ["gtest", "gmock", "gtest_main", "gmock_main"]:
        ctx.symlink("/usr/lib/x86_64-linux-gnu/lib%s.a" % lib, "lib/lib%s.a" % lib)
    ctx.file("WORKSPACE", 'workspace(name = "%s")\n' % ctx.name)
    ctx.file("BUILD.bazel", """\
package(default_visibility = ["//visibility:public"])

# Debian's libgtest-dev/libgmock-dev 1.12.1: prebuilt static archives.
cc_library(
    name = "gtest",
    srcs = ["lib/libgmock.a", "lib/libgtest.a"],
    hdrs = glob(["include/gtest/**/*.h", "include/gmock/**/*.h"]),
    includes = ["include"],
    linkopts = ["-pthread"],
)

cc_library(
    name = "gtest_main",
    srcs = ["lib/libgmock_main.a"],
    deps = [":gtest"],
)
""")

system_googletest_repository = repository_rule(
    implementation = _system_googletest_impl,
    local = True,
)

def _system_benchmark_impl(ctx):
    ctx.symlink("/usr/include/benchmark", "include/benchmark")
    ctx.file("WORKSPACE", 'workspace(name = "%s")\n' % ctx.name)
    ctx.file("BUILD.bazel", """\
package(default_visibility = ["//visibility:public"])

# Debian's libbenchmark-dev 1.7.1 ships a shared library only.
cc_library(
    name = "benchmark",
    hdrs = glob(["include/benchmark/**/*.h"]),
    includes = ["include"],
    linkopts = ["-lbenchmark", "-pthread"],
)

cc_library(
    name = "benchmark_main",
    linkopts = ["-lbenchmark_main"],
    deps = [":benchmark"],
)
""")

system_benchmark_repository = repository_rule(
    implementation = _system_benchmark_impl,
    local = True,
)
