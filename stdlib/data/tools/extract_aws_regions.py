#!/usr/bin/env python3
"""aws_regions.json <- the regions cfn-lint ships CloudFormation registry schemas for
(cfnlint/data/schemas/providers/<region>.py), with the partition each belongs to.
Refresh: python3 stdlib/data/tools/extract_aws_regions.py"""
import os

from _common import cfnlint_dir, cfnlint_version, meta, write_table


def partition(region):
    if region.startswith("cn-"):
        return "aws-cn"
    if region.startswith("us-gov-"):
        return "aws-us-gov"
    if region.startswith("us-iso") or region.startswith("eu-iso"):
        return "aws-iso"
    if region.startswith("eusc-"):
        return "aws-eusc"
    return "aws"


def main():
    rel = "data/schemas/providers"
    names = sorted(f[:-3].replace("_", "-") for f in os.listdir(os.path.join(cfnlint_dir(), rel))
                   if f.endswith(".py") and f != "__init__.py")
    regions = {name: {"partition": partition(name)} for name in names}
    notes = ("Every region cfn-lint ships CloudFormation schemas for (one providers/<region>.py file each). "
             "partition derived from the name prefix (AWS documentation knowledge: cn-* aws-cn, us-gov-* "
             "aws-us-gov, us-iso*/eu-iso* isolated, eusc-* European Sovereign Cloud). A region listed here may "
             "still need opting in for an account (af-south-1, ap-east-1, me-south-1, ...).")
    write_table("aws_regions.json", {
        "_meta": meta(f"cfn-lint {cfnlint_version()} (pip): cfnlint/{rel}/*.py", notes),
        "regions": regions,
    })


if __name__ == "__main__":
    main()
