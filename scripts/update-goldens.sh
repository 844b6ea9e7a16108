#!/usr/bin/env bash
# Regenerates every golden file; review the result with `git diff`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cmake --build build
MIGC_UPDATE_GOLDENS=1 ctest --test-dir build -L golden --output-on-failure
git status --short -- tests examples
