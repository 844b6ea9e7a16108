#!/usr/bin/env bash
# Regenerates every golden and every generated file (the docs migc writes
# about itself, the config schema, the --help blocks of docs/cli.md); review
# the result with `git diff`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
cmake --build build
migc=build/compiler/migc
"$migc" explain --all --markdown >docs/diagnostics.md
"$migc" explain --kinds >docs/kinds.md
"$migc" explain --engines >docs/engines.md
"$migc" explain --policies >docs/policies.md
"$migc" explain --config-schema >schema/migc-config.schema.json
python3 tests/cli/cli_doc.py "$migc" docs/cli.md --update
MIGC_UPDATE_GOLDENS=1 ctest --test-dir build -L golden --output-on-failure
python3 tests/cost/readme_cost.py "$migc" . --update
# Seed 001's README shows its graph; SVG needs Graphviz (tests/graph checks it either way).
if command -v dot >/dev/null 2>&1; then
  "$migc" graph examples/inventory --format svg >examples/inventory/graph.svg.tmp
  mv examples/inventory/graph.svg.tmp examples/inventory/graph.svg
else
  echo "update-goldens: Graphviz's dot is not installed; examples/inventory/graph.svg left as it is" >&2
fi
git status --short -- tests examples docs schema
