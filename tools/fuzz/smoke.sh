#!/usr/bin/env bash
# Runs every fuzzer built by tools/fuzz/build.sh for a bounded time over a
# copy of its seed corpus, prints exec/s and coverage per fuzzer, and exits
# non-zero if any of them crashed (the crashing inputs are kept).
#
#   tools/fuzz/smoke.sh            # 30 s each
#   tools/fuzz/smoke.sh 300        # 5 minutes each
#   OUT=/tmp/out tools/fuzz/smoke.sh 10
#
# Fuzzers are taken from $OUT (default out/fuzz); if it holds none,
# tools/fuzz/build.sh is run first. Crashing inputs go to
# $OUT/artifacts/<name>/; add one to testdata/fuzz/<family>/ as a
# regression seed once fixed.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SECONDS_EACH="${1:-30}"
OUT="${OUT:-$ROOT/out/fuzz}"

shopt -s nullglob
fuzzers=()
for zip in "$OUT"/*_seed_corpus.zip; do
  name="$(basename "$zip" _seed_corpus.zip)"
  [[ -x "$OUT/$name" ]] && fuzzers+=("$name")
done
if [[ ${#fuzzers[@]} -eq 0 ]]; then
  OUT="$OUT" "$ROOT/tools/fuzz/build.sh" || exit 1
  for zip in "$OUT"/*_seed_corpus.zip; do
    fuzzers+=("$(basename "$zip" _seed_corpus.zip)")
  done
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
failed=0
ok=0
crashed=0
printf '%-16s %10s %8s %8s  %s\n' fuzzer exec/s cov runs result
for name in "${fuzzers[@]}"; do
  corpus="$work/$name"
  artifacts="$OUT/artifacts/$name"
  mkdir -p "$corpus" "$artifacts"
  python3 -c 'import sys, zipfile; zipfile.ZipFile(sys.argv[1]).extractall(sys.argv[2])' \
    "$OUT/${name}_seed_corpus.zip" "$corpus"
  log="$work/$name.log"
  "$OUT/$name" -max_total_time="$SECONDS_EACH" -timeout=25 \
    -artifact_prefix="$artifacts/" -print_final_stats=1 "$corpus" \
    >"$log" 2>&1
  rc=$?
  last="$(grep -E '^#[0-9]+' "$log" | tail -1)"
  cov="$(sed -nE 's/.* cov: ([0-9]+).*/\1/p' <<<"$last")"
  runs="$(sed -nE 's/^#([0-9]+).*/\1/p' <<<"$last")"
  execs="$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+).*/\1/p' "$log")"
  [[ -z "$execs" ]] && execs="$(sed -nE 's/.* exec\/s: ([0-9]+).*/\1/p' <<<"$last")"
  result=ok
  if [[ $rc -ne 0 ]] || compgen -G "$artifacts/*" >/dev/null; then
    result="CRASH (exit $rc), see $artifacts"
    failed=1
    grep -E 'ERROR|invariant|not a documented|runtime error' "$log" | head -5
  fi
  printf '%-16s %10s %8s %8s  %s\n' "$name" "${execs:-?}" "${cov:-?}" \
    "${runs:-?}" "$result"
  if [[ $result == ok ]]; then ((ok += 1)); else ((crashed += 1)); fi
done
echo "fuzz smoke: ${ok} passed, ${crashed} failed"
exit $failed
