#!/usr/bin/env python3
"""rds_instance_classes.json <- cfn-lint E3025 (per-region orderable DBInstanceClass per engine),
E3694 (DBClusterInstanceClass, Multi-AZ DB clusters) and E3062 (class per engine-version prefix).

Refresh: python3 stdlib/data/tools/extract_rds_instance_classes.py
"""
import re

from _common import cfnlint_json, meta, natural_key, write_table

REGION = "us-east-1"
ENGINES = ["aurora-postgresql", "postgres"]
MIN_MAJOR = 13  # keep the E3062 per-version exclusions to the majors the seeds/compiler care about

# [doc] EC2/RDS instance-family memory per vCPU (GiB).  Sizes: medium=1 vCPU, large=2, xlarge=4, Nxlarge=4N.
GIB_PER_VCPU = {
    "c6gd": 2, "m3": 3.75, "m4": 4, "r3": 7.625, "r4": 7.625, "z1d": 8, "x2g": 16, "x2iedn": 32,
    **{f: 4 for f in ("m5", "m5d", "m6g", "m6gd", "m6i", "m6id", "m6idn", "m6in", "m7g", "m7i", "m8g", "m8gd")},
    **{f: 8 for f in ("r5", "r5b", "r5d", "r6g", "r6gd", "r6i", "r6id", "r6idn", "r6in", "r7g", "r7i", "r8g",
                      "r8gd")},
}
# [doc] burstable classes: size -> (vCPU, GiB)
BURSTABLE = {
    "t2": {"micro": (1, 1), "small": (1, 2), "medium": (2, 4), "large": (2, 8), "xlarge": (4, 16), "2xlarge": (8, 32)},
    "t3": {"micro": (2, 1), "small": (2, 2), "medium": (2, 4), "large": (2, 8), "xlarge": (4, 16), "2xlarge": (8, 32)},
}
BURSTABLE["t4g"] = BURSTABLE["t3"]


def sizing(cls):
    """(vcpu, memory_gib) derived from the class name, or None (legacy m1/m2/t1, db.serverless)."""
    m = re.fullmatch(r"db\.([a-z0-9]+)\.(\w+)", cls)
    if not m:
        return None
    fam, size = m.groups()
    if fam in BURSTABLE:
        return BURSTABLE[fam].get(size)
    if fam not in GIB_PER_VCPU:
        return None
    n = re.fullmatch(r"(\d*)xlarge", size)
    vcpu = {"medium": 1, "large": 2}.get(size) or (4 * int(n.group(1) or 1) if n else None)
    if vcpu is None:
        return None
    mem = vcpu * GIB_PER_VCPU[fam]
    return vcpu, int(mem) if float(mem).is_integer() else mem


def region_lists(relpath, prop):
    doc, src = cfnlint_json(relpath)
    out = {}
    for rule in doc[REGION]["allOf"]:
        p = rule["if"]["properties"]
        if p.get("LicenseModel", {}) not in (False, {"const": "general-public-license"}, {}):
            continue
        out.setdefault(p["Engine"]["const"], set()).update(rule["then"]["properties"][prop]["enum"])
    return out, src


def main():
    inst, src_inst = region_lists("schemas/extensions/aws_rds_dbinstance/dbinstanceclass_enum.json",
                                  "DBInstanceClass")
    clus, src_clus = region_lists("schemas/extensions/aws_rds_dbcluster/dbclusterinstanceclass_enum.json",
                                  "DBClusterInstanceClass")
    byver_doc, src_ver = cfnlint_json("schemas/extensions/aws_rds_dbinstance/db_instance_class.json")
    byver = {}
    for rule in byver_doc["allOf"]:
        p = rule["if"]["properties"]
        pref = re.match(r"\^\((.+?)\\\.\.\+\|", p["EngineVersion"]["pattern"]).group(1).replace("\\", "")
        byver[(p["Engine"]["const"], pref)] = set(rule["then"]["properties"]["DBInstanceClass"]["enum"])
    versions, _ = cfnlint_json("schemas/extensions/aws_rds_dbinstance/engine_version.json")
    known = {}
    for rule in versions["allOf"]:
        e = rule["if"]["properties"]["Engine"].get("const")
        if e:
            known[e] = rule["then"]["properties"]["EngineVersion"]["enum"]
    engines = {}
    for engine in ENGINES:
        classes = {}
        for cls in sorted(inst.get(engine, ()), key=natural_key):
            sz = sizing(cls)
            classes[cls] = {"memory_gib": sz[1], "vcpu": sz[0]} if sz else {}
        excluded = {}
        for (e, pref), allowed in byver.items():
            if e != engine or not pref.split(".")[0].isdigit() or int(pref.split(".")[0]) < MIN_MAJOR:
                continue
            if not any(v == pref or v.startswith(pref + ".") for v in known.get(engine, [])):
                continue  # E3062 lists prefixes of every engine; keep the ones this engine has
            excluded[pref] = sorted(set(classes) - allowed, key=natural_key)
        sets, by_prefix = {}, {}
        for pref in sorted(excluded, key=natural_key):  # dedupe identical lists into named sets
            key = tuple(excluded[pref])
            name = next((n for n, v in sets.items() if tuple(v) == key), None)
            if name is None:
                name = f"s{len(sets) + 1:02d}"
                sets[name] = list(key)
            by_prefix[pref] = name
        entry = {"db_instance_class": classes, "not_orderable_by_version_prefix": by_prefix,
                 "not_orderable_sets": sets}
        if engine in clus:
            entry["db_cluster_instance_class"] = sorted(clus[engine], key=natural_key)
        engines[engine] = entry
    notes = (f"region {REGION}. db_instance_class = E3025 list for the engine (LicenseModel unset or "
             "general-public-license); memory_gib/vcpu DERIVED from the class name with AWS EC2 family ratios "
             "(doc knowledge, not cfn-lint); {} = not derived (legacy m1/m2/t1, db.serverless: capacity is ACUs, "
             "~2 GiB each). not_orderable_by_version_prefix maps a version prefix to a key of not_orderable_sets = classes of the E3025 list that the E3062 data "
             "(db_instance_class.json, keyed by version prefix such as '15.10', majors >= "
             f"{MIN_MAJOR}) does not allow; caveat: in cfn-lint {{ver}} E3062 data is keyed by version string only and "
             "repeated for every engine, so a version string shared by Aurora PG and RDS PG (13.9, 14.6, 14.13, "
             "15.8, 16.4) gets one list (apparently Aurora's) -- an empty/short list does not prove orderability. "
             "cfn-lint's own E3062 check reproduces these (probe: postgres 13.9 + db.m5.large -> E3062). "
             "A version prefix missing here (e.g. deprecated 15.4) has no E3062 data. "
             "db_cluster_instance_class = E3694 list (Multi-AZ DB cluster, Engine=postgres only; Aurora uses "
             "DBInstance classes).")
    import cfnlint.version
    notes = notes.replace("{ver}", cfnlint.version.__version__)
    write_table("rds_instance_classes.json", {
        "_meta": meta(" + ".join([src_inst, src_clus, src_ver]), notes), "region": REGION, "engines": engines})


if __name__ == "__main__":
    main()
