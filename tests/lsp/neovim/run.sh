#!/usr/bin/env bash
# Neovim's built-in LSP client, headless, against `migc lsp` on one fixture
# (client.lua says what is checked). Exit 0 pass, 1 fail, 77 without nvim.
#   run.sh MIGC
set -euo pipefail
migc="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
command -v nvim >/dev/null 2>&1 || { echo "SKIPPED: neovim-lsp: nvim not found"; exit 77; }
work="$(mktemp -d "${TMPDIR:-/tmp}/migc-nvim.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$here/fixture/main.mig" "$work/main.mig"
export MIGC="$migc" FIXTURE="$work/main.mig" RESULT="$work/result.txt"
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data" XDG_STATE_HOME="$work/state" XDG_CACHE_HOME="$work/cache"
timeout 120 nvim --headless -u NONE -i NONE -n -c "luafile $here/client.lua" </dev/null >"$work/nvim.log" 2>&1 || true
if [[ ! -f $RESULT ]]; then
  cat "$work/nvim.log"
  echo "FAIL: neovim-lsp: nvim wrote no result ($(nvim --version | head -1))"
  exit 1
fi
cat "$RESULT"
grep -q '^PASS: neovim-lsp' "$RESULT"
