#!/usr/bin/env bash
# The README's first command: builds winemu and runs `winemu demo` (example
# Windows clients, compiled unchanged, running against the emulator).
# Arguments go to `winemu demo`, e.g. --trace-json=trace.json.
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
exec bazel run --ui_event_filters=-info,-stdout,-stderr --noshow_progress \
  //tools/cli:winemu -- demo "$@"
