#!/usr/bin/env bash
# fuzz-long.sh [SECONDS_EACH] [BUILD_DIR]
# The long fuzzing run: both libFuzzer targets (parser, pipeline) for
# SECONDS_EACH (default 1800), then prints the figures docs/fuzzing.md
# records (executions, coverage, corpus growth, findings). The suite runs
# the same targets for 45 s and 75 s (tests/fuzz/CMakeLists.txt).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seconds="${1:-1800}"
build_dir="${2:-$root/build}"
status=0
for target in parse_fuzzer pipeline_fuzzer; do
  echo "=== $target for ${seconds}s"
  bash "$root/tests/fuzz/run_fuzz.sh" "$build_dir" "$seconds" "$target" || status=1
  log="$build_dir/fuzz/fuzz-$target.log"
  grep -E '^stat::(number_of_executed_units|peak_rss_mb|new_units_added)' "$log" || true
  grep -E '^#[0-9]+[[:space:]]+(INITED|DONE)' "$log" | sed 's/^/  /' || true
  echo "  findings: $(ls "$build_dir/fuzz/artifacts-$target" | wc -l) files in $build_dir/fuzz/artifacts-$target"
done
exit $status
