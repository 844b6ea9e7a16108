#!/usr/bin/env bash
# `migc fmt` from the command line: stdout for one file, stdin, --check exit
# statuses, -w rewriting in place (atomically, keeping permissions), the
# refusal to format several files to stdout, and files with syntax errors
# reported and left untouched.
set -u
migc=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
fail=0
expect() {  # expect NAME EXPECTED ACTUAL
  if [[ "$2" != "$3" ]]; then
    echo "FAIL: $1: expected [$2], got [$3]"
    fail=1
  fi
}

printf 'network main{zones=3}\n' >"$tmp/messy.mig"
printf 'network main { zones = 3 }\n' >"$tmp/clean.mig"
printf 'cluster aurora {\n  readers = = 2\n}\n' >"$tmp/broken.mig"
cp "$tmp/broken.mig" "$tmp/broken.orig"
chmod 640 "$tmp/messy.mig"

# One file: formatted text on stdout, the file unchanged.
out=$("$migc" fmt "$tmp/messy.mig"); rc=$?
expect "stdout rc" 0 "$rc"
expect "stdout text" "network main { zones = 3 }" "$out"
expect "file untouched" "network main{zones=3}" "$(cat "$tmp/messy.mig")"

# Standard input.
out=$(printf 'topic t{ }' | "$migc" fmt -); rc=$?
expect "stdin rc" 0 "$rc"
expect "stdin text" "topic t {}" "$out"

# Several files without -w or --check: a usage error.
"$migc" fmt "$tmp/messy.mig" "$tmp/clean.mig" >/dev/null 2>&1
expect "several files rc" 2 "$?"
"$migc" fmt "$tmp" >/dev/null 2>&1
expect "directory rc" 2 "$?"

# --check lists what would change and exits 1; clean files exit 0.
out=$("$migc" fmt --check "$tmp/messy.mig" "$tmp/clean.mig"); rc=$?
expect "check rc" 1 "$rc"
expect "check list" "$tmp/messy.mig" "$out"
out=$("$migc" fmt --check "$tmp/clean.mig"); rc=$?
expect "check clean rc" 0 "$rc"
expect "check clean list" "" "$out"

# A syntax error: reported, exit 1, file untouched, others still written.
"$migc" fmt -w "$tmp" >/dev/null 2>"$tmp/err"; rc=$?
expect "write with broken rc" 1 "$rc"
grep -q "MIG0001" "$tmp/err" || { echo "FAIL: no diagnostic for broken.mig"; cat "$tmp/err"; fail=1; }
cmp -s "$tmp/broken.mig" "$tmp/broken.orig" || { echo "FAIL: broken.mig was changed"; fail=1; }
expect "rewritten" "network main { zones = 3 }" "$(cat "$tmp/messy.mig")"
expect "mode kept" 640 "$(stat -c %a "$tmp/messy.mig")"
leftovers=$(find "$tmp" -name '*.migc-fmt-*')
expect "no temporary files left" "" "$leftovers"

# -w on canonical files rewrites nothing (mtime unchanged), exit 0.
rm "$tmp/broken.mig"
touch -d '2001-01-01' "$tmp/clean.mig"
"$migc" fmt -w "$tmp"; rc=$?
expect "write clean rc" 0 "$rc"
expect "clean not rewritten" "2001" "$(date -r "$tmp/clean.mig" +%Y)"
"$migc" fmt --check "$tmp" >/dev/null
expect "check after write rc" 0 "$?"

# Options that cannot go together, and stdin with -w.
"$migc" fmt -w --check "$tmp" >/dev/null 2>&1
expect "-w --check rc" 2 "$?"
echo 'topic t {}' | "$migc" fmt -w - >/dev/null 2>&1
expect "-w stdin rc" 2 "$?"
"$migc" fmt "$tmp/missing.mig" >/dev/null 2>&1
expect "missing file rc" 2 "$?"

exit $fail
