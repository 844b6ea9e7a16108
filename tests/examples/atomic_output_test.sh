#!/usr/bin/env bash
# A build that fails leaves the previous outputs exactly as they were, and a
# build with errors writes nothing at all.
# usage: atomic_output_test.sh MIGC EXAMPLE_DIR
set -u
migc=$1 example=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*"; exit 1; }

"$migc" build "$example" -o "$work/out" 2>/dev/null || fail "the example does not build"
cp -a "$work/out" "$work/before"

mkdir -p "$work/broken"
cp "$example"/*.mig "$work/broken/"
echo 'cluster broken { readers = "two" }' >>"$work/broken/$(ls "$example" | grep '\.mig$' | head -1)"
"$migc" build "$work/broken" -o "$work/out" 2>/dev/null
[ $? = 1 ] || fail "a program with errors must exit 1"
diff -r "$work/before" "$work/out" || fail "a failed build changed the existing outputs"
ls -A "$work/out" | grep -q migc-staging && fail "a staging folder was left behind"

"$migc" build "$work/broken" -o "$work/fresh" 2>/dev/null
[ ! -e "$work/fresh" ] || fail "a failed build created its output folder"

# An unwritable output location is an I/O error (exit 2), not a crash.
touch "$work/file"
"$migc" build "$example" -o "$work/file/out" 2>/dev/null
[ $? = 2 ] || fail "an unwritable output folder must exit 2"
echo "PASS: atomic output"
