#!/usr/bin/env bash
# Builds winemu's fuzzers into $OUT with their seed corpora, in the layout
# distributed fuzzing infrastructure (OSS-Fuzz / ClusterFuzz style) picks up:
#
#   $OUT/<name>                    a libFuzzer binary
#   $OUT/<name>_seed_corpus.zip    the seed* files of its corpus directory
#
# The fuzzers are the winemu_fuzzer rules of tests/fuzz/BUILD
# (tools/fuzz/fuzzers.py lists them), minus $WINEMU_FUZZ_EXCLUDE
# (default: client_buggy_fuzzer, whose client has a bug planted on purpose).
#
# Honours $OUT, $CC, $CXX, $CFLAGS, $CXXFLAGS and $LIB_FUZZING_ENGINE when
# set; unset, clang-14 with -fsanitize=fuzzer,address,undefined and out/fuzz.
# Two ways to build (WINEMU_FUZZ_BUILD):
#   direct  compile api/ and emu/ once with $CXX $CXXFLAGS, link each fuzzer
#           with $LIB_FUZZING_ENGINE (Debian's libabsl-dev via pkg-config);
#           fuzzers that need more than the emulator libraries are skipped.
#           The default when $CXX or $LIB_FUZZING_ENGINE is set, or when
#           there is no bazel.
#   bazel   bazel build --config=fuzz (every fuzzer; $BAZEL_STARTUP_FLAGS
#           and $BAZEL_FLAGS pass options, e.g. --output_base, --jobs).
#
#   tools/fuzz/build.sh
#   OUT=/tmp/out WINEMU_FUZZ_BUILD=direct tools/fuzz/build.sh
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

OUT="${OUT:-$ROOT/out/fuzz}"
mkdir -p "$OUT"
OUT="$(cd "$OUT" && pwd)"
EXCLUDE=" ${WINEMU_FUZZ_EXCLUDE-client_buggy_fuzzer} "

mode="${WINEMU_FUZZ_BUILD:-}"
if [[ -z "$mode" ]]; then
  if [[ -n "${CXX:-}${LIB_FUZZING_ENGINE:-}" ]] || ! command -v bazel \
    >/dev/null 2>&1; then
    mode=direct
  else
    mode=bazel
  fi
fi

# name -> corpus directory, extra direct-build sources ("-": bazel only).
declare -A CORPUS EXTRA
NAMES=()
while read -r name corpus extra; do
  [[ "$EXCLUDE" == *" $name "* ]] && continue
  NAMES+=("$name")
  CORPUS[$name]="$corpus"
  EXTRA[$name]="${extra:-}"
done < <(python3 tools/fuzz/fuzzers.py tests/fuzz/BUILD)

BUILT=()
FAILED=()

zip_corpus() {  # zip_corpus <name>
  local name="$1" dir="${CORPUS[$1]}" zip="$OUT/${1}_seed_corpus.zip"
  rm -f "$zip"
  python3 - "$dir" "$zip" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
files = sorted(f for f in os.listdir(src)
               if f.startswith("seed") and os.path.isfile(os.path.join(src, f)))
if not files:
    sys.exit("build.sh: no seed files in " + src)
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for f in files:
        z.write(os.path.join(src, f), f)
PY
}

build_bazel() {
  local targets=() f bin
  for f in "${NAMES[@]}"; do targets+=("//tests/fuzz:$f"); done
  local flags=(--config=fuzz)
  [[ -n "${CC:-}" ]] && flags+=("--repo_env=CC=$CC")
  for f in ${CFLAGS:-}; do flags+=("--copt=$f"); done
  for f in ${CXXFLAGS:-}; do flags+=("--cxxopt=$f"); done
  if [[ -n "${LIB_FUZZING_ENGINE:-}" &&
    "$LIB_FUZZING_ENGINE" != "-fsanitize=fuzzer" ]]; then
    echo "build.sh: bazel mode links libFuzzer; use WINEMU_FUZZ_BUILD=direct" \
      "for LIB_FUZZING_ENGINE=$LIB_FUZZING_ENGINE" >&2
    exit 2
  fi
  # shellcheck disable=SC2086
  bazel ${BAZEL_STARTUP_FLAGS:-} build "${flags[@]}" ${BAZEL_FLAGS:-} \
    "${targets[@]}"
  # shellcheck disable=SC2086
  bin="$(bazel ${BAZEL_STARTUP_FLAGS:-} info "${flags[@]}" ${BAZEL_FLAGS:-} \
    bazel-bin 2>/dev/null)"
  for f in "${NAMES[@]}"; do
    install -m 755 "$bin/tests/fuzz/$f" "$OUT/$f"
    BUILT+=("$f")
  done
}

build_direct() {
  local cxx="${CXX:-clang++-14}"
  local defaults="-O1 -g -fno-omit-frame-pointer"
  defaults+=" -fsanitize=address,undefined -fno-sanitize-recover=all"
  defaults+=" -fsanitize=fuzzer-no-link"
  local cxxflags="${CXXFLAGS:-$defaults}"
  local engine="${LIB_FUZZING_ENGINE:--fsanitize=fuzzer}"
  local link_extra=""
  # Our default flags need the sanitizer runtimes at link time too.
  [[ -z "${CXXFLAGS:-}" ]] && link_extra="-fsanitize=address,undefined"
  local modules="absl_base absl_flat_hash_map absl_flat_hash_set"
  modules+=" absl_node_hash_map absl_hash absl_status absl_statusor"
  modules+=" absl_strings absl_str_format absl_synchronization absl_time"
  local absl_cflags absl_libs
  # shellcheck disable=SC2086
  absl_cflags="$(pkg-config --cflags $modules)"
  # shellcheck disable=SC2086
  absl_libs="$(pkg-config --libs $modules)"
  # Objects go to $WORK (intermediate files) and are reused while no source
  # or header is newer than them.
  local obj="${WORK:-$ROOT/out/fuzz-obj}/winemu-obj"
  mkdir -p "$obj"
  local cflags_all="-std=c++17 $cxxflags -I$ROOT -I$ROOT/api/include $absl_cflags"
  cflags_all+=" -Wno-multichar"
  local srcs
  srcs="$(find api emu -name '*.cc' -not -path 'emu/testing/*' | sort)"
  local stamp="$obj/.stamp" stale="$srcs"
  if [[ -f "$stamp" ]] && [[ "$(cat "$stamp")" == "$cxx $cflags_all" ]] &&
    [[ -z "$(find api emu tests/fuzz -name '*.h' -newer "$stamp" | head -1)" ]]
  then
    stale="$(for s in $srcs; do
      [[ "$s" -nt "$obj/$(tr / _ <<<"$s").o" ]] && echo "$s"; done)"
  fi
  if [[ -n "$stale" ]]; then
    echo "build.sh: compiling $(wc -l <<<"$stale") library sources with $cxx"
    # shellcheck disable=SC2016
    OBJ="$obj" CXX_="$cxx" FLAGS="$cflags_all" xargs -P "$(nproc)" -I{} sh -c \
      '$CXX_ $FLAGS -c "{}" -o "$OBJ/$(echo "{}" | tr / _).o"' <<<"$stale"
  fi
  echo "$cxx $cflags_all" >"$stamp"
  local lib_objs=() s f
  for s in $srcs; do lib_objs+=("$obj/$(tr / _ <<<"$s").o"); done
  for f in "${NAMES[@]}"; do
    if [[ "${EXTRA[$f]}" == "-" ]]; then
      echo "build.sh: skipping $f (needs more than api/ and emu/; use bazel)"
      continue
    fi
    local objs=("$obj/$f.o") ok=1
    # shellcheck disable=SC2086
    $cxx $cflags_all -c "tests/fuzz/$f.cc" -o "$obj/$f.o" || ok=0
    for s in ${EXTRA[$f]//,/ }; do
      [[ $ok == 1 ]] || break
      # shellcheck disable=SC2086
      $cxx $cflags_all -c "$s" -o "$obj/$(tr / _ <<<"$s").o" || ok=0
      objs+=("$obj/$(tr / _ <<<"$s").o")
    done
    echo "build.sh: linking $f"
    # shellcheck disable=SC2086
    [[ $ok == 1 ]] && $cxx $cxxflags $link_extra "${objs[@]}" \
      "${lib_objs[@]}" $engine $absl_libs -lpthread -o "$OUT/$f" || ok=0
    if [[ $ok == 0 ]]; then
      FAILED+=("$f")
      continue
    fi
    BUILT+=("$f")
  done
}

case "$mode" in
  bazel) build_bazel ;;
  direct) build_direct ;;
  *)
    echo "build.sh: WINEMU_FUZZ_BUILD is 'direct' or 'bazel'" >&2
    exit 2
    ;;
esac

for f in "${BUILT[@]}"; do zip_corpus "$f"; done
echo "build.sh ($mode): ${#BUILT[@]} fuzzers in $OUT"
ls -l "$OUT"
if [[ ${#FAILED[@]} -gt 0 ]]; then
  echo "build.sh: FAILED to build: ${FAILED[*]}" >&2
  exit 1
fi
