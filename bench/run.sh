#!/usr/bin/env bash
# Benchmarks for migc. See bench/README.md.
#
#   bench/run.sh [--quick] [--phases]
#
# --quick   skip the 1M-line workspace
# --phases  also time parse only and parse + semantic analysis on the largest
#           workspace (threads=1), by adding a file with a syntax error or a
#           name error, which stops the pipeline after that phase
#
# Builds nothing: it measures ${BUILD_DIR:-build}/compiler/migc (or $MIGC).
# Everything it writes goes under ${BUILD_DIR:-build}/bench/: the generated
# workspaces (reused while the generator and its arguments are unchanged), a
# snapshot of the binary, logs, and the results table, latest.md.
#
# Environment:
#   BUILD_DIR   build directory, relative to the repository root (default: build)
#   MIGC        the migc binary to measure (default: $BUILD_DIR/compiler/migc)
#   RUNS_BUILD  runs of the small-project benchmarks (default 20)
#   RUNS_10K RUNS_100K RUNS_1M   runs per workspace size and thread setting
#               (defaults 10, 5, 3; --quick: 5, 3, and no 1M workspace)
set -euo pipefail

quick=0
phases=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --phases) phases=1 ;;
    -h|--help) sed -n '2,22p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg' (expected --quick or --phases)" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BUILD_DIR=${BUILD_DIR:-build}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
OUT="$BUILD_DIR/bench"
MIGC_SRC=${MIGC:-$BUILD_DIR/compiler/migc}

if [[ ! -x "$MIGC_SRC" ]]; then
  echo "run.sh: $MIGC_SRC not found; build it first: ninja -C ${BUILD_DIR#"$ROOT/"} migc" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "run.sh: python3 is needed to generate workspaces" >&2; exit 2; }

mkdir -p "$OUT/logs"
# Measure a snapshot, so a rebuild of build/compiler/migc during a long run
# does not change the binary half-way. The stdlib is found through the
# environment, since the copy is not next to an installed share/ directory.
MIGC_BIN="$OUT/migc"
cp "$MIGC_SRC" "$MIGC_BIN.tmp" && mv -f "$MIGC_BIN.tmp" "$MIGC_BIN"
export MIGC_STDLIB=${MIGC_STDLIB:-$ROOT/stdlib}

if [[ -x /usr/bin/time ]]; then
  have_gnu_time=1
else
  have_gnu_time=0
  echo "run.sh: /usr/bin/time not found (Debian package 'time'); using bash's time, peak RSS unavailable" >&2
fi
if command -v hyperfine >/dev/null 2>&1; then have_hyperfine=1; else have_hyperfine=0; fi

RUNS_BUILD=${RUNS_BUILD:-20}
if (( quick )); then
  RUNS_10K=${RUNS_10K:-5}; RUNS_100K=${RUNS_100K:-3}; RUNS_1M=${RUNS_1M:-3}
  sizes=(10000 100000)
else
  RUNS_10K=${RUNS_10K:-10}; RUNS_100K=${RUNS_100K:-5}; RUNS_1M=${RUNS_1M:-3}
  sizes=(10000 100000 1000000)
fi

# ---- helpers ---------------------------------------------------------------

now() { echo "$EPOCHREALTIME"; }  # microsecond wall clock, no fork
loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "n/a"; }

# median and min of numbers on stdin
stats() { sort -g | awk '{v[NR]=$1} END {if (NR==0) {print "nan nan"; exit}
  m = (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2; print m, v[1]}'; }

fmt_time() {  # seconds -> "12.3 ms" / "1.23 s"
  awk -v s="$1" 'BEGIN { if (s == "nan" || s == "") print "n/a";
    else if (s < 1) printf "%.1f ms", s*1000; else printf "%.2f s", s }'
}
fmt_rss() {  # KiB -> MiB
  if [[ "$1" == n/a ]]; then echo "n/a"; else awk -v k="$1" 'BEGIN { printf "%.0f MiB", k/1024 }'; fi
}
label_lines() {
  case "$1" in 10000) echo 10k ;; 100000) echo 100k ;; 1000000) echo 1m ;; *) echo "$1" ;; esac
}

# run_series NAME RUNS EXPECTED_STATUS CMD... : runs CMD RUNS times (plus
# one unmeasured warm-up run) and sets
#   R_MED R_MIN   wall seconds (median, min)
#   R_CPU         median user+sys seconds
#   R_RSS         max peak RSS in KiB over the runs (n/a without /usr/bin/time)
# Wall time is taken with $EPOCHREALTIME around the command; /usr/bin/time
# (which adds about a millisecond of fork/exec) is used only on the runs
# that are long enough for that not to matter, or on one extra run.
run_series() {
  local name=$1 runs=$2 expect=$3; shift 3
  local log="$OUT/logs/$name.log" walls="" cpus="" rss_max=0 t0 t1 status i
  local tfile="$OUT/logs/$name.time"
  # Warm-up run (page cache, binary), which also checks the exit status and
  # decides how the command is timed.
  t0=$(now)
  "$@" >"$log" 2>&1 && status=0 || status=$?
  t1=$(now)
  if [[ $status != "$expect" ]]; then
    echo "run.sh: '$*' exited with $status (expected $expect); see $log" >&2
    tail -5 "$log" >&2
    exit 1
  fi
  # Short commands (< 0.5 s): time them bare, and measure peak RSS on one
  # extra run. Longer ones: run each under /usr/bin/time.
  local wrap_each=0
  if (( have_gnu_time )) && awk -v a="$t0" -v b="$t1" 'BEGIN { exit !(b - a >= 0.5) }'; then
    wrap_each=1
  fi
  for ((i = 0; i < runs; i++)); do
    if (( wrap_each )); then
      t0=$(now)
      /usr/bin/time -f '%U %S %M' -o "$tfile" "$@" >/dev/null 2>&1 || true
      t1=$(now)
      read -r u s m < <(tail -1 "$tfile")
      cpus+="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')"$'\n'
      (( m > rss_max )) && rss_max=$m
    else
      local TIMEFORMAT='%3U %3S'
      t0=$(now)
      { time "$@" >/dev/null 2>&1 || true; } 2>"$tfile"
      t1=$(now)
      read -r u s < "$tfile"
      cpus+="$(awk -v u="$u" -v s="$s" 'BEGIN { print u + s }')"$'\n'
    fi
    walls+="$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.6f", b - a }')"$'\n'
  done
  if (( have_gnu_time && !wrap_each )); then
    /usr/bin/time -f '%M' -o "$tfile" "$@" >/dev/null 2>&1 || true
    rss_max=$(tail -1 "$tfile")
  fi
  read -r R_MED R_MIN < <(printf '%s' "$walls" | stats)
  read -r R_CPU _ < <(printf '%s' "$cpus" | stats)
  if (( have_gnu_time )); then R_RSS=$rss_max; else R_RSS=n/a; fi
  printf '%s\n' "$walls" > "$OUT/logs/$name.walls"
}

# hyperfine_series NAME RUNS CMD... : sets H_MED H_MIN (seconds) when
# hyperfine is installed; otherwise leaves them empty.
hyperfine_series() {
  local name=$1 runs=$2; shift 2
  H_MED=""; H_MIN=""
  (( have_hyperfine )) || return 0
  local json="$OUT/logs/$name.hyperfine.json" cmd
  cmd=$(printf '%q ' "$@")
  if ! hyperfine -N --warmup 2 --runs "$runs" --export-json "$json" -- "$cmd" >/dev/null 2>&1; then
    # Older hyperfine without -N: run through the shell (slightly slower).
    hyperfine --warmup 2 --runs "$runs" --export-json "$json" -- "$cmd" >/dev/null 2>&1 || return 0
  fi
  read -r H_MED H_MIN < <(python3 -c 'import json,sys; r=json.load(open(sys.argv[1]))["results"][0]; print(r["median"], r["min"])' "$json")
}

# ensure_workspace LINES DIR: (re)generate unless DIR matches the generator.
ensure_workspace() {
  local lines=$1 dir=$2 stamp
  stamp="$(sha256sum bench/gen_workspace.py | cut -c1-16) lines=$lines"
  if [[ -d "$dir" && -f "$dir.stamp" && "$(cat "$dir.stamp")" == "$stamp" ]]; then
    return 0
  fi
  echo "generating $lines lines in ${dir#"$ROOT/"} ..." >&2
  rm -f "$dir.stamp"
  python3 bench/gen_workspace.py --lines "$lines" --out "$dir"
  echo "$stamp" > "$dir.stamp"
}

mig_bytes() { find "$1" -name '*.mig' -type f -printf '%s\n' | awk '{s += $1} END {print s+0}'; }
mig_files() { find "$1" -name '*.mig' -type f | wc -l; }

rows=()
add_row() { rows+=("| $(IFS='|'; echo "$*" | sed 's/|/ | /g') |"); }

# ---- environment -------------------------------------------------------------

cpu_model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo 2>/dev/null || echo unknown)
cores=$(nproc)
mem_total=$(awk '/^MemTotal/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo 2>/dev/null || echo unknown)
git_rev=$(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown)
if [[ -n "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ]]; then git_rev+=" (+ uncommitted changes)"; fi
migc_version=$("$MIGC_BIN" --version 2>/dev/null || echo unknown)
load_start=$(loadavg)
started=$(date -u '+%Y-%m-%d %H:%M UTC')
echo "migc benchmarks: $migc_version, $cores cores, load $load_start" >&2

# ---- (a) a typical project -----------------------------------------------------

example=examples/aurora-audit
tmp_out="$OUT/tmp-build-out"
rm -rf "$tmp_out"
echo "(a) $example ..." >&2
ex_bytes=$(mig_bytes "$example")

run_series build-aurora-audit "$RUNS_BUILD" 0 "$MIGC_BIN" build "$example" -o "$tmp_out"
hyperfine_series build-aurora-audit "$RUNS_BUILD" "$MIGC_BIN" build "$example" -o "$tmp_out"
verdict=$(awk -v s="$R_MED" 'BEGIN { print (s < 0.010) ? "PASS" : "FAIL" }')
add_row "\`migc build $example\`" "$(mig_files "$example") file, $ex_bytes B" "default" "$RUNS_BUILD" \
  "$(fmt_time "$R_MED")" "$(fmt_time "$R_MIN")" "$(fmt_time "$R_CPU")" "—" "$(fmt_rss "$R_RSS")" \
  "a few ms (< 10 ms)" "$verdict"
if [[ -n "$H_MED" ]]; then
  add_row "  same, hyperfine" "" "default" "$RUNS_BUILD" "$(fmt_time "$H_MED")" "$(fmt_time "$H_MIN")" "" "—" "" "" ""
fi

run_series check-aurora-audit "$RUNS_BUILD" 0 "$MIGC_BIN" check "$example"
hyperfine_series check-aurora-audit "$RUNS_BUILD" "$MIGC_BIN" check "$example"
add_row "\`migc check $example\`" "$(mig_files "$example") file, $ex_bytes B" "default" "$RUNS_BUILD" \
  "$(fmt_time "$R_MED")" "$(fmt_time "$R_MIN")" "$(fmt_time "$R_CPU")" "—" "$(fmt_rss "$R_RSS")" "" ""
if [[ -n "$H_MED" ]]; then
  add_row "  same, hyperfine" "" "default" "$RUNS_BUILD" "$(fmt_time "$H_MED")" "$(fmt_time "$H_MIN")" "" "—" "" "" ""
fi
rm -rf "$tmp_out"

# ---- (b) large workspaces ------------------------------------------------------

for lines in "${sizes[@]}"; do
  tag=$(label_lines "$lines")
  dir="$OUT/ws-$tag"
  ensure_workspace "$lines" "$dir"
  bytes=$(mig_bytes "$dir")
  files=$(mig_files "$dir")
  case "$lines" in 10000) runs=$RUNS_10K ;; 100000) runs=$RUNS_100K ;; *) runs=$RUNS_1M ;; esac
  for threads in 1 default; do
    echo "(b) migc check, $tag lines, threads=$threads ($runs runs) ..." >&2
    if [[ $threads == default ]]; then targs=(); else targs=(--threads "$threads"); fi
    run_series "check-$tag-t$threads" "$runs" 0 "$MIGC_BIN" check "${targs[@]}" "$dir"
    mbps=$(awk -v b="$bytes" -v s="$R_MED" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    target="" verdict=""
    if [[ $lines == 1000000 && $threads == default ]]; then
      target=">= 20 MB/s, <= 1 GiB"
      verdict=$(awk -v r="$mbps" -v m="$R_RSS" 'BEGIN {
        speed = (r >= 20) ? "speed PASS" : "speed FAIL";
        mem = (m == "n/a") ? "memory n/a" : (m <= 1048576) ? "memory PASS" : "memory FAIL";
        print speed ", " mem }')
    fi
    add_row "\`migc check\` workspace" "$tag lines, $files files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b/1e6 }')" \
      "$threads" "$runs" "$(fmt_time "$R_MED")" "$(fmt_time "$R_MIN")" "$(fmt_time "$R_CPU")" "$mbps" \
      "$(fmt_rss "$R_RSS")" "$target" "$verdict"
  done
done

# ---- (c) phases, on the largest workspace ----------------------------------------
# Semantic analysis is skipped when a file has a syntax error, and the domain
# checks when there is a name or type error, so one extra small file stops
# the pipeline after a phase. The extra file is one line; its cost is nil.

phase_rows=()
if (( phases )); then
  lines=${sizes[-1]}
  tag=$(label_lines "$lines")
  dir="$OUT/ws-$tag"
  case "$lines" in 10000) runs=$RUNS_10K ;; 100000) runs=$RUNS_100K ;; *) runs=$RUNS_1M ;; esac
  bytes=$(mig_bytes "$dir")
  declare -A phase_med phase_cpu phase_rss
  for phase in parse sema; do
    pdir="$OUT/ws-$tag-until-$phase"
    rm -rf "$pdir"
    mkdir -p "$pdir"
    for f in "$dir"/*.mig; do ln -s "$f" "$pdir/"; done
    if [[ $phase == parse ]]; then
      echo 'let zz_stop = = 1        // syntax error: stops before semantic analysis' > "$pdir/zz_stop.mig"
    else
      echo 'let zz_stop = no_such_name   // name error: stops before the domain checks' > "$pdir/zz_stop.mig"
    fi
    echo "(c) phases, $tag lines, until $phase, threads=1 ($runs runs) ..." >&2
    run_series "phase-$tag-$phase" "$runs" 1 "$MIGC_BIN" check --threads 1 "$pdir"
    phase_med[$phase]=$R_MED phase_cpu[$phase]=$R_CPU phase_rss[$phase]=$R_RSS
    rm -rf "$pdir"
  done
  echo "(c) phases, $tag lines, whole check, threads=1 ($runs runs) ..." >&2
  run_series "phase-$tag-all" "$runs" 0 "$MIGC_BIN" check --threads 1 "$dir"
  phase_med[all]=$R_MED phase_cpu[all]=$R_CPU phase_rss[all]=$R_RSS
  row() {  # label wall-expression cpu-expression rss; differences are clamped at 0
    local w c
    w=$(awk "BEGIN { v = $2; print (v < 0) ? 0 : v }")
    c=$(awk "BEGIN { v = $3; print (v < 0) ? 0 : v }")
    phase_rows+=("| $1 | $(fmt_time "$w") | $(fmt_time "$c") | $(awk -v s="$c" -v t="${phase_cpu[all]}" 'BEGIN { printf "%.0f%%", 100*s/t }') | $(awk -v b="$bytes" -v s="$c" 'BEGIN { if (s > 0) printf "%.1f", b/1e6/s; else print "—" }') | $4 |")
  }
  row "load + parse (lexer, parser, AST; parse trees dropped)" "${phase_med[parse]}" "${phase_cpu[parse]}" "$(fmt_rss "${phase_rss[parse]}") (stopped after parse)"
  row "semantic analysis (elaboration, name and type checks)" "${phase_med[sema]} - ${phase_med[parse]}" "${phase_cpu[sema]} - ${phase_cpu[parse]}" "$(fmt_rss "${phase_rss[sema]}") (stopped after sema)"
  row "domain checks, suppressions, output" "${phase_med[all]} - ${phase_med[sema]}" "${phase_cpu[all]} - ${phase_cpu[sema]}" "$(fmt_rss "${phase_rss[all]}") (whole run)"
  row "total" "${phase_med[all]}" "${phase_cpu[all]}" ""
fi

# ---- report --------------------------------------------------------------------

load_end=$(loadavg)
report="$OUT/latest.md"
{
  echo "# migc benchmark results"
  echo
  echo "- date: $started"
  echo "- binary: $migc_version, commit $git_rev (snapshot of ${MIGC_SRC#"$ROOT/"})"
  echo "- machine: $cpu_model, $cores cores, $mem_total RAM; load average $load_start at start, $load_end at end"
  echo "- tools: /usr/bin/time $( ((have_gnu_time)) && echo yes || echo 'no (peak RSS unavailable; bash time used)'), hyperfine $( ((have_hyperfine)) && echo yes || echo no)"
  echo "- mode: $( ((quick)) && echo '--quick (no 1M-line workspace)' || echo full)$( ((phases)) && echo ', --phases')"
  echo
  echo "Wall: median and minimum over the runs (after one warm-up run; inputs in the page cache)."
  echo "CPU: median user+sys. MB/s: .mig bytes / median wall. Peak RSS: maximum over the runs."
  echo
  echo "| benchmark | input | threads | runs | wall median | wall min | CPU median | MB/s | peak RSS | target | result |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  if (( ${#phase_rows[@]} )); then
    echo
    echo "Phases, $(label_lines "${sizes[-1]}") lines, \`--threads 1\`: differences between the medians of the"
    echo "variants (so a phase can show as 0 within noise). CPU is user+sys, less sensitive to load than wall."
    echo
    echo "| phase | wall | CPU | share of CPU | MB/s (bytes / CPU s) | peak RSS |"
    echo "|---|---|---|---|---|---|"
    printf '%s\n' "${phase_rows[@]}"
  fi
  if awk -v l="${load_start%% *}" -v c="$cores" 'BEGIN { exit !(l > c / 2) }'; then
    echo
    echo "Note: the machine was busy when the run started (1-minute load ${load_start%% *} on $cores cores);"
    echo "times are pessimistic and the threads=default rows understate parallel speed-up."
  fi
} > "$report"
cat "$report"
echo >&2
echo "written: ${report#"$ROOT/"}" >&2
