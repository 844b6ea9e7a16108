#!/usr/bin/env bash
# Usage mistakes get migc's own words, a "did you mean" where one fits, a
# pointer to --help and exit status 2; CLI11's wording never shows.
# Usage: usage_test.sh MIGC
set -uo pipefail
migc="$1"
# shellcheck source=lib.sh
source "$(dirname "$0")/lib.sh"
cli_setup
printf 'migration "u" { region = "us-east-1" }\n' >"$tmp/ok.mig"

# usage STDERR_PATTERN DESCRIPTION -- command...: exit 2, our prefix, the pattern, no CLI11 text
usage() {
  local pattern="$1" desc="$2"
  shift 2
  expect 2 "$desc" "$@"
  contains err "^migc: error: " "$desc: migc's prefix"
  contains err "$pattern" "$desc"
  lacks err "Run with --help|A subcommand is required|At Most|required but received|Could not convert|not expected|not in \{|is required$" \
    "$desc: no CLI11 wording"
}

usage "no command given" "no command" -- "$migc"
contains err "^  check +Check" "no command lists the commands"
usage "unknown command 'chek'; did you mean 'check'\?" "mistyped command" -- "$migc" chek
usage "unknown command 'biuld'; did you mean 'build'\?" "mistyped command, another" -- "$migc" biuld "$tmp/ok.mig"
usage "unknown command 'frobnicate'$" "unknown command without a near one" -- "$migc" frobnicate
usage "unknown option '--bogus': write the command first" "option before the command" -- "$migc" --bogus
usage "unknown option '--bogus' for 'migc check'" "unknown option" -- "$migc" check --bogus "$tmp/ok.mig"
contains err "Run 'migc check --help' for its options" "points at the command's help"
usage "unknown option '--formt' for 'migc check'; did you mean '--format'\?" "mistyped option" -- "$migc" check --formt json "$tmp/ok.mig"
usage "--format may be given only once" "an option given twice" -- "$migc" check --format json --format sarif "$tmp/ok.mig"
usage "--threads: '-1' is not a whole number, 0 or more" "a value of the wrong type" -- "$migc" check --threads -1 "$tmp/ok.mig"
usage "--format: 'xml' is not one of text, json, sarif" "a value outside the set" -- "$migc" check --format xml "$tmp/ok.mig"
usage "--target: unknown target 'aws'" "an unknown target" -- "$migc" build --target aws "$tmp/ok.mig"
usage "unexpected argument '.*b.mig': 'migc build' takes one path" "two paths to build" -- "$migc" build "$tmp/ok.mig" "$tmp/b.mig"
usage "'migc version' takes no argument" "an argument to version" -- "$migc" version now
usage "missing shell" "completion without a shell" -- "$migc" completion
usage "-W: 'all' is not one of error" "-W with another value" -- "$migc" check -Wall "$tmp/ok.mig"

expect 0 "migc help" -- "$migc" help
contains out "Subcommands:" "migc help prints the command list"
expect 0 "migc help build" -- "$migc" help build
contains out "Usage: migc build" "migc help build prints build's help"
usage "unknown command 'chek'; did you mean 'check'\?" "migc help with a mistyped command" -- "$migc" help chek

# Several --target options add up.
expect 0 "--target twice" -- "$migc" build --target terraform --target pulumi --dry-run "$tmp/ok.mig" -o "$tmp/out2"
contains err "would write .*/terraform/main.tf" "--target terraform kept"
contains err "would write .*/pulumi/Pulumi.yaml" "--target pulumi kept"
lacks err "cloudformation" "cloudformation not selected"

cli_finish usage
