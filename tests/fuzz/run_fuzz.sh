#!/usr/bin/env bash
# run_fuzz.sh BUILD_DIR SECONDS [TARGET]
# Builds a libFuzzer target with clang in BUILD_DIR/fuzz and fuzzes it for
# SECONDS with tests/fuzz/mig.dict, from a scratch copy of its seed corpus:
#   parse_fuzzer (default): parseFile + dumpAst + all renderers; seeds
#     tests/fuzz/corpus;
#   pipeline_fuzzer: check + every backend in memory, outputs re-parsed;
#     seeds tests/fuzz/corpus, the examples, tests/diagnostics and
#     tests/conformance (every .mig file under 64 KiB).
# Exit: 0 no finding; 1 crash, sanitizer report, leak, timeout, OOM or invalid
# renderer output (the reproducer path is printed), or build failure;
# 2 usage; 77 skipped (no clang++ or no libFuzzer runtime).
set -euo pipefail

if [[ $# -lt 2 || $# -gt 3 || ! "$2" =~ ^[0-9]+$ ]]; then
  echo "usage: run_fuzz.sh BUILD_DIR SECONDS [parse_fuzzer|pipeline_fuzzer]" >&2
  exit 2
fi
target="${3:-parse_fuzzer}"
name="fuzz-${target%_fuzzer}"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
build_dir="$(mkdir -p "$1" && cd "$1" && pwd)"
seconds="$2"
fuzz_dir="$build_dir/fuzz"
case "$target" in parse_fuzzer|pipeline_fuzzer) ;; *) echo "unknown target $target" >&2; exit 2;; esac

if ! command -v clang++ >/dev/null 2>&1 || ! command -v clang >/dev/null 2>&1; then
  echo "SKIPPED: $name: clang++ not found"
  exit 77
fi
probe_dir="$(mktemp -d "${TMPDIR:-/tmp}/migc-fuzz-probe.XXXXXX")"
trap 'rm -rf "$probe_dir"' EXIT
printf 'extern "C" int LLVMFuzzerTestOneInput(const unsigned char*, unsigned long) { return 0; }\n' \
  >"$probe_dir/probe.cpp"
if ! clang++ -fsanitize=fuzzer,address,undefined "$probe_dir/probe.cpp" -o "$probe_dir/probe" \
     >"$probe_dir/log" 2>&1; then
  echo "SKIPPED: $name: libFuzzer runtime missing (clang++ -fsanitize=fuzzer cannot link;" \
       "install libclang-rt-dev for your clang)"
  sed 's/^/  /' "$probe_dir/log" | head -5
  exit 77
fi

echo "== configuring $fuzz_dir"
mkdir -p "$fuzz_dir"
CC=clang CXX=clang++ cmake -S "$root" -B "$fuzz_dir" -G Ninja \
  -DCMAKE_C_COMPILER=clang -DCMAKE_CXX_COMPILER=clang++ \
  -DMIGC_FUZZ=ON -DMIGC_BUILD_TESTS=OFF >"$fuzz_dir/configure.log" 2>&1 || {
  cat "$fuzz_dir/configure.log"
  echo "FAIL: $name: cmake configure failed"
  exit 1
}
echo "== building $target"
if ! cmake --build "$fuzz_dir" --target "$target" >"$fuzz_dir/build-$target.log" 2>&1; then
  tail -40 "$fuzz_dir/build-$target.log"
  echo "FAIL: $name: build failed (full log: $fuzz_dir/build-$target.log)"
  exit 1
fi

corpus="$fuzz_dir/corpus-$target"
artifacts="$fuzz_dir/artifacts-$target"
rm -rf "$corpus"
mkdir -p "$corpus" "$artifacts"
cp "$here"/corpus/* "$corpus"/
if [[ "$target" == pipeline_fuzzer ]]; then
  # Named by their path, so that seeds with one file name stay apart.
  while IFS= read -r -d '' f; do
    rel="${f#"$root"/}"
    cp "$f" "$corpus/seed-${rel//\//-}"
  done < <(find "$root/examples" "$root/tests/diagnostics" "$root/tests/conformance" -name '*.mig' -size -64k -print0)
  max_len=65536
else
  max_len=0  # libFuzzer's default: from the seeds
fi
before="$(ls "$artifacts" | wc -l)"

# halt_on_error: a UBSan report is a failure, not a log line. lsan.supp lists
# the known third-party leaks (each documented there with a reproducer).
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1${UBSAN_OPTIONS:+:$UBSAN_OPTIONS}"
export LSAN_OPTIONS="suppressions=$here/lsan.supp:print_suppressions=0${LSAN_OPTIONS:+:$LSAN_OPTIONS}"

# Reports a failed phase with its reproducer and exits 1.
fail() {
  local log="$1" status="$2" crash
  tail -60 "$log"
  crash="$(grep -Eo 'Test unit written to .*' "$log" | sed 's/^Test unit written to //' | tail -1)"
  if [[ -z "$crash" && "$(ls "$artifacts" | wc -l)" -gt "$before" ]]; then
    crash="$artifacts/$(ls -t "$artifacts" | head -1)"
  fi
  echo "FAIL: $name: $target exited with $status; reproducer: ${crash:-<none written>}"
  echo "  reproduce with: $fuzz_dir/$target ${crash:-<file>}"
  exit 1
}

# Leaks: libFuzzer's own check (-detect_leaks=1) runs a full LeakSanitizer
# scan after every input that allocates more than it frees; ANTLR's growing
# DFA cache (and its known leak, see lsan.supp) makes that most inputs and
# cuts the rate tenfold. So it is off while fuzzing, and LeakSanitizer's
# check at exit covers the whole session instead; only when that finds a leak
# is the corpus re-run input by input to name a reproducer.
echo "== fuzzing for ${seconds}s (LeakSanitizer suppressions: $here/lsan.supp)"
status=0
"$fuzz_dir/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" \
  -detect_leaks=0 -dict="$here/mig.dict" -artifact_prefix="$artifacts/" -print_final_stats=1 \
  "$corpus" >"$fuzz_dir/fuzz-$target.log" 2>&1 || status=$?
grep -E '^(#[0-9]+[[:space:]]+(INITED|DONE)|stat::)' "$fuzz_dir/fuzz-$target.log" || true
if [[ $status -ne 0 ]] && grep -q 'LeakSanitizer: detected memory leaks' "$fuzz_dir/fuzz-$target.log"; then
  # The unit libFuzzer saved at exit is just the last input, not the culprit.
  grep -B2 -A14 'LeakSanitizer: detected memory leaks' "$fuzz_dir/fuzz-$target.log" | head -40
  echo "== the session leaked; re-running the $(ls "$corpus" | wc -l) corpus inputs one by one"
  rm -f "$artifacts"/crash-*
  before="$(ls "$artifacts" | wc -l)"
  "$fuzz_dir/$target" -runs=0 -timeout=10 -rss_limit_mb=2048 -detect_leaks=1 \
    -artifact_prefix="$artifacts/" "$corpus" >"$fuzz_dir/leaks-$target.log" 2>&1 || true
  if ! grep -q 'Test unit written to' "$fuzz_dir/leaks-$target.log"; then
    echo "FAIL: $name: memory leak (stacks above, log: $fuzz_dir/fuzz-$target.log);" \
         "no single corpus input reproduces it"
    exit 1
  fi
  fail "$fuzz_dir/leaks-$target.log" "$status"
fi
[[ $status -eq 0 ]] || fail "$fuzz_dir/fuzz-$target.log" "$status"

echo "PASS: $name: no crash, hang, leak or invalid output in ${seconds}s" \
     "(corpus now $(ls "$corpus" | wc -l) files; log: $fuzz_dir/fuzz-$target.log)"
exit 0
