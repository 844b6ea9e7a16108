#!/usr/bin/env bash
# examples-in-waiting/saas-tenants: seed 000 for 50 tenants written once with a
# component (tests/components/saas-tenants/main.mig).
#   terraform | pulumi   built for that target alone, the real validator accepts it,
#                        and every tenant's outputs are there (acme_endpoint as acmeEndpoint ...)
#   cloudformation       CloudFormation cannot hold the program in one template
#                        (quota 500 resources) and migc has no nested-stack split
#                        yet: the build must refuse it with MIG3050, writing nothing
# usage: saas_tenants_test.sh MODE MIGC PROGRAM_DIR ORACLES_DIR
set -u
mode=$1 migc=$2 program=$3 oracles=$4
name="components/saas-tenants/$mode"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
skip() { echo "SKIPPED: $name: $*"; exit 77; }
fail() { echo "FAIL: $name: $*"; exit 1; }

python_with_yaml() {
  for c in ${ORACLE_PYTHON:-} python3 python3.11 python3.12; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import yaml' 2>/dev/null; then echo "$c"; return; fi
  done
}

case $mode in
  terraform|pulumi)
    py=$(python_with_yaml)
    [ -n "$py" ] || skip "no python3 with PyYAML for the validators"
    check=tf-check
    [ "$mode" = pulumi ] && check=pulumi-check
    [ -x "$oracles/$check" ] || skip "$check not found in $oracles"
    [ "$mode" = terraform ] && { command -v terraform >/dev/null 2>&1 || skip "terraform is not installed"; }
    "$migc" build "$program" --target "$mode" -o "$work/out" --color=never 2>"$work/build.log" ||
      { cat "$work/build.log"; fail "migc build --target $mode failed"; }
    outputs="$work/out/terraform/outputs.tf"
    [ "$mode" = pulumi ] && outputs="$work/out/pulumi/Pulumi.yaml"
    for key in acmeEndpoint acmeReaderEndpoint acmeTaskArn brawndoEndpoint brawndoTaskArn; do
      grep -q "$key" "$outputs" || fail "output $key is missing from $outputs"
    done
    flags=()
    [ "$mode" = terraform ] && flags=(--strict-fmt)
    ORACLE_PYTHON=$py "$oracles/$check" "${flags[@]}" "$work/out/$mode" || fail "the validator rejected the output"
    ;;
  cloudformation)
    if "$migc" build "$program" --target cloudformation -o "$work/out" --color=never 2>"$work/build.log"; then
      fail "migc built CloudFormation: update this test and move the program to examples/"
    fi
    grep -q "error\[MIG3050\]: CloudFormation: the us-east-1 template would have [0-9,]* resources" "$work/build.log" ||
      { cat "$work/build.log"; fail "expected MIG3050 (too many resources for one template)"; }
    [ ! -e "$work/out" ] || fail "a refused build wrote $work/out"
    ;;
  *) echo "saas_tenants_test.sh: unknown mode '$mode'" >&2; exit 2 ;;
esac
echo "PASS: $name"
