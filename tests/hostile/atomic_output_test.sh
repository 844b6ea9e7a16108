#!/usr/bin/env bash
# A build switches the whole out dir or nothing: a rename that fails or a
# kill at any rename leaves the previous outputs whole (or the new ones
# whole), concurrent builds into one out dir end with one program's outputs,
# and leftovers of killed builds are cleaned up.
# Usage: atomic_output_test.sh MIGC RENAME_FAULT_SHIM
migc="$1"
shim="$2"
source "$(dirname "$0")/lib.sh"

for p in a b; do
  mkdir -p "$tmp/$p"
  cp "$tmp/migc.json" "$tmp/$p/"
  printf 'migration "prog-%s" { region = "us-east-1" }\ntopic t_%s {}\n' "$p" "$p" >"$tmp/$p/main.mig"
  "$migc" build "$tmp/$p" -o "$tmp/ref-$p" >/dev/null 2>&1 || { echo "FAIL: reference build $p"; exit 1; }
done

# Which program the out dir holds: "a", "b", or "mixed".
holds() {
  local dir="$1"
  if diff -r "$dir" "$tmp/ref-a" >/dev/null 2>&1; then echo a
  elif diff -r "$dir" "$tmp/ref-b" >/dev/null 2>&1; then echo b
  else echo mixed; fi
}
fresh() {  # fresh DIR: DIR holds program a's outputs plus a file of the user's
  rm -rf "$1"
  cp -r "$tmp/ref-a" "$1"
}

# The user's own files in the out dir survive a build.
fresh "$tmp/dest"
echo keep >"$tmp/dest/NOTES.txt"
expect 0 "build over an out dir with a user file" -- "$migc" build "$tmp/b" -o "$tmp/dest"
contains dest/NOTES.txt keep "the user's file survives"
rm "$tmp/dest/NOTES.txt"
ok test "$(holds "$tmp/dest")" = b -- "the out dir holds b whole"

# Injected failures and kills at every rename a build makes.
for n in 1 2 3 4 5 6 7 8 9 10; do
  for mode in FAIL KILL; do
    fresh "$tmp/dest"
    (env LD_PRELOAD="$shim" "MIGC_${mode}_RENAME=$n" "$migc" build "$tmp/b" -o "$tmp/dest" >/dev/null 2>&1) 2>/dev/null
    got="$(holds "$tmp/dest")"
    ok test "$got" != mixed -- "rename $n ($mode): the out dir is one program's, not a mix"
  done
done
# The next build cleans what the killed ones left.
expect 0 "a build after the kills" -- "$migc" build "$tmp/b" -o "$tmp/dest"
ok test -z "$(find "$tmp" -maxdepth 2 \( -name '.*migc-staging-*' -o -name '.*migc-old-*' \))" -- "no staging or old folders are left"
ok test "$(holds "$tmp/dest")" = b -- "after the kills, b whole"

# Leftovers planted by hand are removed too.
mkdir -p "$tmp/dest/.migc-staging-99999/terraform" "$tmp/dest/.migc-old-terraform-99999" "$tmp/.dest.migc-staging-99999"
expect 0 "a build over leftovers" -- "$migc" build "$tmp/a" -o "$tmp/dest"
ok test ! -e "$tmp/dest/.migc-staging-99999" -a ! -e "$tmp/dest/.migc-old-terraform-99999" -a ! -e "$tmp/.dest.migc-staging-99999" -- "leftovers are removed"
ok test "$(holds "$tmp/dest")" = a -- "then a whole"

# Fallback path (no exchange possible: the out dir is the current folder):
# a failing rename rolls every swapped target back.
for n in 1 2 3 4 5 6 7 8; do
  fresh "$tmp/dest"
  (cd "$tmp/dest" && env LD_PRELOAD="$shim" "MIGC_FAIL_RENAME=$n" "$migc" build "$tmp/b" -o . >/dev/null 2>&1)
  ok test "$(holds "$tmp/dest")" != mixed -- "fallback, rename $n fails: not a mix"
done

# Concurrent builds of a, b, b into one out dir end with one program whole.
mixed=0
for trial in $(seq 1 12); do
  rm -rf "$tmp/dest"
  "$migc" build "$tmp/a" -o "$tmp/dest" >/dev/null 2>&1 &
  "$migc" build "$tmp/b" -o "$tmp/dest" >/dev/null 2>&1 &
  "$migc" build "$tmp/b" -o "$tmp/dest" >/dev/null 2>&1 &
  wait
  [ "$(holds "$tmp/dest")" = mixed ] && mixed=$((mixed + 1))
done
ok test "$mixed" = 0 -- "12 trials of 3 concurrent builds: $mixed mixed out dirs"
finish
