#!/usr/bin/env bash
# Checks editors/vim headlessly: syntax groups at the positions listed in
# expectations.txt and gg=G idempotence on tests/editors/fixtures/*.mig.
# Exit: 0 pass, 1 fail, 77 skipped (vim not installed).
set -euo pipefail

self="${BASH_SOURCE[0]}"
[[ $self == */* ]] || self="./$self"
here="$(cd "${self%/*}" && pwd)"
root="$(cd "$here/../../.." && pwd)"

if ! command -v vim >/dev/null 2>&1; then
  echo "SKIPPED: vim-syntax: vim not found"
  exit 77
fi

out="$(mktemp "${TMPDIR:-/tmp}/migc-vim.XXXXXX")"
trap 'rm -f "$out"' EXIT

status=0
MIGC_ROOT="$root" MIGC_VIM_OUT="$out" \
  vim -N -u NONE -i NONE -es -S "$here/check.vim" </dev/null >/dev/null 2>&1 || status=$?

if [[ $status -eq 0 && ! -s "$out" ]]; then
  echo "PASS: vim-syntax"
  exit 0
fi
if [[ -s "$out" ]]; then
  sed 's/^/FAIL: vim-syntax: /' "$out"
else
  echo "FAIL: vim-syntax: vim exited with status $status without a report (error in check.vim or the runtime files?)"
fi
exit 1
