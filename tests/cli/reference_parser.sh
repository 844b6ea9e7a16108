#!/usr/bin/env bash
# `migc check` gives byte-identical output (stdout, stderr, exit status) with
# the fast parser and with `--reference-parser` (the ANTLR path alone), for
# every .mig file of the diagnostics cases, the fuzz corpus, the examples and
# the editor fixtures: files with syntax errors must reach the ANTLR path
# and be reported exactly as before the fast parser existed.
# usage: reference_parser.sh MIGC SOURCE_DIR
set -u
migc=$1
src=$2
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
failed=0
count=0
while IFS= read -r -d '' f; do
  for format in text json; do
    "$migc" check --format="$format" "$f" >"$tmp/fast.out" 2>"$tmp/fast.err"
    fast_status=$?
    "$migc" check --reference-parser --format="$format" "$f" >"$tmp/ref.out" 2>"$tmp/ref.err"
    ref_status=$?
    if [ "$fast_status" != "$ref_status" ] || ! cmp -s "$tmp/fast.out" "$tmp/ref.out" ||
       ! cmp -s "$tmp/fast.err" "$tmp/ref.err"; then
      echo "FAIL: $f (--format=$format): exit $fast_status against $ref_status"
      diff "$tmp/ref.out" "$tmp/fast.out" | head -20
      diff "$tmp/ref.err" "$tmp/fast.err" | head -20
      failed=1
    fi
  done
  count=$((count + 1))
done < <(find "$src/tests/diagnostics" "$src/tests/fuzz/corpus" "$src/examples" \
           "$src/tests/editors" -name '*.mig' -print0 | sort -z)
echo "$count files compared"
[ "$count" -gt 80 ] || { echo "FAIL: expected more than 80 files"; failed=1; }
exit $failed
