#!/usr/bin/env bash
# Behaviour of the migc binary: exit statuses, output formats, help.
# Usage: cli_test.sh MIGC REPO_ROOT
set -uo pipefail
migc="$1"
root="$2"
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cli_setup

cat >"$tmp/ok.mig" <<'MIG'
migration "cli" { region = "us-east-1" }
network main { zones = 2 }
MIG
cat >"$tmp/three.mig" <<'MIG'
cluster aurora {
  readers = = 2
  backup { retention = 7days }
}
let x = 3 ^ 4
MIG

expect 0 "help" -- "$migc" --help
contains out "build" "help lists build"
contains out "explain" "help lists explain"
for cmd in build check fmt explain version; do
  expect 0 "$cmd --help" -- "$migc" "$cmd" --help
done
expect 2 "no subcommand is a usage error" -- "$migc"
expect 2 "unknown subcommand" -- "$migc" frobnicate
expect 2 "unknown option" -- "$migc" check --no-such-option
expect 2 "bad --format value" -- "$migc" check --format xml "$tmp/ok.mig"
expect 0 "version" -- "$migc" version
contains out "^migc [0-9]+\.[0-9]+\.[0-9]+" "version output"

expect 0 "check clean file" -- "$migc" check "$tmp/ok.mig"
expect 2 "check missing file" -- "$migc" check "$tmp/missing.mig"
contains err "migc: error: no such file" "missing file message"
mkdir -p "$tmp/empty"
expect 2 "check directory without .mig files" -- "$migc" check "$tmp/empty"

expect 1 "three syntax errors" -- "$migc" check --color=never "$tmp/three.mig"
[ "$(grep -cE '^.*three\.mig:[0-9]+:[0-9]+: error\[MIG[0-9]{4}\]' "$tmp/err")" = 3 ] && pass=$((pass + 1)) || {
  echo "FAIL: three errors expected"; cat "$tmp/err"; failures=$((failures + 1)); }
contains err "three\.mig:2:13: error\[MIG0001\]" "first error location"
contains err "three\.mig:3:25: error\[MIG0004\]" "second error location"
contains err "three\.mig:5:11: error\[MIG0003\]" "third error location"
contains err "^ +\^~~~$" "caret with range"
contains err "3 errors, 0 warnings generated" "summary line"
if grep -q $'\x1b' "$tmp/err"; then echo "FAIL: --color=never printed escapes"; failures=$((failures + 1)); else pass=$((pass + 1)); fi
expect 1 "forced colour" -- "$migc" check --color=always "$tmp/three.mig"
contains err $'\x1b\\[' "--color=always prints escapes"
NO_COLOR=1 "$migc" check --color=auto "$tmp/three.mig" 2>"$tmp/err" >/dev/null
if grep -q $'\x1b' "$tmp/err"; then echo "FAIL: NO_COLOR ignored"; failures=$((failures + 1)); else pass=$((pass + 1)); fi

expect 1 "json format" -- "$migc" check --format json "$tmp/three.mig"
[ "$(wc -l <"$tmp/out")" = 3 ] && pass=$((pass + 1)) || { echo "FAIL: json lines"; failures=$((failures + 1)); }
python3 - "$tmp/out" <<'PY' && pass=$((pass + 1)) || failures=$((failures + 1))
import json, sys
for line in open(sys.argv[1]):
    d = json.loads(line)
    assert {"file", "line", "column", "endLine", "endColumn", "severity", "code", "message"} <= d.keys(), d
PY

expect 0 "explain a code" -- "$migc" explain MIG0004
contains out "MIG0004" "explain prints the code"
contains out "Example" "explain prints an example"
expect 0 "explain is case-insensitive" -- "$migc" explain mig0004
expect 2 "explain unknown code" -- "$migc" explain MIG9999
expect 2 "explain without a code" -- "$migc" explain

expect 1 "build refuses with errors" -- "$migc" build "$tmp/three.mig" -o "$tmp/out-dir"
[ ! -e "$tmp/out-dir" ] && pass=$((pass + 1)) || { echo "FAIL: build wrote output despite errors"; failures=$((failures + 1)); }

# account_roles = false leaves the account-wide dms-vpc-role and dms-cloudwatch-logs-role out of every target.
cat >"$tmp/norole.mig" <<'MIG'
migration "norole" { region = "us-east-1" }
network main {}
secret admin { username = "dbadmin" }
secret src { username = "replicator"; generate = false }
cluster db { engine = aurora_postgresql("16.4"); network = main; credentials = admin }
source onprem { engine = postgres("15"); host = "db.example"; database = "app"; credentials = src }
pipeline copy { from = onprem; to = db; account_roles = false; instance { class = "dms.r5.large" } }
MIG
expect 0 "build without the dms-vpc-role" -- "$migc" build "$tmp/norole.mig" -o "$tmp/norole-out"
if grep -rqE "dms-vpc-role|dms-cloudwatch-logs-role" "$tmp/norole-out"; then echo "FAIL: account_roles = false still emits an account role"; failures=$((failures + 1)); else pass=$((pass + 1)); fi
sed -i 's/account_roles = false; //' "$tmp/norole.mig"
expect 0 "build with the dms-vpc-role" -- "$migc" build "$tmp/norole.mig" -o "$tmp/role-out"
# The account-wide roles are in each target's bootstrap, and in no stack.
for role in dms-vpc-role dms-cloudwatch-logs-role; do
  in_bootstrap=$(grep -l "$role" "$tmp/role-out/terraform/bootstrap/main.tf" "$tmp/role-out/cloudformation/bootstrap.yaml" \
    "$tmp/role-out/pulumi/bootstrap/Pulumi.yaml" 2>/dev/null | wc -l)
  [ "$in_bootstrap" = 3 ] && pass=$((pass + 1)) || { echo "FAIL: $role missing from a target's bootstrap"; failures=$((failures + 1)); }
  if grep -qE "$role" "$tmp/role-out/terraform/main.tf" "$tmp/role-out/cloudformation/template.yaml" \
    "$tmp/role-out/pulumi/Pulumi.yaml"; then
    echo "FAIL: $role is in a migration stack"; failures=$((failures + 1))
  else pass=$((pass + 1)); fi
done

# --set gives a param a value at compile time; for Pulumi it decides `when` flags.
cat >"$tmp/flag.mig" <<'MIG'
migration "flag" { region = "us-east-1" }
param create_extra: bool = false
topic extra when create_extra {}
MIG
expect 0 "build with --set" -- "$migc" build --set create_extra=true "$tmp/flag.mig" -o "$tmp/flag-out"
contains err "MIG3022" "--set decides the Pulumi flag"
grep -q "extraTopic" "$tmp/flag-out/pulumi/Pulumi.yaml" && pass=$((pass + 1)) || { echo "FAIL: --set create_extra=true left the topic out of Pulumi"; failures=$((failures + 1)); }
expect 2 "--set of an unknown param" -- "$migc" build "$tmp/flag.mig" --set nope=1 -o "$tmp/flag-out2"
contains err "no param 'nope'" "--set names the unknown param"
expect 2 "--set with a value of the wrong type" -- "$migc" build "$tmp/flag.mig" --set create_extra=maybe -o "$tmp/flag-out2"

# --target: a rule of one target is judged by check and build only when that target is written.
cat >"$tmp/phases.mig" <<'MIG'
migration "phases" { region = "us-east-1" }
param phase: "before" | "pre_cut" = "before"
cutover db {
  zone  = "migration.acme-logistics.net"
  param = phase
  blue { target = "old.acme-logistics.net" }
  green { target = "new.acme-logistics.net" }
  phase { name = "before"; blue = 100; green = 0; rollback = true }
  phase { name = "pre_cut"; blue = 0; green = 100 }
}
MIG
expect 1 "check: a phase name CloudFormation cannot use as a key" -- "$migc" check --color=never "$tmp/phases.mig"
contains err "error\[MIG3007\]" "check reports MIG3007 for the default targets"
expect 0 "check --target without cloudformation" -- "$migc" check --target terraform,pulumi "$tmp/phases.mig"
expect 1 "check --target with cloudformation" -- "$migc" check --target cloudformation "$tmp/phases.mig"
expect 0 "build --target without cloudformation" -- "$migc" build --target terraform "$tmp/phases.mig" -o "$tmp/phases-out"
expect 1 "build with cloudformation" -- "$migc" build "$tmp/phases.mig" -o "$tmp/phases-out2"
expect 2 "check --target with an unknown target" -- "$migc" check --target terraform,cdk "$tmp/phases.mig"
contains err "unknown target 'cdk'" "the unknown target is named"
# A `when` flag without a default: check warns (it cannot know a build's --set), build decides.
sed -i 's/param create_extra: bool = false/param create_extra: bool/' "$tmp/flag.mig"
expect 0 "check warns about a flag without a default" -- "$migc" check --color=never "$tmp/flag.mig"
contains err "warning\[MIG2125\]" "MIG2125 from check"
expect 0 "check --target without pulumi" -- "$migc" check --color=never --target terraform "$tmp/flag.mig"
if grep -q "MIG2125" "$tmp/err"; then echo "FAIL: MIG2125 without pulumi"; failures=$((failures + 1)); else pass=$((pass + 1)); fi
expect 0 "build with --set decides the flag" -- "$migc" build --color=never --set create_extra=false "$tmp/flag.mig" -o "$tmp/flag-out3"
if grep -q "MIG2125" "$tmp/err"; then echo "FAIL: build reported MIG2125"; failures=$((failures + 1)); else pass=$((pass + 1)); fi
expect 1 "build without --set: Pulumi cannot decide the flag" -- "$migc" build --color=never "$tmp/flag.mig" -o "$tmp/flag-out4"
contains err "error\[MIG3023\]" "build reports MIG3023"

# docs/diagnostics.md is generated from the registry and must be current.
"$migc" explain --all --markdown >"$tmp/diagnostics.md"
if diff -u "$root/docs/diagnostics.md" "$tmp/diagnostics.md" >"$tmp/diff"; then pass=$((pass + 1)); else
  echo "FAIL: docs/diagnostics.md is stale; regenerate with scripts/update-goldens.sh"
  head -20 "$tmp/diff"; failures=$((failures + 1)); fi

# docs/kinds.md is generated from the kind schemas and must be current.
"$migc" explain --kinds >"$tmp/kinds.md"
if diff -u "$root/docs/kinds.md" "$tmp/kinds.md" >"$tmp/diff"; then pass=$((pass + 1)); else
  echo "FAIL: docs/kinds.md is stale; regenerate with scripts/update-goldens.sh"
  head -20 "$tmp/diff"; failures=$((failures + 1)); fi

# docs/engines.md is generated from the engine functions, the role checks and engine_facts.json
# (engine_support_test.py confirms each row against `migc check`).
"$migc" explain --engines >"$tmp/engines.md"
if diff -u "$root/docs/engines.md" "$tmp/engines.md" >"$tmp/diff"; then pass=$((pass + 1)); else
  echo "FAIL: docs/engines.md is stale; regenerate with scripts/update-goldens.sh"
  head -20 "$tmp/diff"; failures=$((failures + 1)); fi

# docs/policies.md and the config schema are generated from the rule registry.
"$migc" explain --policies >"$tmp/policies.md"
if diff -u "$root/docs/policies.md" "$tmp/policies.md" >"$tmp/diff"; then pass=$((pass + 1)); else
  echo "FAIL: docs/policies.md is stale; regenerate with scripts/update-goldens.sh"
  head -20 "$tmp/diff"; failures=$((failures + 1)); fi
"$migc" explain --config-schema >"$tmp/schema.json"
if diff -u "$root/schema/migc-config.schema.json" "$tmp/schema.json" >"$tmp/diff"; then pass=$((pass + 1)); else
  echo "FAIL: schema/migc-config.schema.json is stale; regenerate with scripts/update-goldens.sh"
  head -20 "$tmp/diff"; failures=$((failures + 1)); fi

# Policy findings and the exit status: an error-severity finding exits 1, a
# warning does not; the project config and --config decide.
mkdir -p "$tmp/policy"
cat >"$tmp/policy/main.mig" <<'MIG'
migration "pol" {
  region = "us-east-1"
  naming = "{kind}-{name}-{suffix}"
  tags   = { Environment = "dev", MigrationPhase = "replication" }
}
param suffix: string = "x"
network main { zones = 2 }
MIG
printf '{ "baseline": "recommended" }\n' >"$tmp/policy/migc.json"
expect 1 "a policy error exits 1" -- "$migc" check "$tmp/policy" --color never
contains err "error\[MIG5001\]: the migration's tags lack CostCenter" "required-tags finding"
printf '{ "rules": { "required-tags": "warning" } }\n' >"$tmp/policy/migc.json"
expect 0 "a policy warning exits 0" -- "$migc" check "$tmp/policy" --color never
contains err "warning\[MIG5001\]" "re-graded finding"
printf '{ "rules": { "required-tags": { "options": { "tags": ["Environment"] } } } }\n' >"$tmp/other.json"
printf '{}\n' >"$tmp/policy-default.json"
expect 0 "--config names the config" -- "$migc" check "$tmp/policy" --config "$tmp/other.json" --color never
expect 1 "policy findings as JSON lines" -- "$migc" check "$tmp/policy" --config "$tmp/policy-default.json" --format json
contains out '"code":"MIG5001"' "JSON line of a policy finding"
expect 0 "explain a rule by id" -- "$migc" explain required-tags
contains out "Rule required-tags \(tagging\)" "rule metadata in explain"
contains out "option tags" "rule options in explain"

cli_finish cli
