#!/usr/bin/env bash
# Installs dependencies, builds migc, and runs the whole test suite.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/build.sh
# The deploy trials (label deploy) spend most of their minutes in the AWS
# provider's waiters, not on the CPU: they run one after another beside the
# rest of the suite instead of holding one of its CTest slots each.
log="build/deploy-trials.log"
ctest --test-dir build --output-on-failure -L deploy >"$log" 2>&1 &
trials=$!
status=0
ctest --test-dir build --output-on-failure -j "$(nproc)" -LE deploy || status=$?
echo "== deploy trials (label deploy)"
if ! wait "$trials"; then status=1; fi
cat "$log"
exit "$status"
