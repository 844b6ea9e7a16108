"""Round-trip and cross-target agreement of one program's three outputs.

  roundtrip.py NAME IR FACTS TERRAFORM_JSON OUT_DIR CHECK_LOG PROGRAM_DIR [-v]

Each target's output is read back by an independent parser (neutral.py) and checked:

round trip, against the IR (`migc check --dump ir`, ir_dump.py):
  * every declaration became resources, and every resource the model makes for a target
    is in that target's output;
  * every value a declaration sets is among the values of its resources, with its meaning
    (604800s may read 604800, 10080 minutes, 168 hours or 7 days; 8GiB 8589934592 or 8;
    80% 80 or 0.8), every param it uses is referenced there, and every declaration it
    refers to is referenced by one of its resources;
  * every param the program uses is referenced by the target; every output exists and
    reads the declaration it names;
  * each param's name constraint (max length, pattern) is the IR's in every target
    (param_constraints.py).
cross-target agreement:
  * the same resources, each of the type the name tables give it (CloudFormation type,
    Pulumi token), in every target, except those the model creates for some targets only;
  * the same values, resource by resource (tags, rules, policies, container definitions:
    every value, whatever the property is called), except those the model gives per target
    (PValue::onlyFor/perTarget) and those the CloudFormation name table converts or drops;
  * the same outputs, reading the same resources.
(agreement.py). What is not a plain value of a resource is in exceptions.py, with why.
Every difference the model allows is printed with its reason (-v). A failure names the
program, target, resource and property or value.
"""
import glob
import json
import os
import re
import sys
from collections import Counter

import yaml

import ir_dump
import neutral
import param_constraints
from agreement import TARGETS, agreement
from exceptions import (COUNTS, DIAGNOSED, KNOWN_DEFECTS, NOT_A_VALUE, NOTHING_CREATED, RUNBOOK, SPLIT,
                        UNUSED_IN_ITEM, UNUSED_WHEN, WRITTEN_BY)


def load(name, ir_path, facts_path, tf_path, out_dir, check_log, program):
    facts = json.load(open(facts_path))
    names = neutral.Names(facts)
    cfn_files = sorted(glob.glob(os.path.join(out_dir, "cloudformation", "*.yaml")))
    # The account's bootstrap (pulumi/bootstrap/) is part of what the program creates.
    pulumi = yaml.safe_load(open(os.path.join(out_dir, "pulumi", "Pulumi.yaml")))
    bootstrap = os.path.join(out_dir, "pulumi", "bootstrap", "Pulumi.yaml")
    if os.path.exists(bootstrap):
        pulumi["resources"].update(yaml.safe_load(open(bootstrap))["resources"])
    raw = {"terraform": json.load(open(tf_path)), "cloudformation": [yaml.safe_load(open(f)) for f in cfn_files],
           "pulumi": pulumi}
    stacks = {
        "terraform": neutral.read_terraform(raw["terraform"]),
        "cloudformation": neutral.read_cloudformation(raw["cloudformation"], names),
        "pulumi": neutral.read_pulumi(pulumi, names),
    }
    runbook = os.path.join(out_dir, "runbook.md")
    extra = {"runbook": open(runbook).read() if os.path.exists(runbook) else "",
             # Printed by `migc check`, or allowed in the program (`@allow(MIG3030, reason = ...)`).
             "codes": set(re.findall(r"\bMIG\d{4}\b", open(check_log).read())) | {
                 code for f in glob.glob(os.path.join(program, "**", "*.mig"), recursive=True)
                 for code in re.findall(r"@allow\(\s*(MIG\d{4})", open(f).read())},
             "raw": raw, "names": names}
    return ir_dump.read(open(ir_path).read()), facts, stacks, extra


# ---------------------------------------------------------------- what a value may read as

def spellings(v):
    """The neutral leaves a literal may become in a target, or None when not a literal."""
    if isinstance(v, ir_dump.Quantity):
        n, out = v.number, set()
        units = {"s": (0.001, 1, 60, 3600, 86400), "B": (1, 1024, 1024 ** 2, 1024 ** 3), "%": (1, 0.01)}[v.unit]
        for u in units:
            x = round(n / u if v.unit != "%" else n * u, 9)
            if float(x).is_integer() or v.unit == "%":
                out.add(neutral.scalar(x))
        if v.unit == "s":  # an EventBridge schedule: rate(1 hour), rate(5 minutes)
            for u, word in ((86400, "day"), (3600, "hour"), (60, "minute")):
                if n % u == 0:
                    k = n // u
                    out.add(f"rate({k} {word}{'s' if k != 1 else ''})")
                    break
        return out
    if isinstance(v, ir_dump.Word):
        return {str(v)}
    if isinstance(v, bool) or isinstance(v, (int, float)):
        return {neutral.scalar(v)}
    if isinstance(v, str):
        return {v}
    return None


def is_number(v):
    return isinstance(v, ir_dump.Quantity) or (isinstance(v, (int, float)) and not isinstance(v, bool))


def fold(text):
    """Enum words as the targets spell them: case and separators aside."""
    return re.sub(r"[-_ ]", "", str(text)).lower()


def found(spelt, leaves):
    # Text inside a JSON document written as a string (a dashboard body) is JSON-escaped.
    spelt = set(spelt) | {json.dumps(x)[1:-1] for x in spelt if isinstance(x, str)}
    folded = {fold(x) for x in spelt}
    for leaf in leaves:
        if leaf in spelt or fold(leaf) in folded:
            return True
        if isinstance(leaf, str) and any(
                re.search(r"(^|[^A-Za-z0-9])" + re.escape(s) + r"($|[^A-Za-z0-9])", leaf) for s in spelt):
            return True  # text placed inside a longer string (a name, a JSON document, a URL)
    return False


def walk(value, path):
    """(path, value) for every scalar, ref, param and concat inside an IR value."""
    if isinstance(value, dict) and "call" not in value:
        for k, v in value.items():
            yield from walk(v, f"{path}.{k}")
    elif isinstance(value, list):
        for i, v in enumerate(value):
            yield from walk(v, f"{path}[{i}]")
    elif isinstance(value, ir_dump.Concat):
        for part in value.parts:
            yield from walk(part, path)
    else:
        yield path, value


# ---------------------------------------------------------------- round trip

def roundtrip(ir, facts, stacks, extra, fail, note):
    owners = {}
    for r in facts["resources"]:
        owners.setdefault(r["owner"], []).append(r)
    declared = {name for kind, name, fields in ir["objects"]}
    # Values every resource carries (the migration's tags) identify none.
    common = {x for _, v in walk(ir["migration"], "") for x in (spellings(v) or ())}
    def reaching(obj):
        """The declarations that refer to `obj`, directly or through others (a pipeline
        reaches the network through the cluster it writes to)."""
        users, grew = {obj}, True
        while grew:
            more = {n for k, n, f in ir["objects"]
                    if any(isinstance(x, ir_dump.Ref) and x.object in users for _, x in walk(f, ""))}
            grew = bool(more - users)
            users |= more
        return users - {obj}

    for target in TARGETS:
        stack = stacks[target]
        present = stack["resources"]

        def users_leaves(obj):
            """The values of the declarations that refer to `obj`, directly or through others (a
            network's on-premises CIDRs are written in the rules of the pipelines that reach it)."""
            users = reaching(obj)
            out = Counter()
            for r in facts["resources"]:
                if r["owner"] in users and r["id"] in present:
                    out.update(present[r["id"]]["leaves"])
            return out
        for r in facts["resources"]:
            if target in r["targets"] and not skipped_in(r, target) and r["id"] not in present:
                fail(target, r["id"], f"the model's {r['type']} (from {r['owner']}) is missing")
        for kind, name, fields in ir["objects"]:
            mine = [r["id"] for r in owners.get(name, []) if r["id"] in present]
            if not mine:
                if owners.get(name):
                    for r in owners[name]:
                        if target not in r["targets"]:
                            note(f"{kind} {name}: no {r['type']} in {target}: {r['targets_reason']}")
                    continue  # reported above, or left out by the model with its reason
                if kind not in NOTHING_CREATED:
                    fail(target, name, f"{kind} {name} became no resource")
                    continue
                # Its values are written by the declarations that use it (a source: the pipeline).
                users = {n for k, n, f in ir["objects"] if any(
                    isinstance(x, ir_dump.Ref) and x.object == name for _, x in walk(f, ""))}
                mine = [r["id"] for r in facts["resources"] if r["owner"] in users and r["id"] in present]
            leaves = Counter()
            for rid in mine:
                leaves.update(present[rid]["leaves"])
            if "<lookup>" in leaves:  # values chosen at deploy time live in the stack's tables
                leaves.update(present.get(neutral.TABLES, {}).get("leaves", {}))
            unclaimed = Counter(leaves)
            refs = {leaf[5:-1] for leaf in leaves if isinstance(leaf, str) and leaf.startswith("<ref:")}
            # A reference written inside a string (an ARN built from a name) counts too.
            text = " ".join(str(x) for x in leaves)
            for field, v in walk(fields, ""):
                field = field.lstrip(".")
                path = f"{kind} {name}.{field}"
                if (kind, field) in COUNTS:
                    rtype, want = COUNTS[(kind, field)]
                    got = sum(1 for r in owners.get(name, []) if r["type"] == rtype and r["id"] in present)
                    if got != want(fields):
                        fail(target, name, f"{path} = {v!r}: {got} {rtype}, the program asks for {want(fields)}")
                    continue
                top = field.split(".")[0].split("[")[0]
                if any(k in NOT_A_VALUE for k in (("*", top), (kind, top), (kind, field))) or isinstance(v, ir_dump.Word):
                    continue
                unused = UNUSED_WHEN.get((kind, field.split(".")[0]))
                if unused and unused[0](fields):
                    continue
                item = re.fullmatch(r"(\w+)\[(\d+)\]\.(\w+)", field)
                if item and (kind, item[1], item[3]) in UNUSED_IN_ITEM:
                    rows = fields.get(item[1])
                    if isinstance(rows, list) and UNUSED_IN_ITEM[(kind, item[1], item[3])][0](rows[int(item[2])]):
                        continue
                diagnosed = DIAGNOSED.get((kind, top))
                if diagnosed:
                    if diagnosed[0] not in extra["codes"]:
                        fail(target, name, f"{path} = {v!r} is written nowhere and {diagnosed[0]} is not reported")
                    else:
                        note(f"{path}: {diagnosed[1]} ({diagnosed[0]})")
                    continue
                in_runbook = next((why for (k, f), (when, why) in RUNBOOK.items()
                                   if k == kind and re.sub(r"\[\d+\]", "", field).startswith(f) and when(fields)),
                                  None)
                if in_runbook:
                    spelt = spellings(v)
                    if spelt is not None and not found(spelt, [extra["runbook"]]):
                        fail("runbook", name, f"{path} = {v!r} is not in runbook.md ({in_runbook})")
                    continue
                writers = WRITTEN_BY.get((kind, top))
                if writers and not any(k in writers[0] for k, n, f in ir["objects"] if n in reaching(name)):
                    print(f"KNOWN: {target}: {path} = {v!r} is not written: {writers[1]}")
                    continue
                known = KNOWN_DEFECTS.get((kind, top))
                if known and known[0](fields):
                    print(f"KNOWN: {target}: {path} = {v!r} is not written: {known[1]}")
                    continue
                if isinstance(v, ir_dump.Param):
                    if f"<param:{v.name}>" not in text:
                        fail(target, ",".join(mine), f"{path} = param({v.name}) is not referenced")
                    continue
                if isinstance(v, ir_dump.Ref):
                    targets_of = {r["id"] for r in owners.get(v.object, []) if target in r["targets"]}
                    if targets_of and v.object in declared and not (refs & targets_of) and not any(
                            f"<ref:{t}>" in text for t in targets_of) and not reads_by_name(v.object, leaves, stack, owners, common):
                        fail(target, ",".join(mine), f"{path} = {v!r}: no resource of {v.object} is referenced")
                    continue
                if (kind, field.split(".")[0]) in SPLIT and isinstance(v, str):
                    for part in v.split(SPLIT[(kind, field.split(".")[0])]):
                        if not found({part}, leaves):
                            fail(target, ",".join(mine), f"{path} = {v!r}: {part!r} is not set")
                    continue
                spelt = spellings(v)
                if spelt is not None and not found(spelt, leaves) and not found(spelt, users_leaves(name)):
                    fail(target, ",".join(mine), f"{path} = {v!r} is not set (looked for {sorted(map(str, spelt))})")
                elif spelt is not None and is_number(v):
                    # Each number the program sets claims a value of its own: two 7-day retentions
                    # need two 7s, so a 6 written for one of them is not hidden by the other.
                    claim = next((x for x in sorted(spelt, key=str) if unclaimed[x] > 0), None)
                    if claim is not None:
                        unclaimed[claim] -= 1
                    elif not found(spelt, users_leaves(name)):
                        fail(target, ",".join(mine), f"{path} = {v!r}: its value is written fewer times than the "
                                                     f"program sets it (looked for {sorted(map(str, spelt))})")
        all_text = " ".join(str(x) for r in present.values() for x in r["leaves"]) + " " + " ".join(
            str(x) for o in stack["outputs"].values() for x in o)
        left_out = {n for n, rs in owners.items() if rs and all(target not in r["targets"] for r in rs)}
        for p in used_params(ir, skip=left_out):
            if f"<param:{p}>" not in all_text:
                fail(target, "-", f"param {p} is used by the program but never referenced")
        keys = {fold(k): k for k in stack["outputs"]}
        for out, v in ir["outputs"].items():
            got = stack["outputs"].get(keys.get(fold(out), out))  # the key is ir::outputKey (camelCase)
            if got is None:
                fail(target, f"output {out}", "missing")
                continue
            if isinstance(v, ir_dump.Ref):
                if got and not any("<" in str(leaf) for leaf in got):
                    continue  # an attribute known while migc runs (a cutover's fqdn): written as text
                theirs = Counter()
                for r in owners.get(v.object, []):
                    if r["id"] in present:
                        theirs.update(present[r["id"]]["leaves"])
                if got and not any("<ref:" in str(leaf) for leaf in got) and all(leaf in theirs for leaf in got):
                    continue  # text known at deploy time (a cutover's fqdn from a param): the record's name
                reads = {leaf[5:-1] for leaf in got if isinstance(leaf, str) and leaf.startswith("<ref:")}
                reads |= {m for leaf in got if isinstance(leaf, str) for m in re.findall(r"<ref:([a-z0-9_]+)>", leaf)}
                owner_of = {r["id"]: r["owner"] for r in facts["resources"]}
                if not any(owner_of.get(x) == v.object for x in reads):
                    fail(target, f"output {out}",
                         f"reads {sorted(reads) or 'no resource'}, not one of {v.object} (program: {v!r})")


def reads_by_name(obj, leaves, stack, owners, common):
    """An alarm names its metric's resource (DBClusterIdentifier = the cluster's name), as
    CloudWatch refers to it: a value of one of the object's resources, not shared by all."""
    theirs = set()
    for r in owners.get(obj, []):
        if r["id"] in stack["resources"]:
            theirs |= {x for x in stack["resources"][r["id"]]["leaves"] if isinstance(x, str) and len(x) > 3}
    theirs = {x for x in theirs - common if len(x) > 6}
    return any(t in str(leaf) for leaf in leaves for t in theirs)


def used_params(ir, skip=()):
    """The params the program uses, but for those only the declarations in `skip` use."""
    used = set()

    def visit(v):
        if isinstance(v, ir_dump.Param):
            used.add(v.name)
        elif isinstance(v, ir_dump.Concat):
            for p in v.parts:
                visit(p)
        elif isinstance(v, dict):
            for x in v.values():
                visit(x)
        elif isinstance(v, list):
            for x in v:
                visit(x)
    for kind, name, fields in ir["objects"]:
        if name not in skip:
            visit(fields)
    for v in ir["outputs"].values():
        if not (isinstance(v, ir_dump.Ref) and v.object in skip):
            visit(v)
    return used


def skipped_in(r, target):
    """Resources a target writes inside another (folds) or reads as pseudo values."""
    if target == "cloudformation":
        return r["cloudformation_fold"] is not None or r["cloudformation_type"] is None
    if target == "terraform":
        return r["mode"] == "data" and r["type"] in neutral.TF_PSEUDO
    if target == "pulumi":
        return r["mode"] != "resource" and r["type"] in neutral.TF_PSEUDO
    return False


def main():
    name, ir_path, facts_path, tf_path, out_dir, check_log, program = sys.argv[1:8]
    verbose = "-v" in sys.argv[8:]
    ir, facts, stacks, extra = load(name, ir_path, facts_path, tf_path, out_dir, check_log, program)
    failures, notes = [], []

    def fail(target, resource, what):
        failures.append(f"FAIL: {name}: {target}: {resource}: {what}")

    roundtrip(ir, facts, stacks, extra, fail, notes.append)
    param_constraints.check(ir, extra["raw"], extra["names"], fail)
    agreement(facts, stacks, fail, notes.append)
    if verbose:
        for n in sorted(set(notes)):
            print(f"allowed: {n}")
    for f in failures:
        print(f)
    print(f"{name}: {len(facts['resources'])} resources, {len(failures)} failures, "
          f"{len(set(notes))} declared differences")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
