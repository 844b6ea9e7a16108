#!/usr/bin/env python3
"""lambda_runtimes.json <- cfn-lint LmbdRuntimeLifecycle.json (W2531/E2531/E2533) +
zipfile_runtime_enum.json (E3677, ZipFile needs nodejs*/python*) + botocore Lambda API Runtime enum.

Refresh: python3 stdlib/data/tools/extract_lambda_runtimes.py
"""
import re

from _common import botocore_model, cfnlint_json, meta, natural_key, write_table


def main():
    life, src_life = cfnlint_json("AdditionalSpecs/LmbdRuntimeLifecycle.json")
    zipf, src_zip = cfnlint_json("schemas/extensions/aws_lambda_function/zipfile_runtime_enum.json")
    zip_re = re.compile(zipf["then"]["properties"]["Runtime"]["pattern"])
    api, src_api = botocore_model("lambda")
    api_enum = api["shapes"]["Runtime"]["enum"]
    runtimes = {}
    for rt in sorted(set(life) | set(api_enum), key=natural_key):
        lc = life.get(rt, {})
        runtimes[rt] = {
            "create_blocked": lc.get("create-block"),
            "deprecated": lc.get("deprecated"),
            "in_api_enum": rt in api_enum,
            "in_lifecycle_data": rt in life,
            "successor": lc.get("successor"),
            "update_blocked": lc.get("update-block"),
            "zipfile_inline": bool(zip_re.match(rt)),
        }
    unknown_successors = sorted({v["successor"] for v in runtimes.values() if v["successor"]} - set(runtimes))
    notes = (
        "Dates are YYYY-MM-DD; null = no lifecycle entry (runtime not scheduled for deprecation in cfn-lint data). "
        "cfn-lint semantics (compare with the build date): W2531 deprecated <= today < create_blocked; "
        "E2531 create_blocked <= today < update_blocked; E2533 update_blocked <= today. "
        "zipfile_inline = CloudFormation Code.ZipFile allowed (cfn-lint E3677 pattern "
        f"{zip_re.pattern!r}). in_api_enum = listed in the Lambda API Runtime enum (botocore); "
        "in_lifecycle_data = listed in LmbdRuntimeLifecycle.json. Successors not themselves known: "
        + (", ".join(unknown_successors) or "none") + "."
    )
    write_table("lambda_runtimes.json", {
        "_meta": meta(" + ".join([src_life, src_zip, src_api + " #/shapes/Runtime"]), notes),
        "runtimes": runtimes,
    })


if __name__ == "__main__":
    main()
