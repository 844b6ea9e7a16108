#!/usr/bin/env python3
"""Latency of `migc lsp`: fresh diagnostics after an edit, hover and completion.

    bench/lsp_latency.py [--migc PATH] [--runs N] [--lines 10000] [--debounce MS]

On every example and on a generated workspace (bench/gen_workspace.py, 10k
lines by default) it opens a file, then times, each N times:
  - diagnostics after an edit: from sending didChange (a line inserted and
    removed in turn) to the publishDiagnostics of that version, which
    includes the server's debounce delay (--debounce, default the server's
    30 ms) and the re-analysis of the whole program;
  - hover and completion replies at positions spread over the file.
Prints a Markdown table (median, p90, max) and writes it to
$BUILD_DIR/bench/lsp-latest.md. Targets: hover and completion <= 20 ms,
diagnostics <= 100 ms after an edit on the 10k-line workspace.
"""
import argparse
import os
import platform
import re
import statistics
import subprocess
import sys
import time

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
sys.path.insert(0, os.path.join(ROOT, "tests", "lsp"))
from lsp_client import Client, position  # noqa: E402


def cpu_ms(pid):
    """User + system CPU time of a process so far, in milliseconds."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000.0 / os.sysconf("SC_CLK_TCK")


def percentile(values, p):
    s = sorted(values)
    return s[min(len(s) - 1, int(round(p / 100 * (len(s) - 1))))]


def positions(text, count):
    """Offsets of identifiers spread over the text (hover), and offsets
    just after `= ` at the start of attribute values (completion)."""
    words = [m.start() + 1 for m in re.finditer(r"\b[a-z_]{3,}\b", text)]
    values = [m.end() for m in re.finditer(r"^\s+[a-z_]+\s*=\s*", text, re.M)]
    pick = lambda xs: [xs[i * len(xs) // count] for i in range(count)] if xs else []
    return pick(words), pick(values)


def measure(migc, path, runs, debounce):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    args = [] if debounce is None else ["--debounce-ms", str(debounce)]
    c = Client(migc, args, timeout=60)
    try:
        c.initialize(os.path.dirname(path))
        t0 = time.perf_counter()
        doc = c.open(path, text)
        c.diagnostics(doc, 1)
        open_ms = (time.perf_counter() - t0) * 1000
        diag = []
        line = text.count("\n") // 2
        cpu_before = cpu_ms(c.proc.pid)
        for i in range(runs):
            edit = {"start": {"line": line, "character": 0}, "end": {"line": line, "character": 0}}
            t0 = time.perf_counter()
            v = c.change(doc, "// bench edit %d\n" % i, edit)  # a clean edit: the whole pipeline runs
            c.diagnostics(doc, v)
            diag.append((time.perf_counter() - t0) * 1000)
            undo = {"start": {"line": line, "character": 0}, "end": {"line": line + 1, "character": 0}}
            v = c.change(doc, "", undo)
            c.diagnostics(doc, v)
        edit_cpu = (cpu_ms(c.proc.pid) - cpu_before) / (2 * runs)  # each run is two edits
        hover_at, complete_at = positions(text, runs)
        hover, completion = [], []
        for at in hover_at:
            t0 = time.perf_counter()
            c.call("textDocument/hover", {"textDocument": {"uri": doc}, "position": position(text, at)})
            hover.append((time.perf_counter() - t0) * 1000)
        for at in complete_at:
            t0 = time.perf_counter()
            c.call("textDocument/completion", {"textDocument": {"uri": doc}, "position": position(text, at)})
            completion.append((time.perf_counter() - t0) * 1000)
        c.close()
    finally:
        c.kill()
    return open_ms, diag, edit_cpu, hover, completion


def row(name, size, result):
    open_ms, diag, edit_cpu, hover, completion = result
    cell = lambda xs: "%.1f / %.1f / %.1f" % (statistics.median(xs), percentile(xs, 90), max(xs)) if xs else "—"
    return "| %s | %s | %.0f | %s | %.0f | %s | %s |" % (name, size, open_ms, cell(diag), edit_cpu, cell(hover), cell(completion))


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    build = os.environ.get("BUILD_DIR", os.path.join(ROOT, "build"))
    ap.add_argument("--migc", default=os.environ.get("MIGC", os.path.join(build, "compiler", "migc")))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--lines", type=int, default=10000)
    ap.add_argument("--debounce", type=int, default=None, help="--debounce-ms for the server (default: its own)")
    args = ap.parse_args()
    out_dir = os.path.join(build, "bench")
    os.makedirs(out_dir, exist_ok=True)

    rows = []
    for name in sorted(os.listdir(os.path.join(ROOT, "examples"))):
        path = os.path.join(ROOT, "examples", name, "main.mig")
        if os.path.exists(path):
            lines = sum(1 for _ in open(path, encoding="utf-8"))
            rows.append(row("examples/" + name, "%d lines" % lines, measure(args.migc, path, args.runs, args.debounce)))
            print(rows[-1], flush=True)
    ws = os.path.join(out_dir, "lsp-ws-%d" % args.lines)
    if not os.path.isdir(ws):
        subprocess.run([sys.executable, os.path.join(ROOT, "bench", "gen_workspace.py"), "--lines", str(args.lines),
                        "--out", ws], check=True, stdout=subprocess.DEVNULL)
    parts = sorted(f for f in os.listdir(ws) if f.startswith("part_"))
    path = os.path.join(ws, parts[len(parts) // 2])
    files = len([f for f in os.listdir(ws) if f.endswith(".mig")])
    rows.append(row("generated workspace, edited file %s" % os.path.basename(path), "%d lines, %d files" % (args.lines, files),
                    measure(args.migc, path, args.runs, args.debounce)))
    print(rows[-1], flush=True)

    commit = subprocess.run(["git", "-C", ROOT, "rev-parse", "--short", "HEAD"], capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()
    header = ["# migc lsp latency", "",
              "%s, commit %s, %s, %d cores, load average %.1f; %d runs each; debounce %s." %
              (time.strftime("%Y-%m-%d"), commit, platform.machine(), os.cpu_count(), load[0], args.runs,
               "%d ms" % args.debounce if args.debounce is not None else "the server's default (30 ms)"),
              "", "Milliseconds, median / p90 / max. Diagnostics: didChange sent to publishDiagnostics of that "
              "version received (debounce included). Server CPU per edit: the server process's user + system time over all "
              "edits, divided by their number (what an edit costs, whatever the machine's load).", "",
              "| program | size | open → diagnostics | edit → diagnostics | server CPU per edit | hover | completion |",
              "|---|---|---|---|---|---|---|"]
    table = "\n".join(header + rows) + "\n"
    with open(os.path.join(out_dir, "lsp-latest.md"), "w", encoding="utf-8") as f:
        f.write(table)
    print("\n" + table)
    print("written to " + os.path.relpath(os.path.join(out_dir, "lsp-latest.md"), ROOT))


if __name__ == "__main__":
    sys.exit(main())
