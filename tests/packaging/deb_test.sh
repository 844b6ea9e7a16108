#!/usr/bin/env bash
# The Debian package, as a user on a fresh machine gets it: cpack packs the
# already built tree (nothing is compiled again), the .deb is unpacked into
# a scratch root with `dpkg -x`, and the migc in it writes a starter program,
# checks it and builds it, finding its stdlib inside the package. Also: the
# binary is stripped with its debug information in the -dbgsym package, and
# the man page and the completions are installed and work.
#   deb_test.sh BUILD_DIR      exit 0 pass, 1 fail, 77 skipped
set -uo pipefail
build="$1"
name=packaging/deb
skip() { echo "SKIPPED: $name: $*"; exit 77; }
for tool in cpack dpkg-deb dpkg-shlibdeps file objcopy readelf; do
  command -v "$tool" >/dev/null 2>&1 || skip "$tool not found (scripts/install-deps.sh installs it)"
done
work="$(mktemp -d "${TMPDIR:-/tmp}/migc-deb.XXXXXX")"
trap 'rm -rf "$work"' EXIT
failures=0
fail() { echo "FAIL: $name: $*"; failures=$((failures + 1)); }

# zstd packs the 170 MB of debug information in seconds; the released
# package uses the default compression, which changes nothing inside.
if ! (cd "$build" && cpack -G DEB -B "$work/pkg" -D CPACK_DEBIAN_COMPRESSION_TYPE=zstd) >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"; echo "FAIL: $name: cpack failed"; exit 1
fi
deb=$(ls "$work"/pkg/migc_*.deb 2>/dev/null | head -1)
dbgsym=$(ls "$work"/pkg/migc-dbgsym_*.ddeb 2>/dev/null | head -1)
[[ -n "$deb" ]] || { cat "$work/cpack.log"; echo "FAIL: $name: no migc_*.deb"; exit 1; }
dpkg-deb -I "$deb" >"$work/control" || fail "dpkg-deb cannot read $deb"
grep -q '^ Depends:.*libfmt' "$work/control" || fail "Depends lacks the shared libraries (dpkg-shlibdeps)"

root="$work/root"
dpkg -x "$deb" "$root" || { echo "FAIL: $name: dpkg -x failed"; exit 1; }
migc="$root/usr/bin/migc"
for f in usr/bin/migc usr/share/migc/stdlib/data/engine_versions.json usr/share/migc/stdlib/init/main.mig \
         usr/share/man/man1/migc.1.gz usr/share/bash-completion/completions/migc \
         usr/share/zsh/vendor-completions/_migc usr/share/fish/vendor_completions.d/migc.fish; do
  [[ -e "$root/$f" ]] || fail "the package lacks /$f"
done
[[ ! -e "$root/usr/share/migc/stdlib/data/tools" ]] || fail "the package holds the stdlib's maintainer scripts"
file "$migc" | grep -q ', stripped' || fail "/usr/bin/migc is not stripped: $(file -b "$migc")"
readelf -S "$migc" | grep -q gnu_debuglink || fail "/usr/bin/migc has no .gnu_debuglink to its debug file"
if [[ -z "$dbgsym" ]]; then
  fail "no migc-dbgsym_*.ddeb"
elif ! dpkg-deb -c "$dbgsym" | grep -q '/usr/lib/debug/.build-id/.*\.debug$'; then
  fail "the -dbgsym package holds no debug file"
fi

# The packaged migc, with no hint where the stdlib is: it finds its own.
x="$work/x"
(unset MIGC_STDLIB; cd "$work" && timeout 120 "$migc" init "$x" && timeout 120 "$migc" check "$x" &&
  timeout 120 "$migc" build "$x" -o "$x/out") >"$work/run.log" 2>&1 || { cat "$work/run.log"; fail "init, check, build failed"; }
for target in terraform cloudformation pulumi; do
  [[ -d "$x/out/$target" ]] || fail "build wrote no $target output"
done

if command -v man >/dev/null 2>&1; then
  MANWIDTH=100 man -l "$root/usr/share/man/man1/migc.1.gz" 2>"$work/man.err" | grep -q 'migc check' ||
    { cat "$work/man.err"; fail "man -l cannot show migc.1 or it lacks 'migc check'"; }
fi
if command -v groff >/dev/null 2>&1; then
  zcat "$root/usr/share/man/man1/migc.1.gz" | groff -man -Tutf8 -ww -z 2>"$work/groff.err"
  [[ ! -s "$work/groff.err" ]] || { cat "$work/groff.err"; fail "groff warns about migc.1"; }
fi
completion=$(bash -c 'source "$1"; COMP_WORDS=(migc chec); COMP_CWORD=1; _migc; echo "${COMPREPLY[*]}"' \
  bash "$root/usr/share/bash-completion/completions/migc")
[[ "$completion" == "check" ]] || fail "bash completion of 'migc chec' gave '$completion'"
for shell in zsh fish; do
  command -v $shell >/dev/null 2>&1 || continue
  f="$root/usr/share/zsh/vendor-completions/_migc"; [[ $shell == fish ]] && f="$root/usr/share/fish/vendor_completions.d/migc.fish"
  $shell -n "$f" || fail "$shell rejects its completion script"
done

[[ $failures == 0 ]] || exit 1
echo "PASS: $name: $(basename "$deb") ($(du -h "$deb" | cut -f1)), migc $(du -h "$migc" | cut -f1) stripped"
