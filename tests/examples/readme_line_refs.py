#!/usr/bin/env python3
"""Each example README points into its main.mig with line references: `X` (L12).

A reference whose quoted text is a declaration (`service api`) or a setting
(`zones = 3`) must point at a line that holds that text (whitespace runs
compared as one space; a declaration may follow @-annotations). Other
references quote target names (`kms_key_arn`) and are not checked.
Usage: readme_line_refs.py EXAMPLES_DIR. Exit 1 on a stale reference.
"""
import os
import re
import sys


def norm(text):
    return re.sub(r"\s+", " ", text).strip()


def check(readme, program):
    lines = open(program, encoding="utf-8").read().splitlines()
    checked, wrong = 0, []
    for m in re.finditer(r"`([^`\n]+)` \(L(\d+)", open(readme, encoding="utf-8").read()):
        quoted, n = m.group(1), int(m.group(2))
        declaration = re.fullmatch(r"[a-z_]+ [a-z_][a-z0-9_]*", quoted)
        if not declaration and " = " not in quoted:
            continue
        checked += 1
        line = norm(lines[n - 1]) if 1 <= n <= len(lines) else ""
        if declaration:
            ok = re.match(r"(@\S+\s*)*" + re.escape(quoted) + r"\b", line)
        else:
            ok = norm(quoted) in line
        if not ok:
            wrong.append(f"{readme}: `{quoted}` (L{n}), but line {n} of {program} is {line!r}")
    return checked, wrong


def main():
    root = sys.argv[1]
    checked, wrong = 0, []
    for name in sorted(os.listdir(root)):
        readme, program = (os.path.join(root, name, f) for f in ("README.md", "main.mig"))
        if os.path.isfile(readme) and os.path.isfile(program):
            c, w = check(readme, program)
            checked, wrong = checked + c, wrong + w
    for line in wrong:
        print(line)
    print(f"{checked} line references checked, {len(wrong)} stale")
    return 1 if wrong or checked == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
