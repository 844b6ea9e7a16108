#!/usr/bin/env bash
# Installs dependencies, builds migc, and compiles the quickstart example.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/build.sh
./build/compiler/migc build examples/quickstart -o out/quickstart
echo
echo "quickstart: outputs written to $root/out/quickstart:"
find out/quickstart -type f | sort | sed 's/^/  /'
