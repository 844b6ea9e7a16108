#!/usr/bin/env python3
"""dms_instance_classes.json <- seed-matrix CHK-D3 table (EC2-equivalent sizes, [doc] grade).

No machine-readable allowed-values list exists locally: CFN AWS::DMS::ReplicationInstance
ReplicationInstanceClass is a plain string in cfn-lint's schema, botocore only says max length 30,
and pulumi-aws has no enum. So the table is transcribed here and, when the seed matrix is available,
cross-checked against its CHK-D3 row (exit 1 on any difference).

Refresh: python3 stdlib/data/tools/extract_dms_instance_classes.py [path/to/seed-matrix.md]
"""
import os
import re
import sys

from _common import botocore_model, cfn_resource_schema, meta, write_table

SEED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "..", "shared", "notes", "seed-matrix.md")
# family -> {size: memory GiB}  (seed matrix §4.1 CHK-D3)
SIZES = ["large", "xlarge", "2xlarge", "4xlarge", "8xlarge", "12xlarge", "16xlarge", "24xlarge"]
TABLE = {
    "t3": {"micro": 1, "small": 2, "medium": 4, "large": 8},
    "c5": {"large": 4, "xlarge": 8, "2xlarge": 16, "4xlarge": 32, "9xlarge": 72, "12xlarge": 96,
           "18xlarge": 144, "24xlarge": 192},
    "c6i": {"large": 4, "xlarge": 8, "2xlarge": 16, "4xlarge": 32, "8xlarge": 64, "12xlarge": 96,
            "16xlarge": 128, "24xlarge": 192, "32xlarge": 256},
    "r5": dict(zip(SIZES, [16, 32, 64, 128, 256, 384, 512, 768])),
    "r6i": dict(zip(SIZES + ["32xlarge"], [16, 32, 64, 128, 256, 384, 512, 768, 1024])),
}


def vcpu(family, size):
    """[doc] EC2 sizing: burstable t3 = 2 vCPU up to large; else large=2, xlarge=4, Nxlarge=4N."""
    if family == "t3":
        return 2
    n = re.fullmatch(r"(\d*)xlarge", size)
    return 2 if size == "large" else 4 * int(n.group(1) or 1)


def parse_seed(path):
    """{family: {size: GiB}} from the CHK-D3 row of the seed matrix."""
    with open(path, encoding="utf-8") as fh:
        row = next(line for line in fh if line.startswith("| CHK-D3 "))
    text = row.replace("**", "").split("(GiB):", 1)[1].split(". Which sizes", 1)[0]
    out, fams = {}, []
    for seg in re.split(r"[;(]", text):
        for tok in seg.split(","):
            m = re.match(r"\s*(?:([a-z0-9/]+)\s*)?(?:also\s*)?\.?(micro|small|medium|\d*xlarge|large)\s+(\d+)", tok)
            if not m:
                continue
            fam, size, gib = m.groups()
            if fam:  # "t3.micro 1", "c5 .large 4", "r5/r6i .large 16", "r6i also .32xlarge 1024"
                fams = fam.split("/")
            for f in fams:
                out.setdefault(f, {})[size] = int(gib)
    return out


def main():
    seed = sys.argv[1] if len(sys.argv) > 1 else SEED
    if not os.path.exists(seed):
        print(f"warning: {seed} not found; table not cross-checked", file=sys.stderr)
    else:
        parsed = parse_seed(seed)
        if parsed != TABLE:
            sys.exit(f"seed matrix CHK-D3 differs from the transcribed table:\n{parsed}\n{TABLE}")
        print(f"cross-checked against {seed} CHK-D3 row: identical", file=sys.stderr)
    schema, cfn_src = cfn_resource_schema("AWS::DMS::ReplicationInstance")
    prop = schema["properties"]["ReplicationInstanceClass"]
    _, api_src = botocore_model("dms")
    classes = {}
    for fam, sizes in TABLE.items():
        for size, gib in sizes.items():
            classes[f"dms.{fam}.{size}"] = {"family": fam, "memory_gib": gib, "vcpu": vcpu(fam, size)}
    notes = ("EC2-equivalent table from the seed matrix (CHK-D3), [doc] grade: DMS classes mirror the EC2 "
             "sizes; vcpu derived from EC2 sizing (doc knowledge). Not restricted by any allowed-values list: "
             f"CFN ReplicationInstanceClass is {prop} in {cfn_src}; the DMS API model ({api_src}) only gives "
             "max length 30; pulumi-aws 6.83.4/7.48.0 have no enum. Which classes a region really offers must "
             "come from describe-orderable-replication-instances; older (t2, c4, r4) and newer families are "
             "omitted. The extractor re-parses the seed-matrix CHK-D3 row and fails if it differs from this table.")
    write_table("dms_instance_classes.json", {
        "_meta": meta("shared/notes/seed-matrix.md section 4.1 CHK-D3 (EC2-equivalent sizes), [doc]", notes),
        "classes": classes})


if __name__ == "__main__":
    main()
