#!/usr/bin/env bash
# The commands' behaviour beyond diagnostics: init, build --dry-run,
# --stdout and its JSON summary, --warnings-as-errors, one file named twice,
# machine formats that own stdout, and diagnostics after a lexical error.
# Usage: commands_test.sh MIGC
set -uo pipefail
migc="$1"
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cli_setup
json_lines_ok() { python3 -c 'import json,sys; [json.loads(l) for l in open(sys.argv[1])]' "$1"; }
json_doc_ok() { python3 -c 'import json,sys; json.load(open(sys.argv[1]))' "$1"; }

# --- migc init: a starter that checks clean and builds (policy rules on) ---
init="$(mktemp -d)/my starter"
expect 0 "init" -- "$migc" init "$init"
check '[ -f "$init/main.mig" ] && [ -f "$init/migc.json" ]' "init writes main.mig and migc.json"
contains "$init/main.mig" '^migration "my-starter" \{' "the migration is named after the folder"
expect 0 "the starter checks clean" -- "$migc" check "$init"
check '[ ! -s "$tmp/err" ]' "the starter's check prints nothing: $(head -3 "$tmp/err")"
expect 0 "the starter builds" -- "$migc" build "$init" -o "$init/out"
check '[ -d "$init/out/terraform" ] && [ -d "$init/out/cloudformation" ] && [ -d "$init/out/pulumi" ]' "three targets"
expect 2 "init into a folder with a program" -- "$migc" init "$init"
contains err "main.mig' already exists" "init never overwrites"
rm -rf "$(dirname "$init")"

# --- one file named twice is one file ---
mkdir -p "$tmp/twice"
printf 'migration "t" { region = "us-east-1" }\nnetwork main {}\n' >"$tmp/twice/main.mig"
cp "$tmp/migc.json" "$tmp/twice/"
expect 0 "folder and its file" -- "$migc" check "$tmp/twice" "$tmp/twice/main.mig"
expect 0 "the same folder twice" -- "$migc" check "$tmp/twice" "$tmp/twice/."
expect 0 "fmt --check with the same file twice" -- "$migc" fmt --check "$tmp/twice/main.mig" "$tmp/twice/main.mig"

# --- --warnings-as-errors / -Werror ---
mkdir -p "$tmp/warn"
cp "$tmp/migc.json" "$tmp/warn/"
cat >"$tmp/warn/main.mig" <<'MIG'
migration "w" { region = "us-east-1" }
network main {}
secret admin { username = "dbadmin" }
cluster db { engine = aurora_postgresql("15.4"); network = main; credentials = admin }
MIG
expect 0 "a warning alone passes" -- "$migc" check "$tmp/warn" --color never
contains err "warning\[MIG2001\]" "the program has a warning"
expect 1 "--warnings-as-errors" -- "$migc" check "$tmp/warn" --warnings-as-errors --color never
contains err "error\[MIG2001\]" "the warning is reported as an error"
expect 1 "-Werror" -- "$migc" check -Werror "$tmp/warn"
expect 1 "build -Werror writes nothing" -- "$migc" build -Werror "$tmp/warn" -o "$tmp/warn-out"
check '[ ! -e "$tmp/warn-out" ]' "build -Werror wrote output"

# --- build --dry-run, --format json, --stdout ---
prog="$tmp/twice"
expect 0 "--dry-run" -- "$migc" build "$prog" -o "$tmp/dry" --dry-run
check '[ ! -e "$tmp/dry" ]' "--dry-run wrote output"
contains err "would write $tmp/dry/terraform/main.tf \([0-9]+ bytes\)" "--dry-run lists the files"
expect 0 "--format json" -- "$migc" build "$prog" -o "$tmp/real" --format json
check 'json_lines_ok "$tmp/out"' "build --format json is JSON lines"
python3 - "$tmp/out" "$tmp/real" <<'PY' && pass=$((pass + 1)) || failures=$((failures + 1))
import hashlib, json, os, sys
summary = json.loads(open(sys.argv[1]).read().splitlines()[-1])["build"]
assert summary["success"] and not summary["dryRun"], summary
assert summary["targets"] == ["terraform", "cloudformation", "pulumi"], summary
assert summary["files"], summary
for f in summary["files"]:
    data = open(f["path"], "rb").read()
    assert f["bytes"] == len(data) and f["sha256"] == hashlib.sha256(data).hexdigest(), f
written = sum(len(files) for _, _, files in os.walk(sys.argv[2]))
assert written == len(summary["files"]), (written, len(summary["files"]))
PY
expect 0 "--dry-run --format json" -- "$migc" build "$prog" -o "$tmp/real" --dry-run --format json
contains out '"dryRun":true' "the summary says dry run"
expect 1 "--format json on errors" -- "$migc" build "$tmp/warn" -Werror --format json
contains out '^\{"build":\{"success":false' "a failed build's summary"
expect 0 "--stdout" -- "$migc" build "$prog" --target cloudformation --stdout
check 'cmp -s "$tmp/out" "$tmp/real/cloudformation/template.yaml"' "--stdout prints the template as written"
check '[ ! -e out ]' "--stdout wrote output"
expect 0 "--stdout, several Terraform files" -- "$migc" build "$prog" --target terraform --stdout
contains out "^# migc: terraform/main.tf$" "each file is named"
expect 2 "--stdout without one target" -- "$migc" build "$prog" --stdout
contains err "--stdout prints one target" "--stdout needs --target"
expect 2 "--stdout with --format json" -- "$migc" build "$prog" --target terraform --stdout --format json
check '[ ! -s "$tmp/out" ]' "a usage error prints nothing on stdout"

# --- machine formats own stdout ---
printf 'migration "f" {region="us-east-1"}\n' >"$tmp/ugly.mig"
expect 1 "fmt --check --format sarif" -- "$migc" fmt --check --format sarif "$tmp/ugly.mig"
check 'json_doc_ok "$tmp/out"' "fmt --check --format sarif prints one SARIF document"
contains out '"ruleId": "MIG1050"' "the unformatted file is a result"
expect 1 "fmt --check --format json" -- "$migc" fmt --check --format json "$tmp/ugly.mig"
check 'json_lines_ok "$tmp/out"' "fmt --check --format json prints only JSON lines"
expect 1 "fmt --check (text) lists the path" -- "$migc" fmt --check "$tmp/ugly.mig"
contains out "ugly.mig$" "the text format keeps the path list"
expect 2 "fmt to stdout with --format sarif" -- "$migc" fmt --format sarif "$tmp/ugly.mig"
check '[ ! -s "$tmp/out" ]' "fmt --format sarif printed on stdout"
expect 2 "check --dump with --format json" -- "$migc" check --dump ast --format json "$tmp/ugly.mig"

# --- a lexical error does not hide the rest of the program ---
cat >"$tmp/lex.mig" <<'MIG'
migration "l" { region = "us-east-1" }
topic ops {}
alarm a { watch = ops.cpuu; above = 80days; for = 5m }
let x = [5min, 3]
secret s { username = "a\qb" }
@alow(MIG2001, reason = "x")
network main { zonez = 2 }
let big = 99999999999999999999
MIG
expect 1 "lexical and semantic errors together" -- "$migc" check "$tmp/lex.mig" --color never
for code in MIG0004 MIG0005 MIG0009 MIG0013 MIG1009 MIG1004; do
  contains err "error\[$code\]" "$code is reported beside the others"
done
# Each mistake once: a bad literal counts as written, so nothing else follows from it.
contains err "^7 errors, 0 warnings generated" "no error follows from a lexical one"
printf 'migration "l" { region = "us-east-1" }\nnetwork main { zones = = 2 }\nnetwork other { zonez = 2 }\n' >"$tmp/syntax.mig"
expect 1 "a syntax error still stops analysis" -- "$migc" check "$tmp/syntax.mig" --color never
lacks err "MIG1004" "no semantic error after a syntax error"

# --- generated: completions and the man page ---
expect 0 "completion bash" -- "$migc" completion bash
contains out "^complete -o filenames -F _migc migc$" "bash completion registers _migc"
got=$(bash -c 'source <("$1" completion bash); COMP_WORDS=(migc check --fo); COMP_CWORD=2; _migc; echo "${COMPREPLY[*]}"' bash "$migc")
check '[ "$got" = "--format" ]' "bash completes --fo to --format, got '$got'"
got=$(bash -c 'source <("$1" completion bash); COMP_WORDS=(migc build --target ""); COMP_CWORD=3; _migc; echo "${COMPREPLY[*]}"' bash "$migc")
check '[ "$got" = "terraform cloudformation pulumi" ]' "bash completes the targets, got '$got'"
expect 0 "completion zsh" -- "$migc" completion zsh
contains out "^#compdef migc$" "zsh completion"
expect 0 "completion fish" -- "$migc" completion fish
contains out "__fish_seen_subcommand_from check.* -l format -x -a 'text json sarif'" "fish completion"
expect 0 "man" -- "$migc" man
contains out '^\.TH MIGC 1' "the man page"
contains out '^\.SS init$' "the man page documents init"

cli_finish commands
