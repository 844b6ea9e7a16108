#!/bin/sh
# Conformance: the printers' output of the demo stacks must pass the offline
# validators (see oracles/README.md):
#   terraform            tf-check --strict-fmt  (terraform validate + fmt -check)
#   cloudformation-yaml  cfn-check --strict     (cfn-lint, warnings fail too)
#   cloudformation-json  cfn-check --strict     (plus strict JSON parsing)
#   pulumi               pulumi-check --strict  (pulumi-aws 7.48.0 schema)
# When a validator or the tool behind it is missing, the test is skipped by
# name (exit 77), never passed.
# usage: conformance.sh TARGET BACKENDS_EMIT ORACLES_DIR WORKDIR
set -u
target=$1 emit=$2 oracles=$3 work=$4
name="backends/conformance/$target"

skip() { echo "SKIPPED: $name: $*"; exit 77; }

case $target in
  terraform) oracle=tf-check; args="--strict-fmt"; input=terraform ;;
  cloudformation-yaml) oracle=cfn-check; args="--strict"; input=cloudformation/template.yaml ;;
  cloudformation-json) oracle=cfn-check; args="--strict"; input=cloudformation/template.json ;;
  pulumi) oracle=pulumi-check; args="--strict"; input=pulumi/Pulumi.yaml ;;
  *) echo "conformance.sh: unknown target '$target'" >&2; exit 2 ;;
esac

[ -x "$oracles/$oracle" ] || skip "oracle $oracles/$oracle not found (set MIGC_ORACLES_DIR)"
# The wrappers use ORACLE_PYTHON, else the first of these that imports yaml.
py=${ORACLE_PYTHON:-}
if [ -z "$py" ]; then
  for c in python3 python3.11 python3.12; do
    if command -v "$c" >/dev/null 2>&1 && "$c" -c 'import yaml' 2>/dev/null; then py=$c; break; fi
  done
fi
[ -n "$py" ] && "$py" -c 'import yaml' 2>/dev/null || skip "no python3 with PyYAML for $oracle"
case $oracle in
  tf-check) command -v "${TF_CHECK_TERRAFORM:-terraform}" >/dev/null 2>&1 || skip "terraform is not installed" ;;
  cfn-check) "$py" -c 'import cfnlint' 2>/dev/null || skip "cfn-lint (python module cfnlint) is not installed" ;;
esac

rm -rf "$work" && mkdir -p "$work" || exit 1
"$emit" "$work" || { echo "backends_emit failed"; exit 1; }

out=$("$oracles/$oracle" $args "$work/$input" 2>&1)
rc=$?
echo "$out"
[ $rc -eq 0 ] && exit 0
# Tool trouble the pre-checks cannot see (no provider mirror, broken install).
case $out in
  *"cannot initialise the shared aws provider dir"*|*"No module named"*|*"command not found"*)
    skip "$oracle could not run its tool (see above)" ;;
esac
echo "FAILED: $name: $oracle exited $rc"
exit 1
