#!/usr/bin/env bash
# Installs what migc needs, from Debian 12 packages only.
#   install-deps.sh               to build migc and run the whole test suite
#   install-deps.sh --build-only  to build migc alone (scripts/quickstart.sh)
# Idempotent: apt runs only when something is missing. Needs root (or sudo).
set -euo pipefail

build=(
  g++ cmake ninja-build make git
  antlr4 libantlr4-runtime-dev            # parser generator (Java tool) and C++ runtime
  nlohmann-json3-dev libfmt-dev libcli11-dev libyaml-cpp-dev
  llvm-14-dev                             # LLVM Support: SourceMgr, raw_ostream
)
tests=(
  python3 python3-yaml                    # test scripts, the validators' YAML reader
  libgtest-dev googletest                 # unit tests
  clang libclang-rt-14-dev                # libFuzzer for the parser fuzz test
  vim-nox                                 # headless Vim for the syntax-file test
  neovim                                  # headless Neovim: its built-in LSP client against migc lsp
  dpkg-dev file                           # cpack's .deb (dpkg-shlibdeps) for the package test
  jq                                      # the GitLab CI recipe's test
  graphviz                                # `migc graph --format svg` (dot) in the graph tests
)

case "${1:-}" in
  "") packages=("${build[@]}" "${tests[@]}") ;;
  --build-only) packages=("${build[@]}") ;;
  *) echo "usage: $0 [--build-only]" >&2; exit 2 ;;
esac

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
