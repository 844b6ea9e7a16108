# Helpers shared by the hostile-input tests (sourced). Each test sets $migc
# and gets a scratch folder $tmp, removed on exit.
set -uo pipefail
tmp="$(mktemp -d)"
trap 'chmod -R u+w "$tmp" 2>/dev/null; rm -rf "$tmp"' EXIT
failures=0
pass=0
printf '{ "baseline": "none" }\n' >"$tmp/migc.json"

# expect STATUS DESCRIPTION -- command...; stdout/stderr in $tmp/out, $tmp/err.
# A command killed by a signal (status > 128) or still running after 60 s
# fails whatever STATUS says.
expect() {
  local want="$1" desc="$2"
  shift 3
  timeout -s KILL 60 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $desc: exit $got, want $want"; sed 's/^/  | /' "$tmp/err" | head -20
    failures=$((failures + 1))
  else
    pass=$((pass + 1))
  fi
}
# contains FILE PATTERN DESCRIPTION (FILE relative to $tmp)
contains() {
  if grep -qE -- "$2" "$tmp/$1"; then pass=$((pass + 1)); else
    echo "FAIL: $3: $1 lacks /$2/"; sed 's/^/  | /' "$tmp/$1" | head -20; failures=$((failures + 1)); fi
}
# lacks FILE PATTERN DESCRIPTION
lacks() {
  if ! grep -rqE -- "$2" "$tmp/$1" 2>/dev/null; then pass=$((pass + 1)); else
    echo "FAIL: $3: $1 has /$2/"; grep -rnE -- "$2" "$tmp/$1" | head -5 | sed 's/^/  | /'; failures=$((failures + 1)); fi
}
# ok COMMAND... -- DESCRIPTION: passes when COMMAND succeeds
ok() {
  local desc="${*: -1}"
  if "${@:1:$#-2}"; then pass=$((pass + 1)); else echo "FAIL: $desc"; failures=$((failures + 1)); fi
}
# The migration header every program below starts with.
header='migration "hostile" { region = "us-east-1"; naming = "{name}-{kind}-{suffix}"; tags = { Environment = "dev" } }
param suffix: string = "demo"'
finish() {
  echo "$pass passed, $failures failed"
  [ "$failures" -eq 0 ]
}
