#!/usr/bin/env bash
# Inputs that used to exhaust memory, time or the stack: every one ends
# with a located diagnostic (or formats) in bounded time and output.
# Usage: resources_test.sh MIGC
migc="$1"
source "$(dirname "$0")/lib.sh"
gen() { python3 -c "$1" >"$tmp/$2"; }

# Error limit: 5,000 bad characters on one line print 20 errors and MIG0014,
# each snippet cut to a window of the line.
gen 'print("let a = 1 " + "`" * 5000)' bad.mig
expect 1 "5,000 bad characters" -- "$migc" check "$tmp/bad.mig"
ok test "$(grep -c 'error\[MIG0003\]' "$tmp/err")" = 20 -- "20 errors shown by default"
contains err "error\[MIG0014\]: too many errors \(20 shown\); 4980 more not shown" "MIG0014 counts the rest"
ok test "$(wc -c <"$tmp/err")" -lt 20000 -- "stderr stays small ($(wc -c <"$tmp/err") bytes)"
expect 1 "--max-errors 3" -- "$migc" check --max-errors 3 "$tmp/bad.mig"
ok test "$(grep -c 'error\[MIG0003\]' "$tmp/err")" = 3 -- "--max-errors 3 shows 3"
expect 1 "--max-errors 0 lists every error" -- "$migc" check --max-errors 0 "$tmp/bad.mig"
ok test "$(grep -c 'error\[MIG0003\]' "$tmp/err")" = 5000 -- "all 5,000 with --max-errors 0"
ok test "$(wc -c <"$tmp/err")" -lt 3000000 -- "each snippet is a window, not the 5 KB line ($(wc -c <"$tmp/err") bytes)"
expect 1 "json output is limited the same way" -- "$migc" check --format json "$tmp/bad.mig"
ok test "$(wc -l <"$tmp/out")" = 21 -- "21 JSON lines"
gen 'print("let a = 1 " + "`" * 200000)' bad2.mig
expect 1 "200,000 bad characters" -- "$migc" check "$tmp/bad2.mig"
contains err "MIG0014" "the limit applies"
gen 'print("let a = " + "1zz " * 100000)' bad3.mig
expect 1 "100,000 bad tokens" -- "$migc" check "$tmp/bad3.mig"

# Control characters in a source line are not sent to the terminal.
printf 'let a = 1 \033[31m ^\n' >"$tmp/esc.mig"
expect 1 "an escape sequence in the source" -- "$migc" check "$tmp/esc.mig"
ok test "$(grep -c $'\033' "$tmp/err")" = 0 -- "no raw ESC in text diagnostics"

# Deep chains are MIG0007 (never a stack overflow), in check and fmt.
gen 'print("let x = [1]\nlet a = x" + "[0]" * 10000)' index.mig
gen 'print("if false { }" + " else if false { }" * 300000 + " else { }")' elseif.mig
gen 'print("let a = " + "true ? 1 : " * 100000 + "0")' ternary.mig
gen 'print("let a = f" + "()" * 100000)' calls.mig
for f in index elseif ternary calls; do
  expect 1 "$f chain: check" -- "$migc" check "$tmp/$f.mig"
  contains err "error\[MIG0007\]" "$f chain is MIG0007"
  expect 1 "$f chain: fmt" -- "$migc" fmt "$tmp/$f.mig"
done

# Expansion limits and let chains are located errors.
gen 'print("\n".join(["migration \"m\" { region = \"us-east-1\" }"] + [f"let a{i} = a{i+1}" for i in range(5000)] + ["let a5000 = 1", "output o = a0"]))' lets.mig
expect 1 "5,000 lets referring down a chain" -- "$migc" check "$tmp/lets.mig"
contains err "error\[MIG1029\]: let references nested deeper than 1000 levels" "MIG1029"

# bad_alloc in a parser thread used to abort (exit 134): token-dense input
# under a 1.5 GB address-space cap runs out of memory in the ANTLR path.
# (Not under ASan, whose shadow memory needs more address space than any cap.)
if [ -z "${MIGC_SANITIZED:-}" ]; then
  gen 'import sys; sys.stdout.write("=\n" * 6000000)' eq.mig
  timeout -s KILL 300 prlimit --as=1500000000 "$migc" check --threads 2 "$tmp/eq.mig" >/dev/null 2>"$tmp/err"
  status=$?
  ok test "$status" = 1 -o "$status" = 2 -- "12 MB of '=' lines under a memory cap ends with 1 or 2 (got $status)"
  rm -f "$tmp/eq.mig"
fi

# fmt: a 100,000-character key does not pad its neighbours; output stays
# about the size of the input and fmt is idempotent.
python3 - "$tmp/wide.mig" <<'PY'
import sys
lines = ['migration "m" { region = "us-east-1" }', "let tags = {"]
lines.append("  " + "k" * 100000 + " = 1")
lines += [f"  key{i} = {i}" for i in range(700)]
lines.append("}")
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
PY
expect 0 "fmt of a 100,000-character key" -- "$migc" fmt "$tmp/wide.mig"
cp "$tmp/out" "$tmp/wide1.mig"
ok test "$(wc -c <"$tmp/wide1.mig")" -lt $(( $(wc -c <"$tmp/wide.mig") * 2 )) -- "fmt output is not padded to the long key"
expect 0 "the formatted file checks" -- "$migc" check "$tmp/wide1.mig"
expect 0 "fmt again" -- "$migc" fmt "$tmp/wide1.mig"
ok cmp -s "$tmp/out" "$tmp/wide1.mig" -- "fmt is idempotent on the long key"

# fmt -w writes through a symlink and refuses a read-only file.
printf 'migration "m" { region = "us-east-1" }\nlet   a=1\n' >"$tmp/real.mig"
ln -s real.mig "$tmp/link.mig"
expect 0 "fmt -w through a symlink" -- "$migc" fmt -w "$tmp/link.mig"
ok test -L "$tmp/link.mig" -- "the symlink stays a symlink"
contains real.mig "^let a = 1$" "the real file is formatted"
printf 'migration "m" { region = "us-east-1" }\nlet   a=1\n' >"$tmp/ro.mig"
chmod 0444 "$tmp/ro.mig"
cp "$tmp/ro.mig" "$tmp/ro.before"
expect 2 "fmt -w refuses a read-only file" -- "$migc" fmt -w "$tmp/ro.mig"
ok cmp -s "$tmp/ro.mig" "$tmp/ro.before" -- "the read-only file is unchanged"
finish
