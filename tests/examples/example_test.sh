#!/usr/bin/env bash
# Tests of one example (or tests/conformance) folder through the migc binary.
#   ir          `migc check --dump ir` equals tests/golden/examples/NAME.ir (the IR's stable dump)
#   golden      the three outputs equal tests/golden/examples/NAME/ byte for byte
#               (MIGC_UPDATE_GOLDENS=1 rewrites them; review with git diff)
#   determinism two builds give byte-identical outputs
#   outputs     the same output keys in every target, CloudFormation values strings and
#               at most 200 per template, no null output (tests/examples/output_keys.py)
#   terraform | cloudformation | pulumi
#               the real validator accepts the output (skipped by name, exit 77,
#               when the validator or the tool behind it is missing)
# usage: example_test.sh MODE MIGC EXAMPLE_DIR GOLDEN_DIR ORACLES_DIR
set -u
mode=$1 migc=$2 example=$3 golden=$4 oracles=$5
name="$(basename "$(dirname "$example")")/$(basename "$example")/$mode"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

skip() { echo "SKIPPED: $name: $*"; exit 77; }
build() {  # build into $1
  "$migc" build "$example" -o "$1" --color=never 2>"$work/build.log" || { cat "$work/build.log"; echo "FAIL: $name: migc build failed"; exit 1; }
}

python_with_yaml() {
  for c in ${ORACLE_PYTHON:-} python3 python3.11 python3.12; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import yaml' 2>/dev/null; then echo "$c"; return; fi
  done
}

case $mode in
  ir)
    "$migc" check "$example" --dump ir --color=never >"$work/ir" 2>"$work/check.log" || { cat "$work/check.log"; echo "FAIL: $name: migc check failed"; exit 1; }
    if [ "${MIGC_UPDATE_GOLDENS:-}" = 1 ]; then mkdir -p "$(dirname "$golden")" && cp "$work/ir" "$golden.ir"; echo "updated $golden.ir"; exit 0; fi
    diff -u "$golden.ir" "$work/ir" || { echo "FAIL: $name: IR differs from $golden.ir (scripts/update-goldens.sh, then review)"; exit 1; }
    ;;
  golden)
    build "$work/out"
    if [ "${MIGC_UPDATE_GOLDENS:-}" = 1 ]; then
      rm -rf "$golden" && mkdir -p "$(dirname "$golden")" && cp -r "$work/out" "$golden"
      echo "updated $golden"; exit 0
    fi
    diff -ru "$golden" "$work/out" || { echo "FAIL: $name: outputs differ from the goldens (scripts/update-goldens.sh, then review)"; exit 1; }
    ;;
  determinism)
    build "$work/a"
    build "$work/b"
    diff -r "$work/a" "$work/b" || { echo "FAIL: $name: two builds differ"; exit 1; }
    ;;
  outputs)
    # The same output keys in every target (CHK-O1/O2). Every `when` flag is set, so
    # Pulumi (which decides flags while migc builds) keeps every output too.
    py=$(python_with_yaml)
    [ -n "$py" ] || skip "no python3 with PyYAML"
    "$migc" check "$example" --dump ir --color=never >"$work/ir" 2>"$work/check.log" || { cat "$work/check.log"; echo "FAIL: $name: migc check failed"; exit 1; }
    sets=()
    for flag in $(sed -n 's/^param \([A-Za-z0-9_]*\): bool.*/\1/p' "$work/ir"); do sets+=(--set "$flag=true"); done
    "$migc" build "$example" -o "$work/out" --color=never "${sets[@]}" 2>"$work/build.log" || { cat "$work/build.log"; echo "FAIL: $name: migc build failed"; exit 1; }
    "$py" "$(dirname "$0")/output_keys.py" "$work/out" || { echo "FAIL: $name: outputs differ between targets"; exit 1; }
    ;;
  terraform|cloudformation|pulumi)
    py=$(python_with_yaml)
    [ -n "$py" ] || skip "no python3 with PyYAML for the validators"
    case $mode in
      terraform)
        [ -x "$oracles/tf-check" ] || skip "tf-check not found in $oracles"
        command -v terraform >/dev/null 2>&1 || skip "terraform is not installed"
        build "$work/out"
        ORACLE_PYTHON=$py "$oracles/tf-check" --strict-fmt "$work/out/terraform" ;;
      cloudformation)
        [ -x "$oracles/cfn-check" ] || skip "cfn-check not found in $oracles"
        "$py" -c 'import cfnlint' 2>/dev/null || skip "cfn-lint is not installed"
        build "$work/out"
        # One template per region when the program spans several.
        status=0
        for template in "$work/out/cloudformation"/*.yaml; do
          ORACLE_PYTHON=$py "$oracles/cfn-check" "$template" || status=1
        done
        (exit $status) ;;
      pulumi)
        [ -x "$oracles/pulumi-check" ] || skip "pulumi-check not found in $oracles"
        build "$work/out"
        ORACLE_PYTHON=$py "$oracles/pulumi-check" "$work/out/pulumi" ;;
    esac
    status=$?
    [ $status = 0 ] || echo "FAIL: $name: the validator rejected the output"
    exit $status
    ;;
  *) echo "example_test.sh: unknown mode '$mode'" >&2; exit 2 ;;
esac
echo "PASS: $name"
