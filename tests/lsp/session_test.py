#!/usr/bin/env python3
"""A full editor session against `migc lsp` on one program folder.

    session_test.py MIGC FOLDER

Opens FOLDER/main.mig and drives: initialize, open (diagnostics equal to
`migc check`), hover on a kind and a field, references and definition,
completion (fields, attributes, units, engine versions), an edit with a
syntax error and its undo, rename (the renamed program checks the same),
formatting (restores a scrambled file), code actions (a fix-it and an
@allow), shutdown and exit. Every reply is asserted.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Client, apply_edits, position, uri  # noqa: E402

FIELD, STRUCT, KEYWORD, PROPERTY, UNIT, VALUE, CLASS = 5, 22, 14, 10, 11, 12, 7


def check_json(migc, folder):
    """`migc check --format json` on a folder: (code, line) of main.mig's diagnostics."""
    out = subprocess.run([migc, "check", "--format", "json", folder], capture_output=True, text=True)
    found = set()
    for line in out.stdout.splitlines():
        d = json.loads(line)
        if os.path.basename(d.get("file", "")) == "main.mig":
            found.add((d["code"], d["line"]))
    return found


def published(diags):
    return {(d["code"], d["range"]["start"]["line"] + 1) for d in diags}


def labels(completion):
    return {item["label"] for item in completion["items"]}


class Session:
    def __init__(self, migc, folder):
        self.migc, self.folder = migc, os.path.abspath(folder)
        self.path = os.path.join(self.folder, "main.mig")
        with open(self.path, encoding="utf-8") as f:
            self.text = f.read()
        self.client = Client(migc)
        self.steps = []

    def step(self, name):
        self.steps.append(name)

    def at(self, offset):
        return {"textDocument": {"uri": self.uri}, "position": position(self.text, offset)}

    def run(self):
        c = self.client
        caps = c.initialize(self.folder)["capabilities"]
        for cap in ("hoverProvider", "definitionProvider", "referencesProvider", "renameProvider", "completionProvider",
                    "documentFormattingProvider", "codeActionProvider", "semanticTokensProvider", "documentSymbolProvider"):
            assert cap in caps, "initialize does not announce " + cap
        self.step("initialize")

        self.uri = c.open(self.path)
        diags = c.diagnostics(self.uri, 1)
        expected = check_json(self.migc, self.folder)
        assert published(diags) == expected, "open: diagnostics %s, migc check says %s" % (published(diags), expected)
        for d in diags:
            assert d["source"] == "migc" and re.fullmatch(r"MIG\d{4}", d["code"]), d
        self.step("open: %d diagnostics as migc check" % len(diags))

        symbols = c.call("textDocument/documentSymbol", {"textDocument": {"uri": self.uri}})
        objects = [s for s in symbols if s.get("detail") not in ("", "param", "let", "output", "component", "migration", None)
                   and s["kind"] == 19]
        assert objects, "documentSymbol lists no declarations"
        self.step("documentSymbol: %d items" % len(symbols))

        self.hover_kind_and_field(objects[0])
        target = self.references_and_definition(objects)
        self.completion(objects)
        self.edit_with_error()
        self.rename(target)
        self.formatting()
        self.code_actions()

        tokens = c.call("textDocument/semanticTokens/full", {"textDocument": {"uri": self.uri}})
        assert tokens["data"] and len(tokens["data"]) % 5 == 0, "semantic tokens"
        folds = c.call("textDocument/foldingRange", {"textDocument": {"uri": self.uri}})
        assert folds, "folding ranges"
        self.step("semantic tokens and folding ranges")

        status = c.close()
        assert status == 0, "exit status %s after shutdown" % status
        self.step("shutdown, exit 0")

    def hover_kind_and_field(self, obj):
        c = self.client
        kind = obj["detail"]
        # The kind word right before the label (annotations may mention it too).
        kind_at = self.text.rindex(kind, 0, self.offset_of(obj["selectionRange"]["start"]))
        h = c.call("textDocument/hover", self.at(kind_at + 1))
        assert h and "**%s** · kind" % kind in h["contents"]["value"], "hover on kind %s: %s" % (kind, h)
        # The first field written in the block.
        field = next((ch for ch in obj.get("children", []) if ch["kind"] == 8), None)
        if field:
            f_at = self.offset_of(field["selectionRange"]["start"])
            h = c.call("textDocument/hover", self.at(f_at))
            assert h and ("**%s** · field of" % field["name"]) in h["contents"]["value"], "hover on field: %s" % h
        self.step("hover: kind %s%s" % (kind, ", field " + field["name"] if field else ""))

    def migration_at(self):
        return re.search(r"^migration\b", self.text, re.M).start()

    def offset_of(self, pos):
        from lsp_client import offset
        return offset(self.text, pos)

    def references_and_definition(self, objects):
        c = self.client
        for obj in objects:
            decl = self.offset_of(obj["selectionRange"]["start"])
            refs = c.call("textDocument/references", dict(self.at(decl), context={"includeDeclaration": False}))
            if not refs:
                continue
            with_decl = c.call("textDocument/references", dict(self.at(decl), context={"includeDeclaration": True}))
            assert len(with_decl) == len(refs) + 1, "references with the declaration"
            use = refs[0]
            assert use["uri"] == self.uri
            use_at = self.offset_of(use["range"]["start"])
            assert self.text[use_at:].startswith(obj["name"]), "a reference to %s at %r" % (obj["name"], self.text[use_at:use_at + 20])
            d = c.call("textDocument/definition", self.at(use_at))
            assert d["uri"] == self.uri and d["range"] == obj["selectionRange"], "definition of %s: %s" % (obj["name"], d)
            hl = c.call("textDocument/documentHighlight", self.at(use_at))
            assert len(hl) == len(with_decl), "highlights"
            self.step("references: %s has %d uses; definition returns its label" % (obj["name"], len(refs)))
            return obj
        raise AssertionError("no declaration in main.mig is referenced")

    def completion(self, objects):
        c = self.client
        # Fields of the migration block, right after its '{'.
        brace = self.text.index("{", self.migration_at())
        items = c.call("textDocument/completion", self.at(brace + 1))
        got = labels(items)
        assert "regions" in got or "region" in got, "migration fields: %s" % sorted(got)
        assert all(i["kind"] in (FIELD, STRUCT, KEYWORD) for i in items["items"]), "field completion kinds"
        # Kinds at the top level of a new line; attributes after `name.`;
        # units after a number; versions in an engine call.
        ref = next((o for o in objects if o["detail"] in ("cluster", "database")), objects[0])
        probe = "\n\nlet probe_a = 5\nlet probe_b = %s.\n" % ref["name"]
        text = self.text + probe
        v = c.change(self.uri, text)
        end_dot = len(text) - 1
        members = labels(c.call("textDocument/completion",
                                {"textDocument": {"uri": self.uri}, "position": position(text, end_dot)}))
        if ref["detail"] in ("cluster", "database"):
            assert "endpoint" in members, "attributes of %s: %s" % (ref["name"], sorted(members))
        units = labels(c.call("textDocument/completion", {"textDocument": {"uri": self.uri},
                                                           "position": position(text, text.index("probe_a = 5") + 11)}))
        assert {"d", "GiB", "%"} <= units, "units: %s" % sorted(units)
        top = labels(c.call("textDocument/completion", {"textDocument": {"uri": self.uri},
                                                         "position": position(text, len(self.text) + 1)}))
        assert {"cluster", "pipeline", "let"} <= top, "top level: %s" % sorted(top)
        c.diagnostics(self.uri, v)
        text2 = self.text + '\nlet probe_e = aurora_postgresql("1")\n'
        v = c.change(self.uri, text2)
        versions = c.call("textDocument/completion", {"textDocument": {"uri": self.uri},
                                                      "position": position(text2, text2.rindex('("1') + 3)})
        got = labels(versions)
        assert got and all(l.startswith("1") for l in got), "engine versions: %s" % sorted(got)
        c.change(self.uri, self.text)
        self.step("completion: fields, %d attributes, units, kinds, %d engine versions" % (len(members), len(got)))

    def edit_with_error(self):
        c = self.client
        lines = self.text.count("\n")
        v = c.change(self.uri, "let broken = = 1\n", {"start": {"line": lines, "character": 0}, "end": {"line": lines, "character": 0}})
        diags = c.diagnostics(self.uri, v)
        errors = [d for d in diags if d["code"] == "MIG0001"]
        assert errors and errors[0]["range"]["start"]["line"] == lines, "the syntax error: %s" % diags
        assert errors[0].get("codeDescription", {}).get("href", "").endswith("diagnostics.md#mig0001-syntax-error"), errors[0]
        # Hover still works while the file does not parse.
        h = c.call("textDocument/hover", self.at(self.migration_at() + 2))
        assert h and "kind" in h["contents"]["value"]
        v = c.change(self.uri, "", {"start": {"line": lines, "character": 0}, "end": {"line": lines + 1, "character": 0}})
        assert published(c.diagnostics(self.uri, v)) == check_json(self.migc, self.folder), "undo restores the diagnostics"
        self.step("edit with a syntax error: MIG0001 on line %d; undone" % (lines + 1))

    def rename(self, obj):
        c = self.client
        at = self.offset_of(obj["selectionRange"]["start"])
        prep = c.call("textDocument/prepareRename", self.at(at))
        assert prep["placeholder"] == obj["name"], prep
        new = obj["name"] + "2"  # a suffix every naming rule accepts
        edit = c.call("textDocument/rename", dict(self.at(at), newName=new))
        edits = edit["changes"][self.uri]
        renamed = apply_edits(self.text, edits)
        assert len(re.findall(r"\b%s\b" % re.escape(new), renamed)) == len(edits), "every occurrence renamed"
        bad = c.request("textDocument/rename", dict(self.at(at), newName="not an identifier"))
        assert "error" in bad, "renaming to a non-identifier must fail"
        # The renamed program means the same: migc check reports the same codes.
        with tempfile.TemporaryDirectory() as tmp:
            copy = os.path.join(tmp, os.path.basename(self.folder))
            shutil.copytree(self.folder, copy)
            with open(os.path.join(copy, "main.mig"), "w", encoding="utf-8") as f:
                f.write(renamed)
            before = sorted(code for code, _ in check_json(self.migc, self.folder))
            after = sorted(code for code, _ in check_json(self.migc, copy))
            assert before == after, "after rename: %s, before: %s" % (after, before)
        self.step("rename %s -> %s: %d edits, program checks the same" % (obj["name"], new, len(edits)))

    def formatting(self):
        c = self.client
        canonical = subprocess.run([self.migc, "fmt", "-"], input=self.text, capture_output=True, text=True).stdout
        scrambled = "\n".join(l.strip() for l in self.text.split("\n"))
        c.change(self.uri, scrambled)
        edits = c.call("textDocument/formatting", {"textDocument": {"uri": self.uri}, "options": {"tabSize": 2, "insertSpaces": True}})
        assert apply_edits(scrambled, edits) == canonical, "formatting does not give migc fmt's layout"
        c.change(self.uri, scrambled + "\nlet = \n")
        edits = c.call("textDocument/formatting", {"textDocument": {"uri": self.uri}, "options": {"tabSize": 2, "insertSpaces": True}})
        assert edits == [], "a file with syntax errors is not formatted"
        c.change(self.uri, self.text)
        self.step("formatting: restores a scrambled file; leaves a broken one alone")

    def code_actions(self):
        c = self.client
        # A misspelt kind: MIG1xxx with a fix-it.
        text = self.text + "\nclustr probe_c {}\n"
        v = c.change(self.uri, text)
        diags = c.diagnostics(self.uri, v)
        typo = [d for d in diags if d["range"]["start"]["line"] == text.count("\n") - 1]
        assert typo, "no diagnostic on the misspelt kind: %s" % diags
        actions = c.call("textDocument/codeAction", {"textDocument": {"uri": self.uri}, "range": typo[0]["range"],
                                                     "context": {"diagnostics": typo}})
        fixes = [a for a in actions if "cluster" in a["title"]]
        assert fixes, "no fix-it action: %s" % actions
        fixed = apply_edits(text, fixes[0]["edit"]["changes"][self.uri])
        assert "cluster probe_c {}" in fixed
        # A policy finding: an unencrypted topic; suppress it with @allow.
        text = self.text + "\ntopic probe_t {}\n"
        v = c.change(self.uri, text)
        diags = c.diagnostics(self.uri, v)
        line = text.count("\n") - 1
        findings = [d for d in diags if d["range"]["start"]["line"] == line and d["code"] >= "MIG2"]
        suppressed = None
        if findings:
            actions = c.call("textDocument/codeAction", {"textDocument": {"uri": self.uri}, "range": findings[0]["range"],
                                                         "context": {"diagnostics": findings}})
            allow = [a for a in actions if a["title"].startswith("Suppress %s" % findings[0]["code"])]
            assert allow, "no @allow action: %s" % actions
            text = apply_edits(text, allow[0]["edit"]["changes"][self.uri])
            v = c.change(self.uri, text)
            after = c.diagnostics(self.uri, v)
            assert findings[0]["code"] not in {d["code"] for d in after if d["range"]["start"]["line"] >= line}, after
            suppressed = findings[0]["code"]
        c.change(self.uri, self.text)
        self.step("code actions: fix-it for %s%s" % (typo[0]["code"], "; @allow(%s) suppresses it" % suppressed if suppressed else ""))


def main():
    if len(sys.argv) != 3:
        print(__doc__)
        return 2
    s = Session(sys.argv[1], sys.argv[2])
    try:
        s.run()
    except Exception as e:
        s.client.kill()
        print("FAIL: lsp-session %s: after [%s]: %s: %s" % (os.path.basename(s.folder), "; ".join(s.steps), type(e).__name__, e))
        return 1
    for step in s.steps:
        print("  ok  " + step)
    print("PASS: lsp-session %s (%d steps)" % (os.path.basename(s.folder), len(s.steps)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
