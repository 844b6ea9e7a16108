#!/usr/bin/env bash
# expect_exit.sh CODE PATTERN CMD...: runs CMD, shows its output, and passes
# only when it exits with CODE and its output matches the extended regex
# PATTERN (an empty PATTERN matches anything).
set -uo pipefail
if [[ $# -lt 3 ]]; then
  echo "usage: expect_exit.sh CODE PATTERN CMD..." >&2
  exit 2
fi
want="$1" pattern="$2"
shift 2
out="$("$@" 2>&1)"
got=$?
printf '%s\n' "$out"
if [[ $got -ne $want ]]; then
  echo "FAIL: '$*' exited with $got, expected $want"
  exit 1
fi
if [[ -n "$pattern" ]] && ! grep -Eq -- "$pattern" <<<"$out"; then
  echo "FAIL: output does not match /$pattern/"
  exit 1
fi
exit 0
