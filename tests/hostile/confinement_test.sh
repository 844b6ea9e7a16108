#!/usr/bin/env bash
# Workspace confinement (docs/security.md): a function's code, imports and
# the sources of a folder resolve inside the workspace (symlinks followed),
# only regular files are read, and sizes are checked before reading.
# Usage: confinement_test.sh MIGC
migc="$1"
source "$(dirname "$0")/lib.sh"

ws="$tmp/ws"
mkdir -p "$ws/code" "$tmp/outside/code"
echo 'def handler(e, c): return 1' >"$ws/code/app.py"
echo 'SECRET_OUTSIDE=1' >"$tmp/outside/code/app.py"
cp "$tmp/migc.json" "$ws/"
function_with() {  # function_with CODE: a program whose function's code is CODE
  printf '%s\nfunction f {\n  runtime = "python3.12"\n  handler = "app.handler"\n  code    = "%s"\n}\n' "$header" "$1" >"$ws/main.mig"
}

function_with "code"
expect 0 "code inside the workspace builds" -- "$migc" build "$ws" -o "$tmp/out-ok"

export CI_SECRET_TOKEN=ghp_planted_for_the_test
for code in /proc/self/environ ../outside/code "$tmp/outside/code" /etc/passwd; do
  function_with "$code"
  rm -rf "$tmp/out-bad"
  expect 1 "code = $code is refused" -- "$migc" build "$ws" -o "$tmp/out-bad"
  contains err "error\[MIG1023\]" "code = $code names MIG1023"
  contains err "main.mig:[0-9]+:[0-9]+" "code = $code is located"
  ok test ! -e "$tmp/out-bad" -- "code = $code writes nothing"
done
unset CI_SECRET_TOKEN

ln -s "$tmp/outside/code" "$ws/linked"
function_with "linked"
expect 1 "a symlink out of the workspace is refused" -- "$migc" check "$ws"
contains err "MIG1023" "symlinked code names MIG1023"

mkdir -p "$ws/mixed"
cp "$ws/code/app.py" "$ws/mixed/"
ln -s "$tmp/outside/code/app.py" "$ws/mixed/leak.py"
function_with "mixed"
expect 1 "a folder holding a symlink out is refused" -- "$migc" check "$ws"
contains err "MIG1024" "a folder with an escaping symlink names MIG1024"

ln -s /dev/zero "$ws/zero"
function_with "zero"
expect 1 "a symlink to /dev/zero is refused" -- "$migc" check "$ws"
contains err "MIG1023" "/dev/zero is outside"

mkfifo "$ws/fifo"
function_with "fifo"
expect 1 "a FIFO is refused, not waited on" -- "$migc" build "$ws" -o "$tmp/out-fifo"
contains err "MIG1024" "a FIFO names MIG1024"
rm "$ws/fifo"
mkdir -p "$ws/fifodir" && mkfifo "$ws/fifodir/pipe"
function_with "fifodir"
expect 1 "a folder holding a FIFO is refused" -- "$migc" build "$ws" -o "$tmp/out-fifo"
contains err "MIG1024" "a folder with a FIFO names MIG1024"

# Imports: std/ may not climb out of the stdlib, nor name an absolute path.
echo 'secret stolen { username = "from-outside" }' >"$tmp/outside/evil.mig"
rel="std/$(printf '../%.0s' $(seq 1 30))${tmp#/}/outside/evil.mig"
printf '%s\nimport "%s" as x\ntopic t {}\n' "$header" "$rel" >"$ws/main.mig"
expect 1 "import std/../.. is refused" -- "$migc" check "$ws"
contains err "error\[MIG1021\]" "std/.. names MIG1021"
printf '%s\nimport "std/%s/outside/evil.mig" as x\ntopic t {}\n' "$header" "$tmp" >"$ws/main.mig"
expect 1 "import std//absolute is refused" -- "$migc" check "$ws"
contains err "error\[MIG1021\]" "std//abs names MIG1021"
mkdir -p "$ws/sub" && ln -s "$tmp/outside/evil.mig" "$ws/sub/evil.mig"
printf '%s\nimport "sub/evil.mig" as x\ntopic t {}\n' "$header" >"$ws/main.mig"
expect 1 "an import through a symlink out is refused" -- "$migc" check "$ws/main.mig"
contains err "MIG1021" "symlinked import names MIG1021"
rm -rf "$ws/sub"

# A folder's sources: a symlinked .mig pointing out is not read.
printf '%s\ntopic t {}\n' "$header" >"$ws/main.mig"
ln -s "$tmp/outside/evil.mig" "$ws/evil.mig"
expect 2 "a symlinked source leaving the folder is an error" -- "$migc" check "$ws"
contains err "outside" "the error says it leaves the folder"
rm "$ws/evil.mig"

# Sizes are checked before reading: a sparse 16 GiB file, a device, endless stdin.
truncate -s 16G "$tmp/huge.mig"
expect 1 "a sparse 16 GiB file is MIG0008, not read" -- "$migc" check "$tmp/huge.mig"
contains err "error\[MIG0008\]" "16 GiB names MIG0008"
expect 1 "fmt of the 16 GiB file is MIG0008" -- "$migc" fmt "$tmp/huge.mig"
contains err "MIG0008" "fmt names MIG0008"
rm "$tmp/huge.mig"
expect 2 "/dev/zero as a source is refused" -- "$migc" check /dev/zero
contains err "not a regular file" "/dev/zero is not a regular file"
timeout -s KILL 60 bash -c "yes | '$migc' check -" >"$tmp/out" 2>"$tmp/err"
ok test "$?" = 1 -- "endless stdin exits 1 with MIG0008"
contains err "MIG0008" "endless stdin names MIG0008"
mkfifo "$tmp/pipe.mig"
expect 2 "a FIFO given as a source is refused, not waited on" -- "$migc" check "$tmp/pipe.mig"
finish
