#!/usr/bin/env bash
# sanitize.sh [BUILD_DIR]
# Builds migc with AddressSanitizer + UndefinedBehaviorSanitizer
# (-fno-sanitize-recover=all: every report aborts) and runs the sanitizer
# slice (tests/hostile/sanitizer_slice.sh): every example, conformance case
# and diagnostics case, and the CLI-level suites, with that binary.
#   BUILD_DIR given (the suite does this): the binary is built in
#     BUILD_DIR/fuzz, the clang tree the fuzzers use (tests/fuzz/run_fuzz.sh),
#     so CI compiles the sanitized sources once for fuzzers and slice alike.
#   No BUILD_DIR: the "sanitize" CMake preset (build/sanitize, the default
#     compiler, tests included: `ctest --preset sanitize` runs the whole suite
#     sanitized, which takes a full build and about an hour).
# Exit: 0 no report; 1 a report or a failed build; 77 skipped (no clang for
# the shared tree).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
if [[ $# -ge 1 ]]; then
  build_dir="$(mkdir -p "$1" && cd "$1" && pwd)"
  tree="$build_dir/fuzz"
  if ! command -v clang++ >/dev/null 2>&1; then
    echo "SKIPPED: sanitize: clang++ not found"
    exit 77
  fi
  if [[ ! -f "$tree/build.ninja" ]]; then
    mkdir -p "$tree"
    CC=clang CXX=clang++ cmake -S "$root" -B "$tree" -G Ninja -DCMAKE_C_COMPILER=clang \
      -DCMAKE_CXX_COMPILER=clang++ -DMIGC_FUZZ=ON -DMIGC_BUILD_TESTS=OFF >"$tree/configure.log" 2>&1 ||
      { cat "$tree/configure.log"; echo "FAIL: sanitize: configure failed"; exit 1; }
  fi
else
  tree="$root/build/sanitize"
  cmake --preset sanitize >/dev/null
fi
echo "== building the sanitized migc in $tree"
if ! cmake --build "$tree" --target migc >"$tree/build-migc.log" 2>&1; then
  tail -40 "$tree/build-migc.log"
  echo "FAIL: sanitize: build failed (log: $tree/build-migc.log)"
  exit 1
fi
start=$SECONDS
bash "$root/tests/hostile/sanitizer_slice.sh" "$tree/compiler/migc" "$root"
status=$?
echo "sanitizer slice took $((SECONDS - start)) s"
exit $status
