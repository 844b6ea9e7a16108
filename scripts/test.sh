#!/usr/bin/env bash
# Installs dependencies, builds migc, and runs the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/build.sh
ctest --test-dir build --output-on-failure -j "$(nproc)"
