#!/usr/bin/env bash
# Round-trip and cross-target agreement of one program (roundtrip.py says what is checked).
#   run.sh MIGC MODEL_FACTS PROGRAM_DIR      exit 0 pass, 1 fail, 77 skipped
# HashiCorp's HCL parser (@cdktf/hcl2json, pinned by package-lock.json) is installed with
# `npm ci` into $MIGC_NODE_CACHE/hcl2json, never into the source tree.
set -euo pipefail
migc="$1" facts="$2" program="$3"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
name="roundtrip/$(basename "$(dirname "$program")")/$(basename "$program")"

skip() { echo "SKIPPED: $name: $*"; exit 77; }
command -v node >/dev/null 2>&1 || skip "node not found"
command -v npm >/dev/null 2>&1 || skip "npm not found"
python3 -c 'import yaml' 2>/dev/null || skip "no python3 with PyYAML"
cache="${MIGC_NODE_CACHE:-${TMPDIR:-/tmp}/migc-node-cache}/hcl2json"
# shellcheck source=../support/npm_locked.sh
source "$root/tests/support/npm_locked.sh"
# Programs run in parallel: one installer at a time.
mkdir -p "${cache%/*}"
exec 9>"${cache%/*}/hcl2json.lock"
flock 9
npm_locked_install "$here" "$cache" || skip "npm ci did not install the locked packages (offline?), see $cache/npm-ci.log"
flock -u 9

work="$(mktemp -d "${TMPDIR:-/tmp}/migc-roundtrip.XXXXXX")"
trap 'rm -rf "$work"' EXIT
"$migc" check "$program" --dump ir --color=never >"$work/ir" 2>"$work/check.log" || { cat "$work/check.log"; echo "FAIL: $name: migc check failed"; exit 1; }
# Every `when` flag set: Pulumi decides flags while migc builds, so this keeps every resource.
sets=()
for flag in $(sed -n 's/^param \([A-Za-z0-9_]*\): bool.*/\1/p' "$work/ir"); do sets+=(--set "$flag=true"); done
"$migc" build "$program" -o "$work/out" --color=never "${sets[@]}" 2>"$work/build.log" || { cat "$work/build.log"; echo "FAIL: $name: migc build failed"; exit 1; }
"$facts" "$program" >"$work/facts.json"
node "$here/hcl2json.js" "$cache" "$work/out/terraform" >"$work/terraform.json"
python3 "$here/roundtrip.py" "$name" "$work/ir" "$work/facts.json" "$work/terraform.json" "$work/out" "$work/check.log" "$program" ${MIGC_ROUNDTRIP_VERBOSE:+-v}
