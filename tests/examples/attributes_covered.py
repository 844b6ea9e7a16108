#!/usr/bin/env python3
"""Every attribute a kind declares (`migc explain --kinds`) is output by the conformance
program tests/conformance/attributes, whose outputs every target must lower under the same
key (output_keys.py) and the validators must accept. Metrics are not values (alarms and
dashboards read them) and event sources are read by a rule's `on`.

usage: attributes_covered.py MIGC PROGRAM_DIR
"""
import re
import subprocess
import sys

NOT_VALUES = {"pipeline.state_change"}  # an EventBridge event source, for `rule { on = ... }`


def main(migc, program):
    kinds = subprocess.run([migc, "explain", "--kinds"], capture_output=True, text=True, check=True).stdout
    # Attribute rows have three cells (`kind.attr` | type | doc); a nested block's field rows
    # (`backup.retention` | type | default | range | doc) have five.
    declared = set()
    for line in kinds.splitlines():
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        m = re.fullmatch(r"`([a-z_]+\.[a-z_]+)`", cells[0]) if len(cells) == 3 else None
        if m and not cells[1].startswith("metric"):
            declared.add(m.group(1))
    declared -= NOT_VALUES
    ir = subprocess.run([migc, "check", program, "--dump", "ir", "--color=never"], capture_output=True, text=True,
                        check=True).stdout
    kind_of = dict((name, kind) for kind, name in re.findall(r"^([a-z_]+) ([A-Za-z0-9_]+)$", ir, re.M))
    output = {f"{kind_of.get(obj, '?')}.{attr}" for obj, attr in re.findall(r"^output \S+ = ref\(([A-Za-z0-9_]+)\.([a-z_]+)\)$", ir, re.M)}
    missing = sorted(declared - output)
    if not declared:
        print("no attributes found in `migc explain --kinds`")
        return 1
    if missing:
        print("attributes no output of", program, "reads:", ", ".join(missing))
        return 1
    print(f"{len(declared)} attributes, each output by {program}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2]))
