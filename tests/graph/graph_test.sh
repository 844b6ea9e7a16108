#!/usr/bin/env bash
# `migc graph` on one example folder.
#   golden     the declaration graph as DOT and as Mermaid equals
#              tests/golden/graph/NAME.dot and NAME.mmd (MIGC_UPDATE_GOLDENS=1
#              rewrites them; review with git diff), and two runs agree byte for byte
#   json       the JSON graph is well formed: every edge joins two nodes, every
#              declaration of `migc check --dump ir` is a node, every node's
#              region and group are listed
#   resources  --resources for each target: JSON well formed as above, DOT and
#              Mermaid written, and every resource of the target is a node
#   svg        --format svg is an SVG document naming every node and edge
#              (skipped by name without Graphviz's dot)
#   readme-svg the SVG the example's README shows (EXAMPLE_DIR/graph.svg) has
#              exactly the nodes and edges the program draws today; needs no Graphviz
# usage: graph_test.sh MODE MIGC EXAMPLE_DIR GOLDEN_PREFIX
set -u
mode=$1 migc=$2 example=$3 golden=$4
name="graph/$(basename "$example")/$mode"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $name: $*"; exit 1; }
graph() {  # graph OUT ARGS...
  local out=$1; shift
  "$migc" graph "$example" --color never "$@" >"$out" 2>"$work/err" || { cat "$work/err"; fail "migc graph $* failed"; }
}
# Checks a JSON graph; extra arguments are node ids that must be present.
json_ok() {
  python3 - "$@" <<'PY'
import json, sys
g = json.load(open(sys.argv[1]))
ids = [n["id"] for n in g["nodes"]]
assert len(ids) == len(set(ids)), "duplicate node ids"
for e in g["edges"]:
    assert e["from"] in ids and e["to"] in ids, f"edge {e} joins an unknown node"
groups = {x["id"] for x in g["groups"]}
for n in g["nodes"]:
    assert n["region"] in g["regions"], f"node {n['id']} in an unlisted region"
    assert "group" not in n or n["group"] in groups, f"node {n['id']} in an unlisted group"
missing = [i for i in sys.argv[2:] if i not in ids]
assert not missing, f"not drawn: {missing}"
PY
}

case $mode in
  golden)
    graph "$work/dot" --format dot
    graph "$work/mmd" --format mermaid
    graph "$work/dot2" --format dot
    cmp -s "$work/dot" "$work/dot2" || fail "two runs differ"
    if [ "${MIGC_UPDATE_GOLDENS:-}" = 1 ]; then
      mkdir -p "$(dirname "$golden")" && cp "$work/dot" "$golden.dot" && cp "$work/mmd" "$golden.mmd"
      echo "updated $golden.dot $golden.mmd"; exit 0
    fi
    diff -u "$golden.dot" "$work/dot" || fail "DOT differs from $golden.dot (scripts/update-goldens.sh, then review)"
    diff -u "$golden.mmd" "$work/mmd" || fail "Mermaid differs from $golden.mmd (scripts/update-goldens.sh, then review)"
    ;;
  json)
    graph "$work/json" --format json
    "$migc" check "$example" --dump ir --color never >"$work/ir" 2>/dev/null || fail "migc check failed"
    # Declarations are the IR dump's unindented `kind name` lines.
    mapfile -t names < <(grep -E '^[a-z_]+ [A-Za-z_][A-Za-z0-9_.]*$' "$work/ir" | grep -vE '^(param|output|migration) ' | cut -d' ' -f2)
    [ ${#names[@]} -gt 0 ] || fail "no declarations found in the IR dump"
    json_ok "$work/json" "${names[@]}" || fail "the JSON graph is malformed"
    ;;
  resources)
    for target in terraform cloudformation pulumi; do
      graph "$work/$target.json" --resources --target "$target" --format json
      json_ok "$work/$target.json" || fail "$target: the JSON graph is malformed"
      graph "$work/$target.dot" --resources --target "$target" --format dot
      graph "$work/$target.mmd" --resources --target "$target" --format mermaid
      grep -q '^digraph ' "$work/$target.dot" || fail "$target: not DOT"
      grep -q '^flowchart LR$' "$work/$target.mmd" || fail "$target: not a Mermaid flowchart"
    done
    # Every Terraform resource of the build is a node.
    "$migc" build "$example" --target terraform -o "$work/out" --color never 2>/dev/null || fail "migc build failed"
    mapfile -t tf < <(cat "$work/out/terraform/"*.tf | sed -nE 's/^(resource|data|ephemeral) "[a-z0-9_]+" "([a-z0-9_]+)" \{/\2/p')
    [ ${#tf[@]} -gt 0 ] || fail "no Terraform resources found"
    json_ok "$work/terraform.json" "${tf[@]}" || fail "a Terraform resource is missing from the graph"
    ;;
  svg|readme-svg)
    if [ "$mode" = svg ]; then
      command -v dot >/dev/null 2>&1 || { echo "SKIPPED: $name: Graphviz's dot is not installed"; exit 77; }
      graph "$work/svg" --format svg
      svg="$work/svg" exact=""
    else
      svg="$example/graph.svg" exact=1
    fi
    graph "$work/json" --format json
    python3 - "$svg" "$work/json" "$exact" <<'PY' || fail "$svg is malformed or differs from the program's graph (scripts/update-goldens.sh)"
import json, sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
assert root.tag.endswith("svg"), root.tag
# Graphviz titles each node with its id and each edge with "from->to".
titles = {t.text for t in root.iter() if t.tag.endswith("title")}
g = json.load(open(sys.argv[2]))
want = {n["id"] for n in g["nodes"]} | {e["from"] + "->" + e["to"] for e in g["edges"]} | {g["name"]}
missing = sorted(want - titles)
assert not missing, f"not in the SVG: {missing}"
extra = sorted(t for t in titles - want if not (t or "").startswith("cluster_"))
assert not (sys.argv[3] and extra), f"in the SVG but no longer in the program: {extra}"
PY
    ;;
  *) echo "graph_test.sh: unknown mode '$mode'" >&2; exit 2 ;;
esac
echo "PASS: $name"
