#!/usr/bin/env bash
# Regenerates README.md's generated tables: coverage (from the export
# tables) and the [INF] choices (from the sources).
set -euo pipefail
cd "$(dirname "$0")/.."
table=$(bazel run --ui_event_filters=-info,-stdout,-stderr --noshow_progress \
  //tools/coverage:coverage)
python3 - "$table" <<'PY'
import re, sys
table = sys.argv[1] + "\n"
text = open("README.md").read()
begin, end = "<!-- coverage:begin -->\n", "<!-- coverage:end -->"
i, j = text.index(begin) + len(begin), text.index(end)
open("README.md", "w").write(text[:i] + table + text[j:])
PY
# And the table of choices made where Windows is undocumented.
python3 tools/inf_choices.py --write README.md
