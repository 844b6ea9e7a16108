#!/usr/bin/env bash
# migc_output_valid.sh MIGC SARIF_CHECK CASE.mig OUT_DIR RESULTS
# Runs `migc check --format sarif` on a .mig file with known errors, expects
# exit 1, validates the log with sarif_check, and checks the result count.
set -euo pipefail
if [[ $# -ne 5 ]]; then
  echo "usage: migc_output_valid.sh MIGC SARIF_CHECK CASE.mig OUT_DIR RESULTS" >&2
  exit 2
fi
migc="$1" checker="$2" case_file="$3" out_dir="$4" want="$5"
mkdir -p "$out_dir"
out="$out_dir/$(basename "$case_file" .mig).sarif"

status=0
"$migc" check --format sarif --color never "$case_file" >"$out" 2>"$out.stderr" || status=$?
if [[ $status -ne 1 ]]; then
  echo "FAIL: migc exited with $status, expected 1 (errors reported)"
  cat "$out.stderr"
  exit 1
fi

"$checker" "$out"

python3 - "$out" "$want" <<'PY'
import json, sys
path, want = sys.argv[1], int(sys.argv[2])
log = json.load(open(path, encoding="utf-8"))
results = [r for run in log["runs"] for r in run.get("results", [])]
if len(results) != want:
    sys.exit(f"FAIL: {path} has {len(results)} results, expected {want}: "
             + "; ".join(f"{r.get('ruleId')}: {r['message'].get('text')}" for r in results))
for r in results:
    if r.get("level") != "error" or not r.get("locations"):
        sys.exit(f"FAIL: result without level error or without a location: {r}")
print(f"PASS: {path}: valid SARIF 2.1.0 with {want} results "
      + ", ".join(r["ruleId"] for r in results))
PY
