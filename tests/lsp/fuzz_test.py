#!/usr/bin/env python3
"""Half-typed input never crashes `migc lsp`.

    fuzz_test.py MIGC FILE.mig... [--iterations N] [--seed S]

Feeds the server truncated and mutated versions of each file (deterministic
for a seed) and after every change asks for diagnostics, hover, completion,
definition, references, symbols, folding, semantic tokens, formatting and
code actions at random positions. Every request must be answered with a
result, or with an error other than InternalError (a caught exception is a
bug too), and the server must still exit 0 after shutdown.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lsp_client import Client, position, uri  # noqa: E402

TOKENS = ["{", "}", "(", ")", "[", "]", "=", "==", ".", ",", ";", "\"", "${", "@", "@allow(", "//", "/*", "*/",
          "\n", " ", "7d", "80%", "100GiB", "1.5", "cluster", "let", "param", "for", "in", "if", "else", "when",
          "component", "import \"x.mig\"", "aurora_postgresql(\"", "db.", "true", "null", "\\", "\xe9", "\U0001F600"]

REQUESTS = ["textDocument/hover", "textDocument/completion", "textDocument/definition", "textDocument/references",
            "textDocument/documentHighlight", "textDocument/prepareRename", "textDocument/rename"]
WHOLE = ["textDocument/documentSymbol", "textDocument/foldingRange", "textDocument/semanticTokens/full",
         "textDocument/formatting"]


def mutate(rng, text):
    choice = rng.randrange(5)
    if choice == 0:  # truncate
        return text[:rng.randrange(len(text) + 1)]
    at = rng.randrange(len(text) + 1)
    if choice == 1:  # delete a span
        return text[:at] + text[at + rng.randrange(1, 40):]
    if choice == 2:  # insert a token
        return text[:at] + rng.choice(TOKENS) + text[at:]
    if choice == 3:  # duplicate a span
        span = text[at:at + rng.randrange(1, 80)]
        return text[:at] + span + span + text[at + len(span):]
    # swap two lines
    lines = text.split("\n")
    if len(lines) > 2:
        i, j = rng.randrange(len(lines)), rng.randrange(len(lines))
        lines[i], lines[j] = lines[j], lines[i]
    return "\n".join(lines)


def main():
    args = sys.argv[1:]
    iterations, seed = 150, 17
    if "--iterations" in args:
        i = args.index("--iterations")
        iterations = int(args[i + 1])
        del args[i:i + 2]
    if "--seed" in args:
        i = args.index("--seed")
        seed = int(args[i + 1])
        del args[i:i + 2]
    if len(args) < 2:
        print(__doc__)
        return 2
    migc, files = args[0], args[1:]
    rng = random.Random(seed)
    client = Client(migc, ["--debounce-ms", "0"])
    answered = 0
    try:
        client.initialize(os.path.dirname(os.path.abspath(files[0])))
        for path in files:
            with open(path, encoding="utf-8") as f:
                original = f.read()
            doc = client.open(path, original)
            text = original
            for n in range(iterations):
                text = mutate(rng, text if rng.random() < 0.7 else original)
                client.change(doc, text)
                for method in rng.sample(REQUESTS, 3) + [rng.choice(WHOLE)]:
                    at = rng.randrange(len(text) + 1)
                    params = {"textDocument": {"uri": doc}, "position": position(text, at)}
                    if method == "textDocument/references":
                        params["context"] = {"includeDeclaration": True}
                    if method == "textDocument/rename":
                        params["newName"] = "renamed_x"
                    if method == "textDocument/formatting":
                        params["options"] = {"tabSize": 2, "insertSpaces": True}
                    reply = client.request(method, params)
                    if "error" in reply and reply["error"]["code"] == -32603:
                        raise AssertionError("%s at %s raised: %s\n--- text ---\n%s" % (method, params["position"], reply["error"]["message"], text))
                    answered += 1
                end = position(text, len(text))
                actions = client.request("textDocument/codeAction", {"textDocument": {"uri": doc},
                                         "range": {"start": {"line": 0, "character": 0}, "end": end},
                                         "context": {"diagnostics": []}})
                assert "result" in actions, "codeAction: %s" % actions
                answered += 1
            client.change(doc, original)
        # Malformed requests are refused with an error, never an internal one.
        bad = [("textDocument/hover", {"textDocument": {"uri": doc}, "position": "x"}),
               ("textDocument/hover", {"textDocument": {"uri": doc}, "position": {"line": -5, "character": "a"}}),
               ("textDocument/definition", 5),
               ("textDocument/completion", {"textDocument": {"uri": "file:///no/such/file.mig"}, "position": {"line": 0, "character": 0}}),
               ("textDocument/rename", {"textDocument": {"uri": doc}, "position": {"line": 0, "character": 0}}),
               ("textDocument/codeAction", {"textDocument": {"uri": doc}}),
               ("no/such/method", {})]
        for method, params in bad:
            reply = client.request(method, params)
            assert "error" in reply and reply["error"]["code"] != -32603, "%s %r: %s" % (method, params, reply)
            answered += 1
        client.send({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {"textDocument": {"uri": "file:///x.mig"}}})
        client.proc.stdin.write(b"Content-Length: 5\r\n\r\n{oops")
        client.proc.stdin.flush()
        reply = client.request("textDocument/documentSymbol", {"textDocument": {"uri": doc}})
        assert "result" in reply, "the server survives a malformed frame: %s" % reply
        status = client.close()
        assert status == 0, "exit status %s" % status
    except Exception as e:
        client.kill()
        print("FAIL: lsp-fuzz: %s: %s" % (type(e).__name__, e))
        return 1
    print("PASS: lsp-fuzz (%d files, %d changes, %d requests answered, seed %d)" % (len(files), len(files) * iterations, answered, seed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
