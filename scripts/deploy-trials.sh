#!/usr/bin/env bash
# deploy-trials.sh [BUILD_DIR]
# The full deploy run: every example's Terraform applied into the moto AWS
# emulator (tests/deploy/deploy_trial.py), one at a time, with each trial's
# resources, failures and time. The suite runs a slice of them
# (MIGC_DEPLOY_SLICE in tests/deploy/CMakeLists.txt); docs/deploy-trials.md
# records this run's results.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build_dir="${1:-$root/build}"
start=$(date +%s)
MIGC_DEPLOY_ALL=1 ctest --test-dir "$build_dir" -L deploy -V -j 1 || status=$?
echo "deploy trials: $(( $(date +%s) - start )) s in all"
exit "${status:-0}"
