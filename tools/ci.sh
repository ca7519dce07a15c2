#!/usr/bin/env bash
# CI: the README's test command, then the same suite under ASan+UBSan and under
# TSan, a time-bounded smoke run of every fuzzer, the CMake consumer build and
# the README's generated INF table.
# Each leg prints its own "N passed, N failed"; the last line sums them all.
#
#   tools/ci.sh               every leg
#   WINEMU_CI_LEGS="plain tsan" tools/ci.sh    a subset
set -uo pipefail
cd "$(dirname "$0")/.."
legs=${WINEMU_CI_LEGS:-"plain sanitize tsan fuzz cmake docs"}
fuzz_seconds=${WINEMU_FUZZ_SECONDS:-15}
total_passed=0
total_failed=0
report=""

# Runs one leg, echoing its output, and adds its summary line to the totals.
# A leg that exits non-zero without reporting a failure counts one failure.
leg() {
  local name=$1
  shift
  local log start passed=0 failed=0 rc line
  log=$(mktemp)
  start=$SECONDS
  echo "=== ${name}: $*"
  "$@" 2>&1 | tee "$log"
  rc=${PIPESTATUS[0]}
  # The leg's own summary: "[what: ]N passed, M failed", its last one.
  line=$(grep -oE '[0-9]+ passed, [0-9]+ failed$' "$log" | tail -n 1)
  rm -f "$log"
  if [ -n "$line" ]; then
    passed=${line%% passed*}
    failed=${line#*, }
    failed=${failed%% failed}
  fi
  if [ "$rc" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
  total_passed=$((total_passed + passed))
  total_failed=$((total_failed + failed))
  report+=$(printf '%-9s %6d passed %4d failed %5ds' "$name" "$passed" \
    "$failed" $((SECONDS - start)))$'\n'
}

tools/setup.sh || exit 1
for l in $legs; do
  case $l in
    plain) leg plain tools/test.sh ;;
    sanitize) leg sanitize tools/test.sh --config=asan --config=ubsan ;;
    tsan) leg tsan tools/test.sh --config=tsan ;;
    fuzz) leg fuzz tools/fuzz/smoke.sh "$fuzz_seconds" ;;
    cmake) leg cmake tools/cmake/test.sh ;;
    docs) leg docs python3 tools/inf_choices.py --check README.md ;;
    *) echo "unknown leg: $l" >&2; exit 2 ;;
  esac
done
echo "=== legs"
printf '%s' "$report"
echo "${total_passed} passed, ${total_failed} failed"
[ "$total_failed" -eq 0 ]
