#!/usr/bin/env python3
"""Scaling in tenants: seed 000 once per tenant, checked and built, with the growth fitted.

    python3 bench/scaling.py --migc build/compiler/migc --out build/bench/tenants
    python3 bench/scaling.py --migc ... --out ... --tenants 1,20,200 --runs 3

For each size, bench/gen_tenants.py writes one program of N tenants (reused
while the generator is unchanged), and bench/measure.py times
`migc check` and `migc build -o <scratch>`, both with --target terraform,pulumi:
one CloudFormation template holds at most 500 resources and 200 outputs
(MIG3050, MIG3049), which 17 tenants already pass, so the CloudFormation
target is left out at every size for a like-for-like series. (The runbook,
written with any target, still measures the CloudFormation template.)

Prints a Markdown report (also written to <out>/scaling.md): per size the
median CPU (user + sys), wall and peak RSS, CPU and memory per tenant, and
the local exponent of the CPU's growth (log of the CPU ratio over log of the
tenant ratio between successive sizes: 1 is linear); then least-squares fits
(relative error) of CPU and peak RSS as a + b·N and as a + b·N + c·N², with
the quadratic term's share at the largest N, and the CDKTF app's CPU from
the audit beside migc's build.
"""

import argparse
import hashlib
import json
import math
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import measure  # noqa: E402  (bench/measure.py)

# The CDKTF app (`node dist/main.js`, N stacks) as measured in
# ../shared/audits/performance.md on 2026-12-07 (node v20.20.2, cdktf 0.21.0,
# @cdktf/provider-aws 20.1.0): median CPU in seconds. It was not re-run here:
# cdktf and aws-cdk-lib are not in this machine's npm cache, and nothing else
# can be downloaded. By tenants (stacks).
CDKTF_AUDIT_CPU = {1: 0.252, 20: 0.719, 200: 2.68, 1000: 10.6}


def ensure_program(tenants, out_dir):
    gen = os.path.join(HERE, "gen_tenants.py")
    with open(gen, "rb") as f:
        stamp = hashlib.sha256(f.read()).hexdigest()[:16] + f" tenants={tenants}"
    path = os.path.join(out_dir, f"tenants-{tenants}")
    stamp_file = path + ".stamp"
    if os.path.isdir(path) and os.path.exists(stamp_file) and open(stamp_file).read() == stamp:
        return path
    subprocess.run([sys.executable, gen, "--tenants", str(tenants), "--out", path], check=True)
    with open(stamp_file, "w") as f:
        f.write(stamp)
    return path


def lines_of(path):
    with open(os.path.join(path, "main.mig"), "rb") as f:
        return f.read().count(b"\n")


def time_command(argv, runs):
    """Median CPU and wall (s) and peak RSS (KiB) of `argv`, after a warm-up run."""
    status, *_ = measure.run_once(argv)
    if status != 0:
        sys.exit(f"scaling.py: '{' '.join(argv)}' exited with {status}")
    samples = []
    for _ in range(runs):
        status, cpu, wall = measure.run_once(argv)
        if status != 0:
            sys.exit(f"scaling.py: '{' '.join(argv)}' exited with {status}")
        samples.append((cpu, wall))
    cpus = sorted(s[0] for s in samples)
    walls = sorted(s[1] for s in samples)
    med = lambda v: (v[(len(v) - 1) // 2] + v[len(v) // 2]) / 2
    return med(cpus), med(walls), measure.peak_rss_kib(argv)


def solve(a, b):
    """Solves the small linear system a·x = b (Gaussian elimination)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-300:
            return None
        for r in range(n):
            if r != col:
                f = m[r][col] / m[col][col]
                m[r] = [x - f * y for x, y in zip(m[r], m[col])]
    return [m[i][n] / m[i][i] for i in range(n)]


def fit(xs, ys, degree):
    """Least squares on relative error: minimise sum(((p(x) - y) / y)^2)."""
    k = degree + 1
    a = [[0.0] * k for _ in range(k)]
    b = [0.0] * k
    for x, y in zip(xs, ys):
        row = [x ** j / y for j in range(k)]
        for i in range(k):
            b[i] += row[i]  # the target is y / y = 1
            for j in range(k):
                a[i][j] += row[i] * row[j]
    coef = solve(a, b)
    if coef is None:
        return None, None
    worst = max(abs(sum(c * x ** j for j, c in enumerate(coef)) - y) / y for x, y in zip(xs, ys))
    return coef, worst


def fmt_s(s):
    return f"{s * 1000:.1f} ms" if s < 1 else f"{s:.2f} s"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--migc", required=True, help="the migc binary")
    ap.add_argument("--out", required=True, help="folder for the programs, the scratch output and scaling.md")
    ap.add_argument("--tenants", default="1,20,200,1000,5000", help="sizes (default 1,20,200,1000,5000)")
    ap.add_argument("--runs", type=int, default=5, help="runs per size up to 200 tenants (default 5); 3 above, 1 at 5000 and up")
    args = ap.parse_args()
    sizes = sorted({int(t) for t in args.tenants.split(",")})
    os.makedirs(args.out, exist_ok=True)
    scratch = os.path.join(args.out, "build-out")
    load_start = measure.loadavg()
    rows = []
    for n in sizes:
        path = ensure_program(n, args.out)
        runs = args.runs if n <= 200 else 3 if n < 5000 else 1
        runs = min(runs, args.runs)
        print(f"scaling: {n} tenants ({runs} runs) ...", file=sys.stderr)
        check = time_command([args.migc, "check", "--target", "terraform,pulumi", path], runs)
        build = time_command([args.migc, "build", "--target", "terraform,pulumi", path, "-o", scratch], runs)
        out_bytes = sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(scratch) for f in fs)
        rows.append({"tenants": n, "lines": lines_of(path), "out_bytes": out_bytes, "runs": runs,
                     "check": check, "build": build})
    load_end = measure.loadavg()

    out = [f"Load average {load_start} at the start, {load_end} at the end. CPU is user + sys, median of the runs "
           "(after a warm-up run); peak RSS from one more run under GNU time.", ""]
    out.append("| tenants | .mig lines | output | runs | check CPU | check peak | build CPU | build wall | build peak "
               "| build CPU per tenant | build peak per tenant | growth exponent | CDKTF app (audit) | CDKTF ÷ migc |")
    out.append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")
    prev = None
    for r in rows:
        n = r["tenants"]
        cpu, wall, rss = r["build"]
        exponent = "—"
        if prev:
            exponent = f"{math.log(cpu / prev['build'][0]) / math.log(n / prev['tenants']):.2f}"
        peer = CDKTF_AUDIT_CPU.get(n)
        rss_mib = f"{rss / 1024:.0f} MiB" if rss else "n/a"
        check_rss = f"{r['check'][2] / 1024:.0f} MiB" if r["check"][2] else "n/a"
        per_rss = f"{rss / 1024 / n:.2f} MiB" if rss else "n/a"
        out.append(f"| {n} | {r['lines']} | {r['out_bytes'] / 1e6:.2f} MB | {r['runs']} | {fmt_s(r['check'][0])} | {check_rss} "
                   f"| {fmt_s(cpu)} | {fmt_s(wall)} | {rss_mib} | {cpu / n * 1000:.2f} ms | {per_rss} | {exponent} "
                   f"| {fmt_s(peer) if peer else '—'} | {f'{peer / cpu:.1f}×' if peer else '—'} |")
        prev = r
    out.append("")
    if len(rows) >= 3:
        xs = [r["tenants"] for r in rows]
        for label, ys in (("build CPU (s)", [r["build"][0] for r in rows]),
                          ("check CPU (s)", [r["check"][0] for r in rows]),
                          ("build peak RSS (MiB)", [r["build"][2] / 1024 for r in rows if r["build"][2]])):
            if len(ys) != len(xs):
                continue
            lin, lin_err = fit(xs, ys, 1)
            quad, quad_err = fit(xs, ys, 2)
            if not lin or not quad:
                continue
            top = xs[-1]
            share = quad[2] * top * top / sum(c * top ** j for j, c in enumerate(quad))
            out.append(f"- {label}: a + b·N = {lin[0]:.4g} + {lin[1]:.4g}·N (largest error {lin_err:.0%}); "
                       f"a + b·N + c·N² = {quad[0]:.4g} + {quad[1]:.4g}·N + {quad[2]:.3g}·N² "
                       f"(largest error {quad_err:.0%}; the N² term is {share:.1%} of the fit at N = {top}).")
    report = "\n".join(out) + "\n"
    with open(os.path.join(args.out, "scaling.md"), "w") as f:
        f.write(report)
    sys.stdout.write(report)


if __name__ == "__main__":
    main()
