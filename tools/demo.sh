#!/usr/bin/env bash
# The README's first command: builds winemu and runs the demo (example Windows
# clients, compiled unchanged, running against the emulator).
set -euo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh
exec bazel run --ui_event_filters=-info,-stdout,-stderr --noshow_progress \
  //tools/demo:demo -- "$@"
