#!/usr/bin/env bash
# Benchmarks for migc, in one run. See bench/README.md.
#
#   bench/run.sh [--quick] [--phases] [--no-scaling] [--smoke]
#
# --quick       workspaces of 10k and 100k lines only (else also 500k); tenants 1, 20 and 200
# --phases      also split the largest workspace's check into phases
# --no-scaling  skip the tenant scaling series (bench/scaling.py)
# --smoke       a few seconds: one run of everything on tiny inputs, to test
#               the scripts themselves (tests/bench); its figures mean nothing
#
# Builds nothing: it measures ${BUILD_DIR:-build}/compiler/migc (or $MIGC).
# Everything it writes goes under ${BUILD_DIR:-build}/bench/: the generated
# workspaces and tenant programs (reused while their generator is unchanged),
# a snapshot of the binary, the floor binary, and the report, latest.md.
#
# Environment:
#   BUILD_DIR   build directory, relative to the repository root (default: build)
#   MIGC        the migc binary to measure (default: $BUILD_DIR/compiler/migc)
#   RUNS_BUILD  runs of the small-project benchmarks (default 20)
#   RUNS_10K RUNS_100K RUNS_1M   runs per workspace size and setting (defaults 10, 5, 3;
#               RUNS_1M is the largest, 500k lines)
#   CXX         the compiler for the floor binary (default: c++; without one, no floor row)
set -euo pipefail

quick=0 phases=0 scaling=1 smoke=0
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    --phases) phases=1 ;;
    --no-scaling) scaling=0 ;;
    --smoke) smoke=1 ;;
    -h|--help) sed -n '2,23p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "run.sh: unknown argument '$arg' (expected --quick, --phases, --no-scaling or --smoke)" >&2; exit 2 ;;
  esac
done

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cd "$ROOT"
BUILD_DIR=${BUILD_DIR:-build}
case "$BUILD_DIR" in /*) ;; *) BUILD_DIR="$ROOT/$BUILD_DIR" ;; esac
OUT="$BUILD_DIR/bench"
(( smoke )) && OUT="$BUILD_DIR/bench-smoke"
MIGC_SRC=${MIGC:-$BUILD_DIR/compiler/migc}
if [[ ! -x "$MIGC_SRC" ]]; then
  echo "run.sh: $MIGC_SRC not found; build it first: ninja -C ${BUILD_DIR#"$ROOT/"} migc" >&2
  exit 2
fi
command -v python3 >/dev/null || { echo "run.sh: python3 is needed" >&2; exit 2; }
MEASURE=(python3 "$ROOT/bench/measure.py")

mkdir -p "$OUT/logs"
# Measure a snapshot, so a rebuild of build/compiler/migc during a long run
# does not change the binary half-way. The stdlib is found through the
# environment, since the copy is not next to an installed share/ directory.
# A hard link when it can be (the linker writes a new file, so the link
# keeps the old one), else a copy.
MIGC_BIN="$OUT/migc"
if ! ln -f "$MIGC_SRC" "$MIGC_BIN" 2>/dev/null; then
  cp "$MIGC_SRC" "$MIGC_BIN.tmp" && mv -f "$MIGC_BIN.tmp" "$MIGC_BIN"
fi
export MIGC_STDLIB=${MIGC_STDLIB:-$ROOT/stdlib}

if (( smoke )); then
  RUNS_BUILD=1 RUNS_10K=1 RUNS_100K=1 RUNS_1M=1
  sizes=(2000)
  tenants="1,2,3"
elif (( quick )); then
  RUNS_BUILD=${RUNS_BUILD:-20} RUNS_10K=${RUNS_10K:-5} RUNS_100K=${RUNS_100K:-3} RUNS_1M=${RUNS_1M:-3}
  sizes=(10000 100000)
  tenants="1,20,200"
else
  RUNS_BUILD=${RUNS_BUILD:-20} RUNS_10K=${RUNS_10K:-10} RUNS_100K=${RUNS_100K:-5} RUNS_1M=${RUNS_1M:-3}
  # Not 1M lines: one program holds at most 100,000 declarations (MIG1028,
  # docs/language.md), and 1M lines of this generator declare 174,000.
  # 500k lines declare 87,000, the largest size that still checks.
  sizes=(10000 100000 500000)
  tenants="1,20,200,1000,5000"
fi

# ---- helpers ---------------------------------------------------------------

loadavg() { cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo "n/a"; }
label_lines() {
  case "$1" in 2000) echo 2k ;; 10000) echo 10k ;; 100000) echo 100k ;; 500000) echo 500k ;; *) echo "$1" ;; esac
}
runs_for() { case "$1" in 2000|10000) echo "$RUNS_10K" ;; 100000) echo "$RUNS_100K" ;; *) echo "$RUNS_1M" ;; esac; }
mig_bytes() { find "$1" -name '*.mig' -type f -printf '%s\n' | awk '{s += $1} END {print s+0}'; }
mig_files() { find "$1" -name '*.mig' -type f | wc -l; }
fmt_time() {  # seconds -> "12.3 ms" / "1.23 s"
  awk -v s="$1" 'BEGIN { if (s == "" || s == "null") print "n/a"; else if (s < 1) printf "%.1f ms", s*1000; else printf "%.2f s", s }'
}
fmt_rss() { if [[ -z "$1" || "$1" == null ]]; then echo n/a; else awk -v k="$1" 'BEGIN { printf "%.0f MiB", k/1024 }'; fi; }
# field JSON KEY: one value of a measure.py line (bash, no process per value)
field() {
  local re="\"$2\": (\"([^\"]*)\"|([^,}]*))"
  if [[ $1 =~ $re ]]; then
    local v="${BASH_REMATCH[2]}${BASH_REMATCH[3]}"
    [[ $v == null ]] && v=""
    echo "$v"
  fi
}

# measure NAME RUNS STATUSES -- CMD...: one measure.py line into $M (and logs/NAME.json)
measure_one() {
  local name=$1 runs=$2 status=$3; shift 4
  if ! M=$("${MEASURE[@]}" --runs "$runs" --status "$status" --label "$name" -- "$@" 2>"$OUT/logs/$name.err"); then
    cat "$OUT/logs/$name.err" >&2
    exit 1
  fi
  printf '%s\n' "$M" > "$OUT/logs/$name.json"
}

rows=()
row() { rows+=("| $(IFS='|'; echo "$*" | sed 's/|/ | /g') |"); }
# row_of LABEL INPUT THREADS BYTES TARGET RESULT: a table row from $M
row_of() {
  local mbps="—" per_cpu="—"
  if [[ -n "$4" ]]; then
    mbps=$(awk -v b="$4" -v s="$(field "$M" wall_median)" 'BEGIN { printf "%.1f", b / 1e6 / s }')
    per_cpu=$(awk -v b="$4" -v s="$(field "$M" cpu_median)" 'BEGIN { printf "%.1f", b / 1e6 / s }')
  fi
  row "$1" "$2" "$3" "$(field "$M" runs)" "$(fmt_time "$(field "$M" cpu_median)")" "$(fmt_time "$(field "$M" wall_median)")" \
    "$(fmt_time "$(field "$M" wall_min)")" "$mbps" "$per_cpu" "$(fmt_rss "$(field "$M" rss_kib)")" "$5" "$6" "$(field "$M" load_start)"
}

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

# ---- (a) the floor and a typical project ------------------------------------------
# The floor: an empty main() linked against the shared libraries migc needs
# (readelf's NEEDED list, kept with --no-as-needed), so it pays the same
# loading and relocation; and `migc version`, which adds migc's own start-up.

floor="$OUT/floor"
rm -f "$floor"
needed=$(readelf -d "$MIGC_BIN" 2>/dev/null | sed -n 's/.*Shared library: \[\(.*\)\]/-l:\1/p' | grep -v -e ld-linux -e libc.so || true)
if command -v "${CXX:-c++}" >/dev/null 2>&1 && [[ -n "$needed" ]]; then
  # shellcheck disable=SC2086
  printf 'int main() { return 0; }\n' | "${CXX:-c++}" -x c++ -O2 -o "$floor" - -Wl,--no-as-needed $needed 2>"$OUT/logs/floor.err" ||
    { echo "run.sh: could not link the floor binary (see $OUT/logs/floor.err)" >&2; rm -f "$floor"; }
fi

example=examples/aurora-audit
tmp_out="$OUT/tmp-build-out"
rm -rf "$tmp_out"
ex_bytes=$(mig_bytes "$example")
echo "(a) the floor and $example ($RUNS_BUILD runs, interleaved) ..." >&2
cmds=(--label true -- /bin/true)
[[ -x "$floor" ]] && cmds+=(--label floor -- "$floor")
cmds+=(--label version -- "$MIGC_BIN" version --label check -- "$MIGC_BIN" check "$example"
       --label build -- "$MIGC_BIN" build "$example" -o "$tmp_out")
if ! "${MEASURE[@]}" --runs "$RUNS_BUILD" "${cmds[@]}" > "$OUT/logs/small.json" 2>"$OUT/logs/small.err"; then
  cat "$OUT/logs/small.err" >&2
  exit 1
fi
declare -A small
while IFS= read -r line; do small[$(field "$line" label)]=$line; done < "$OUT/logs/small.json"
small_rows=()
for name in true floor version check build; do
  [[ -n "${small[$name]:-}" ]] || continue
  M=${small[$name]}
  cpu=$(field "$M" cpu_median)
  case "$name" in
    true) what="\`/bin/true\`" ;;
    floor) what="empty \`main\` linked to migc's shared libraries" ;;
    version) what="\`migc version\`" ;;
    check) what="\`migc check $example\` ($ex_bytes B)" ;;
    build) what="\`migc build $example\` (3 targets, written)" ;;
  esac
  times_version=$(awk -v a="$cpu" -v b="$(field "${small[version]}" cpu_median)" 'BEGIN { printf "%.1f×", a / b }')
  times_floor="—"
  [[ -n "${small[floor]:-}" ]] && times_floor=$(awk -v a="$cpu" -v b="$(field "${small[floor]}" cpu_median)" 'BEGIN { printf "%.1f×", a / b }')
  verdict=""
  [[ $name == build ]] && verdict=$(awk -v s="$cpu" 'BEGIN { print (s <= 0.005) ? "PASS (<= 5 ms CPU)" : "FAIL (<= 5 ms CPU)" }')
  small_rows+=("| $what | $(fmt_time "$cpu") | $(fmt_time "$(field "$M" cpu_min)") | $(fmt_time "$(field "$M" wall_median)") | $(fmt_rss "$(field "$M" rss_kib)") | $times_floor | $times_version | $verdict |")
done
rm -rf "$tmp_out"

# ---- (b) large workspaces: check (1 thread, default) and fmt ------------------------
# Checked with --target terraform,pulumi: a workspace this size is one
# program, far over CloudFormation's 500 resources and 200 outputs per
# template (MIG3050, MIG3049), which check reports as errors.

ensure_workspace() {  # LINES DIR: (re)generate unless DIR matches the generator
  local lines=$1 dir=$2 stamp
  stamp="$(sha256sum bench/gen_workspace.py | cut -c1-16) lines=$lines"
  if [[ -d "$dir" && -f "$dir.stamp" && "$(cat "$dir.stamp")" == "$stamp" ]]; then return 0; fi
  echo "generating $lines lines in ${dir#"$ROOT/"} ..." >&2
  rm -f "$dir.stamp"
  python3 bench/gen_workspace.py --lines "$lines" --out "$dir" $( ((smoke)) && echo --file-lines 500 )
  echo "$stamp" > "$dir.stamp"
}

for lines in "${sizes[@]}"; do
  tag=$(label_lines "$lines")
  dir="$OUT/ws-$tag"
  ensure_workspace "$lines" "$dir"
  bytes=$(mig_bytes "$dir")
  input="$tag lines, $(mig_files "$dir") files, $(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b/1e6 }')"
  runs=$(runs_for "$lines")
  for threads in 1 default; do
    echo "(b) migc check, $tag lines, threads=$threads ($runs runs) ..." >&2
    targs=(); [[ $threads == default ]] || targs=(--threads "$threads")
    measure_one "check-$tag-t$threads" "$runs" 0 -- "$MIGC_BIN" check --target terraform,pulumi "${targs[@]}" "$dir"
    target="" verdict=""
    if [[ $lines == "${sizes[-1]}" && $threads == default ]] && (( !smoke )); then
      # The targets were set for 1M lines: 20 MB/s, and 1 GiB, which is
      # 1 GiB per million lines of this generator (memory grows linearly).
      target=">= 20 MB/s, <= 1 GiB per 1M lines"
      verdict=$(awk -v b="$bytes" -v s="$(field "$M" wall_median)" -v m="$(field "$M" rss_kib)" -v l="$lines" 'BEGIN {
        speed = (b / 1e6 / s >= 20) ? "speed PASS" : "speed FAIL";
        mem = (m == "") ? "memory n/a" : (m <= 1048576 * l / 1e6) ? "memory PASS" : "memory FAIL";
        print speed ", " mem }')
    fi
    row_of "\`migc check\`" "$input" "$threads" "$bytes" "$target" "$verdict"
  done
  # fmt --check exits 1 when a file would change (the generated files are
  # not all canonical); either way it lexes, formats and compares every file.
  echo "(b) migc fmt --check, $tag lines ($runs runs) ..." >&2
  measure_one "fmt-$tag" "$runs" 0,1 -- "$MIGC_BIN" fmt --check "$dir"
  row_of "\`migc fmt --check\`" "$input" "default" "$bytes" "at least as fast as check" ""
done

# ---- (c) phases, on the largest workspace ----------------------------------------
# Semantic analysis is skipped when a file has a syntax error, and the domain
# checks when there is a name or type error, so one extra small file stops
# the pipeline after a phase.

phase_rows=()
if (( phases )); then
  lines=${sizes[-1]}
  tag=$(label_lines "$lines")
  dir="$OUT/ws-$tag"
  runs=$(runs_for "$lines")
  bytes=$(mig_bytes "$dir")
  declare -A phase_cpu phase_wall phase_rss
  for phase in parse sema all; do
    pdir="$dir"
    status=0
    if [[ $phase != all ]]; then
      pdir="$OUT/ws-$tag-until-$phase"
      rm -rf "$pdir"; mkdir -p "$pdir"
      # Hard links (copies across file systems): migc refuses a symlink that
      # resolves outside the folder it checks (MIG1021's confinement).
      for f in "$dir"/*.mig; do ln "$f" "$pdir/" 2>/dev/null || cp "$f" "$pdir/"; done
      if [[ $phase == parse ]]; then echo 'let zz_stop = = 1' > "$pdir/zz_stop.mig"; else echo 'let zz_stop = no_such_name' > "$pdir/zz_stop.mig"; fi
      status=1
    fi
    echo "(c) phases, $tag lines, until $phase, threads=1 ($runs runs) ..." >&2
    measure_one "phase-$tag-$phase" "$runs" "$status" -- "$MIGC_BIN" check --threads 1 --target terraform,pulumi "$pdir"
    phase_cpu[$phase]=$(field "$M" cpu_median) phase_wall[$phase]=$(field "$M" wall_median) phase_rss[$phase]=$(field "$M" rss_kib)
    [[ $phase == all ]] || rm -rf "$pdir"
  done
  prow() {  # label cpu-expression rss
    local c
    c=$(awk "BEGIN { v = $2; print (v < 0) ? 0 : v }")
    phase_rows+=("| $1 | $(fmt_time "$c") | $(awk -v s="$c" -v t="${phase_cpu[all]}" 'BEGIN { printf "%.0f%%", 100*s/t }') | $(awk -v b="$bytes" -v s="$c" 'BEGIN { if (s > 0) printf "%.1f", b/1e6/s; else print "—" }') | $3 |")
  }
  prow "load + parse" "${phase_cpu[parse]}" "$(fmt_rss "${phase_rss[parse]}")"
  prow "semantic analysis" "${phase_cpu[sema]} - ${phase_cpu[parse]}" "$(fmt_rss "${phase_rss[sema]}")"
  prow "domain checks, policy, suppressions, output" "${phase_cpu[all]} - ${phase_cpu[sema]}" "$(fmt_rss "${phase_rss[all]}")"
  prow "total" "${phase_cpu[all]}" ""
fi

# ---- (d) scaling in tenants ----------------------------------------------------------

scaling_report=""
if (( scaling )); then
  echo "(d) scaling in tenants: $tenants ..." >&2
  scaling_report=$(python3 bench/scaling.py --migc "$MIGC_BIN" --out "$OUT/tenants" --tenants "$tenants" \
                   --runs "$( ((smoke)) && echo 1 || echo 5 )")
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
  echo "- mode: $( ((smoke)) && echo '--smoke (tiny inputs, one run: figures mean nothing)' || { ((quick)) && echo '--quick' || echo full; } )$( ((phases)) && echo ', --phases')"
  echo
  echo "CPU is user + sys of the process as the kernel accounts it (bench/measure.py), the figure to"
  echo "compare on a shared machine; wall times depend on the load. Peak RSS: one run under GNU time."
  echo
  echo "## The floor and a typical project"
  echo
  echo "Interleaved runs (A B C ... A B C ...), medians."
  echo
  echo "| command | CPU median | CPU min | wall median | peak RSS | × floor | × \`migc version\` | target |"
  echo "|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${small_rows[@]}"
  echo
  echo "## Large workspaces"
  echo
  echo "MB/s: .mig bytes over the median wall time; per CPU s: over the median CPU time."
  echo
  echo "| command | input | threads | runs | CPU median | wall median | wall min | MB/s | MB per CPU s | peak RSS | target | result | load at start |"
  echo "|---|---|---|---|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${rows[@]}"
  if (( ${#phase_rows[@]} )); then
    echo
    echo "Phases, $(label_lines "${sizes[-1]}") lines, \`--threads 1\`: differences between runs that stop after each"
    echo "phase (so a phase can show as 0 within noise)."
    echo
    echo "| phase | CPU | share of CPU | MB per CPU s | peak RSS at its end |"
    echo "|---|---|---|---|---|"
    printf '%s\n' "${phase_rows[@]}"
  fi
  if [[ -n "$scaling_report" ]]; then
    echo
    echo "## Scaling in tenants"
    echo
    echo "bench/scaling.py: seed 000 once per tenant, \`--target terraform,pulumi\`."
    echo
    printf '%s\n' "$scaling_report"
  fi
  if awk -v l="${load_start%% *}" -v c="$cores" 'BEGIN { exit !(l > c / 2) }'; then
    echo
    echo "Note: the machine was busy when the run started (1-minute load ${load_start%% *} on $cores cores);"
    echo "CPU times run high under load too (shared caches, page faults), wall times more so."
  fi
} > "$report"
cat "$report"
echo >&2
echo "written: ${report#"$ROOT/"}" >&2
