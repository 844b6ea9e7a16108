#!/usr/bin/env python3
"""The VS Code extension (editors/vscode/) is consistent with migc.

    extension_test.py MIGC

- Every snippet, accepted as offered (each placeholder's default, each
  choice's first value), goes into one program that `migc check` accepts.
- The `$migc` problem matcher's pattern reads every line `migc check
  --color never` prints for a file with errors and warnings.
- package.json names files that exist: the entry point, the grammar, the
  snippets, and the JSON Schema that scripts/copy-schema.js copies in.
- extension.js is valid JavaScript (with node; skipped without it).
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
EXT = os.path.join(ROOT, "editors", "vscode")


def expand(body):
    """A snippet body as inserted when every placeholder is accepted."""
    out, i = [], 0
    while i < len(body):
        c = body[i]
        if c == "\\" and i + 1 < len(body):
            out.append(body[i + 1])
            i += 2
        elif c == "$" and i + 1 < len(body) and body[i + 1].isdigit():
            i += 1
            while i < len(body) and body[i].isdigit():
                i += 1
        elif c == "$" and body.startswith("${", i):
            i += 2
            while body[i].isdigit():
                i += 1
            choice = body[i] == "|"
            i += 1
            depth, inner = 0, []
            while i < len(body):
                if body[i] == "\\" and i + 1 < len(body):
                    inner.append(body[i:i + 2])
                    i += 2
                    continue
                if body.startswith("${", i):  # a nested placeholder; a lone '{' is text
                    depth += 1
                if body[i] == "}":
                    if depth == 0:
                        break
                    depth -= 1
                inner.append(body[i])
                i += 1
            i += 1
            text = "".join(inner)
            if choice:
                text = re.split(r"[,|]", text)[0]
            out.append(expand(text))
        else:
            out.append(c)
            i += 1
    return "".join(out)


# How a snippet that is not a whole item is placed in the program.
WRAP = {"list comprehension": "let probe_list = {}\n", "allow": "{} topic probe_allowed {{}}\n"}


def snippets_check(migc, failures):
    with open(os.path.join(EXT, "snippets", "mig.json"), encoding="utf-8") as f:
        snippets = json.load(f)
    program = []
    for name, s in snippets.items():
        body = s["body"] if isinstance(s["body"], str) else "\n".join(s["body"])
        program.append(WRAP.get(name, "{}\n").format(expand(body)))
    text = "\n".join(program)
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "main.mig"), "w", encoding="utf-8") as f:
            f.write(text)
        r = subprocess.run([migc, "check", "--color", "never", tmp], capture_output=True, text=True)
        if r.returncode != 0:
            failures.append("the snippets do not check clean (exit %d):\n%s\n--- program ---\n%s" % (r.returncode, r.stderr, text))
    return len(snippets)


def problem_matcher(migc, failures, package):
    matcher = next(m for m in package["contributes"]["problemMatchers"] if m["name"] == "migc")
    pattern = matcher["pattern"]
    regexp = re.compile(pattern["regexp"])
    case = os.path.join(ROOT, "tests", "diagnostics", "sema")
    files = sorted(f for f in os.listdir(case) if f.endswith(".mig"))[:3]
    matched = 0
    with tempfile.TemporaryDirectory() as tmp:
        for f in files:
            shutil.copy(os.path.join(case, f), tmp)
        r = subprocess.run([migc, "check", "--color", "never", "."], capture_output=True, text=True, cwd=tmp)
        headers = [l for l in r.stderr.splitlines() if re.match(r"^\S.*:\d+:\d+: ", l)]
        if not headers:
            failures.append("migc check printed no diagnostics to match")
        for line in headers:
            m = regexp.match(line)
            if not m:
                failures.append("the problem matcher does not read: " + line)
                continue
            if not os.path.exists(os.path.join(tmp, m.group(pattern["file"]))):
                failures.append("the problem matcher reads a file that does not exist: " + m.group(pattern["file"]))
            code = m.group(pattern["code"])
            if m.group(pattern["severity"]) not in ("error", "warning", "note") or (code and not re.fullmatch(r"MIG\d{4}", code)) \
                    or (not code and m.group(pattern["severity"]) != "note"):
                failures.append("severity/code groups are wrong for: " + line)
            matched += 1
    return matched


def package_files(failures, package):
    def exists(rel, what):
        if not os.path.exists(os.path.join(EXT, rel)):
            failures.append("package.json %s names a missing file: %s" % (what, rel))
    exists(package["main"], "main")
    for g in package["contributes"]["grammars"]:
        exists(g["path"], "grammar")
    for s in package["contributes"]["snippets"]:
        exists(s["path"], "snippets")
    for v in package["contributes"]["jsonValidation"]:
        if v["url"] != "./schema/migc-config.schema.json":
            failures.append("jsonValidation must point at the copied schema, not " + v["url"])
    with open(os.path.join(EXT, "scripts", "copy-schema.js"), encoding="utf-8") as f:
        script = f.read()
    if '"..", "..", "..", "schema", "migc-config.schema.json"' not in script or not os.path.exists(
            os.path.join(ROOT, "schema", "migc-config.schema.json")):
        failures.append("scripts/copy-schema.js does not copy schema/migc-config.schema.json")
    if package.get("scripts", {}).get("vscode:prepublish") != "node scripts/copy-schema.js":
        failures.append("vscode:prepublish must copy the schema")
    if "vscode-languageclient" not in package.get("dependencies", {}):
        failures.append("the extension needs vscode-languageclient")
    cfg = package["contributes"]["configuration"]["properties"]
    if "migc.path" not in cfg:
        failures.append("no migc.path setting")


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    migc = os.path.abspath(sys.argv[1])
    failures = []
    with open(os.path.join(EXT, "package.json"), encoding="utf-8") as f:
        package = json.load(f)
    n = snippets_check(migc, failures)
    lines = problem_matcher(migc, failures, package)
    package_files(failures, package)
    node = shutil.which("node")
    if node:
        r = subprocess.run([node, "--check", os.path.join(EXT, "extension.js")], capture_output=True, text=True)
        if r.returncode != 0:
            failures.append("extension.js: " + r.stderr)
    for f in failures:
        print("FAIL: vscode-extension: " + f)
    if failures:
        return 1
    print("PASS: vscode-extension (%d snippets check clean, %d diagnostic lines matched%s)" %
          (n, lines, "" if node else "; extension.js not parsed: no node"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
