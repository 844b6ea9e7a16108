#!/usr/bin/env python3
"""The examples' READMEs show `migc cost --format markdown` of their program.

Each examples/NAME/README.md has a block between
  <!-- migc cost --format markdown -->
and
  <!-- end migc cost -->
that must equal what migc prints for examples/NAME today. --update rewrites
the blocks (scripts/update-goldens.sh does). Usage: readme_cost.py MIGC ROOT [--update]
"""
import pathlib
import subprocess
import sys

BEGIN = "<!-- migc cost --format markdown -->\n"
END = "<!-- end migc cost -->\n"


def main():
    migc, root = sys.argv[1], pathlib.Path(sys.argv[2])
    update = "--update" in sys.argv[3:]
    failures = 0
    for readme in sorted(root.glob("examples/*/README.md")):
        text = readme.read_text()
        if BEGIN not in text or END not in text:
            print(f"FAIL: {readme}: no `{BEGIN.strip()}` ... `{END.strip()}` block")
            failures += 1
            continue
        run = subprocess.run([migc, "cost", str(readme.parent), "--format", "markdown", "--color", "never"],
                             capture_output=True, text=True)
        if run.returncode != 0:
            print(f"FAIL: {readme.parent}: migc cost exited {run.returncode}\n{run.stderr}")
            failures += 1
            continue
        head, rest = text.split(BEGIN, 1)
        block, tail = rest.split(END, 1)
        if block == run.stdout:
            continue
        if update:
            readme.write_text(head + BEGIN + run.stdout + END + tail)
            print(f"updated {readme}")
        else:
            print(f"FAIL: {readme}: the cost block differs from `migc cost --format markdown` "
                  f"(scripts/update-goldens.sh)\n--- README\n{block}--- migc\n{run.stdout}")
            failures += 1
    print(f"readme_cost: {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
