#!/usr/bin/env bash
# Configures and builds migc and its test suite into ./build (after
# installing dependencies).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
bash scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DMIGC_BUILD_TESTS=ON >/dev/null
cmake --build build
