#!/usr/bin/env python3
"""CHK-O1/CHK-O2 on one build: every output has the same key in outputs.tf, in the
CloudFormation templates' Outputs and in the Pulumi stack outputs; CloudFormation output
values are strings (a string, or an intrinsic function that yields one) and a template
holds at most 200 outputs; no output is null.

usage: output_keys.py OUT_DIR   (a `migc build` output with terraform/, cloudformation/, pulumi/)
"""
import glob
import os
import re
import sys

import yaml

CFN_MAX_OUTPUTS = 200
# Intrinsic functions whose result is a string (Fn::GetAtt may also be a list, e.g.
# NameServers; migc joins those, and cfn-lint E6101 checks the attribute's type).
STRING_FUNCTIONS = {"Ref", "Fn::GetAtt", "Fn::Sub", "Fn::Join", "Fn::If", "Fn::Select", "Fn::FindInMap",
                    "Fn::ImportValue", "Fn::Base64"}


def main(out):
    problems = []
    with open(os.path.join(out, "terraform", "outputs.tf")) as f:
        tf_text = f.read()
    tf = re.findall(r'^output "([^"]+)" \{', tf_text, re.M)
    for name, value in re.findall(r'^output "([^"]+)" \{\n  value\s*=\s*(\S+)', tf_text, re.M):
        if value == "null":
            problems.append(f"terraform: output {name} is null")

    cfn = []
    for template in sorted(glob.glob(os.path.join(out, "cloudformation", "*.yaml"))):
        with open(template) as f:
            outputs = (yaml.safe_load(f) or {}).get("Outputs") or {}
        if len(outputs) > CFN_MAX_OUTPUTS:
            problems.append(f"{os.path.basename(template)}: {len(outputs)} outputs (at most {CFN_MAX_OUTPUTS})")
        for key, body in outputs.items():
            cfn.append(key)
            value = body.get("Value")
            is_string = isinstance(value, str) or (
                isinstance(value, dict) and len(value) == 1 and next(iter(value)) in STRING_FUNCTIONS)
            if not is_string:
                problems.append(f"cloudformation: output {key} is not a string: {value!r}")

    with open(os.path.join(out, "pulumi", "Pulumi.yaml")) as f:
        pulumi_outputs = (yaml.safe_load(f) or {}).get("outputs") or {}
    pulumi = list(pulumi_outputs)
    for key, value in pulumi_outputs.items():
        if value is None:
            problems.append(f"pulumi: output {key} is null")

    for target, keys in (("cloudformation", cfn), ("pulumi", pulumi)):
        if sorted(keys) != sorted(tf):
            only_tf = sorted(set(tf) - set(keys))
            only_other = sorted(set(keys) - set(tf))
            problems.append(f"keys differ between terraform and {target}: only in terraform {only_tf}, "
                            f"only in {target} {only_other}")
    for target, keys in (("terraform", tf), ("cloudformation", cfn), ("pulumi", pulumi)):
        if len(set(keys)) != len(keys):
            problems.append(f"{target}: a key appears twice in {keys}")

    for p in problems:
        print(p)
    if not problems:
        print(f"{len(tf)} outputs, the same keys in every target")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))
