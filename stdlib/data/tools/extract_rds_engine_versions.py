#!/usr/bin/env python3
"""engine_versions.json <- cfn-lint E3690/W3690 (DBCluster) and E3691/W3691 (DBInstance) data.

Refresh: python3 stdlib/data/tools/extract_rds_engine_versions.py
"""
import re

from _common import cfnlint_json, meta, natural_key, write_table

ENGINES = ["aurora-mysql", "aurora-postgresql", "mariadb", "mysql", "oracle-ee", "oracle-se2", "postgres",
           "sqlserver-ee", "sqlserver-ex", "sqlserver-se", "sqlserver-web"]
PRIMARY = {e: "cluster" if e.startswith("aurora-") else "instance" for e in ENGINES}
# Parameter-group family naming [doc: RDS "Working with parameter groups"; describe-db-engine-versions
# DBParameterGroupFamily].  cfn-lint does not validate Family (seed matrix CHK-A2).
FAMILY = {
    "aurora-mysql": ("aurora-mysql{major}", "major = first two components (5.7, 8.0)"),
    "aurora-postgresql": ("aurora-postgresql{major}", "major = first component (>= 10)"),
    "mysql": ("mysql{major}", "major = first two components (5.7, 8.0, 8.4)"),
    "oracle-ee": ("oracle-ee-{major}", "major = first component (19, 21); CDB edition uses oracle-ee-cdb-{major}"),
    "postgres": ("postgres{major}", "major = first component for >= 10, first two for 9.x (postgres9.6)"),
    "mariadb": ("mariadb{major}", "major = first two components (10.6, 11.4)"),
    "oracle-se2": ("oracle-se2-{major}", "major = first component (19, 21); CDB edition uses oracle-se2-cdb-{major}"),
}
# cfn-lint has no version list for Oracle, so its majors come from the documentation: RDS for Oracle runs the
# non-CDB architecture (the engines oracle-ee and oracle-se2) only on Oracle Database 19c; 21c exists only as a
# CDB (oracle-ee-cdb, oracle-se2-cdb). [doc: RDS User Guide, 'RDS for Oracle releases' and 'Overview of RDS for
# Oracle CDBs', https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Oracle.Concepts.CDBs.html; transcribed
# 2026-12-07.] Versions stay unlisted (no machine-readable source), so only the family is checked.
DOC_MAJORS = {"oracle-ee": ["19"], "oracle-se2": ["19"]}
for _edition in ("ee", "ex", "se", "web"):
    FAMILY[f"sqlserver-{_edition}"] = (f"sqlserver-{_edition}-{{major}}",
                                       "major = first two components without leading zeros (15.00.4415.2.v1 -> 15.0)")


def major_of(engine, version):
    parts = re.split(r"[.\-]", version)
    if engine in ("aurora-mysql", "mysql", "mariadb"):
        return ".".join(parts[:2])
    if engine.startswith("sqlserver-"):
        return f"{int(parts[0])}.{int(parts[1])}" if len(parts) > 1 and parts[1].isdigit() else None
    if engine in ("aurora-postgresql", "postgres") and parts[0].isdigit() and int(parts[0]) < 10:
        return ".".join(parts[:2]) if len(parts) > 1 else None  # bare "9": no single 9.x family
    return parts[0]


def version_lists(relpath):
    """{engine: [versions]} from an if/then allOf file (E369x: 'then' enum; W369x: 'if' enum)."""
    doc, src = cfnlint_json(relpath)
    out = {}
    for rule in doc["allOf"]:
        props = rule["if"]["properties"]
        engine = props.get("Engine", {}).get("const")
        if engine is None:
            continue
        ev = props.get("EngineVersion", {})
        enum = ev["enum"] if "enum" in ev else rule["then"]["properties"]["EngineVersion"]["enum"]
        out[engine] = [str(v) for v in enum]
    return out, src


def main():
    lists, sources = {}, []
    for res, d in (("cluster", "aws_rds_dbcluster"), ("instance", "aws_rds_dbinstance")):
        for kind, fn in (("all", "engine_version.json"), ("deprecated", "engine_version_deprecated.json")):
            lists[(res, kind)], src = version_lists(f"schemas/extensions/{d}/{fn}")
            sources.append(src)
    engines, disagreements = {}, []
    for engine in ENGINES:
        status = {}
        for res in ("cluster", "instance"):
            dep = set(lists[(res, "deprecated")].get(engine, []))
            for v in lists[(res, "all")].get(engine, []):
                status.setdefault(v, {})[res] = "deprecated" if v in dep else "supported"
        rows = []
        for v in sorted(status, key=natural_key):
            st = status[v]
            prim = st.get(PRIMARY[engine]) or st.get("instance") or st.get("cluster")
            if len(set(st.values())) > 1:
                disagreements.append(f"{engine} {v}: {st}")
            rows.append(dict(st, version=v, major=major_of(engine, v), deprecated=prim == "deprecated"))
        majors = sorted({r["major"] for r in rows if r["major"]}, key=natural_key) or DOC_MAJORS.get(engine, [])
        pattern, rule = FAMILY[engine]
        entry = {
            "family_rule": {"pattern": pattern, "major_rule": rule},
            "families": [pattern.format(major=m) for m in majors],
            "majors": majors,
            "primary_resource": PRIMARY[engine],
            "versions": rows,
        }
        if not rows:
            entry["note"] = ("cfn-lint has no EngineVersion list for this engine (AWS::RDS::DBInstance accepts "
                             "the engine name but versions are not validated); majors transcribed from the RDS "
                             "User Guide (non-CDB Oracle runs only 19c), versions empty")
        engines[engine] = entry
    notes = ("versions[].cluster / .instance = status in the AWS::RDS::DBCluster (E3690/W3690) / "
             "AWS::RDS::DBInstance (E3691/W3691) lists; key absent = version not in that list. "
             "'deprecated' = status for primary_resource (cluster for Aurora, instance otherwise), falling back to "
             "the other list. W369x deprecated = 'cannot be used to create new' clusters/instances. "
             "major = null for a bare pre-10 PostgreSQL version ('9'), which names no single family. "
             "major/families derived by rule (family_rule is AWS doc knowledge, not cfn-lint). "
             "Cluster-vs-instance status disagreements: " + ("; ".join(disagreements) or "none") + ".")
    write_table("engine_versions.json", {"_meta": meta(" + ".join(sources), notes), "engines": engines})


if __name__ == "__main__":
    main()
