#!/usr/bin/env bash
# editors/tree-sitter-mig with the real tree-sitter CLI: generate the parser
# (into a scratch copy, never into the source tree), run the corpus tests,
# parse every example and editor fixture without an ERROR node, and compile
# the queries against a fixture.
#   run.sh [MIGC_SOURCE_DIR]     exit 0 pass, 1 fail, 77 skipped
# The CLI is `tree-sitter` on PATH, or $TREE_SITTER, or else tree-sitter-cli
# installed with `npm ci` from the grammar's package-lock.json into
# $MIGC_NODE_CACHE/tree-sitter (default ${TMPDIR:-/tmp}/migc-node-cache).
# The npm package's install script downloads the binary from the project's
# GitHub releases; where that host is unreachable the test skips by name.
set -euo pipefail

self="${BASH_SOURCE[0]}"
[[ $self == */* ]] || self="./$self"
here="$(cd "${self%/*}" && pwd)"
root="$(cd "$here/../../.." && pwd)"
grammar="$root/editors/tree-sitter-mig"

skip() { echo "SKIPPED: tree-sitter-corpus: $*"; exit 77; }

ts="${TREE_SITTER:-$(command -v tree-sitter || true)}"
if [[ -z $ts ]]; then
  command -v npm >/dev/null 2>&1 || skip "no tree-sitter CLI and no npm to install tree-sitter-cli"
  cache="${MIGC_NODE_CACHE:-${TMPDIR:-/tmp}/migc-node-cache}/tree-sitter"
  if ! cmp -s "$grammar/package-lock.json" "$cache/package-lock.json" || [[ ! -x $cache/node_modules/.bin/tree-sitter ]]; then
    mkdir -p "$cache"
    rm -rf "$cache/node_modules" "$cache/package-lock.json"
    cp "$grammar/package.json" "$grammar/package-lock.json" "$cache/"
    if ! (cd "$cache" && npm ci --no-audit --no-fund --prefer-offline --fetch-retries=1 --fetch-timeout=30000 \
          --loglevel=error) >"$cache/npm-ci.log" 2>&1; then
      rm -f "$cache/package-lock.json"
      skip "tree-sitter-cli could not be installed (its install script downloads the binary from GitHub), see $cache/npm-ci.log"
    fi
  fi
  ts="$cache/node_modules/.bin/tree-sitter"
  "$ts" --version >/dev/null 2>&1 || skip "the installed tree-sitter CLI does not run"
fi

work="$(mktemp -d "${TMPDIR:-/tmp}/migc-tree-sitter.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp -r "$grammar/grammar.js" "$grammar/package.json" "$grammar/tree-sitter.json" "$grammar/queries" "$grammar/test" "$work/"
cd "$work"
"$ts" generate >generate.log 2>&1 || { cat generate.log; echo "FAIL: tree-sitter-corpus: tree-sitter generate"; exit 1; }
"$ts" test || { echo "FAIL: tree-sitter-corpus: corpus tests"; exit 1; }

failed=0
shopt -s nullglob
files=("$root"/examples/*/main.mig "$root"/tests/editors/fixtures/*.mig)
for f in "${files[@]}"; do
  if ! "$ts" parse --quiet "$f" >/dev/null 2>parse.err; then
    echo "FAIL: tree-sitter-corpus: ${f#"$root"/} does not parse cleanly"
    "$ts" parse "$f" | grep -n "ERROR\|MISSING" | head -5
    failed=1
  fi
done
"$ts" query queries/highlights.scm "$root/tests/editors/fixtures/declarations.mig" >/dev/null ||
  { echo "FAIL: tree-sitter-corpus: queries/highlights.scm does not compile"; failed=1; }
[[ $failed -eq 0 ]] || exit 1
echo "PASS: tree-sitter-corpus (corpus, ${#files[@]} files parse without errors, highlight query compiles)"
