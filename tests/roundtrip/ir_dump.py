"""Reads `migc check --dump ir` (compiler/ir/program.cpp, dumpProgram) into Python values.

A declaration is a line at column 0 (`cluster db`, `param suffix: string = "demo"`,
`output endpoint = ref(db.endpoint)`), its fields the indented `name = value` lines.
Values: "text", 7 (number), 604800s (seconds), 8589934592B (bytes), 80% (percent),
words (enum values, true/false), ref(x) / ref(x.attr), param(x), concat(...), [..], {k = v}.
"""
import re

TOKEN = re.compile(r'\s*(?:("(?:[^"\\]|\\.)*")|(-?\d+(?:\.\d+)?)(s|B|%)?(?![\w.])|([A-Za-z_][\w.\-/:*]*)|(.))')


class Ref:
    def __init__(self, target):
        self.object, _, self.attr = target.partition(".")

    def __repr__(self):
        return f"ref({self.object}{'.' + self.attr if self.attr else ''})"


class Param:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"param({self.name})"


class Concat:
    def __init__(self, parts):
        self.parts = parts


class Quantity:
    """A number with its unit: s (seconds), B (bytes), % (percent)."""

    def __init__(self, number, unit):
        self.number, self.unit = number, unit

    def __repr__(self):
        return f"{self.number:g}{self.unit}"


class Word(str):
    """An enum value or boolean, written bare in the dump."""


def tokens(text):
    pos, out = 0, []
    while pos < len(text):
        m = TOKEN.match(text, pos)
        if not m or m.end() == pos:
            break
        pos = m.end()
        if any(g is not None for g in m.groups()):
            out.append(m.groups())
    return out


class Parser:
    def __init__(self, text):
        self.toks, self.i = tokens(text), 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else (None,) * 5

    def next(self):
        t = self.peek()
        self.i += 1
        return t

    def punct(self, c):
        if self.peek()[4] == c:
            self.i += 1
            return True
        return False

    def seq(self, close):
        items = []
        while not self.punct(close):
            if self.peek() == (None,) * 5:
                raise ValueError("unterminated")
            items.append(self.value())
            self.punct(",")
        return items

    def key(self):
        s, num, unit, word, p = self.next()
        key = eval(s) if s else (word or num or p)  # noqa: S307 - a JSON-style string literal
        while self.peek()[4] not in ("=", None):  # keys with characters a word has not
            key += "".join(x for x in self.next() if x)
        return key

    def value(self):
        s, num, unit, word, p = self.next()
        if s is not None:
            return bytes(s[1:-1], "utf-8").decode("unicode_escape") if "\\" in s else s[1:-1]
        if num is not None:
            n = float(num)
            n = int(n) if n.is_integer() else n
            return Quantity(n, unit) if unit else n
        if word is not None:
            if self.punct("("):
                args = self.seq(")")
                if word == "ref":
                    return Ref(args[0])
                if word == "param":
                    return Param(args[0])
                if word == "concat":
                    return Concat(args)
                return {"call": word, "args": args}
            return Word(word)
        if p == "[":
            return self.seq("]")
        if p == "{":
            out = {}
            while not self.punct("}"):
                k = self.key()
                self.punct("=")
                out[k] = self.value()
                self.punct(",")
            return out
        raise ValueError(f"unexpected {p!r}")


def parse_value(text):
    text = text.strip()
    # ref(x.attr) and param(x) hold bare names: quote them for the parser.
    text = re.sub(r"\b(ref|param)\(([\w.\-]+)\)", r'\1("\2")', text)
    return Parser(text).value()


def read(text):
    """{"objects": [(kind, name, {field: value})], "params": {name: type}, "outputs": {name: value},
    "migration": {field: value}, "constraints": {param: (max_length, pattern)}}."""
    objects, params, outputs, migration = [], {}, {}, ("migration", "", {})
    constraints = {}  # param -> (max_length, pattern): ir::NameConstraint
    current, param = None, None
    for line in text.splitlines():
        if not line.strip():
            continue
        m = re.match(r'  names: max_length=(-?\d+) pattern="((?:[^"\\]|\\.)*)"$', line)
        if m and param:
            constraints[param] = (int(m.group(1)), re.sub(r"\\(.)", r"\1", m.group(2)))
            continue
        if not line.startswith("  "):
            param = None
        if line.startswith("  "):
            if current is not None:
                name, _, value = line.strip().partition(" = ")
                current[2][name] = parse_value(value)
            continue
        current = None
        if line.startswith("param "):
            m = re.match(r"param (\w+): ([^=]+?)(?: = .*)?$", line)
            params[m.group(1)] = m.group(2).strip()
            param = m.group(1)
        elif line.startswith("output "):
            m = re.match(r"output ([\w\-]+) = (.*)$", line)
            outputs[m.group(1)] = parse_value(m.group(2))
        elif line.startswith("migration "):
            current = migration
        else:
            kind, _, name = line.partition(" ")
            current = (kind, name.split()[0] if name else "", {})
            objects.append(current)
    return {"objects": objects, "params": params, "outputs": outputs, "migration": migration[2],
            "constraints": constraints}
