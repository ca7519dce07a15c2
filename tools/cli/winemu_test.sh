#!/usr/bin/env bash
# End-to-end checks of every `winemu` subcommand: exit codes, expected lines,
# and the exported trace parsed back (tracks, call slices, lifetime spans).
set -uo pipefail

winemu="$1"
tmp="${TEST_TMPDIR:-$(mktemp -d)}"
check_trace="tools/trace_viewer/check_trace.py"
failures=0

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

# expect_line FILE TEXT: FILE has a line containing TEXT.
expect_line() {
  grep -qF -- "$2" "$1" || fail "'$2' not in $1: $(head -c 2000 "$1")"
}

# run NAME EXPECTED_RC ARGS...: runs winemu, output in $tmp/NAME.{out,err}.
run() {
  local name="$1" want="$2"
  shift 2
  "$winemu" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"
  local rc=$?
  [[ $rc == "$want" ]] ||
    fail "winemu $* exited $rc, not $want: $(tail -5 "$tmp/$name.err")"
}

# --- demo: every example runs cleanly; trace and verdict printed.
run demo 0 demo --trace-json="$tmp/demo.json"
expect_line "$tmp/demo.out" "=== Filtering Platform: a firewall's dynamic block rule"
expect_line "$tmp/demo.out" "=== Filter Manager: a minifilter and its user-mode service"
expect_line "$tmp/demo.out" "=== Wi-Fi Direct: connect to a paired peer"
expect_line "$tmp/demo.out" "FwpmEngineOpen0("
expect_line "$tmp/demo.out" "+ WFP engine session 0x"
expect_line "$tmp/demo.out" "--- verdict: client returned 0; 0 leaks"
expect_line "$tmp/demo.out" "4 of 4 examples ran cleanly"
expect_line "$tmp/demo.err" "trace events to $tmp/demo.json"
python3 "$check_trace" "$tmp/demo.json" --call=FwpmEngineOpen0 \
  --call=FwpmTransactionCommit0 --call=FltCreateCommunicationPort \
  --call=FilterConnectCommunicationPort --call=WFDOpenHandle \
  --span="WFP engine session" --span="WFP transaction" \
  --span="filter communication server port" \
  --span="filter communication client port" --span="Wi-Fi Direct session" \
  --process="wfp: client.exe" --process="fltmgr: System" ||
  fail "demo trace JSON"

run demo_compact 0 demo --compact --trace-time=logical
expect_line "$tmp/demo_compact.out" "] FwpmEngineOpen0("
grep -qF "+ WFP engine session" "$tmp/demo_compact.out" &&
  fail "compact output has lifetime lines"

run demo_bad 2 demo --no-such-flag
expect_line "$tmp/demo_bad.err" "unknown option --no-such-flag"

# --- replay: a corpus directory, each call printed with its result.
run replay_wfp 0 replay wfp testdata/fuzz/wfp --trace-json="$tmp/replay.json"
expect_line "$tmp/replay_wfp.out" "=== wfp input testdata/fuzz/wfp/seed_open_close"
expect_line "$tmp/replay_wfp.out" "FwpmEngineOpen0("
expect_line "$tmp/replay_wfp.out" ") -> 0"
expect_line "$tmp/replay_wfp.out" "invariants held"
n=$(ls testdata/fuzz/wfp | grep -c '^seed')
expect_line "$tmp/replay_wfp.out" "replayed $n inputs"
python3 "$check_trace" "$tmp/replay.json" --call=FwpmEngineOpen0 \
  --span="WFP engine session" || fail "replay trace JSON"

for fuzzer in core fltmgr wfd_fuzzer; do
  dir="testdata/fuzz/${fuzzer%_fuzzer}"
  run "replay_$fuzzer" 0 replay "$fuzzer" "$dir" --quiet
  expect_line "$tmp/replay_$fuzzer.out" "invariants held"
done
run replay_one 0 replay fltmgr "$(ls -d testdata/fuzz/fltmgr/seed* | head -1)"
expect_line "$tmp/replay_one.out" "replayed 1 inputs"

run replay_unknown 2 replay nosuch testdata/fuzz/wfp
expect_line "$tmp/replay_unknown.err" "unknown fuzzer 'nosuch' (known: core, fltmgr, wfd, wfp)"
run replay_missing 2 replay wfp "$tmp/does-not-exist"
expect_line "$tmp/replay_missing.err" "no such file or directory"

# --- coverage: every DLL, one DLL, the README's Markdown.
run coverage 0 coverage
expect_line "$tmp/coverage.out" "fwpuclnt.dll: "
expect_line "$tmp/coverage.out" "fltlib.dll: "
expect_line "$tmp/coverage.out" "wlanapi.dll: "
expect_line "$tmp/coverage.out" "FltObjectDereference"
expect_line "$tmp/coverage.out" "total: "
grep -qE "^  FwpmEngineOpen0 +partial +a non-NULL authIdentity" \
  "$tmp/coverage.out" || fail "coverage row of FwpmEngineOpen0"

run coverage_dll 0 coverage --dll=fltlib
expect_line "$tmp/coverage_dll.out" "FilterConnectCommunicationPort"
grep -q "fwpuclnt" "$tmp/coverage_dll.out" && fail "--dll=fltlib shows fwpuclnt"

run coverage_md 0 coverage --markdown --dll=fwpuclnt
expect_line "$tmp/coverage_md.out" "| DLL | entry point | support | note |"
expect_line "$tmp/coverage_md.out" "| fwpuclnt | \`FwpmEngineClose0\` | supported |"
grep -q "| fltlib |" "$tmp/coverage_md.out" && fail "markdown not filtered"

run coverage_bad 2 coverage --dll=nosuch

# --- usage
run help 0 help
expect_line "$tmp/help.out" "usage: winemu <command>"
run none 2
run unknown 2 frobnicate
expect_line "$tmp/unknown.err" "unknown command 'frobnicate'"

if [[ $failures != 0 ]]; then
  echo "$failures checks failed" >&2
  exit 1
fi
echo "all winemu checks passed"
