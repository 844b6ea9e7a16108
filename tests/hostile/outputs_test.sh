#!/usr/bin/env bash
# What a program's text can do to the outputs: nothing structural. Header
# comments stay comments (CR, NEL, LS, PS, DEL, "-->"), every YAML output
# parses, and secret params are sensitive everywhere and never written.
# Usage: outputs_test.sh MIGC REPO_ROOT
migc="$1"
root="$2"
source "$(dirname "$0")/lib.sh"

# Every YAML file under a folder parses (PyYAML: a YAML 1.1 reader, like cfn-lint).
yaml_parses() {
  python3 - "$1" <<'PY'
import sys, pathlib, yaml
class Loader(yaml.SafeLoader): pass
# CloudFormation short forms (!Ref, !Sub ...) are tags, not errors.
Loader.add_multi_constructor("!", lambda loader, suffix, node: None)
bad = 0
for p in pathlib.Path(sys.argv[1]).rglob("*.yaml"):
    try:
        doc = yaml.load(p.read_text(encoding="utf-8"), Loader=Loader)
    except Exception as e:
        print(f"{p}: {e}"); bad += 1; continue
    # Only the keys a target defines may appear at the top level.
    allowed = {"AWSTemplateFormatVersion", "Description", "Parameters", "Conditions", "Resources", "Outputs",
               "Mappings", "Rules", "Metadata", "name", "runtime", "description", "config", "variables",
               "resources", "outputs"}
    extra = set(doc or {}) - allowed
    if extra: print(f"{p}: injected top-level keys {sorted(extra)}"); bad += 1
sys.exit(1 if bad else 0)
PY
}

ws="$tmp/ws"
mkdir -p "$ws"
cp "$tmp/migc.json" "$ws/"
for name in 'x\rTransform: EvilMacro\r#' $'x\u2028Pwn: a' $'x\u2029Pwn: a' $'x\u0085Pwn: a' $'x\x7fy' 'x\nTransform: Evil'; do
  printf 'migration "%s" { region = "us-east-1"; naming = "{name}-{kind}-{suffix}"; tags = { Environment = "dev" } }\nparam suffix: string = "demo"\ntopic t { display_name = "a\x7fb" }\n' "$name" >"$ws/main.mig"
  rm -rf "$tmp/built"
  expect 0 "build with migration name $(printf '%q' "$name")" -- "$migc" build "$ws" -o "$tmp/built"
  ok yaml_parses "$tmp/built" -- "YAML outputs parse and keep their shape for $(printf '%q' "$name")"
  lacks built/cloudformation/template.yaml '^Transform' "no Transform injected for $(printf '%q' "$name")"
  lacks built/pulumi/Pulumi.yaml '^Pwn' "no key injected into Pulumi.yaml"
done

# The runbook's header comment cannot be closed by the name.
cp -r "$root/examples/dns-cutover" "$tmp/dns"
cp "$tmp/migc.json" "$tmp/dns/"
sed -i '0,/^migration "[^"]*"/s//migration "x --> <script>alert(1)<\/script> <!--"/' "$tmp/dns/main.mig"
rm -rf "$tmp/built"
expect 0 "build with --> in the name" -- "$migc" build "$tmp/dns" -o "$tmp/built"
ok test "$(grep -c -- '-->' "$tmp/built/runbook.md")" = 1 -- "runbook.md has exactly one comment end"
ok test "$(grep -c -- '<!--' "$tmp/built/runbook.md")" = 1 -- "runbook.md has exactly one comment start"
contains built/runbook.md '^<!-- .* -->$' "the header comment is one line"

# {{resolve:...}} would be a live CloudFormation dynamic reference.
printf '%s\nsetting s { path = "/app/s"; value = "{{resolve:ssm:/prod/x}}" }\n' "$header" >"$ws/main.mig"
expect 1 "a dynamic reference is refused" -- "$migc" build "$ws" -o "$tmp/out-dyn"
contains err "error\[MIG1030\]" "MIG1030"

# Secret params: sensitive / NoEcho / secret, and --set never writes them.
cat >"$ws/main.mig" <<MIG
$header
param db_password: string
param api_token: string
param plain_value: string = "shown"
param through_setting: string
param through_env: string
setting app { path = "/app/\${suffix}/pw"; value = db_password }
setting sec { path = "/app/\${suffix}/sec"; value = through_setting; secure = true }
function f {
  runtime     = "python3.12"
  handler     = "app.handler"
  code        = "code"
  environment = { SERVICE_AUTH_TOKEN = through_env }
}
output pw = db_password
MIG
mkdir -p "$ws/code" && echo 'def handler(e, c): return 1' >"$ws/code/app.py"
rm -rf "$tmp/built"
expect 0 "build with secret params" -- "$migc" build "$ws" -o "$tmp/built"
for p in db_password api_token through_setting through_env; do
  ok grep -qzE "variable \"$p\" \\{[^}]*sensitive *= *true" "$tmp/built/terraform/variables.tf" -- "$p is sensitive in Terraform"
done
ok python3 - "$tmp/built" <<'PY' -- "NoEcho and secret: true on exactly the secret params"
import sys, yaml
class L(yaml.SafeLoader): pass
L.add_multi_constructor("!", lambda l, s, n: None)
out = sys.argv[1]
cfn = yaml.load(open(out + "/cloudformation/template.yaml"), Loader=L)["Parameters"]
pul = yaml.load(open(out + "/pulumi/Pulumi.yaml"), Loader=L)["config"]
secret = {"DbPassword", "ApiToken", "ThroughSetting", "ThroughEnv"}
for k, v in cfn.items():
    assert bool(v.get("NoEcho")) == (k in secret), (k, v)
for k, v in pul.items():
    if isinstance(v, dict):  # not aws:region
        assert bool(v.get("secret")) == (k[0].upper() + k[1:] in secret), (k, v)
PY
ok grep -qzE 'output "pw" \{[^}]*sensitive *= *true' "$tmp/built/terraform/outputs.tf" -- "an output of a secret param is sensitive"
expect 2 "--set of a secret param is refused" -- "$migc" build "$ws" -o "$tmp/out-set" --set db_password=Hunter2Hunter2
contains err "db_password.*secret" "the error names the secret param"
lacks err "Hunter2" "the error does not echo the value"
ok test ! -e "$tmp/out-set" -- "nothing is written"
expect 0 "--set of a plain param still works" -- "$migc" build "$ws" -o "$tmp/out-set" --set plain_value=visible
contains out-set/terraform/variables.tf "visible" "the plain value is the default"
finish
