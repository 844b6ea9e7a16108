#!/usr/bin/env bash
# `migc graph` on one example folder, in one pass (one ctest test per example):
#   * the declaration graph as DOT and as Mermaid equals
#     tests/golden/graph/NAME.dot and NAME.mmd (MIGC_UPDATE_GOLDENS=1 rewrites
#     them; review with git diff), and two runs agree byte for byte;
#   * the JSON graph is well formed: every edge joins two nodes, every
#     declaration of `migc check --dump ir` is a node, every node's region and
#     group are listed;
#   * --resources for each target: JSON well formed as above, DOT and Mermaid
#     written, and every Terraform resource of `migc build` is a node;
#   * --format svg is an SVG document naming every node and edge (not checked,
#     and said so, without Graphviz's dot).
# readme-svg instead checks the SVG the example's README shows
# (EXAMPLE_DIR/graph.svg): exactly the nodes and edges the program draws
# today; it needs no Graphviz.
# usage: graph_test.sh all|readme-svg MIGC EXAMPLE_DIR GOLDEN_PREFIX
set -u
mode=$1 migc=$2 example=$3 golden=$4
name="graph/$(basename "$example")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $name: $*"; exit 1; }
graph() {  # graph OUT ARGS...
  local out=$1; shift
  "$migc" graph "$example" --color never "$@" >"$out" 2>"$work/err" || { cat "$work/err"; fail "migc graph $* failed"; }
}
# Checks, in one Python run (its start-up is most of this test's time), the
# files named in $work/checks: lines "json FILE [IDS_FILE]" (a well-formed
# graph, with every id of IDS_FILE a node) and "svg SVG JSON EXACT".
check_all() {
  python3 - "$work/checks" <<'PY'
import json, sys, xml.etree.ElementTree as ET
def graph_ok(path, ids_file):
    g = json.load(open(path))
    ids = [n["id"] for n in g["nodes"]]
    assert len(ids) == len(set(ids)), f"{path}: duplicate node ids"
    for e in g["edges"]:
        assert e["from"] in ids and e["to"] in ids, f"{path}: edge {e} joins an unknown node"
    groups = {x["id"] for x in g["groups"]}
    for n in g["nodes"]:
        assert n["region"] in g["regions"], f"{path}: node {n['id']} in an unlisted region"
        assert "group" not in n or n["group"] in groups, f"{path}: node {n['id']} in an unlisted group"
    if ids_file:
        want = [w for w in open(ids_file).read().split() if w]
        assert want, f"{ids_file}: nothing to look for"
        missing = [i for i in want if i not in ids]
        assert not missing, f"{path}: not drawn: {missing}"
def svg_ok(svg, graph_json, exact):
    root = ET.parse(svg).getroot()
    assert root.tag.endswith("svg"), root.tag
    # Graphviz titles each node with its id and each edge with "from->to".
    titles = {t.text for t in root.iter() if t.tag.endswith("title")}
    g = json.load(open(graph_json))
    want = {n["id"] for n in g["nodes"]} | {e["from"] + "->" + e["to"] for e in g["edges"]} | {g["name"]}
    missing = sorted(want - titles)
    assert not missing, f"{svg}: not in the SVG: {missing}"
    extra = sorted(t for t in titles - want if not (t or "").startswith("cluster_"))
    assert not (exact == "1" and extra), f"{svg}: in the SVG but no longer in the program: {extra} (scripts/update-goldens.sh)"
for line in open(sys.argv[1]):
    kind, *args = line.split()
    if kind == "json": graph_ok(args[0], args[1] if len(args) > 1 else None)
    else: svg_ok(*args)
PY
}
: >"$work/checks"

if [ "$mode" = readme-svg ]; then
  graph "$work/json" --format json
  echo "svg $example/graph.svg $work/json 1" >>"$work/checks"
  check_all || fail "the README's graph.svg differs from the program's graph"
  echo "PASS: $name/readme-svg"; exit 0
fi
[ "$mode" = all ] || { echo "graph_test.sh: unknown mode '$mode'" >&2; exit 2; }

# Goldens: DOT and Mermaid of the declarations.
graph "$work/dot" --format dot
graph "$work/mmd" --format mermaid
graph "$work/dot2" --format dot
cmp -s "$work/dot" "$work/dot2" || fail "two runs differ"
if [ "${MIGC_UPDATE_GOLDENS:-}" = 1 ]; then
  mkdir -p "$(dirname "$golden")" && cp "$work/dot" "$golden.dot" && cp "$work/mmd" "$golden.mmd"
  echo "updated $golden.dot $golden.mmd"
else
  diff -u "$golden.dot" "$work/dot" || fail "DOT differs from $golden.dot (scripts/update-goldens.sh, then review)"
  diff -u "$golden.mmd" "$work/mmd" || fail "Mermaid differs from $golden.mmd (scripts/update-goldens.sh, then review)"
fi

# JSON: every declaration of the IR dump (its unindented `kind name` lines) is a node.
graph "$work/json" --format json
"$migc" check "$example" --dump ir --color never >"$work/ir" 2>/dev/null || fail "migc check failed"
grep -E '^[a-z_]+ [A-Za-z_][A-Za-z0-9_.]*$' "$work/ir" | grep -vE '^(param|output|migration) ' | cut -d' ' -f2 >"$work/decls"
echo "json $work/json $work/decls" >>"$work/checks"

# Resources of each target; every Terraform resource of the build is a node.
for target in terraform cloudformation pulumi; do
  graph "$work/$target.json" --resources --target "$target" --format json
  graph "$work/$target.dot" --resources --target "$target" --format dot
  graph "$work/$target.mmd" --resources --target "$target" --format mermaid
  grep -q '^digraph ' "$work/$target.dot" || fail "$target: not DOT"
  grep -q '^flowchart LR$' "$work/$target.mmd" || fail "$target: not a Mermaid flowchart"
  echo "json $work/$target.json" >>"$work/checks"
done
"$migc" build "$example" --target terraform -o "$work/out" --color never 2>/dev/null || fail "migc build failed"
cat "$work/out/terraform/"*.tf | sed -nE 's/^(resource|data|ephemeral) "[a-z0-9_]+" "([a-z0-9_]+)" \{.*/\2/p' >"$work/tf"
echo "json $work/terraform.json $work/tf" >>"$work/checks"

# SVG through Graphviz, where it is installed.
svg=checked
if command -v dot >/dev/null 2>&1; then
  graph "$work/svg" --format svg
  echo "svg $work/svg $work/json 0" >>"$work/checks"
else
  svg="not checked: Graphviz's dot is not installed"
fi
check_all || fail "a graph is malformed (see above)"
echo "PASS: $name (SVG $svg)"
