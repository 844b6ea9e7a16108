#!/usr/bin/env bash
# bench/run.sh --smoke: the benchmark scripts (run.sh, measure.py,
# scaling.py, gen_tenants.py, gen_workspace.py) run end to end on tiny
# inputs in a few seconds and write every section of the report. Its
# figures are not judged: benchmarks never run in the suite.
#   smoke_test.sh SOURCE_DIR BUILD_DIR MIGC      exit 0 pass, 1 fail, 77 skipped
set -uo pipefail
src="$1" build="$2" migc="$3"
name=bench/smoke
for tool in python3 readelf /usr/bin/time; do
  command -v "$tool" >/dev/null 2>&1 || { echo "SKIPPED: $name: $tool not found (scripts/install-deps.sh installs it)"; exit 77; }
done
if ! BUILD_DIR="$build" MIGC="$migc" bash "$src/bench/run.sh" --smoke >"$build/bench-smoke.log" 2>&1; then
  cat "$build/bench-smoke.log"
  echo "FAIL: $name: bench/run.sh --smoke failed"
  exit 1
fi
report="$build/bench-smoke/latest.md"
failures=0
for want in '## The floor and a typical project' '`migc version`' '`migc build examples/aurora-audit`' \
            '## Large workspaces' '`migc check`' '`migc fmt --check`' '## Scaling in tenants' \
            '| 3 | 162 |' '- build CPU (s): a + b·N'; do
  grep -qF -- "$want" "$report" || { echo "FAIL: $name: the report lacks '$want'"; failures=$((failures + 1)); }
done
# Every timed row has a CPU figure (a number with a unit, not n/a).
if grep -E '^\| `migc (build|check|version)' "$report" | grep -q '| n/a |'; then
  grep -E '^\| `migc' "$report"
  echo "FAIL: $name: a row without a CPU time"
  failures=$((failures + 1))
fi
(( failures == 0 )) || { cat "$report"; exit 1; }
echo "PASS: $name"
