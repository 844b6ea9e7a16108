#!/usr/bin/env bash
# Installs what migc needs to build and test, from Debian 12 packages only.
# Idempotent: apt runs only when something is missing. Needs root (or sudo).
set -euo pipefail

packages=(
  g++ cmake ninja-build make git python3 python3-yaml
  antlr4 libantlr4-runtime-dev            # parser generator (Java tool) and C++ runtime
  nlohmann-json3-dev libfmt-dev libcli11-dev libyaml-cpp-dev
  llvm-14-dev                             # LLVM Support: SourceMgr, raw_ostream
  libgtest-dev googletest                 # unit tests
  clang libclang-rt-14-dev                # libFuzzer for the parser fuzz test
  vim-nox                                 # headless Vim for the syntax-file test
  neovim                                  # headless Neovim: its built-in LSP client against migc lsp
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
