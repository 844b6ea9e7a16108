#!/usr/bin/env bash
# Golden-scope tests for editors/vscode/syntaxes/mig.tmLanguage.json: every
# tests/editors/fixtures/*.mig is tokenised with the real vscode-textmate +
# vscode-oniguruma (versions pinned by package-lock.json) and compared with
# expected/<fixture>.scopes.
#   run.sh            check (exit 0 pass, 1 fail, 77 skipped)
#   run.sh --update   regenerate the goldens
# Dependencies are installed with `npm ci` into $MIGC_NODE_CACHE (default
# ${TMPDIR:-/tmp}/migc-node-cache), never into the source tree.
set -euo pipefail

self="${BASH_SOURCE[0]}"
[[ $self == */* ]] || self="./$self"
here="$(cd "${self%/*}" && pwd)"
root="$(cd "$here/../../.." && pwd)"
grammar="$root/editors/vscode/syntaxes/mig.tmLanguage.json"
fixtures="$root/tests/editors/fixtures"
expected="$here/expected"

update=0
case "${1:-}" in
  "") ;;
  --update) update=1 ;;
  *) echo "usage: $0 [--update]" >&2; exit 2 ;;
esac

skip() { echo "SKIPPED: textmate-scopes: $*"; exit 77; }
command -v node >/dev/null 2>&1 || skip "node not found"
command -v npm >/dev/null 2>&1 || skip "npm not found"

cache="${MIGC_NODE_CACHE:-${TMPDIR:-/tmp}/migc-node-cache}"
# shellcheck source=../../support/npm_locked.sh
source "$root/tests/support/npm_locked.sh"
npm_locked_install "$here" "$cache" || skip "npm ci did not install the locked packages (offline?), see $cache/npm-ci.log"

work="$(mktemp -d "${TMPDIR:-/tmp}/migc-textmate.XXXXXX")"
trap 'rm -rf "$work"' EXIT

shopt -s nullglob
sources=("$fixtures"/*.mig)
[[ ${#sources[@]} -gt 0 ]] || { echo "FAIL: textmate-scopes: no fixtures in $fixtures"; exit 1; }

for src in "${sources[@]}"; do
  name="$(basename "$src" .mig)"
  if ! NODE_PATH="$cache/node_modules" node "$here/tokenize.js" "$grammar" "$src" >"$work/$name.scopes"; then
    echo "FAIL: textmate-scopes: tokenize.js failed on $name.mig"
    exit 1
  fi
done

if [[ $update -eq 1 ]]; then
  mkdir -p "$expected"
  rm -f "$expected"/*.scopes
  cp "$work"/*.scopes "$expected/"
  echo "UPDATED: textmate-scopes: ${#sources[@]} goldens in ${expected#"$root"/}"
  exit 0
fi

failed=0
for actual in "$work"/*.scopes; do
  name="$(basename "$actual")"
  if [[ ! -f "$expected/$name" ]]; then
    echo "FAIL: textmate-scopes: missing golden expected/$name (run $0 --update)"
    failed=1
  elif ! diff -u --label "expected/$name" --label "actual/$name" "$expected/$name" "$actual"; then
    failed=1
  fi
done
for golden in "$expected"/*.scopes; do
  [[ -f "$work/$(basename "$golden")" ]] || {
    echo "FAIL: textmate-scopes: stale golden expected/$(basename "$golden") has no fixture"
    failed=1
  }
done

if [[ $failed -ne 0 ]]; then
  echo "FAIL: textmate-scopes (review the diff; if the change is intended run $0 --update)"
  exit 1
fi
echo "PASS: textmate-scopes (${#sources[@]} fixtures)"
