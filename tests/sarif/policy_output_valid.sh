#!/usr/bin/env bash
# policy_output_valid.sh MIGC SARIF_CHECK CASE_DIR OUT_DIR
# `migc check --format sarif` on a program with policy errors: exit 1, a log
# sarif_check accepts, rule metadata for the policy rules (help links into
# docs/policies.md), fingerprints, full
# regions, fix suggestions, and a rule entry for the project's own code.
set -euo pipefail
migc="$1" checker="$2" case_dir="$3" out_dir="$4"
mkdir -p "$out_dir"
out="$out_dir/policy.sarif"
status=0
"$migc" check --format sarif --color never "$case_dir" >"$out" 2>"$out.stderr" || status=$?
if [[ $status -ne 1 ]]; then
  echo "FAIL: migc exited with $status, expected 1 (policy errors)"; cat "$out.stderr"; exit 1
fi
"$checker" "$out"
python3 - "$out" <<'PY'
import json, sys
log = json.load(open(sys.argv[1], encoding="utf-8"))
run = log["runs"][0]
rules = run["tool"]["driver"]["rules"]
results = run["results"]
ids = {r["ruleId"] for r in results}
def fail(msg): sys.exit("FAIL: " + msg)
for want in ("MIG5011", "MIG5013", "MIG5910"):
    if want not in ids: fail(f"no {want} result: {sorted(ids)}")
for r in results:
    rule = rules[r["ruleIndex"]]
    if rule["id"] != r["ruleId"]: fail(f"ruleIndex of {r['ruleId']} points at {rule['id']}")
    region = r["locations"][0]["physicalLocation"]["region"]
    if not all(k in region for k in ("startLine", "startColumn", "endLine", "endColumn")): fail(f"partial region {region}")
    page = "policies.md#" if r["ruleId"].startswith("MIG5") else "diagnostics.md#"
    if page not in rule.get("helpUri", ""): fail(f"{rule['id']} has no helpUri into {page}: {rule.get('helpUri')}")
    if r.get("partialFingerprints", {}).get("migcResult/v1") is None: fail(f"{r['ruleId']} result has no fingerprint")
force_ssl = [r for r in results if r["ruleId"] == "MIG5011"][0]
if force_ssl["level"] != "error" or not force_ssl.get("fixes"): fail("MIG5011 is not an error with a fix")
if [r for r in results if r["ruleId"] == "MIG5013"][0]["level"] != "error": fail("the config did not raise MIG5013 to error")
print(f"PASS: {sys.argv[1]}: valid SARIF 2.1.0, {len(results)} results: " + ", ".join(sorted(ids)))
PY
