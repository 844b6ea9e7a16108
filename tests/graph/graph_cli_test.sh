#!/usr/bin/env bash
# `migc graph` beyond the examples' goldens: exact edges of a small program,
# regions as clusters, `when` declarations, a cutover's phases, resource
# dependencies, and the usage errors (a program with errors, SVG without
# Graphviz, an unknown format).
# Usage: graph_cli_test.sh MIGC SOURCE_DIR
set -uo pipefail
migc="$1" src="$2"
# shellcheck source=../cli/lib.sh
source "$src/tests/cli/lib.sh"
cli_setup
# The JSON graph of the last command ($tmp/out) as "from -> to [label] kind" lines.
edges() { python3 -c 'import json,sys
g = json.load(open(sys.argv[1]))
for e in g["edges"]: print("{} -> {} [{}] {}".format(e["from"], e["to"], e["label"], e["kind"]))' "$tmp/out" >"$tmp/edges"; }
nodes() { python3 -c 'import json,sys
g = json.load(open(sys.argv[1]))
for n in g["nodes"]: print(n["id"], n["region"], n.get("group", "-"), n.get("when", "-"), sep=" | ")' "$tmp/out" >"$tmp/nodes"; }

# --- a small program: exactly its references ---
mkdir -p "$tmp/small"
cp "$tmp/migc.json" "$tmp/small/"
cat >"$tmp/small/main.mig" <<'MIG'
migration "small" { region = "us-east-1" }
param create_topic: bool = false
network main {}
key data {}
secret admin { username = "dbadmin"; key = data }
cluster db { engine = aurora_postgresql("16.4"); network = main; credentials = admin; key = data }
topic alerts when create_topic { key = data }
alarm cpu when create_topic { watch = db.cpu; above = 80%; notify = alerts }
output endpoint = db.endpoint
MIG
expect 0 "graph --format json" -- "$migc" graph "$tmp/small" --format json
edges
cat >"$tmp/want" <<'TXT'
admin -> data [key] reference
db -> main [network] reference
db -> admin [credentials] reference
db -> data [key] reference
alerts -> data [key] reference
cpu -> db [watch] reference
cpu -> alerts [notify] reference
TXT
check 'diff -u "$tmp/want" "$tmp/edges"' "the small program's edges: $(diff "$tmp/want" "$tmp/edges" | tr '\n' ' ')"
nodes
contains nodes '^alerts \| us-east-1 \| - \| create_topic$' "a declaration under when names its flag"
expect 0 "graph --format dot" -- "$migc" graph "$tmp/small"
contains out '^  subgraph "cluster_region_0" \{$' "the region is a cluster"
contains out '"alerts" \[label="topic alerts\\nwhen create_topic", style="rounded,dashed"\];' "a when declaration is dashed"
contains out '^  "cpu" -> "db" \[label="watch"\];$' "an edge is labelled with its field"
expect 0 "graph --format mermaid" -- "$migc" graph "$tmp/small" --format mermaid
contains out '^flowchart LR$' "Mermaid flowchart"
contains out '^  class n[0-9]+(,n[0-9]+)* conditional$' "a when declaration has the dashed class"

# --- resources: the lowered stack and its references ---
expect 0 "graph --resources" -- "$migc" graph "$tmp/small" --resources --target terraform --format json
python3 - "$tmp/out" <<'PY' && pass=$((pass + 1)) || { echo "FAIL: --resources graph"; failures=$((failures + 1)); }
import json, sys
g = json.load(open(sys.argv[1]))
assert g["subject"] == "resources" and g["target"] == "terraform", g["subject"]
types = {n["kind"] for n in g["nodes"]}
assert {"aws_rds_cluster", "aws_kms_key", "aws_vpc"} <= types, types
by_id = {n["id"]: n for n in g["nodes"]}
# The cluster's instances point at it, and something of the cluster points at the key.
refs = [(by_id[e["from"]]["kind"], by_id[e["to"]]["kind"]) for e in g["edges"] if e["kind"] == "reference"]
assert ("aws_rds_cluster_instance", "aws_rds_cluster") in refs, refs
assert ("aws_rds_cluster", "aws_kms_key") in refs, refs
# Grouped by the declaration each resource comes from.
groups = {x["id"]: x["label"] for x in g["groups"]}
assert groups.get(by_id["db_cluster"].get("group")) == "db", groups
PY
expect 0 "graph --resources cloudformation" -- "$migc" graph "$tmp/small" --resources --target cloudformation
contains out '"db_cluster"' "the CloudFormation resource graph has the cluster"

# --- several regions: one cluster each ---
expect 0 "three regions" -- "$migc" graph "$src/tests/conformance/three-regions" --format json
nodes
contains nodes '^net_eu \| eu-west-1 \|' "a declaration in its region"
contains nodes '^net_ap \| ap-southeast-1 \|' "a declaration in its region"
expect 0 "three regions, dot" -- "$migc" graph "$src/tests/conformance/three-regions"
contains out 'subgraph "cluster_region_2" \{' "three region clusters"

# --- a cutover: its phases in order, the gate and alarms leave from the phase ---
expect 0 "cutover" -- "$migc" graph "$src/examples/dns-cutover" --format json
edges
contains edges '^db -> db/phase/replication \[1\] order$' "phase 1"
contains edges '^db -> db/phase/canary \[2\] order$' "phase 2"
contains edges '^db/phase/canary -> replicate \[gate\] reference$' "the canary's gate"
contains edges '^db/phase/cutover -> aurora_cpu \[alarms\] reference$' "the cutover phase's alarms"
nodes
contains nodes '^db/phase/canary \| us-east-1 \| cutover/db \|' "phases are in the cutover's group"

# --- errors and usage ---
mkdir -p "$tmp/bad"
cp "$tmp/migc.json" "$tmp/bad/"
printf 'migration "b" { region = "us-east-1" }\ncluster db { network = nowhere }\n' >"$tmp/bad/main.mig"
expect 1 "a program with errors" -- "$migc" graph "$tmp/bad" --color never
check '[ ! -s "$tmp/out" ]' "nothing is drawn for a program with errors"
contains err 'error\[MIG' "the errors are reported"
expect 2 "an unknown format" -- "$migc" graph "$tmp/small" --format png
expect 2 "SVG without Graphviz" -- env PATH=/nonexistent "$migc" graph "$tmp/small" --format svg
contains err "needs Graphviz's .dot. on PATH" "names what is missing"
check '[ ! -s "$tmp/out" ]' "nothing is written without Graphviz"
expect 2 "a missing path" -- "$migc" graph "$tmp/nowhere"
if command -v dot >/dev/null 2>&1; then
  expect 0 "SVG" -- "$migc" graph "$tmp/small" --format svg
  contains out '^<svg ' "an SVG document"
fi
cli_finish graph_cli_test
