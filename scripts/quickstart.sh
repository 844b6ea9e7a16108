#!/usr/bin/env bash
# Installs what building migc needs, builds the migc binary alone (not the
# tests or the fuzzer), and compiles the quickstart example.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh --build-only
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIGC_BUILD_TESTS=OFF >/dev/null
cmake --build build --target migc
./build/compiler/migc build examples/quickstart -o out/quickstart
echo
echo "quickstart: outputs written to $root/out/quickstart:"
find out/quickstart -type f | sort | sed 's/^/  /'
cat <<NEXT

Next:
  terraform -chdir=out/quickstart/terraform init && terraform -chdir=out/quickstart/terraform validate
  ./build/compiler/migc init my-migration     # a starter program of your own
  cmake --install build --prefix ~/.local --strip   # migc on your PATH (see README.md)
NEXT
