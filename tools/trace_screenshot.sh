#!/usr/bin/env bash
# Regenerates docs/trace_screenshot.png: runs `winemu demo` with a trace
# export, renders the JSON with tools/trace_viewer in headless Chromium and
# saves the picture. Needs Debian's chromium package (installed if missing);
# nothing else in winemu does.
#
#   tools/trace_screenshot.sh [OUT.png [VIEW]]
#
# VIEW is the viewer's URL fragment (default: the Filtering Platform,
# Filter Manager and Wi-Fi Direct examples, room for call names). BAZEL="bazel
# --output_base=..." selects another Bazel server.
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/trace_screenshot.png}"
# The viewer's layout and process filter (see tools/trace_viewer/viewer.html).
view="${2:-layout=fit&only=wfp:,fltmgr:,wfd:}"
tools/setup.sh
if ! command -v chromium >/dev/null; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  echo "trace_screenshot: installing chromium" >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
echo "trace_screenshot: running the demo" >&2
${BAZEL:-bazel} run --ui_event_filters=-info,-stdout,-stderr --noshow_progress \
  //tools/cli:winemu -- demo --trace-time=logical \
  --trace-json="$work/trace.json" >/dev/null
python3 tools/trace_viewer/check_trace.py "$work/trace.json" >&2

# The viewer, with the trace preloaded (a page cannot read a file:// JSON).
{ printf 'window.WINEMU_TRACE = '; cat "$work/trace.json"; printf ';\n'; } \
  >"$work/trace_data.js"
python3 - "$work" <<'PY'
import sys
work = sys.argv[1]
html = open("tools/trace_viewer/viewer.html", encoding="utf-8").read()
html = html.replace("<script>", '<script src="trace_data.js"></script>\n<script>', 1)
open(work + "/index.html", "w", encoding="utf-8").write(html)
PY

echo "trace_screenshot: rendering" >&2
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --window-size=1400,540 --screenshot="$work/shot.png" \
  "file://$work/index.html#$view" >/dev/null 2>&1
mkdir -p "$(dirname "$out")"
cp "$work/shot.png" "$out"
echo "trace_screenshot: wrote $out" >&2
