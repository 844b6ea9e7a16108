#!/usr/bin/env python3
"""Time commands as whole processes: CPU (user + sys), wall and peak RSS.

    python3 bench/measure.py --runs 20 --label build -- migc build examples/aurora-audit -o /tmp/out
    python3 bench/measure.py --runs 50 --label true -- /bin/true --label version -- migc version

Each command runs once unmeasured (warm-up; it must exit with a status
--status allows, default 0), then --runs times. With several commands the runs are
interleaved (A B A B ...), so a change in the machine's load falls on all of
them alike. CPU time is what the kernel accounts to the reaped process
(os.wait4: microseconds, children included); wall time is a monotonic clock
around spawn and reap; peak RSS comes from one more run under GNU time.
Output goes to /dev/null.

Prints one JSON object per command on stdout: label, runs, cpu_median,
cpu_min, wall_median, wall_min (seconds) and rss_kib, with the load
average (1, 5, 15 minutes) before and after.
"""

import argparse
import json
import os
import statistics
import subprocess
import sys
import time


def loadavg():
    try:
        with open("/proc/loadavg") as f:
            return " ".join(f.read().split()[:3])
    except OSError:
        return "n/a"


def run_once(argv):
    """(exit status, CPU seconds, wall seconds) of one run. posix_spawn (a
    vfork in glibc) copies nothing of this process, so the child's CPU time
    is the command's own."""
    start = time.monotonic()
    pid = os.posix_spawnp(argv[0], argv, os.environ, file_actions=[
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, os.devnull, os.O_WRONLY, 0)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.monotonic() - start
    return os.waitstatus_to_exitcode(status), usage.ru_utime + usage.ru_stime, wall


def peak_rss_kib(argv):
    """Peak RSS of one run, by GNU time (a small process: the child's maximum
    RSS as the kernel counts it includes the image that spawned it, so this
    script's own 15 MiB would hide migc's). None without /usr/bin/time."""
    if not os.path.exists("/usr/bin/time"):
        return None
    out = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", "/dev/stdout", "--"] + argv,
                         stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    lines = out.stdout.strip().splitlines()
    return int(lines[-1]) if lines and lines[-1].isdigit() else None


def split_commands(rest):
    """--label NAME -- CMD ... [--label NAME -- CMD ...]"""
    commands = []
    i = 0
    while i < len(rest):
        if rest[i] != "--label" or i + 2 >= len(rest) or rest[i + 2] != "--":
            sys.exit(f"measure.py: expected '--label NAME -- COMMAND...', got {rest[i:i + 3]}")
        label = rest[i + 1]
        j = i + 3
        while j < len(rest) and rest[j] != "--label":
            j += 1
        if j == i + 3:
            sys.exit(f"measure.py: no command after --label {label}")
        commands.append((label, rest[i + 3:j]))
        i = j
    return commands


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], usage="%(prog)s [options] --label NAME -- CMD ...")
    ap.add_argument("--runs", type=int, default=10)
    ap.add_argument("--status", default="0",
                    help="exit status every run must have, or several, comma-separated (default 0)")
    args, rest = ap.parse_known_args()
    allowed = {int(x) for x in args.status.split(",")}
    commands = split_commands(rest)
    if not commands:
        ap.error("no command given")
    load_start = loadavg()
    for label, argv in commands:
        status, *_ = run_once(argv)
        if status not in allowed:
            sys.exit(f"measure.py: {label}: '{' '.join(argv)}' exited with {status} (expected {args.status})")
    samples = {label: [] for label, _ in commands}
    for _ in range(args.runs):
        for label, argv in commands:
            status, cpu, wall = run_once(argv)
            if status not in allowed:
                sys.exit(f"measure.py: {label}: exited with {status} (expected {args.status})")
            samples[label].append((cpu, wall))
    rss = {label: peak_rss_kib(argv) for label, argv in commands}
    load_end = loadavg()
    for label, _ in commands:
        s = samples[label]
        print(json.dumps({
            "label": label,
            "runs": len(s),
            "cpu_median": statistics.median(x[0] for x in s),
            "cpu_min": min(x[0] for x in s),
            "wall_median": statistics.median(x[1] for x in s),
            "wall_min": min(x[1] for x in s),
            "rss_kib": rss[label],
            "load_start": load_start,
            "load_end": load_end,
        }))


if __name__ == "__main__":
    main()
