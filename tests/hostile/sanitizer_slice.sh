#!/usr/bin/env bash
# The sanitizer slice: a migc built with ASan + UBSan (no recovery) runs the
# fast CLI-level tests and every example, conformance case and diagnostics
# case. Any sanitizer report fails it (reports exit 86 and are also looked
# for in stderr). scripts/sanitize.sh builds the binary and runs this.
# Usage: sanitizer_slice.sh SANITIZED_MIGC REPO_ROOT
set -uo pipefail
migc="$1"
root="$2"
here="$(cd "$(dirname "$0")" && pwd)"
export ASAN_OPTIONS="exitcode=86:detect_leaks=1:abort_on_error=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}"
export UBSAN_OPTIONS="exitcode=86:print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$root/tests/fuzz/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"
export MIGC_SANITIZED=1  # tests skip what ASan's address space cannot run (prlimit --as)
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
runs=0
reports=0

# run ALLOWED_STATUSES -- command...: a sanitizer report or another status fails.
run() {
  local allowed="$1"
  shift 2
  runs=$((runs + 1))
  timeout -s KILL 300 "$@" >"$tmp/out" 2>"$tmp/err" </dev/null
  local status=$?
  if [[ " $allowed " != *" $status "* ]] || grep -qE 'ERROR: (Address|Leak)Sanitizer|runtime error:' "$tmp/err"; then
    reports=$((reports + 1))
    echo "FAIL: exit $status: $*"
    grep -E -A25 'Sanitizer|runtime error' "$tmp/err" | head -40 | sed 's/^/  | /'
  fi
}

for ex in "$root"/examples/*/; do
  run "0" -- "$migc" check "$ex"
  run "0" -- "$migc" check --format json "$ex"
  run "0" -- "$migc" check --format sarif "$ex"
  run "0" -- "$migc" check --dump ir "$ex"
  run "0 1" -- "$migc" fmt --check "$ex/main.mig"
  run "0" -- "$migc" build "$ex" -o "$tmp/out-$(basename "$ex")"
  run "0" -- "$migc" build "$ex" --cfn-json -o "$tmp/json-$(basename "$ex")"
done
for case in "$root"/tests/conformance/*/; do
  run "0" -- "$migc" build "$case" -o "$tmp/conf"
done
while IFS= read -r -d '' f; do
  run "0 1" -- "$migc" check "$f"
done < <(find "$root/tests/diagnostics" -name '*.mig' -not -path '*/lib/*' -print0)

# The CLI-level suites, with the sanitized binary.
for t in "$root/tests/cli/cli_test.sh" "$here/confinement_test.sh" "$here/outputs_test.sh" "$here/resources_test.sh"; do
  runs=$((runs + 1))
  if ! bash "$t" "$migc" "$root" >"$tmp/suite" 2>&1 || grep -qE 'Sanitizer|runtime error:' "$tmp/suite"; then
    reports=$((reports + 1))
    echo "FAIL: $(basename "$t") under the sanitizers"
    grep -E 'FAIL|Sanitizer|runtime error' "$tmp/suite" | head -20 | sed 's/^/  | /'
  fi
done
echo "sanitizer slice: $runs runs, $reports failed or reported"
echo "$((runs - reports)) passed, $reports failed"
[ "$reports" -eq 0 ]
