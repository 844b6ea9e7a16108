#!/usr/bin/env python3
"""docs/cli.md against the CLI's own help.

Each command's section of docs/cli.md holds the command's `--help`, verbatim,
in a text block after a marker line `<!-- migc COMMAND --help -->` (and the
page holds `migc --help` after `<!-- migc --help -->`). This script checks
that those blocks are what the binary prints, that the page has a section
(`## `migc COMMAND``) and a row in the command table for every command
`migc --help` lists, and that every option of a command's help is described
in a table row of its section.

  cli_doc.py MIGC docs/cli.md            check (exit 0 pass, 1 fail)
  cli_doc.py MIGC docs/cli.md --update   rewrite the help blocks
"""
import re
import subprocess
import sys

MARKER = re.compile(r"^<!-- (migc(?: [a-z]+)? --help) -->\n```text\n(.*?)^```\n", re.M | re.S)


def run(migc, args):
    out = subprocess.run([migc, *args.split()[1:]], capture_output=True, text=True, check=True).stdout
    return out if out.endswith("\n") else out + "\n"


def commands(root_help):
    section = root_help.split("Subcommands:\n", 1)[1]
    return [m.group(1) for m in re.finditer(r"^  ([a-z]+) ", section, re.M)]


def options(help_text):
    section = help_text.split("Options:\n", 1)[1] if "Options:\n" in help_text else ""
    found = []
    for line in section.splitlines():
        m = re.match(r"^  (-[^ ]+)", line)
        if m:
            found += [o for o in m.group(1).split(",") if o.startswith("--") and o != "--help"]
    return found


def main():
    migc, path = sys.argv[1], sys.argv[2]
    update = "--update" in sys.argv[3:]
    doc = open(path, encoding="utf-8").read()
    updated = MARKER.sub(lambda m: f"<!-- {m.group(1)} -->\n```text\n{run(migc, m.group(1))}```\n", doc)
    if update:
        if updated != doc:
            open(path, "w", encoding="utf-8").write(updated)
            print(f"updated {path}")
        return 0
    problems = []
    for m in MARKER.finditer(doc):
        if m.group(2) != run(migc, m.group(1)):
            problems.append(f"the block after '<!-- {m.group(1)} -->' is not what `{m.group(1)}` prints")
    marked = {m.group(1) for m in MARKER.finditer(doc)}
    if "migc --help" not in marked:
        problems.append("no '<!-- migc --help -->' block")
    for cmd in commands(run(migc, "migc --help")):
        if f"| `migc {cmd}" not in doc:
            problems.append(f"the command table has no row for `migc {cmd}`")
        section = re.search(rf"^## `migc {cmd}`\n(.*?)(?=^## |\Z)", doc, re.M | re.S)
        if not section:
            problems.append(f"no section '## `migc {cmd}`'")
            continue
        if f"migc {cmd} --help" not in marked:
            problems.append(f"the `migc {cmd}` section has no '<!-- migc {cmd} --help -->' block")
        rows = "\n".join(l for l in section.group(1).splitlines() if l.startswith("|"))
        for option in options(run(migc, f"migc {cmd} --help")):
            if not re.search(rf"`{re.escape(option)}\b", rows):
                problems.append(f"option {option} of `migc {cmd}` is in no table row of its section")
    for p in problems:
        print(f"FAIL: cli-doc: {p}")
    if problems:
        print(f"(`{sys.argv[0]} MIGC {path} --update` rewrites the help blocks; tables are written by hand)")
        return 1
    print(f"PASS: cli-doc: {len(marked)} help blocks current, every command and option described")
    return 0


if __name__ == "__main__":
    sys.exit(main())
