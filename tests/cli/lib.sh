# Helpers of the CLI test scripts (sourced). Each script sets $migc and calls
# cli_setup; results are counted in $pass and $failures, and cli_finish NAME
# prints the tally and sets the exit status.
cli_setup() {
  tmp="$(mktemp -d)"
  trap 'rm -rf "$tmp"' EXIT
  failures=0
  pass=0
  # The programs exercise the CLI, not the policy rules: a project config in
  # the scratch folder turns the rules off for every file in it.
  printf '{ "baseline": "none" }\n' >"$tmp/migc.json"
}

# expect STATUS DESCRIPTION -- command...; stdout/stderr kept in $tmp/out, $tmp/err
expect() {
  local want="$1" desc="$2"
  shift 3
  "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local got=$?
  if [ "$got" != "$want" ]; then
    echo "FAIL: $desc: exit $got, want $want"; sed 's/^/  | /' "$tmp/err" | head -20
    failures=$((failures + 1))
  else
    pass=$((pass + 1))
  fi
}
# contains FILE PATTERN DESCRIPTION (FILE: out or err, or a path)
contains() {
  local f="$tmp/$1"; [ -e "$f" ] || f="$1"
  if grep -qE -- "$2" "$f"; then pass=$((pass + 1)); else
    echo "FAIL: $3: $1 lacks /$2/"; sed 's/^/  | /' "$f" | head -20; failures=$((failures + 1)); fi
}
# lacks FILE PATTERN DESCRIPTION
lacks() {
  local f="$tmp/$1"; [ -e "$f" ] || f="$1"
  if grep -qE -- "$2" "$f"; then
    echo "FAIL: $3: $1 has /$2/"; sed 's/^/  | /' "$f" | head -20; failures=$((failures + 1)); else pass=$((pass + 1)); fi
}
# check CONDITION DESCRIPTION: a shell test, counted
check() {
  if eval "$1"; then pass=$((pass + 1)); else echo "FAIL: $2"; failures=$((failures + 1)); fi
}

cli_finish() {
  echo "$1: $pass passed, $failures failed"
  [ "$failures" = 0 ]
}
