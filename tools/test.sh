#!/usr/bin/env bash
# The README's second command: builds and runs every test, then prints the
# plain summary line "N passed, N failed" (test cases, from the test logs).
# Extra arguments go to `bazel test`, e.g. tools/test.sh --config=asan
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || exit 1
bep=$(mktemp)
trap 'rm -f "$bep"' EXIT
bazel test //... --build_event_json_file="$bep" "$@"
status=$?
python3 tools/test_summary.py "$bep" "$(bazel info bazel-testlogs "$@" 2>/dev/null)"
summary=$?
[ $status -eq 0 ] && [ $summary -eq 0 ]
