#!/usr/bin/env bash
# Builds every benchmark with -c opt, runs each (three repetitions, medians)
# and prints one combined markdown report: every figure, its multiple of the
# floor measured in the same process, how many times faster than the
# GoogleMock fake it is, bytes per object, and the performance targets.
# The JSON files and report.md stay in $BENCH_OUT (default bench-results/).
#   tools/bench.sh                       # everything
#   tools/bench.sh wfp_bench core_bench  # some binaries only
# Set BAZEL to add startup options, e.g. BAZEL="bazel --output_base=/tmp/ob".
set -euo pipefail
cd "$(dirname "$0")/.."
BAZEL=${BAZEL:-bazel}
OUT=${BENCH_OUT:-bench-results}
REPS=${BENCH_REPETITIONS:-3}
if [ $# -gt 0 ]; then
  targets=("$@")
else
  targets=(core_bench wfp_bench fltmgr_bench wfd_bench memory_bench
           wfp_fuzz_bench fltmgr_fuzz_bench wfd_fuzz_bench)
fi
labels=()
for t in "${targets[@]}"; do labels+=("//tools/bench:$t"); done
$BAZEL build -c opt "${labels[@]}"
bin="$($BAZEL info -c opt bazel-bin)/tools/bench"
mkdir -p "$OUT"
for t in "${targets[@]}"; do
  echo "== $t" >&2
  args=()
  case "$t" in
    *_fuzz_bench) args=("testdata/fuzz/${t%_fuzz_bench}") ;;
  esac
  reps=$REPS
  [ "$t" = memory_bench ] && reps=1
  "$bin/$t" --benchmark_out="$OUT/$t.json" --benchmark_out_format=json \
    --benchmark_repetitions="$reps" --benchmark_report_aggregates_only=true \
    "${args[@]}" >&2
done
jsons=()
for t in "${targets[@]}"; do jsons+=("$OUT/$t.json"); done
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) CPUs," \
    "$(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')."
  echo
  python3 tools/bench/report.py "${jsons[@]}"
} > "$OUT/report.md"
cat "$OUT/report.md"
