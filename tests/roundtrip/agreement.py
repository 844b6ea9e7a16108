"""Cross-target agreement: the same resources, values, security-group rules (resources of
their own) and outputs in every target, but for the differences the model declares."""
import re
from collections import Counter

import neutral

TARGETS = ("terraform", "cloudformation", "pulumi")


def agreement(facts, stacks, fail, note):
    by_id = {r["id"]: r for r in facts["resources"]}
    diffs = {}
    for d in facts["differences"]:
        diffs.setdefault(d["resource"], []).append(d)
    # Same resources, of the types the name tables give.
    ids = {t: set(stacks[t]["resources"]) for t in TARGETS}
    for t in TARGETS:
        for rid in sorted(ids[t] - {neutral.TABLES}):
            r = by_id.get(rid)
            if r is None:
                fail(t, rid, "a resource the model does not make")
                continue
            want = {"terraform": r["type"], "cloudformation": r["cloudformation_type"], "pulumi": r["pulumi_type"]}[t]
            got = stacks[t]["resources"][rid]["type"]
            if t == "pulumi" and got == "invoke":
                got = want  # a function call: its token is in the invoke
            if got != want:
                fail(t, rid, f"type {got}, the name table says {want}")
    for r in facts["resources"]:
        if set(r["targets"]) != set(TARGETS):
            note(f"{r['id']} ({r['type']}) only in {', '.join(r['targets'])}: {r['targets_reason']}")
        if r["cloudformation_fold"]:
            note(f"{r['id']} ({r['type']}) written inside {r['cloudformation_fold'].get('parent')} in "
                 f"CloudFormation: {r['cloudformation_fold']['why']}")
    # Same values, resource by resource.
    for rid, r in by_id.items():
        allowed = Counter()
        for d in diffs.get(rid, []):
            allowed.update(str(neutral.scalar(x)) for x in d["value"] + d["otherwise"])
            note(f"{rid}.{d['path']}: {'/'.join(d['targets'])} differ: {d['reason']}")
        views = {}
        for t in TARGETS:
            if rid in stacks[t]["resources"]:
                views[t] = Counter({str(k): n for k, n in stacks[t]["resources"][rid]["leaves"].items()})
        # CloudFormation writes folded resources inside their parent.
        if "cloudformation" in views and "terraform" in views:
            tf = Counter(views["terraform"])
            for child in facts["resources"]:
                fold_info = child["cloudformation_fold"]
                if fold_info and fold_info.get("parent") == rid and child["id"] in stacks["terraform"]["resources"]:
                    tf.update({str(k): n for k, n in stacks["terraform"]["resources"][child["id"]]["leaves"].items()
                               if k != f"<ref:{rid}>"})
            views["terraform+folds"] = tf
        shaped = set()
        for row in r.get("cloudformation_shapes", []):
            shaped |= {str(neutral.scalar(x)) for x in row["values"]} | set(str(row.get("arg", "")).split("|"))
            if row["convert"] == "drop":
                note(f"{rid}.{row['path']}: not written in CloudFormation: {row['why']}")
        keys = {str(k) for k in r.get("data_keys", [])}
        compare(rid, "terraform", "pulumi", views, allowed, keys, set(), fail)
        compare(rid, "terraform+folds" if "terraform+folds" in views else "terraform", "cloudformation", views,
                allowed, keys, shaped, fail)
    # Same outputs, reading the same resources.
    for name in sorted(set().union(*(stacks[t]["outputs"] for t in TARGETS))):
        seen = {t: stacks[t]["outputs"].get(name) for t in TARGETS}
        for t, v in seen.items():
            if v is None:
                fail(t, f"output {name}", "missing in this target only")
        reads = {t: {m for leaf in v for m in re.findall(r"<ref:([a-z0-9_]+)>", str(leaf))}
                 for t, v in seen.items() if v is not None}
        if len({frozenset(x) for x in reads.values()}) > 1 and not diffs.get(f"output.{name}"):
            fail("cloudformation", f"output {name}", f"the targets read different resources: {reads}")


def compare(rid, a, b, views, allowed, keys, shaped, fail):
    if a not in views or b not in views:
        return
    only_a = sorted(set(views[a]) - set(views[b]) - set(allowed) - keys - shaped)
    only_b = sorted(set(views[b]) - set(views[a]) - set(allowed) - keys - shaped)
    target = b
    if only_a:
        fail(target, rid, f"values {a.split('+')[0]} sets and {b} does not: {only_a}")
    if only_b:
        fail(target, rid, f"values {b} sets and {a.split('+')[0]} does not: {only_b}")
