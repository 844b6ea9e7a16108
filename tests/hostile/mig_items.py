"""Splits a canonically formatted .mig file into its top-level items, each
with the comments, blank lines and annotations written above it, so tests
can reorder declarations and move them between files."""


def _depth_changes(line, state):
    """Brace depth change over one line; `state` carries an open block comment
    and the stack of open strings (interpolations nest) across lines."""
    depth = 0
    i = 0
    while i < len(line):
        c = line[i]
        if state["comment"]:
            if line.startswith("*/", i):
                state["comment"] = False
                i += 2
                continue
            i += 1
            continue
        if state["strings"] and state["strings"][-1] == "str":
            if c == "\\":
                i += 2
                continue
            if c == '"':
                state["strings"].pop()
            elif line.startswith("${", i):
                state["strings"].append("interp")
                depth += 1
                i += 2
                continue
            i += 1
            continue
        if line.startswith("//", i) or c == "#":
            break
        if line.startswith("/*", i):
            state["comment"] = True
            i += 2
            continue
        if c == '"':
            state["strings"].append("str")
        elif c in "{[(":
            depth += 1
        elif c in "}])":
            depth -= 1
            if c == "}" and state["strings"] and state["strings"][-1] == "interp":
                state["strings"].pop()
        i += 1
    return depth


def split_items(text):
    """Returns the items (each a string ending in a newline), in file order."""
    lines = text.splitlines(keepends=True)
    items, pending, current = [], [], []
    depth = 0
    state = {"comment": False, "strings": []}
    for line in lines:
        stripped = line.strip()
        at_top = depth == 0 and not state["comment"] and not state["strings"]
        starts_item = at_top and line[:1] not in (" ", "\t", "}", "\n", "") and not stripped.startswith("else")
        if at_top and (not stripped or stripped.startswith("//") or stripped.startswith("#") or stripped.startswith("@")):
            if current:
                items.append("".join(current))
                current = []
            pending.append(line)
            depth += _depth_changes(line, state)
            continue
        if starts_item and current:
            items.append("".join(current))
            current = []
        if not current:
            current, pending = pending, []
        current.append(line)
        depth += _depth_changes(line, state)
    if current:
        items.append("".join(current))
    trailer = "".join(pending)
    if trailer:
        items.append(trailer)
    return [i if i.endswith("\n") else i + "\n" for i in items]
