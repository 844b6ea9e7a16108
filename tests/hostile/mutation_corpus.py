#!/usr/bin/env python3
"""A mutation corpus of the examples, generated from a seed at test time
(reproducible: the same seed gives the same programs). Each mutant goes
through `check` (text, json, sarif), `fmt --check` and, when it checks
clean, `build`. Every run must end with exit 0, 1 or 2 within the time
limit, every error must be located, and `fmt` must be idempotent and must
not change the verdict of `check`.
Usage: mutation_corpus.py MIGC REPO_ROOT [--count N] [--seed S] [--keep DIR]"""
import argparse
import json
import pathlib
import random
import re
import shutil
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

TIMEOUT = 60
LOCATED = re.compile(rb"^.+:\d+:\d+: error\[MIG\d{4}\]: ", re.M)
ERROR_LINE = re.compile(rb"^(.*)error\[MIG\d{4}\]", re.M)
TOKEN = re.compile(r'"(?:\\.|[^"\\\n])*"|[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?[A-Za-z%]*|\S')

# Hand-made bombs: each must end in a located error, fast.
BOMBS = [
    "component c() { c inner {} }\nc top {}\n",
    "component a() { b x {} }\ncomponent b() { a y {} }\na top {}\n",
    "let d = (-9223372036854775807 - 1) / -1\n",
    "let d = 9223372036854775807 * 9223372036854775807\n",
    "let x = [1]\nlet a = x" + "[0]" * 3000 + "\n",
    "let a = " + "true ? 1 : " * 3000 + "0\n",
    "if false { }" + " else if false { }" * 3000 + "\n",
    "let l0 = [1,2,3,4,5,6,7,8,9,10]\n" + "".join(f"let l{i} = [for a in l{i-1} : [for b in l0 : a]]\n" for i in range(1, 12)) + "output o = l11\n",
    'let l0 = "xxxxxxxxxxxxxxxx"\n' + "".join(f'let l{i} = "${{l{i-1}}}${{l{i-1}}}"\n' for i in range(1, 64)) + "output o = l63\n",
    "let l = [0,1,2,3,4,5,6,7,8,9]\n" + "".join(f"{'  ' * i}for v{i} in l {{\n" for i in range(8)) + '  topic "t_${v0}${v1}${v2}${v3}${v4}${v5}${v6}${v7}" {}\n' + "}\n" * 8,
    "let n = 99999999999999999999999999\n",
    "backup { retention = 99999999999999999999d }\n",
    "let a = 1" + "`" * 3000 + "\n",
]


def mutate(text, rng):
    """One mutation of `text`, chosen by `rng`."""
    data = text.encode()
    tokens = [m for m in TOKEN.finditer(text)]
    kind = rng.randrange(14)
    if kind <= 2 and tokens:  # token deletion, duplication, swap
        t = rng.choice(tokens)
        if kind == 0:
            return text[: t.start()] + text[t.end():]
        if kind == 1:
            return text[: t.end()] + " " + t.group() + text[t.end():]
        u = rng.choice(tokens)
        a, b = sorted([t, u], key=lambda m: m.start())
        if a.end() <= b.start():
            return text[: a.start()] + b.group() + text[a.end(): b.start()] + a.group() + text[b.end():]
        return text
    if kind == 3:  # truncation
        return data[: rng.randrange(len(data) + 1)].decode(errors="ignore")
    if kind == 4:  # byte flips
        b = bytearray(data)
        for _ in range(rng.randint(1, 8)):
            i = rng.randrange(len(b))
            b[i] ^= 1 << rng.randrange(8)
        return bytes(b)
    at = rng.randrange(len(text) + 1)
    if kind == 5:  # unbalanced brackets, quotes, interpolations, comments
        return text[:at] + rng.choice(["{", "}", "(", ")", "[", "]", '"', "${", "/*", "*/", '"${"', "}}}"]) + text[at:]
    if kind == 6:  # invalid UTF-8
        return data[:at] + rng.choice([b"\xff", b"\xc3", b"\xe2\x82", b"\xed\xa0\x80", b"\xf4\x90\x80\x80"]) + data[at:]
    if kind == 7:  # NULs
        return data[:at] + b"\0" * rng.randint(1, 3) + data[at:]
    if kind == 8:  # CRLF / CR line ends
        return text.replace("\n", rng.choice(["\r\n", "\r"]))
    if kind == 9:  # huge numbers and units
        numbers = [m for m in re.finditer(r"\d+", text)]
        if numbers:
            m = rng.choice(numbers)
            huge = rng.choice(["99999999999999999999", "9223372036854775807", "-9223372036854775808", "1e308", "0.0000001"])
            unit = rng.choice(["", "d", "GiB", "%", "ms", "TiB", "zz"])
            return text[: m.start()] + huge + unit + text[m.end():]
        return text
    if kind == 10:  # a bomb appended
        return text + "\n" + rng.choice(BOMBS)
    if kind == 11:  # a line repeated
        lines = text.splitlines(keepends=True)
        i = rng.randrange(len(lines))
        return "".join(lines[:i] + [lines[i]] * rng.randint(2, 50) + lines[i:])
    if kind == 12:  # a long identifier
        return text[:at] + " " + "x" * rng.choice([1000, 100000]) + " " + text[at:]
    return text[:at] + rng.choice(["\t", "\x0b", "\x1b[31m", "\u2028", "\ufeff", "\x7f"]) + text[at:]


def run(args, cwd, stdin=None):
    try:
        r = subprocess.run(args, cwd=cwd, input=stdin, capture_output=True, timeout=TIMEOUT)
        return r.returncode, r.stdout, r.stderr
    except subprocess.TimeoutExpired:
        return "timeout", b"", b""


def check_one(migc, case, workdir):
    """Runs one mutant in `workdir` (a copy of its example); returns problems."""
    problems = []
    main = workdir / "main.mig"
    main.write_bytes(case)

    def status_ok(what, status):
        if status not in (0, 1, 2):
            problems.append(f"{what}: exit {status}")
            return False
        return True

    status, out, err = run([migc, "check", "main.mig", "--color", "never"], workdir)
    if status_ok("check", status) and status == 1:
        if not LOCATED.search(err):
            problems.append("check: exit 1 without a located error")
        for m in ERROR_LINE.finditer(err):
            if not re.match(rb".+:\d+:\d+: $", m.group(1)):
                problems.append(f"check: unlocated error line: {m.group(0)[:120]!r}")
                break
    verdict = status
    s, out, _ = run([migc, "check", "main.mig", "--format", "json"], workdir)
    if status_ok("check --format json", s):
        try:
            for line in out.splitlines():
                d = json.loads(line)
                if d.get("severity") == "error" and "line" not in d:
                    problems.append(f"json: unlocated error {d.get('code')}")
        except ValueError as e:
            problems.append(f"json: invalid JSON line: {e}")
        if s != verdict:
            problems.append(f"json exit {s} differs from text exit {verdict}")
    s, out, _ = run([migc, "check", "main.mig", "--format", "sarif"], workdir)
    if status_ok("check --format sarif", s):
        try:
            log = json.loads(out)
            for result in log["runs"][0]["results"]:
                if result.get("level") == "error" and not result.get("locations"):
                    problems.append(f"sarif: unlocated error {result.get('ruleId')}")
        except (ValueError, KeyError, IndexError) as e:
            problems.append(f"sarif: invalid log: {e}")
    if verdict == 0:
        s, _, err = run([migc, "build", ".", "-o", "out"], workdir)
        if status_ok("build", s) and s == 1 and not LOCATED.search(err):
            problems.append("build: exit 1 without a located error")
        shutil.rmtree(workdir / "out", ignore_errors=True)
    s, _, _ = run([migc, "fmt", "--check", "main.mig"], workdir)
    status_ok("fmt --check", s)
    if s == 1:  # it would change: formatting must keep the verdict and be idempotent
        s, formatted, _ = run([migc, "fmt", "-"], workdir, stdin=case)
        if status_ok("fmt", s) and s == 0:
            main.write_bytes(formatted)
            s2, _, _ = run([migc, "check", "main.mig", "--color", "never"], workdir)
            if s2 != verdict:
                problems.append(f"fmt changed the verdict of check from {verdict} to {s2}")
            s3, again, _ = run([migc, "fmt", "-"], workdir, stdin=formatted)
            if s3 != 0 or again != formatted:
                problems.append("fmt is not idempotent")
    return problems


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("migc")
    ap.add_argument("root")
    ap.add_argument("--count", type=int, default=520)
    ap.add_argument("--seed", type=int, default=21)
    ap.add_argument("--keep", help="also write the mutants to this folder")
    ap.add_argument("--jobs", type=int, default=2)
    a = ap.parse_args()
    a.migc = str(pathlib.Path(a.migc).resolve())
    root = pathlib.Path(a.root)
    examples = sorted(p for p in (root / "examples").iterdir() if (p / "main.mig").exists())
    rng = random.Random(a.seed)
    cases = []
    for i in range(a.count):
        example = examples[i % len(examples)]
        text = (example / "main.mig").read_text()
        m = mutate(text, rng)
        for _ in range(rng.randrange(3)):  # some get two or three mutations
            m = mutate(m if isinstance(m, str) else m.decode(errors="replace"), rng)
        cases.append((i, example, m.encode() if isinstance(m, str) else m))
    with tempfile.TemporaryDirectory() as tmp:
        tmp = pathlib.Path(tmp)
        if a.keep:
            pathlib.Path(a.keep).mkdir(parents=True, exist_ok=True)
            for i, example, data in cases:
                (pathlib.Path(a.keep) / f"{i:04d}-{example.name}.mig").write_bytes(data)

        def work(job):
            i, example, data = job
            workdir = tmp / f"w{i}"
            shutil.copytree(example, workdir)
            (workdir / "migc.json").write_text('{ "baseline": "none" }\n')
            try:
                return i, example.name, check_one(a.migc, data, workdir)
            finally:
                shutil.rmtree(workdir, ignore_errors=True)

        failed_mutants = 0
        with ThreadPoolExecutor(max_workers=a.jobs) as pool:
            for i, name, problems in pool.map(work, cases):
                failed_mutants += bool(problems)
                for p in problems:
                    print(f"FAIL: mutant {i} of {name}: {p}")
    print(f"mutation corpus: {len(cases)} mutants of {len(examples)} examples (seed {a.seed})")
    print(f"{len(cases) - failed_mutants} passed, {failed_mutants} failed")
    return 1 if failed_mutants else 0


if __name__ == "__main__":
    sys.exit(main())
