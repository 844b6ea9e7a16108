"""A small Language Server Protocol client for tests and benchmarks.

Starts `migc lsp`, frames JSON-RPC messages, answers nothing the server asks
(migc asks nothing), collects notifications, and fails loudly when the server
dies or does not answer within a timeout.
"""
import json
import os
import select
import subprocess
import time
import urllib.parse


class ServerDied(Exception):
    pass


def uri(path):
    return "file://" + urllib.parse.quote(os.path.abspath(path))


class Client:
    def __init__(self, migc, args=(), cwd=None, timeout=30.0):
        self.proc = subprocess.Popen([migc, "lsp", *args], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.PIPE, cwd=cwd)
        self.timeout = timeout
        self.next_id = 1
        self.buffer = b""
        self.notifications = []
        self.versions = {}

    # ---- framing -------------------------------------------------------
    def send(self, message):
        body = json.dumps(message).encode()
        try:
            self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self.proc.stdin.flush()
        except BrokenPipeError:
            raise ServerDied(self.stderr())

    def stderr(self):
        try:
            return self.proc.stderr.read().decode(errors="replace") if self.proc.poll() is not None else ""
        except Exception:
            return ""

    def _read_message(self, deadline):
        while True:
            head_end = self.buffer.find(b"\r\n\r\n")
            if head_end >= 0:
                headers = self.buffer[:head_end].decode()
                length = None
                for line in headers.split("\r\n"):
                    name, _, value = line.partition(":")
                    if name.strip().lower() == "content-length":
                        length = int(value.strip())
                assert length is not None, "a frame without Content-Length: %r" % headers
                if len(self.buffer) >= head_end + 4 + length:
                    body = self.buffer[head_end + 4:head_end + 4 + length]
                    self.buffer = self.buffer[head_end + 4 + length:]
                    return json.loads(body)
            left = deadline - time.monotonic()
            if left <= 0:
                return None
            ready, _, _ = select.select([self.proc.stdout], [], [], left)
            if not ready:
                return None
            chunk = os.read(self.proc.stdout.fileno(), 1 << 16)
            if not chunk:
                raise ServerDied("the server closed its output (exit status %s): %s" % (self.proc.wait(), self.stderr()))
            self.buffer += chunk

    # ---- requests and notifications -----------------------------------
    def request(self, method, params=None, timeout=None):
        """Sends a request; returns the whole response (with `result` or `error`)."""
        rid = self.next_id
        self.next_id += 1
        self.send({"jsonrpc": "2.0", "id": rid, "method": method, "params": params or {}})
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            msg = self._read_message(deadline)
            if msg is None:
                raise TimeoutError("no answer to %s within %ss" % (method, timeout or self.timeout))
            if msg.get("id") == rid and "method" not in msg:
                return msg
            self.notifications.append(msg)

    def call(self, method, params=None, timeout=None):
        """A request that must succeed: its result."""
        reply = self.request(method, params, timeout)
        if "error" in reply:
            raise AssertionError("%s failed: %s" % (method, reply["error"]))
        return reply["result"]

    def notify(self, method, params=None):
        self.send({"jsonrpc": "2.0", "method": method, "params": params or {}})

    def wait_notification(self, method, predicate=lambda m: True, timeout=None):
        """The first notification (already received or arriving) that matches."""
        for i, msg in enumerate(self.notifications):
            if msg.get("method") == method and predicate(msg):
                return self.notifications.pop(i)
        deadline = time.monotonic() + (timeout or self.timeout)
        while True:
            msg = self._read_message(deadline)
            if msg is None:
                raise TimeoutError("no %s notification within %ss" % (method, timeout or self.timeout))
            if msg.get("method") == method and predicate(msg):
                return msg
            self.notifications.append(msg)

    def diagnostics(self, doc_uri, version=None, timeout=None):
        """The next publishDiagnostics for a document (at `version`, when given)."""
        def match(m):
            p = m["params"]
            return p["uri"] == doc_uri and (version is None or p.get("version") == version)
        return self.wait_notification("textDocument/publishDiagnostics", match, timeout)["params"]["diagnostics"]

    # ---- conveniences ---------------------------------------------------
    def initialize(self, root, options=None, encodings=("utf-16",)):
        result = self.call("initialize", {
            "processId": os.getpid(), "rootUri": uri(root),
            "capabilities": {"general": {"positionEncodings": list(encodings)}},
            "initializationOptions": options or {}})
        self.notify("initialized", {})
        return result

    def open(self, path, text=None):
        if text is None:
            with open(path, encoding="utf-8") as f:
                text = f.read()
        u = uri(path)
        self.versions[u] = 1
        self.notify("textDocument/didOpen", {"textDocument": {"uri": u, "languageId": "mig", "version": 1, "text": text}})
        return u

    def change(self, doc_uri, text, range_=None):
        """Replaces the document (or `range_` of it) with `text`; returns the new version."""
        self.versions[doc_uri] += 1
        change = {"text": text}
        if range_ is not None:
            change["range"] = range_
        self.notify("textDocument/didChange", {"textDocument": {"uri": doc_uri, "version": self.versions[doc_uri]},
                                               "contentChanges": [change]})
        return self.versions[doc_uri]

    def close(self):
        """shutdown + exit; returns the exit status."""
        self.call("shutdown")
        self.notify("exit")
        try:
            return self.proc.wait(timeout=self.timeout)
        finally:
            for f in (self.proc.stdin, self.proc.stdout, self.proc.stderr):
                try:
                    f.close()
                except Exception:
                    pass

    def kill(self):
        if self.proc.poll() is None:
            self.proc.kill()
            self.proc.wait()


def position(text, offset):
    """The LSP position (UTF-16) of a character offset in `text`."""
    line = text.count("\n", 0, offset)
    start = text.rfind("\n", 0, offset) + 1
    return {"line": line, "character": len(text[start:offset].encode("utf-16-le")) // 2}


def offset(text, pos):
    """The character offset of an LSP position (UTF-16) in `text`."""
    lines = text.split("\n")
    start = sum(len(l) + 1 for l in lines[:pos["line"]])
    line = lines[pos["line"]] if pos["line"] < len(lines) else ""
    units, chars = 0, 0
    for ch in line:
        if units >= pos["character"]:
            break
        units += len(ch.encode("utf-16-le")) // 2
        chars += 1
    return start + chars


def apply_edits(text, edits):
    """Applies TextEdits (non-overlapping) to `text`."""
    spans = sorted(((offset(text, e["range"]["start"]), offset(text, e["range"]["end"]), e["newText"]) for e in edits),
                   reverse=True)
    for begin, end, new in spans:
        text = text[:begin] + new + text[end:]
    return text
