#!/usr/bin/env bash
# migc's SARIF against an independent validator: Microsoft's SARIF Multitool
# (npm @microsoft/sarif-multitool, version pinned by package-lock.json) with
# the SARIF and GitHub code-scanning rule sets, on the log of a program with
# errors checked three ways: from inside its folder (relative paths), by
# absolute path, and from a sibling folder (paths outside the source root).
# Any result at warning or error level fails the test.
# Each log must pass tests/support/sarif_check too.
#   run.sh MIGC SARIF_CHECK CASE_DIR      exit 0 pass, 1 fail, 77 skipped
# Installed with `npm ci` into $MIGC_NODE_CACHE/sarif-multitool, never into
# the source tree.
set -euo pipefail
migc="$1" sarif_check="$2" case_dir="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"

skip() { echo "SKIPPED: sarif-multitool: $*"; exit 77; }
command -v node >/dev/null 2>&1 || skip "node not found"
command -v npm >/dev/null 2>&1 || skip "npm not found"
cache="${MIGC_NODE_CACHE:-${TMPDIR:-/tmp}/migc-node-cache}/sarif-multitool"
# shellcheck source=../../support/npm_locked.sh
source "$root/tests/support/npm_locked.sh"
npm_locked_install "$here" "$cache" || skip "npm ci did not install the locked packages (offline?), see $cache/npm-ci.log"
# The platform package's binary itself: the npm bin wrapper runs it through a
# shell, which would split "Gh;Sarif" at the semicolon.
multitool="$(cd "$cache" && node -p 'require("@microsoft/sarif-multitool")' 2>/dev/null)" || multitool=""
[[ -x "$multitool" ]] || skip "no sarif-multitool binary for this platform in $cache"
# The tool is a self-contained .NET program; without ICU it needs this.
export DOTNET_SYSTEM_GLOBALIZATION_INVARIANT=1

work="$(mktemp -d "${TMPDIR:-/tmp}/migc-multitool.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/repo" "$work/elsewhere"
cp -r "$case_dir"/. "$work/repo/"

failed=0
run_case() {  # NAME DIR ARG: run `migc check --format sarif ARG` in DIR, validate
  local name="$1" dir="$2" arg="$3" status=0
  (cd "$dir" && "$migc" check --format sarif --color never "$arg") >"$work/$name.sarif" 2>"$work/$name.err" || status=$?
  if [[ $status -ne 1 ]]; then
    echo "FAIL: sarif-multitool: $name: migc check exited $status, expected 1"; cat "$work/$name.err"; failed=1; return
  fi
  "$sarif_check" "$work/$name.sarif" || failed=1
  "$multitool" validate --rule-kind "Gh;Sarif" --level "Error;Warning" --output "$work/$name.validation.sarif" \
    "$work/$name.sarif" >"$work/$name.log" 2>&1 || true
  if ! python3 - "$work/$name.validation.sarif" "$name" <<'PY'
import json, sys
path, name = sys.argv[1], sys.argv[2]
try:
    log = json.load(open(path, encoding="utf-8-sig"))
except (OSError, ValueError) as e:
    sys.exit(f"FAIL: sarif-multitool: {name}: no validation log ({e})")
bad = [r for run in log["runs"] for r in run.get("results", []) if r.get("level", "warning") in ("error", "warning")]
for r in bad:
    print(f"  {r.get('level')} {r.get('ruleId')}: {r['message'].get('text', r['message'].get('arguments'))}")
if bad:
    sys.exit(f"FAIL: sarif-multitool: {name}: {len(bad)} findings")
invocations = [i for run in log["runs"] for i in run.get("invocations", [])]
if invocations and not all(i.get("executionSuccessful", True) for i in invocations):
    sys.exit(f"FAIL: sarif-multitool: {name}: the validator did not run to completion")
PY
  then
    cat "$work/$name.log"; failed=1
  fi
}
run_case relative "$work/repo" .
run_case absolute "$work" "$work/repo"
run_case outside-root "$work/elsewhere" ../repo

[[ $failed -eq 0 ]] || exit 1
echo "PASS: sarif-multitool: 3 logs valid under the SARIF and GitHub rules ($("$multitool" --version 2>&1 | head -1))"
