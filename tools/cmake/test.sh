#!/usr/bin/env bash
# Checks the CMake build end to end, in a temporary directory:
#   sync        cmake/sources.cmake matches the Bazel targets (check_sync.py)
#   configure   winemu as a top-level CMake project
#   build       libwinemu and the test support libraries (-j2)
#   install     cmake --install into a temporary prefix
#   subdir      testdata/cmake_consumer with add_subdirectory(winemu): build, ctest
#   package     the same consumer with find_package(winemu): build, ctest
#   pkg-config  a client and its gtest built from `pkg-config --cflags --libs`
# Prints "cmake: PASS <step>" or "cmake: FAIL <step>" per step and a
# "cmake: N passed, M failed" total; exits non-zero when a step failed.
#
# Environment: WINEMU_CMAKE_SKIP_SYNC=1 skips the sync step (no Bazel);
# WINEMU_BAZEL_STARTUP="--output_base=..." goes to bazel; WINEMU_CMAKE_KEEP=1
# keeps the temporary directory; CMAKE_ARGS adds configure arguments (e.g.
# -DBUILD_SHARED_LIBS=ON).
set -uo pipefail
src="$(cd "$(dirname "$0")/../.." && pwd)"
consumer="$src/testdata/cmake_consumer"
work="$(mktemp -d -t winemu-cmake.XXXXXX)"
prefix="$work/prefix"
jobs=2
gen=()
command -v ninja >/dev/null && gen=(-G Ninja)
read -r -a extra <<<"${CMAKE_ARGS:-}"

passed=0
failed=0
declare -A ok

finish() {
  echo "cmake: $passed passed, $failed failed"
  if [ "$failed" -eq 0 ] && [ "${WINEMU_CMAKE_KEEP:-0}" != 1 ]; then
    rm -rf "$work"
  else
    echo "cmake: logs and builds kept in $work"
  fi
}
trap finish EXIT

# step NAME NEEDS... -- COMMAND...: runs COMMAND with its output in
# $work/NAME.log when every step in NEEDS passed.
step() {
  local name=$1 t0 log="$work/$1.log"
  shift
  local needs=()
  while [ "$1" != -- ]; do needs+=("$1"); shift; done
  shift
  for n in "${needs[@]}"; do
    if [ -z "${ok[$n]:-}" ]; then
      echo "cmake: FAIL $name (not run: $n failed)"
      failed=$((failed + 1))
      return
    fi
  done
  t0=$(date +%s)
  if "$@" >"$log" 2>&1; then
    echo "cmake: PASS $name ($(($(date +%s) - t0))s)"
    ok[$name]=1
    passed=$((passed + 1))
  else
    echo "cmake: FAIL $name ($(($(date +%s) - t0))s), last lines of $log:"
    tail -n 30 "$log" | sed 's/^/    /'
    failed=$((failed + 1))
  fi
}

sync_check() {
  # shellcheck disable=SC2086
  python3 "$src/tools/cmake/check_sync.py" -- ${WINEMU_BAZEL_STARTUP:-}
}

consumer_build() {  # DIR, then configure arguments
  local dir=$1
  shift
  cmake -S "$consumer" -B "$dir" "${gen[@]}" "${extra[@]}" "$@" &&
    cmake --build "$dir" -j "$jobs" &&
    ctest --test-dir "$dir" --output-on-failure
}

pkg_config_build() {
  export PKG_CONFIG_PATH="$prefix/lib/pkgconfig"
  local flags test_flags
  flags=$(pkg-config --cflags --libs winemu) || return 1
  test_flags=$(pkg-config --cflags --libs winemu_testing gmock_main) || return 1
  echo "winemu: $flags"
  echo "winemu_testing gmock_main: $test_flags"
  # shellcheck disable=SC2086
  c++ -std=c++17 -o "$work/pc_main" "$consumer/firewall.cc" \
    "$consumer/firewall_main.cc" $flags &&
    "$work/pc_main" &&
    c++ -std=c++17 -o "$work/pc_test" "$consumer/firewall.cc" \
      "$consumer/firewall_test.cc" $test_flags &&
    "$work/pc_test"
}

if [ "${WINEMU_CMAKE_SKIP_SYNC:-0}" = 1 ]; then
  echo "cmake: SKIP sync (WINEMU_CMAKE_SKIP_SYNC=1)"
else
  step sync -- sync_check
fi
step configure -- cmake -S "$src" -B "$work/build" "${gen[@]}" "${extra[@]}" \
  -DCMAKE_INSTALL_PREFIX="$prefix" -DCMAKE_INSTALL_LIBDIR=lib
step build configure -- cmake --build "$work/build" -j "$jobs"
step install build -- cmake --install "$work/build"
step subdir -- consumer_build "$work/subdir" -DWINEMU_SOURCE_DIR="$src"
step package install -- consumer_build "$work/package" \
  -DCMAKE_PREFIX_PATH="$prefix"
step pkg-config install -- pkg_config_build
[ "$failed" -eq 0 ]
